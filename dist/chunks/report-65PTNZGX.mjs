import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  REPORT_PREFIX,
  checkReportRequest,
  collectReport,
  globalFields,
  listApps,
  printReport,
  reportInfoKeys
} from "./chunk-BBV4JYVZ.mjs";
import "./chunk-23CH4AWR.mjs";
import "./chunk-XCJXAVB4.mjs";
import "./chunk-IDXT27MG.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-ZVX6LS6S.mjs";
import "./chunk-N57HPFOI.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-HIHIQUKW.mjs";
import {
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-46MYEWN4.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import {
  GLOBAL,
  PropertyStore
} from "./chunk-IQVX3673.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  FORMAT_OPTION,
  expectPositionals,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import {
  ExitCode,
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/report.ts
var USAGE = "[<app>|--global] [--pegasus-<key>] [--format stdout|json]";
var report = {
  name: "report",
  args: "[<app>|--global]",
  summary: "Show the whole stack of one app (or every app): services and storage and TLS and backups and deploys",
  options: {
    ...FORMAT_OPTION,
    global: { type: "boolean", description: "show only the --global properties" }
  },
  infoFlagPrefix: `${REPORT_PREFIX}-`,
  notes: [
    "--pegasus-<key> prints one value. Keys:",
    ...wrapKeys(reportInfoKeys()),
    "Config values are never shown: only how many keys the app has."
  ],
  printsData: (args) => formatOption(args.options) === "json" || (args.infoFlags?.length ?? 0) > 0,
  async run({ positionals, options, infoFlags = [] }, context) {
    expectPositionals(`${REPORT_PREFIX}:report`, USAGE, positionals, 0, 1);
    const request = { format: formatOption(options), infoFlags };
    checkReportRequest(request);
    if (options.global === true) {
      if (positionals.length > 0) throw new UserError(`Give an app or --global, not both. Usage: dokku pegasus:report ${USAGE}`);
      const global = await new PropertyStore(context.paths.propertiesDir).all(GLOBAL);
      printReport(context, GLOBAL, globalFields(global), request);
      return;
    }
    const [target] = positionals;
    if (target !== void 0) {
      const app = verifyAppName(target);
      await verifyAppExists(context.dokku, app);
      printReport(context, app, await collectReport(app, context), request);
      return;
    }
    const apps = await listApps(context.dokku);
    if (apps.length === 0) context.log.warn("You haven't deployed any applications yet");
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
  }
};
function wrapKeys(keys) {
  const lines = [];
  for (let index = 0; index < keys.length; index += 4) lines.push(`  ${keys.slice(index, index + 4).join(" ")}`);
  return lines;
}
export {
  report
};
