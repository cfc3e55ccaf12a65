import { booleanOption, expectPositionals, FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import { newestFirst, renderBackupTable, renderOffsiteTable, type BackupRecord } from "../backup/id.js";
import type { Subcommand } from "../core/command.js";
import { appExists, verifyAppExists } from "../dokku/apps.js";
import { leftoverNotes } from "../backup/report.js";
import { backupPaths, backupPathsAt, listBackups, type BackupPaths } from "../backup/store.js";
import { AppMissingError } from "../errors.js";
import { listDeletedAppData } from "../io/app-data.js";
import { interruptedMediaRestore } from "../backup/media/restore.js";
import { describeInterruptedRestore, readRestoreJournal, runningRestore } from "../backup/restore-journal.js";
import type { Context } from "../context.js";

const USAGE = "<app>";

export const backups: Subcommand = {
  name: "backups",
  args: USAGE,
  summary: "List the app's verified backups newest first",
  options: {
    offsite: { type: "boolean", description: "list the copies in the offsite-url bucket instead, marking those also kept here" },
    ...FORMAT_OPTION,
  },
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:backups", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    if (booleanOption(options, "offsite")) {
      verifyAppExists(context.paths, app);
      const { listBucketCopies } = await import("../backup/offsite/bucket-listing.js");
      const copies = await listBucketCopies(app, context);
      if (format === "json") {
        const rows = copies.map((copy) => ({ ...copy.record, local: copy.local, offsite: { url: copy.url, size: copy.stored_size, encrypted: copy.encrypted, media: copy.media } }));
        context.stdout.write(`${JSON.stringify(rows)}\n`);
        return;
      }
      context.log.info2(`${app} off-site copies`);
      if (copies.length === 0) context.log.verbose(`None yet. Upload with: dokku pegasus:offsite-push ${app}`);
      else for (const line of renderOffsiteTable(copies)) context.log.verbose(line);
      return;
    }
    const paths = backupPaths(context.paths.dataDir, app);
    const exists = appExists(context.paths, app);
    const records = exists ? await listWithWarnings(app, paths, context) : await keptBackupsOfDeletedApp(app, context);
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
 * The listing of an app that exists. What the operator should be told beside it goes to stderr
 * in both formats: a lock or file left behind is theirs to know about.
 */
async function listWithWarnings(app: string, paths: BackupPaths, context: Context): Promise<BackupRecord[]> {
  const records = await listBackups(paths);
  const [notes, earlierAppData, interrupted, restoring, restoreJournal] = await Promise.all([
    leftoverNotes(app, paths, records),
    earlierAppDataWarnings(app, context),
    interruptedMediaRestore(paths),
    runningRestore(paths, context.now()),
    readRestoreJournal(paths),
  ]);
  for (const line of [...notes, ...earlierAppData]) context.log.warn(line);
  if (restoring !== undefined) context.log.warn(`A restore of ${app} is running${restoring}: the database is being replaced.`);
  else if (restoreJournal) context.log.warn(describeInterruptedRestore(app, restoreJournal));
  if (interrupted) {
    context.log.warn(
      `A media restore of ${interrupted.id} was interrupted; beside ${interrupted.lives.join(", ")} it may have left a ` +
        `-pegasus-staged or -pegasus-replaced directory. The next backup or restore of ${app} undoes it: dokku pegasus:backup-deploy ${app}`,
    );
  }
  return records;
}

/**
 * An app created again under a destroyed app's name: the old app's kept backups are not this
 * app's to list, but no other command would ever name them again, so say where they are.
 */
async function earlierAppDataWarnings(app: string, context: Context): Promise<string[]> {
  const warnings: string[] = [];
  for (const dir of await listDeletedAppData(context.paths, app)) {
    const count = (await listBackups(backupPathsAt(dir))).length;
    warnings.push(
      `Kept from an earlier app named ${app}, destroyed before this one was created: ${count} ${count === 1 ? "backup" : "backups"} in ${dir} ` +
        `(not this app's database). Delete them when no longer needed: rm -rf ${dir}`,
    );
  }
  return warnings;
}
