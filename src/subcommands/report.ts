import { access, stat } from "node:fs/promises";
import path from "node:path";
import { backupReportFields } from "../backup/report.js";
import { backupPaths, listBackups } from "../backup/store.js";
import type { Context } from "../context.js";
import { expectPositionals, FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import { serviceName } from "../core/setup-plan.js";
import {
  buildReportFields,
  checkReportRequest,
  globalFields,
  REPORT_PREFIX,
  renderReport,
  reportInfoKeys,
  type MountFacts,
  type ReportFields,
  type ReportRequest,
} from "../core/report.js";
import { verifyAppExists } from "../dokku/apps.js";
import { appDomains } from "../dokku/domains.js";
import { isDeployed } from "../dokku/ps.js";
import { configKeyCount, letsencryptActive, listApps } from "../dokku/report.js";
import { getScale } from "../dokku/scale.js";
import { serviceLinked, type ServicePlugin } from "../dokku/services.js";
import { listMounts } from "../dokku/storage.js";
import { ExitCode, UserError } from "../errors.js";
import { GLOBAL, PropertyStore } from "../io/properties.js";
import { readReleases } from "../io/releases.js";

const USAGE = "[<app>|--global] [--pegasus-<key>] [--format stdout|json]";

export const report: Subcommand = {
  name: "report",
  args: "[<app>|--global]",
  summary: "Show the whole stack of one app (or every app): services and storage and TLS and backups and deploys",
  options: {
    ...FORMAT_OPTION,
    global: { type: "boolean", description: "show only the --global properties" },
  },
  infoFlagPrefix: `${REPORT_PREFIX}-`,
  notes: [
    "--pegasus-<key> prints one value. Keys:",
    ...wrapKeys(reportInfoKeys()),
    "Config values are never shown: only how many keys the app has.",
  ],
  printsData: (args) => formatOption(args.options) === "json" || (args.infoFlags?.length ?? 0) > 0,
  async run({ positionals, options, infoFlags = [] }, context) {
    expectPositionals(`${REPORT_PREFIX}:report`, USAGE, positionals, 0, 1);
    const request: ReportRequest = { format: formatOption(options), infoFlags };
    checkReportRequest(request);
    if (options.global === true) {
      if (positionals.length > 0) throw new UserError(`Give an app or --global, not both. Usage: dokku pegasus:report ${USAGE}`);
      const global = await new PropertyStore(context.paths.propertiesDir).all(GLOBAL);
      printReport(context, GLOBAL, globalFields(global), request);
      return;
    }
    const [target] = positionals;
    if (target !== undefined) {
      const app = verifyAppName(target);
      await verifyAppExists(context.dokku, app);
      printReport(context, app, await collectReport(app, context), request);
      return;
    }
    const apps = await listApps(context.dokku);
    // As Dokku's own reports: no apps is a warning, not a failure.
    if (apps.length === 0) context.log.warn("You haven't deployed any applications yet");
    // One app's broken state is that app's warning: every other app is still reported.
    let failed = false;
    for (const app of apps) {
      try {
        printReport(context, app, await collectReport(app, context), request);
      } catch (error) {
        if (!(error instanceof UserError) || error.exitCode === ExitCode.appMissing) throw error;
        context.log.warn(`pegasus report of ${app} unavailable: ${error.message}`);
        failed = true;
      }
    }
    return failed ? ExitCode.userError : ExitCode.ok;
  },
};

/** The report keys, a few per help line. */
function wrapKeys(keys: string[]): string[] {
  const lines: string[] = [];
  for (let index = 0; index < keys.length; index += 4) lines.push(`  ${keys.slice(index, index + 4).join(" ")}`);
  return lines;
}

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
    await access(path.join(context.paths.pluginEnabledPath, plugin));
    return true;
  } catch {
    return false;
  }
}

async function mountOwner(mount: { hostPath: string; containerPath: string }): Promise<MountFacts> {
  if (!path.isAbsolute(mount.hostPath)) return { ...mount, owner: undefined };
  try {
    return { ...mount, owner: (await stat(mount.hostPath)).uid };
  } catch {
    return { ...mount, owner: undefined };
  }
}
