import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  listDeletedAppData
} from "./chunk-SKJ6A7NB.mjs";
import {
  appExists
} from "./chunk-IL44M55U.mjs";
import {
  backupPaths,
  backupPathsAt,
  listBackups
} from "./chunk-BRCRBLNR.mjs";
import {
  newestFirst,
  renderBackupTable
} from "./chunk-7AVTMNRI.mjs";
import "./chunk-BG523PJ5.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-P3ZE2WAR.mjs";
import {
  FORMAT_OPTION,
  expectPositionals,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import {
  AppMissingError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-5QU4PDJH.mjs";

// src/subcommands/backups.ts
var USAGE = "<app>";
var backups = {
  name: "backups",
  args: USAGE,
  summary: "List the app's verified backups newest first",
  options: { ...FORMAT_OPTION },
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:backups", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const records = await appExists(context.dokku, app) ? await listBackups(backupPaths(context.paths.dataDir, app)) : await keptBackupsOfDeletedApp(app, context);
    if (format === "json") {
      context.stdout.write(`${JSON.stringify(records)}
`);
      return;
    }
    context.log.info2(`${app} backups`);
    if (records.length === 0) {
      context.log.verbose(`None yet. Take one with: dokku pegasus:backup-deploy ${app}`);
      return;
    }
    for (const line of renderBackupTable(records)) context.log.verbose(line);
  }
};
async function keptBackupsOfDeletedApp(app, context) {
  const kept = await listDeletedAppData(context.paths, app);
  const records = [];
  for (const dir of kept) records.push(...await listBackups(backupPathsAt(dir)));
  if (kept.length === 0) throw new AppMissingError(app);
  context.log.warn(`App ${app} does not exist; these are the backups kept when it was destroyed.`);
  for (const dir of kept) context.log.warn(`Delete them when no longer needed: rm -rf ${dir}`);
  return newestFirst(records);
}
export {
  backups
};
