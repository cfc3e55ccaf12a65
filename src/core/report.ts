import { UserError } from "../errors.js";
import type { OptionSpecs } from "./options.js";
import { SETTINGS } from "./settings.js";
import { serviceName } from "./setup-plan.js";

/**
 * `pegasus:report`: the facts the subcommand gathered, turned into Dokku's report fields
 * (`--pegasus-<key>` flags) and rendered the way Dokku's Go reports render them
 * (plugins/common/common.go ReportSingleApp; reference dokku-commands.md §0.4).
 */

/** Report keys, without the `pegasus-` prefix (JSON uses them bare, as Go core does since 0.38). */
export type ReportFields = Record<string, string>;

export const REPORT_PREFIX = "pegasus";

/** What one app's report is built from; gathered by src/subcommands/report.ts. */
export interface ReportFacts {
  app: string;
  /** Properties stored for the app and for `--global` (raw: undefined when unset). */
  properties: { app: Record<string, string>; global: Record<string, string> };
  postgres: ServiceFacts;
  redis: ServiceFacts;
  mounts: MountFacts[];
  domains: string[];
  scale: Record<string, number>;
  deployed: boolean;
  /** undefined when the letsencrypt plugin is not installed. */
  letsencryptActive: boolean | undefined;
  configKeyCount: number;
  /** From backupReportFields: backup-schedule, backup-last-scheduled, backup-count, backup-latest. */
  backup: Record<string, string>;
  latestBackup?: { id: string; created_at: string; git_rev: string; verified: boolean };
  lastRelease?: { rev: string; deployed_at: string };
}

export interface ServiceFacts {
  installed: boolean;
  service: string;
  linked: boolean;
}

export interface MountFacts {
  hostPath: string;
  containerPath: string;
  /** Dokku 0.38+: the storage entry behind the mount (`legacy-<hash>` for a migrated one). */
  entryName?: string;
  /** uid of the host directory; undefined for a named volume or a path that cannot be read. */
  owner: number | undefined;
}

/** Every app-report key with what it holds: the help of each `--pegasus-<key>` flag. */
export const APP_REPORT_KEYS: Readonly<Record<string, string>> = {
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
  "offsite-pending": "verified backups not yet off-site (or why none can go)",
  "deploy-gate": "the deploy backup gate: on, off or skip next",
  "deploy-last-rev": "the commit of the last deploy pegasus recorded",
  "deploy-last-at": "when that deploy finished",
};

/**
 * The keys of `pegasus:report --global`, as Dokku's own `ps:report --global`: each global
 * property as set (empty when unset) and as computed (the --global value, else the default).
 */
export const GLOBAL_REPORT_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  SETTINGS.filter((setting) => setting.global).flatMap((setting) => [
    [`global-${setting.key}`, `--global ${setting.key}`],
    [`computed-${setting.key}`, `${setting.key} in effect for an app that sets none (--global, then default)`],
  ]),
);

function settingKeys(): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const setting of SETTINGS) {
    keys[setting.key] = `${setting.key} set on the app`;
    if (setting.global) keys[`global-${setting.key}`] = `${setting.key} set with --global`;
    keys[`computed-${setting.key}`] = `${setting.key} in effect (app, then --global, then default)`;
  }
  keys["computed-postgres-service"] = "the Postgres service reported on: postgres-service, else <app>-db";
  return keys;
}

/** The `--pegasus-<key>` options, so the strict argument parser accepts exactly these. */
/** Every `--pegasus-<key>` a report answers, sorted as the table is. */
export function reportInfoKeys(): string[] {
  return Object.keys({ ...APP_REPORT_KEYS, ...GLOBAL_REPORT_KEYS }).sort();
}

/** Property triples (app, global, computed) of every setting. */
export function settingFields(properties: ReportFacts["properties"], app: string): ReportFields {
  const fields: ReportFields = {};
  for (const setting of SETTINGS) {
    const own = properties.app[setting.key];
    const global = setting.global ? properties.global[setting.key] : undefined;
    fields[setting.key] = own ?? "";
    if (setting.global) fields[`global-${setting.key}`] = global ?? "";
    fields[`computed-${setting.key}`] = own ?? global ?? setting.fallback;
  }
  fields["computed-postgres-service"] = properties.app["postgres-service"] || serviceName(app, "postgres");
  return fields;
}

export function globalFields(global: Record<string, string>): ReportFields {
  const fields: ReportFields = {};
  for (const setting of SETTINGS.filter((candidate) => candidate.global)) {
    fields[`global-${setting.key}`] = global[setting.key] ?? "";
    fields[`computed-${setting.key}`] = global[setting.key] ?? setting.fallback;
  }
  return fields;
}

