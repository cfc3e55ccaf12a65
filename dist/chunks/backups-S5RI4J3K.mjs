import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  leftoverNotes
} from "./chunk-23CH4AWR.mjs";
import "./chunk-XCJXAVB4.mjs";
import {
  interruptedMediaRestore
} from "./chunk-XJYLVPT3.mjs";
import {
  listDeletedAppData
} from "./chunk-ZVX6LS6S.mjs";
import {
  backupPaths,
  backupPathsAt,
  listBackups
} from "./chunk-N57HPFOI.mjs";
import "./chunk-5MN5AI5H.mjs";
import {
  appExists,
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
import "./chunk-RVFNLFNF.mjs";
import {
  newestFirst,
  renderBackupTable,
  renderOffsiteTable
} from "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  FORMAT_OPTION,
  booleanOption,
  expectPositionals,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import {
  AppMissingError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/backups.ts
var USAGE = "<app>";
var backups = {
  name: "backups",
  args: USAGE,
  summary: "List the app's verified backups newest first",
  options: {
    offsite: { type: "boolean", description: "list the copies in the offsite-url bucket instead, marking those also kept here" },
    ...FORMAT_OPTION
  },
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:backups", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    if (booleanOption(options, "offsite")) {
      await verifyAppExists(context.dokku, app);
      const { listBucketCopies } = await import("./download-SBZ7YKJG.mjs");
      const copies = await listBucketCopies(app, context);
      if (format === "json") {
        const rows = copies.map((copy) => ({ ...copy.record, local: copy.local, offsite: { url: copy.url, size: copy.stored_size, encrypted: copy.encrypted, media: copy.media } }));
        context.stdout.write(`${JSON.stringify(rows)}
`);
        return;
      }
      context.log.info2(`${app} off-site copies`);
      if (copies.length === 0) context.log.verbose(`None yet. Upload with: dokku pegasus:offsite-push ${app}`);
      else for (const line of renderOffsiteTable(copies)) context.log.verbose(line);
      return;
    }
    const paths = backupPaths(context.paths.dataDir, app);
    const exists = await appExists(context.dokku, app);
    const records = exists ? await listBackups(paths) : await keptBackupsOfDeletedApp(app, context);
    if (exists) {
      for (const note of await leftoverNotes(app, paths, records)) context.log.warn(note);
      await warnAboutEarlierAppData(app, context);
    }
    const interrupted = exists ? await interruptedMediaRestore(paths) : void 0;
    if (interrupted) {
      context.log.warn(
        `A media restore of ${interrupted.id} was interrupted; beside ${interrupted.lives.join(", ")} it may have left a -pegasus-staged or -pegasus-replaced directory. The next backup or restore of ${app} undoes it: dokku pegasus:backup-deploy ${app}`
      );
    }
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
async function warnAboutEarlierAppData(app, context) {
  for (const dir of await listDeletedAppData(context.paths, app)) {
    const count = (await listBackups(backupPathsAt(dir))).length;
    context.log.warn(
      `Kept from an earlier app named ${app}, destroyed before this one was created: ${count} ${count === 1 ? "backup" : "backups"} in ${dir} (not this app's database). Delete them when no longer needed: rm -rf ${dir}`
    );
  }
}
export {
  backups
};
