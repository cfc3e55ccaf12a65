import { expectPositionals, FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import { checkReportRequest, globalFields, REPORT_PREFIX, reportInfoKeys, type ReportRequest } from "../core/report.js";
import { verifyAppExists } from "../dokku/apps.js";
import { listApps } from "../dokku/report.js";
import { ExitCode, UserError } from "../errors.js";
import { collectReport, printReport } from "../io/app-report.js";
import { GLOBAL, PropertyStore } from "../io/properties.js";

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
      verifyAppExists(context.paths, app);
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
