import { access, stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { backupReportFields } from "../backup/report.js";
import { backupPaths, listBackups } from "../backup/store.js";
import type { Context } from "../context.js";
import { serviceName } from "../core/setup-plan.js";
import { buildReportFields, renderReport, type MountFacts, type ReportFields, type ReportRequest } from "../core/report.js";
import { appDomains } from "../dokku/domains.js";
import { isDeployed } from "../dokku/ps.js";
import { configKeyCount, letsencryptActive } from "../dokku/report.js";
import { getScale } from "../dokku/scale.js";
import { serviceLinked, type ServicePlugin } from "../dokku/services.js";
import { listMounts } from "../dokku/storage.js";
import { GLOBAL, PropertyStore } from "./properties.js";
import { readReleases } from "./releases.js";

// Shared by pegasus:report and the `report` trigger; apart from the subcommand's module so the
// trigger, which runs for every `dokku report`, never loads the argument parser.

/** Prints one report: the header through the log (hidden by --quiet, as Dokku's), the rest as data. */
export function printReport(context: Context, name: string, fields: ReportFields, request: ReportRequest): void {
  const output = renderReport(name, fields, request);
  if (output.kind === "table") {
    context.log.info2(output.header);
    context.stdout.write(output.rows.map((row) => `${row}\n`).join(""));
  } else if (output.kind === "json") {
    context.stdout.write(`${output.line}\n`);
  } else if (output.kind === "value") {
    context.stdout.write(`${output.value}\n`);
  }
}

/**
 * Gathers one existing app's facts. Every Dokku call is a read, each made once, all at once;
 * the config is read as key names only (`config:keys`), so no value can reach the report.
 */
export async function collectReport(app: string, context: Context): Promise<ReportFields> {
  const { dokku, paths } = context;
  const store = new PropertyStore(paths.propertiesDir);
  const [appProperties, globalProperties] = await Promise.all([store.all(app), store.all(GLOBAL)]);
  const postgresService = appProperties["postgres-service"] || serviceName(app, "postgres");
  const redisService = serviceName(app, "redis");
  const [postgresInstalled, redisInstalled, letsencryptInstalled] = await Promise.all(
    ["postgres", "redis", "letsencrypt"].map((plugin) => pluginEnabled(context, plugin)),
  );
  const linked = (installed: boolean | undefined, plugin: ServicePlugin, service: string) =>
    installed ? serviceLinked(dokku, plugin, service, app) : Promise.resolve(false);
  const [keys, deployed, scale, domains, mounts, postgresLinked, redisLinked, tls] = await Promise.all([
    configKeyCount(dokku, app),
    isDeployed(dokku, app),
    getScale(dokku, app),
    appDomains(dokku, app),
    listMounts(dokku, app),
    linked(postgresInstalled, "postgres", postgresService),
    linked(redisInstalled, "redis", redisService),
    letsencryptInstalled ? letsencryptActive(dokku, app) : Promise.resolve(undefined),
  ]);
  const backups = await listBackups(backupPaths(paths.dataDir, app));
  const [backup, releases, mountFacts] = await Promise.all([
    backupReportFields(app, context, backups),
    readReleases(paths, app),
    Promise.all(mounts.map(mountOwner)),
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
    lastRelease: lastRelease && { rev: lastRelease.rev, deployed_at: lastRelease.deployed_at },
  });
}

/** A community plugin is installed when Dokku has it enabled (its directory under enabled/). */
async function pluginEnabled(context: Context, plugin: string): Promise<boolean> {
  try {
    await access(join(context.paths.pluginEnabledPath, plugin));
    return true;
  } catch {
    return false;
  }
}

async function mountOwner(mount: { hostPath: string; containerPath: string }): Promise<MountFacts> {
  if (!isAbsolute(mount.hostPath)) return { ...mount, owner: undefined };
  try {
    return { ...mount, owner: (await stat(mount.hostPath)).uid };
  } catch {
    return { ...mount, owner: undefined };
  }
}
