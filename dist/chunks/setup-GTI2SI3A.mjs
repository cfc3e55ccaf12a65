import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  K3S,
  SETUP_STEPS,
  getScale,
  planSetup,
  setScale,
  setupRefusals,
  summarizeSetup,
  verifyPlugins
} from "./chunk-HIHIQUKW.mjs";
import {
  appExists,
  createApp
} from "./chunk-IL44M55U.mjs";
import {
  createService,
  isServiceUrl,
  linkService,
  listServices,
  serviceExists,
  serviceHost,
  serviceImage,
  serviceLinked,
  serviceLinks,
  urlHost
} from "./chunk-T2TNEFCO.mjs";
import {
  SETUP_DEFAULTS,
  parseEmail,
  parseSetupOptions
} from "./chunk-NFGITFG7.mjs";
import {
  appsMountingEntry,
  createStorageEntry,
  ensureStorageDirectory,
  listMounts,
  mountStorage,
  mountStorageEntry,
  storageEntry,
  waitForStorageEntry
} from "./chunk-ML35XFQP.mjs";
import {
  withConfigLock
} from "./chunk-EQXVWRTA.mjs";
import {
  addDomains,
  appDomains,
  isDeployed
} from "./chunk-46MYEWN4.mjs";
import {
  getConfigValue
} from "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import {
  PropertyStore,
  isMissing
} from "./chunk-IQVX3673.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  DRY_RUN_OPTION,
  FORMAT_OPTION,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import {
  ExitCode,
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/setup.ts
import { existsSync } from "node:fs";
import { readFile as readFile2, stat } from "node:fs/promises";
import { hostname } from "node:os";
import path2 from "node:path";

// src/core/plan.ts
async function applyPlan(steps, options) {
  const reports = [];
  const settle = (report2) => {
    reports.push(report2);
    options.onStep?.(report2);
  };
  for (const step of steps) {
    if (step.state === "ok") {
      settle({ name: step.name, status: "ok", detail: step.detail });
      continue;
    }
    if (step.state === "skip") {
      settle({ name: step.name, status: "skipped", detail: step.detail });
      continue;
    }
    if (options.dryRun || !step.apply) {
      settle({ name: step.name, status: options.dryRun ? "planned" : "skipped", detail: step.detail });
      continue;
    }
    try {
      const done = await step.apply();
      settle({ name: step.name, status: "changed", detail: done || step.detail });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      settle({ name: step.name, status: "failed", detail: message });
      return {
        steps: reports,
        changed: countChanged(reports),
        failure: { step: step.name, error, fix: step.fix }
      };
    }
  }
  return { steps: reports, changed: countChanged(reports) };
}
function countChanged(reports) {
  return reports.filter((report2) => report2.status === "changed").length;
}
var STATUS_WORD = {
  ok: "ok",
  changed: "changed",
  planned: "would change",
  skipped: "skipped",
  failed: "FAILED"
};
function renderStepLine(report2, width = 24) {
  return `${`${report2.name}:`.padEnd(width)}${STATUS_WORD[report2.status].padEnd(13)}${report2.detail}`;
}

// src/dokku/builder.ts
async function getSelectedBuilder(dokku, app) {
  const { stdout } = await dokku.run(["builder:report", app, "--builder-selected"], { mutating: false });
  return stdout.trim();
}
async function selectBuilder(dokku, app, builder) {
  await dokku.run(["builder:set", app, "selected", builder], { mutating: true });
}
async function getDockerfilePath(dokku, app) {
  const { stdout } = await dokku.run(["builder-dockerfile:report", app, "--builder-dockerfile-dockerfile-path"], {
    mutating: false
  });
  return stdout.trim();
}
async function setDockerfilePath(dokku, app, path3) {
  await dokku.run(["builder-dockerfile:set", app, "dockerfile-path", path3], { mutating: true });
}

// src/dokku/letsencrypt.ts
async function report(dokku, app) {
  const { stdout } = await dokku.run(["letsencrypt:report", app, "--format", "json"], { mutating: false });
  const parsed = JSON.parse(stdout.trim() || "{}");
  return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
}
async function appLetsencrypt(dokku, app) {
  const values = await report(dokku, app);
  return {
    appEmail: values.email ?? "",
    globalEmail: values["global-email"] ?? "",
    autorenew: values.autorenew === "true",
    active: values.active === "true"
  };
}
async function cronJobEnabled(dokku) {
  const { stdout } = await dokku.run(["letsencrypt:cron-job"], { mutating: false });
  return /cron job is enabled/i.test(stdout);
}
async function setLetsencryptEmail(dokku, app, email) {
  await dokku.run(["letsencrypt:set", app, "email", email], { mutating: true });
}
async function addCronJob(dokku) {
  await dokku.run(["letsencrypt:cron-job", "--add"], { mutating: true });
}
async function enableLetsencrypt(dokku, app) {
  await dokku.run(["letsencrypt:enable", app], { mutating: true });
}

// src/dokku/ports.ts
async function portMap(dokku, app) {
  const { stdout } = await dokku.run(["ports:report", app, "--ports-map"], { mutating: false });
  return stdout.trim().split(/\s+/).filter(Boolean);
}
async function setPortMap(dokku, app, mappings) {
  await dokku.run(["ports:set", app, ...mappings], { mutating: true });
}

// src/dokku/scheduler.ts
async function selectedScheduler(dokku, app) {
  const { stdout } = await dokku.run(["scheduler:report", app, "--scheduler-computed-selected"], { mutating: false });
  return stdout.trim() || "docker-local";
}
async function k3sLetsencryptEmail(dokku, app) {
  const { stdout } = await dokku.run(["scheduler-k3s:report", app, "--format", "json"], { mutating: false });
  const report2 = JSON.parse(stdout.trim() || "{}");
  const text = (key) => typeof report2[key] === "string" ? report2[key] : "";
  return { app: text("letsencrypt-email-prod"), computed: text("computed-letsencrypt-email-prod") };
}
async function setK3sLetsencryptEmail(dokku, app, email) {
  await dokku.run(["scheduler-k3s:set", app, "letsencrypt-email-prod", email], { mutating: true });
}

// src/dokku/version.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
async function dokkuVersion(dokku, libRoot) {
  for (const file of ["STABLE_VERSION", "VERSION"]) {
    try {
      const text = (await readFile(path.join(libRoot, file), "utf8")).trim();
      if (text) return parseVersion(text);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  const { stdout } = await dokku.run(["version"], { mutating: false });
  return parseVersion(stdout.replace(/^dokku version /, "").trim());
}
function parseVersion(text) {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, "").split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor, patch];
}
function versionAtLeast(version, wanted) {
  for (let i = 0; i < 3; i++) if (version[i] !== wanted[i]) return (version[i] ?? 0) > (wanted[i] ?? 0);
  return true;
}

// src/subcommands/setup.ts
var POSTGRES_SERVICE_PROPERTY = "postgres-service";
var LETSENCRYPT_EMAIL_PROPERTY = "letsencrypt-email";
var STEP_WIDTH = Math.max(...SETUP_STEPS.map((name) => name.length)) + 2;
var setup = {
  name: "setup",
  args: "<app>",
  summary: "Provision an app for SaaS Pegasus: services and storage and domains and TLS (safe to re-run)",
  options: {
    domain: { type: "string", multiple: true, value: "DOMAIN", description: "add a domain to the app (repeatable)" },
    "letsencrypt-email": {
      type: "string",
      value: "EMAIL",
      description: "Let's Encrypt email for the app (default: pegasus:set letsencrypt-email, else letsencrypt's global email)"
    },
    "postgres-image": {
      type: "string",
      value: "IMAGE",
      description: "image for a new Postgres service, e.g. pgvector/pgvector (default: the plugin's)"
    },
    "postgres-image-version": {
      type: "string",
      value: "TAG",
      description: "image tag for a new Postgres service, e.g. pg17"
    },
    "postgres-service": {
      type: "string",
      value: "NAME",
      description: "the Postgres service to create or adopt and link (default <app>-db, dots turned into hyphens)"
    },
    "redis-service": {
      type: "string",
      value: "NAME",
      description: "the Redis service to create or adopt and link (default <app>-redis, dots turned into hyphens)"
    },
    "no-postgres": { type: "boolean", description: "do not create or link a Postgres service" },
    "no-redis": { type: "boolean", description: "do not create or link a Redis service" },
    "no-storage": { type: "boolean", description: "do not create or mount the media storage directory" },
    "no-letsencrypt": { type: "boolean", description: "do not configure Let's Encrypt TLS" },
    dockerfile: {
      type: "string",
      value: "PATH",
      description: `Dockerfile to build, relative to the repository root (default ${SETUP_DEFAULTS.dockerfile})`
    },
    port: {
      type: "string",
      value: "N",
      description: "container port the proxy sends http (and https after TLS) to: 8080 for Pegasus's Dockerfile.web"
    },
    "storage-dir": {
      type: "string",
      value: "DIR",
      description: `where the media directory is mounted in the container (default ${SETUP_DEFAULTS.storageDir})`
    },
    "storage-uid": {
      type: "string",
      value: "UID",
      description: `owner of the media directory: the image's user (default ${SETUP_DEFAULTS.storageUid}, Pegasus's django user)`
    },
    "storage-mode": {
      type: "string",
      value: "MODE",
      description: "octal permissions of the media directory, e.g. 0750 (Dokku 0.38.27+; default: Dokku's)"
    },
    "storage-size": {
      type: "string",
      value: "SIZE",
      description: `k3s apps: size of the media volume's claim (default ${SETUP_DEFAULTS.storageSize})`
    },
    "storage-class": {
      type: "string",
      value: "NAME",
      description: "k3s apps: StorageClass of the media volume's claim (default: the cluster's)"
    },
    scale: {
      type: "string",
      multiple: true,
      value: "TYPE=N",
      description: "process count, applied at the next deploy (repeatable; default worker=1)"
    },
    ...DRY_RUN_OPTION,
    ...FORMAT_OPTION
  },
  notes: [
    "Creates what is missing and leaves what exists: the app, the dockerfile builder, Postgres <app>-db and",
    "Redis <app>-redis (linked), $DOKKU_LIB_ROOT/data/storage/<app> mounted at --storage-dir (Dokku 0.38+: the",
    "storage entry <app>), domains, the port mapping, the process scale and Let's Encrypt (email, renewal cron;",
    "TLS once the app is deployed). On Dokku's k3s scheduler: a volume claim, the scheduler's own Let's Encrypt,",
    "and no dokku-postgres/redis services unless --postgres-service/--redis-service name reachable ones.",
    "A DATABASE_URL or REDIS_URL that belongs to another service is refused, never shadowed by an alias.",
    "A re-run changes nothing that is already in place; after a failure, fix the cause and re-run.",
    "Service links are made the ordinary way: on a deployed app Dokku restarts it once per new link, and both",
    "links come before every other change. Scale and mounts never restart: run ps:restart when setup says so.",
    "Find the uid of your image's user with: docker run --rm --entrypoint id <image>",
    "An existing service is never recreated, even when it runs another image than --postgres-image asks for.",
    "Requires the postgres, redis and letsencrypt plugins (unless --no-postgres, --no-redis, --no-letsencrypt)."
  ],
  printsData: (args) => formatOption(args.options) === "json",
  // One config change of an app at a time (env-import takes the same lock); a dry run changes nothing.
  run: (args, ctx) => args.options["dry-run"] ? run(args, ctx) : withConfigLock(args.positionals[0] ?? "", ctx, () => run(args, ctx))
};
async function run(args, ctx) {
  const format = formatOption(args.options);
  const options = parseSetupOptions(args);
  const pluginPresent = (plugin) => existsSync(path2.join(ctx.paths.pluginEnabledPath, plugin));
  verifyPlugins({ ...options, letsencrypt: false }, pluginPresent);
  const properties = new PropertyStore(ctx.paths.propertiesDir);
  const emailDefault = await properties.computed(options.app, LETSENCRYPT_EMAIL_PROPERTY, "");
  if (emailDefault) options.letsencryptEmailDefault = parseEmail(emailDefault);
  const exists = await appExists(ctx.dokku, options.app);
  if (!exists) verifyAppName(options.app, { forCreate: true });
  const scheduler = await selectedScheduler(ctx.dokku, exists ? options.app : "--global");
  verifyPlugins(options, pluginPresent, scheduler);
  ctx.log.info1(`${options.dryRun ? "Checking" : "Setting up"} ${options.app} for SaaS Pegasus`);
  const facts = await gatherFacts(options, ctx, properties, exists, scheduler);
  const refusals = setupRefusals(options, facts);
  if (refusals.length > 0) {
    throw new UserError([...refusals, "Nothing was changed."].join("\n"));
  }
  const steps = planSetup(options, facts, actions(options, ctx, properties));
  const result = await applyPlan(steps, {
    dryRun: options.dryRun,
    onStep: (report2) => ctx.log.verbose(renderStepLine(report2, STEP_WIDTH))
  });
  if (format === "json") {
    ctx.stdout.write(
      `${JSON.stringify({ app: options.app, dry_run: options.dryRun, changed: result.changed, steps: result.steps })}
`
    );
  }
  if (result.failure) {
    const { step, error, fix } = result.failure;
    if (!(error instanceof UserError)) throw error;
    ctx.log.fail(`Step ${step} failed: ${error.message}`);
    if (fix) ctx.log.fail(`To fix: ${fix}`);
    ctx.log.fail(`Then re-run dokku pegasus:setup ${options.app} with the same flags: steps already done are skipped`);
    return error.exitCode === ExitCode.ok ? ExitCode.userError : error.exitCode;
  }
  const host = await serverName(ctx);
  const [headline, ...rest] = summarizeSetup(options, result.steps, {
    dryRun: options.dryRun,
    deployed: facts.deployed,
    host
  });
  ctx.log.info2(headline ?? "");
  for (const line of rest) ctx.log.verbose(line);
  return ExitCode.ok;
}
async function gatherFacts(options, ctx, properties, exists, scheduler) {
  const { dokku } = ctx;
  const { app } = options;
  const service = async (kind) => {
    if (!options[kind]) return { exists: false, image: "", linked: false, otherLinks: [] };
    const name = kind === "postgres" ? options.postgresService : options.redisService;
    const serviceThere = await serviceExists(dokku, kind, name);
    const variable = exists ? await linkVariable(ctx, app, kind, name, serviceThere) : {};
    if (!serviceThere) return { exists: false, image: "", linked: false, otherLinks: [], ...variable };
    const wantsImage = kind === "postgres" && (options.postgresImage !== void 0 || options.postgresImageVersion !== void 0);
    const linked = exists ? await serviceLinked(dokku, kind, name, app) : false;
    return {
      exists: true,
      image: wantsImage ? await serviceImage(dokku, kind, name) : "",
      linked,
      otherLinks: linked ? [] : (await serviceLinks(dokku, kind, name)).filter((other) => other !== app),
      ...variable
    };
  };
  const storageRoot = path2.join(ctx.paths.libRoot, "data", "storage");
  const version = await dokkuVersion(dokku, ctx.paths.libRoot);
  const storageEntries = versionAtLeast(version, [0, 38, 0]);
  const mounts = exists && options.storage ? await listMounts(dokku, app) : [];
  const servedByOther = mounts.some((m) => m.containerPath === options.storageDir && m.entryName !== options.storageEntry);
  const entry = options.storage && storageEntries && !servedByOther ? await storageEntry(dokku, options.storageEntry) : void 0;
  const mountedHere = mounts.some((m) => m.entryName === options.storageEntry);
  const entryMountedBy = entry && !mountedHere ? (await appsMountingEntry(dokku, options.storageEntry)).filter((other) => other !== app) : [];
  const serving = mounts.find((m) => m.containerPath === options.storageDir && m.entryName !== options.storageEntry);
  const servingEntry = options.storage && storageEntries && scheduler === K3S && serving?.entryName ? await storageEntry(dokku, serving.entryName) : void 0;
  const directoryName = storageEntries && !servedByOther ? options.storageEntry : options.storageName;
  return {
    appExists: exists,
    storageEntries,
    storageModeFlag: versionAtLeast(version, [0, 38, 27]),
    scheduler,
    deployed: exists ? await isDeployed(dokku, app) : false,
    builderSelected: exists ? await getSelectedBuilder(dokku, app) : "",
    dockerfilePath: exists ? await getDockerfilePath(dokku, app) : "",
    postgres: await service("postgres"),
    redis: await service("redis"),
    postgresServiceProperty: options.postgres ? await properties.get(app, POSTGRES_SERVICE_PROPERTY) : void 0,
    storageRoot,
    storageDirectory: options.storage && scheduler !== K3S ? await directoryOwner(path2.join(storageRoot, directoryName)) : { exists: false },
    storageEntry: entry,
    storageEntryMountedBy: entryMountedBy,
    servingEntryScheduler: servingEntry?.scheduler,
    mounts,
    domains: exists ? await appDomains(dokku, app) : [],
    // Read even without --port: the step reports the mapping in place.
    portMap: exists ? await portMap(dokku, app) : [],
    scale: exists ? await getScale(dokku, app) : {},
    k3sLetsencrypt: scheduler === K3S && options.letsencrypt && exists ? await k3sLetsencryptEmail(dokku, app) : { app: "", computed: "" },
    letsencrypt: !options.letsencrypt || scheduler === K3S ? { appEmail: "", globalEmail: "", autorenew: false, active: false } : exists ? await appLetsencrypt(dokku, app) : {
      appEmail: "",
      globalEmail: await globalLetsencryptEmail(ctx),
      autorenew: await cronJobEnabled(dokku),
      active: false
    }
  };
}
function actions(options, ctx, properties) {
  const { dokku } = ctx;
  const { app } = options;
  return {
    createApp: async () => {
      try {
        await createApp(dokku, app);
      } catch (error) {
        if (!await appExists(dokku, app).catch(() => false)) throw error;
        throw new UserError(
          `${app} was created meanwhile by another command (a second pegasus:setup ${app}?). This run changed nothing. Run dokku pegasus:setup ${app} again: it waits for the other run and converges.`
        );
      }
    },
    selectDockerfileBuilder: () => selectBuilder(dokku, app, "dockerfile"),
    setDockerfilePath: (dockerfile) => setDockerfilePath(dokku, app, dockerfile),
    createService: (kind, name, image, version) => createService(dokku, kind, name, kind === "postgres" ? { image, version } : void 0),
    linkService: (kind, name) => linkService(dokku, kind, name, app),
    recordPostgresService: (name) => properties.set(app, POSTGRES_SERVICE_PROPERTY, name),
    ensureStorageDirectory: (name, uid) => ensureStorageDirectory(dokku, name, uid),
    mountStorage: (hostPath, containerPath) => mountStorage(dokku, app, hostPath, containerPath),
    createStorageEntry: (name, how) => createStorageEntry(dokku, name, how),
    mountStorageEntry: (name, containerPath) => mountStorageEntry(dokku, app, name, containerPath),
    waitForStorageEntry: (name) => waitForStorageEntry(dokku, name),
    setK3sLetsencryptEmail: (email) => setK3sLetsencryptEmail(dokku, app, email),
    addDomains: (domains) => addDomains(dokku, app, domains),
    setPorts: (mappings) => setPortMap(dokku, app, mappings),
    scale: (pairs) => setScale(dokku, app, pairs),
    setLetsencryptEmail: (email) => setLetsencryptEmail(dokku, app, email),
    addLetsencryptCron: () => addCronJob(dokku),
    enableLetsencrypt: () => enableLetsencrypt(dokku, app)
  };
}
async function linkVariable(ctx, app, kind, ours, oursExists) {
  const value = await getConfigValue(ctx.dokku, app, kind === "postgres" ? "DATABASE_URL" : "REDIS_URL");
  if (value === void 0) return {};
  const host = urlHost(value);
  if (host === serviceHost(kind, ours)) {
    const stale = !oursExists || !await isServiceUrl(ctx.dokku, kind, ours, value);
    return stale ? { variableHost: host, variableStale: true } : { variableHost: host };
  }
  if (!host.startsWith(`dokku-${kind}-`)) return { variableHost: host };
  const owner = (await listServices(ctx.dokku, kind)).find((service) => serviceHost(kind, service) === host);
  return owner === void 0 ? { variableHost: host } : { variableHost: host, variableService: owner };
}
async function directoryOwner(directory) {
  try {
    const info = await stat(directory);
    return info.isDirectory() ? { exists: true, uid: info.uid } : { exists: false };
  } catch (error) {
    if (isMissing(error)) return { exists: false };
    throw error;
  }
}
async function globalLetsencryptEmail(ctx) {
  try {
    return (await readFile2(path2.join(ctx.paths.libRoot, "config", "letsencrypt", "--global", "email"), "utf8")).trim();
  } catch (error) {
    if (isMissing(error)) return "";
    throw error;
  }
}
async function serverName(ctx) {
  try {
    const name = (await readFile2(path2.join(ctx.paths.dokkuRoot, "HOSTNAME"), "utf8")).trim().split(/\s+/)[0];
    if (name) return name;
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  return hostname();
}
export {
  setup
};
