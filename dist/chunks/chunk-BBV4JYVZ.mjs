import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  backupReportFields
} from "./chunk-23CH4AWR.mjs";
import {
  readReleases
} from "./chunk-IDXT27MG.mjs";
import {
  SETTINGS
} from "./chunk-Q2JQQO7P.mjs";
import {
  backupPaths,
  listBackups
} from "./chunk-N57HPFOI.mjs";
import {
  getScale,
  serviceName
} from "./chunk-HIHIQUKW.mjs";
import {
  serviceLinked
} from "./chunk-T2TNEFCO.mjs";
import {
  listMounts
} from "./chunk-ML35XFQP.mjs";
import {
  appDomains,
  isDeployed
} from "./chunk-46MYEWN4.mjs";
import {
  GLOBAL,
  PropertyStore
} from "./chunk-IQVX3673.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/core/report.ts
var REPORT_PREFIX = "pegasus";
var APP_REPORT_KEYS = {
  ...settingKeys(),
  "postgres-linked": "whether the Postgres service is linked to the app",
  "redis-service": "the Redis service setup links (<app>-redis)",
  "redis-linked": "whether the Redis service is linked to the app",
  "storage-entries": "the storage entry behind each mount (Dokku 0.38+; legacy-<hash> for one made before), - before 0.38",
  "storage-mounts": "host:container bind mounts",
  "storage-owner": "uid owning each mounted host directory",
  domains: "the app's domains",
  scale: "process counts, e.g. web=1 worker=1",
  deployed: "whether the app is deployed",
  tls: "active, inactive, pending (not deployed) or letsencrypt not installed",
  "config-keys": "how many config keys the app has (values are never shown)",
  "backup-schedule": "cron schedule of pegasus backups",
  "backup-last-scheduled": "result of the last scheduled backup",
  "backup-count": "verified backups kept",
  "backup-latest": "the newest backup: id (reason and commit)",
  "backup-latest-at": "when the newest backup was taken",
  "backup-latest-commit": "the commit that was live when it was taken",
  "backup-latest-verified": "whether its archive was verified",
  "offsite-credentials": "off-site credentials: unset, or set (app or global) and the key id's last 4 characters",
  "offsite-encryption": "age (recipients' count), none (opted out) or missing recipient (uploads refused)",
  "offsite-transport": "https, or http (not encrypted in transit) for an http:// offsite-endpoint",
  "offsite-last": "result of the last off-site push",
  "offsite-pending": "verified backups not yet off-site",
  "deploy-gate": "the deploy backup gate: on, off or skip next",
  "deploy-last-rev": "the commit of the last deploy pegasus recorded",
  "deploy-last-at": "when that deploy finished"
};
var GLOBAL_REPORT_KEYS = Object.fromEntries(
  SETTINGS.filter((setting) => setting.global).flatMap((setting) => [
    [`global-${setting.key}`, `--global ${setting.key}`],
    [`computed-${setting.key}`, `${setting.key} in effect for an app that sets none (--global, then default)`]
  ])
);
function settingKeys() {
  const keys = {};
  for (const setting of SETTINGS) {
    keys[setting.key] = `${setting.key} set on the app`;
    if (setting.global) keys[`global-${setting.key}`] = `${setting.key} set with --global`;
    keys[`computed-${setting.key}`] = `${setting.key} in effect (app, then --global, then default)`;
  }
  keys["computed-postgres-service"] = "the Postgres service reported on: postgres-service, else <app>-db";
  return keys;
}
function reportInfoKeys() {
  return Object.keys({ ...APP_REPORT_KEYS, ...GLOBAL_REPORT_KEYS }).sort();
}
function settingFields(properties, app) {
  const fields = {};
  for (const setting of SETTINGS) {
    const own = properties.app[setting.key];
    const global = setting.global ? properties.global[setting.key] : void 0;
    fields[setting.key] = own ?? "";
    if (setting.global) fields[`global-${setting.key}`] = global ?? "";
    fields[`computed-${setting.key}`] = own ?? global ?? setting.fallback;
  }
  fields["computed-postgres-service"] = properties.app["postgres-service"] || serviceName(app, "postgres");
  return fields;
}
function globalFields(global) {
  const fields = {};
  for (const setting of SETTINGS.filter((candidate) => candidate.global)) {
    fields[`global-${setting.key}`] = global[setting.key] ?? "";
    fields[`computed-${setting.key}`] = global[setting.key] ?? setting.fallback;
  }
  return fields;
}
function formatScale(scale) {
  return Object.keys(scale).filter((type) => type !== "release").sort().map((type) => `${type}=${scale[type]}`).join(" ");
}
function deployGateState(backupOnDeploy, skipNext) {
  if (backupOnDeploy !== "true") return "off";
  return skipNext === "true" ? "skip next" : "on";
}
function tlsState(active, deployed) {
  if (active === void 0) return "letsencrypt not installed";
  if (active) return "active";
  return deployed ? "inactive" : "pending (not deployed)";
}
function buildReportFields(facts) {
  const settings = settingFields(facts.properties, facts.app);
  const linked = (service) => service.installed ? String(service.linked) : "plugin not installed";
  const fields = {
    ...settings,
    "postgres-linked": linked(facts.postgres),
    "redis-service": facts.redis.service,
    "redis-linked": linked(facts.redis),
    "storage-entries": facts.mounts.map((mount) => mount.entryName ?? "-").join(" "),
    "storage-mounts": facts.mounts.map((mount) => `${mount.hostPath}:${mount.containerPath}`).join(" "),
    "storage-owner": facts.mounts.map((mount) => mount.owner === void 0 ? "-" : String(mount.owner)).join(" "),
    domains: facts.domains.join(" "),
    scale: formatScale(facts.scale),
    deployed: String(facts.deployed),
    tls: tlsState(facts.letsencryptActive, facts.deployed),
    "config-keys": String(facts.configKeyCount),
    "backup-schedule": "",
    "backup-last-scheduled": "",
    "backup-count": "0",
    "backup-latest": "",
    "offsite-credentials": "",
    "offsite-encryption": "",
    "offsite-transport": "",
    "offsite-last": "",
    "offsite-pending": "",
    ...facts.backup,
    "backup-latest-at": facts.latestBackup?.created_at ?? "",
    "backup-latest-commit": facts.latestBackup?.git_rev ?? "",
    "backup-latest-verified": facts.latestBackup ? String(facts.latestBackup.verified) : "",
    "deploy-gate": deployGateState(settings["computed-backup-on-deploy"] ?? "", settings["computed-backup-skip-next"] ?? ""),
    "deploy-last-rev": facts.lastRelease?.rev ?? "",
    "deploy-last-at": facts.lastRelease?.deployed_at ?? ""
  };
  return fields;
}
function reportLabel(flag) {
  const words = flag.replace(/^--/, "").replace(/[-.]/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
function flagOf(key) {
  return `--${REPORT_PREFIX}-${key}`;
}
function renderReportTable(fields) {
  const flags = Object.keys(fields).map(flagOf).sort();
  const width = Math.max(31, ...flags.map((flag) => flag.length));
  const prefix = `--${REPORT_PREFIX}-`;
  return flags.map((flag) => `       ${`${reportLabel(flag)}:`.padEnd(width)}${fields[flag.slice(prefix.length)]}`);
}
function renderReportJson(fields) {
  const sorted = {};
  for (const key of Object.keys(fields).sort()) sorted[key] = fields[key];
  return JSON.stringify(sorted).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function reportInfoValue(fields, flag) {
  const key = flag.replace(/^--/, "").slice(REPORT_PREFIX.length + 1);
  if (!flag.startsWith(`--${REPORT_PREFIX}-`) || !Object.hasOwn(fields, key)) {
    const valid = Object.keys(fields).map(flagOf).sort();
    throw new UserError(`Invalid flag passed, valid flags: ${valid.join(", ")}`);
  }
  return fields[key];
}
function checkReportRequest(request) {
  if (request.infoFlags.length === 1 && request.format === "json") {
    throw new UserError("--format flag cannot be specified when specifying an info flag");
  }
}
function renderReport(name, fields, request) {
  checkReportRequest(request);
  if (request.infoFlags.length > 1) return { kind: "nothing" };
  const [flag] = request.infoFlags;
  if (flag !== void 0) return { kind: "value", value: reportInfoValue(fields, flag) };
  if (request.format === "json") return { kind: "json", line: renderReportJson(fields) };
  return { kind: "table", header: `${name} ${REPORT_PREFIX} information`, rows: renderReportTable(fields) };
}

// src/dokku/report.ts
async function configKeyCount(dokku, app) {
  const { stdout } = await dokku.run(["config:keys", app], { mutating: false });
  return stdout.split("\n").filter((line) => line.trim() !== "").length;
}
async function listApps(dokku) {
  const { stdout } = await dokku.run(["apps:list", "--format", "json"], { mutating: false });
  const parsed = JSON.parse(stdout.trim() || "[]");
  return Array.isArray(parsed) ? parsed.filter((app) => typeof app === "string") : [];
}
async function letsencryptActive(dokku, app) {
  const { stdout } = await dokku.run(["letsencrypt:active", app], { mutating: false });
  return stdout.trim() === "true";
}

// src/io/app-report.ts
import { access, stat } from "node:fs/promises";
import path from "node:path";
function printReport(context, name, fields, request) {
  const output = renderReport(name, fields, request);
  if (output.kind === "table") {
    context.log.info2(output.header);
    context.stdout.write(output.rows.map((row) => `${row}
`).join(""));
  } else if (output.kind === "json") {
    context.stdout.write(`${output.line}
`);
  } else if (output.kind === "value") {
    context.stdout.write(`${output.value}
`);
  }
}
async function collectReport(app, context) {
  const { dokku, paths } = context;
  const store = new PropertyStore(paths.propertiesDir);
  const [appProperties, globalProperties] = await Promise.all([store.all(app), store.all(GLOBAL)]);
  const postgresService = appProperties["postgres-service"] || serviceName(app, "postgres");
  const redisService = serviceName(app, "redis");
  const [postgresInstalled, redisInstalled, letsencryptInstalled] = await Promise.all(
    ["postgres", "redis", "letsencrypt"].map((plugin) => pluginEnabled(context, plugin))
  );
  const linked = (installed, plugin, service) => installed ? serviceLinked(dokku, plugin, service, app) : Promise.resolve(false);
  const [keys, deployed, scale, domains, mounts, postgresLinked, redisLinked, tls] = await Promise.all([
    configKeyCount(dokku, app),
    isDeployed(dokku, app),
    getScale(dokku, app),
    appDomains(dokku, app),
    listMounts(dokku, app),
    linked(postgresInstalled, "postgres", postgresService),
    linked(redisInstalled, "redis", redisService),
    letsencryptInstalled ? letsencryptActive(dokku, app) : Promise.resolve(void 0)
  ]);
  const backups = await listBackups(backupPaths(paths.dataDir, app));
  const [backup, releases, mountFacts] = await Promise.all([
    backupReportFields(app, context, backups),
    readReleases(paths, app),
    Promise.all(mounts.map(mountOwner))
  ]);
  const latest = backups[0];
  const lastRelease = releases[0];
  return buildReportFields({
    app,
    properties: { app: appProperties, global: globalProperties },
    postgres: { installed: postgresInstalled ?? false, service: postgresService, linked: postgresLinked },
    redis: { installed: redisInstalled ?? false, service: redisService, linked: redisLinked },
    mounts: mountFacts,
    domains,
    scale,
    deployed,
    letsencryptActive: tls,
    configKeyCount: keys,
    backup,
    latestBackup: latest && { id: latest.id, created_at: latest.created_at, git_rev: latest.git_rev, verified: latest.verified },
    lastRelease: lastRelease && { rev: lastRelease.rev, deployed_at: lastRelease.deployed_at }
  });
}
async function pluginEnabled(context, plugin) {
  try {
    await access(path.join(context.paths.pluginEnabledPath, plugin));
    return true;
  } catch {
    return false;
  }
}
async function mountOwner(mount) {
  if (!path.isAbsolute(mount.hostPath)) return { ...mount, owner: void 0 };
  try {
    return { ...mount, owner: (await stat(mount.hostPath)).uid };
  } catch {
    return { ...mount, owner: void 0 };
  }
}

export {
  REPORT_PREFIX,
  reportInfoKeys,
  globalFields,
  checkReportRequest,
  listApps,
  printReport,
  collectReport
};
