import { expectPositionals, FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import { newestFirst, renderBackupTable, type BackupRecord } from "../core/backup-id.js";
import type { Subcommand } from "../core/command.js";
import { appExists } from "../dokku/apps.js";
import { leftoverNotes } from "../backup/report.js";
import { backupPaths, backupPathsAt, listBackups } from "../backup/store.js";
import { AppMissingError } from "../errors.js";
import { listDeletedAppData } from "../io/app-data.js";
import type { Context } from "../context.js";

const USAGE = "<app>";

export const backups: Subcommand = {
  name: "backups",
  args: USAGE,
  summary: "List the app's verified backups newest first",
  options: { ...FORMAT_OPTION },
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:backups", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const paths = backupPaths(context.paths.dataDir, app);
    const exists = await appExists(context.dokku, app);
    const records = exists ? await listBackups(paths) : await keptBackupsOfDeletedApp(app, context);
    // On stderr in both formats: a lock or file left behind is the operator's to know about.
    if (exists) {
      for (const note of await leftoverNotes(app, paths, records)) context.log.warn(note);
      await warnAboutEarlierAppData(app, context);
    }
    if (format === "json") {
      context.stdout.write(`${JSON.stringify(records)}\n`);
      return;
    }
    context.log.info2(`${app} backups`);
    if (records.length === 0) {
      context.log.verbose(`None yet. Take one with: dokku pegasus:backup-deploy ${app}`);
      return;
    }
    for (const line of renderBackupTable(records)) context.log.verbose(line);
  },
};

/**
 * A destroyed app's backups are kept aside by post-delete; listing them by the old name is how
 * an operator finds them again (and is told how to delete them).
 */
async function keptBackupsOfDeletedApp(app: string, context: Context): Promise<BackupRecord[]> {
  const kept = await listDeletedAppData(context.paths, app);
  const records: BackupRecord[] = [];
  for (const dir of kept) records.push(...(await listBackups(backupPathsAt(dir))));
  if (kept.length === 0) throw new AppMissingError(app);
  context.log.warn(`App ${app} does not exist; these are the backups kept when it was destroyed.`);
  for (const dir of kept) context.log.warn(`Delete them when no longer needed: rm -rf ${dir}`);
  return newestFirst(records);
}

/**
 * An app created again under a destroyed app's name: the old app's kept backups are not this
 * app's to list, but no other command would ever name them again, so say where they are.
 */
async function warnAboutEarlierAppData(app: string, context: Context): Promise<void> {
  for (const dir of await listDeletedAppData(context.paths, app)) {
    const count = (await listBackups(backupPathsAt(dir))).length;
    context.log.warn(
      `Kept from an earlier app named ${app}, destroyed before this one was created: ${count} ${count === 1 ? "backup" : "backups"} in ${dir} ` +
        `(not this app's database). Delete them when no longer needed: rm -rf ${dir}`,
    );
  }
}