/** `web=1 worker=1`, sorted by process type; `release` is a task, not a process, so it is left out. */
export function formatScale(scale: Record<string, number>): string {
  return Object.keys(scale)
    .filter((type) => type !== "release")
    .sort()
    .map((type) => `${type}=${scale[type]}`)
    .join(" ");
}

export function deployGateState(backupOnDeploy: string, skipNext: string): string {
  if (backupOnDeploy !== "true") return "off";
  return skipNext === "true" ? "skip next" : "on";
}

/** Before the first deploy letsencrypt cannot be enabled yet: pending, not a failure. */
export function tlsState(active: boolean | undefined, deployed: boolean): string {
  if (active === undefined) return "letsencrypt not installed";
  if (active) return "active";
  return deployed ? "inactive" : "pending (not deployed)";
}

export function buildReportFields(facts: ReportFacts): ReportFields {
  const settings = settingFields(facts.properties, facts.app);
  const linked = (service: ServiceFacts) => (service.installed ? String(service.linked) : "plugin not installed");
  const fields: ReportFields = {
    ...settings,
    "postgres-linked": linked(facts.postgres),
    "redis-service": facts.redis.service,
    "redis-linked": linked(facts.redis),
    "storage-entries": facts.mounts.map((mount) => mount.entryName ?? "-").join(" "),
    "storage-mounts": facts.mounts.map((mount) => `${mount.hostPath}:${mount.containerPath}`).join(" "),
    "storage-owner": facts.mounts.map((mount) => (mount.owner === undefined ? "-" : String(mount.owner))).join(" "),
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
    "deploy-last-at": facts.lastRelease?.deployed_at ?? "",
  };
  return fields;
}

/** `--pegasus-backup-keep` → `Pegasus backup keep` (Go core's label rule). */
export function reportLabel(flag: string): string {
  const words = flag.replace(/^--/, "").replace(/[-.]/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function flagOf(key: string): string {
  return `--${REPORT_PREFIX}-${key}`;
}

/** Table rows (without the header): sorted by flag, labels padded to max(31, longest flag). */
export function renderReportTable(fields: ReportFields): string[] {
  const flags = Object.keys(fields).map(flagOf).sort();
  const width = Math.max(31, ...flags.map((flag) => flag.length));
  const prefix = `--${REPORT_PREFIX}-`;
  return flags.map((flag) => `       ${`${reportLabel(flag)}:`.padEnd(width)}${fields[flag.slice(prefix.length)]}`);
}

/** One compact line, keys sorted, `<>&` escaped as Go's json.Marshal does. */
export function renderReportJson(fields: ReportFields): string {
  const sorted: ReportFields = {};
  for (const key of Object.keys(fields).sort()) sorted[key] = fields[key]!;
  return JSON.stringify(sorted)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A single info flag prints its raw value; a flag this report lacks lists the valid ones. */
export function reportInfoValue(fields: ReportFields, flag: string): string {
  const key = flag.replace(/^--/, "").slice(REPORT_PREFIX.length + 1);
  if (!flag.startsWith(`--${REPORT_PREFIX}-`) || !Object.hasOwn(fields, key)) {
    const valid = Object.keys(fields).map(flagOf).sort();
    throw new UserError(`Invalid flag passed, valid flags: ${valid.join(", ")}`);
  }
  return fields[key]!;
}

export interface ReportRequest {
  format: "stdout" | "json";
  /** The `--pegasus-<key>` flags given (with their dashes). */
  infoFlags: string[];
}

export type ReportOutput =
  | { kind: "table"; header: string; rows: string[] }
  | { kind: "json"; line: string }
  | { kind: "value"; value: string }
  | { kind: "nothing" };

/** Refuses what Dokku refuses before anything is gathered. */
export function checkReportRequest(request: ReportRequest): void {
  if (request.infoFlags.length === 1 && request.format === "json") {
    throw new UserError("--format flag cannot be specified when specifying an info flag");
  }
}

/** Dokku's behaviour: two info flags print nothing and succeed (its parse error is swallowed). */
export function renderReport(name: string, fields: ReportFields, request: ReportRequest): ReportOutput {
  checkReportRequest(request);
  if (request.infoFlags.length > 1) return { kind: "nothing" };
  const [flag] = request.infoFlags;
  if (flag !== undefined) return { kind: "value", value: reportInfoValue(fields, flag) };
  if (request.format === "json") return { kind: "json", line: renderReportJson(fields) };
  return { kind: "table", header: `${name} ${REPORT_PREFIX} information`, rows: renderReportTable(fields) };
}
