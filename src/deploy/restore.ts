import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import type { Context } from "../context.js";
import { isBackupId, type BackupRecord } from "../core/backup-id.js";
import { ArchiveError } from "../core/pg-archive.js";
import { acquireBackupLock } from "../backup/lock.js";
import { backupPaths, listBackups } from "../backup/store.js";
import { takeBackup } from "../backup/take.js";
import { OffsiteFailure } from "../backup/offsite/after-backup.js";
import { importPostgres, startApp, stopApp } from "../dokku/deploy.js";
import { UserError } from "../errors.js";
import { verifyArchiveFile } from "../io/archive-file.js";

/**
 * The verified backup `id` of `app`, or a UserError that says how to list them. The record's
 * `file` and `app` are where the backup is now and whose it is: a manifest written before
 * apps:rename still names the old app's path, which must never be what we read or import.
 */
export async function findBackup(app: string, id: string, context: Context): Promise<BackupRecord> {
  const list = `List them with \`dokku pegasus:backups ${app}\``;
  if (!isBackupId(id)) {
    throw new UserError(`${JSON.stringify(id)} is not a backup id (they look like 20261126T070102Z-1a2b3c4). ${list}`);
  }
  const paths = backupPaths(context.paths.dataDir, app);
  const record = (await listBackups(paths)).find((candidate) => candidate.id === id);
  if (!record) throw new UserError(`${app} has no verified backup ${id}. ${list}`);
  return { ...record, app, file: paths.dump(id) };
}

function refusal(app: string, record: BackupRecord, why: string): UserError {
  return new UserError(
    `Backup ${record.id} is refused: ${why}. Nothing was changed. Pick another backup from \`dokku pegasus:backups ${app}\``,
  );
}

/**
 * Proves the dump is the one the manifest describes, byte for byte (size, then sha256 as it
 * streams), and that its archive is whole; all before anything is touched.
 */
export async function checkBackupFile(app: string, record: BackupRecord, context: Context): Promise<void> {
  const refuse = (why: string) => refusal(app, record, why);
  const file = backupPaths(context.paths.dataDir, app).dump(record.id);
  await checkSize(app, record, file);
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  const sha256 = hash.digest("hex");
  if (sha256 !== record.sha256) throw refuse(`its sha256 is ${sha256}, the manifest says ${record.sha256}: the file changed since it was verified`);
  try {
    await verifyArchiveFile(file);
  } catch (error) {
    if (error instanceof ArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
    throw error;
  }
}

async function checkSize(app: string, record: BackupRecord, file: string): Promise<void> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw refusal(app, record, `its file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (size !== record.size) throw refusal(app, record, `its file is ${size} bytes, the manifest says ${record.size}`);
}

/**
 * Cheaply proves, under the lock and just before the app is stopped, that the backup
 * checkBackupFile hashed is still there: the safety backup (or anything else since) could have
 * pruned or replaced it. Still listed, the same manifest sha256 and size, and a dump that size.
 */
async function recheckBackup(app: string, record: BackupRecord, context: Context, safetyId: string): Promise<void> {
  const paths = backupPaths(context.paths.dataDir, app);
  const listed = (await listBackups(paths)).find((candidate) => candidate.id === record.id);
  const why = !listed
    ? "it is no longer listed (deleted since it was checked)"
    : listed.sha256 !== record.sha256 || listed.size !== record.size
      ? "its manifest changed since it was checked"
      : undefined;
  try {
    if (why) throw refusal(app, record, why);
    await checkSize(app, record, paths.dump(record.id));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`${error.message}. (The safety backup ${safetyId} of the current database was kept.)`);
  }
}

export interface RestoreOutcome {
  safetyBackupId: string;
  /** Whether the app was stopped for the import (it had been deployed). */
  stopped: boolean;
  started: boolean;
}

/**
 * Safety backup, stop, import, and (when `start`) start again; `deployed` says whether there
 * are processes to stop. The caller has already run findBackup and checkBackupFile. While the
 * data is replaced the app's backup lock is held, so no backup (scheduled, or a deploy's gate)
 * can dump a half-restored database.
 */
export async function restoreBackup(
  app: string,
  record: BackupRecord,
  context: Context,
  options: { start: boolean; deployed: boolean },
): Promise<RestoreOutcome> {
  const { dokku, log } = context;
  const { deployed } = options;
  log.info1(`Saving the current database of ${record.service} before the restore`);
  let safety: BackupRecord;
  try {
    // The backup being restored may be the oldest: the safety backup's prune must keep it.
    safety = await takeBackup(app, "pre-restore", context, { service: record.service, protect: [record.id] });
  } catch (error) {
    if (!(error instanceof OffsiteFailure)) {
      throw new UserError(
        `Restore of ${app} refused: the safety backup of the current database failed, and a restore without one ` +
          `could not be undone. Nothing was changed.\n${error instanceof Error ? error.message : String(error)}`,
      );
    }
    // The safety backup is kept here; only its off-site copy is missing.
    log.warn(error.message);
    safety = error.record;
  }

  const paths = backupPaths(context.paths.dataDir, app);
  const release = await acquireBackupLock(paths.lock, { app, now: context.now(), log });
  try {
    await recheckBackup(app, record, context, safety.id);
    if (deployed) {
      log.info1(`Stopping ${app} for the restore`);
      await stopApp(dokku, app);
    }
    log.info1(`Importing backup ${record.id} into ${record.service}`);
    try {
      await importPostgres(dokku, record.service, paths.dump(record.id));
    } catch (error) {
      // pg_restore -c drops each object before re-creating it: a failure midway leaves a
      // database that is neither the old nor the restored one, so the app stays stopped
      // rather than serve (and write to) it.
      const message = error instanceof Error ? error.message : String(error);
      throw new UserError(
        [
          `The import of backup ${record.id} into ${record.service} failed: ${message}`,
          `The database may be partly restored${deployed ? `, so ${app} was left stopped` : ""}.`,
          `The database as it was before this restore is in safety backup ${safety.id}. To put it back:`,
          `  dokku pegasus:restore ${app} ${safety.id} --force`,
          ...(deployed ? [`Then, or to start ${app} on the data as it is now: dokku ps:start ${app}`] : []),
        ].join("\n"),
      );
    }
  } finally {
    await release();
  }

  let started = false;
  if (options.start && deployed) {
    log.info1(`Starting ${app}`);
    try {
      await startApp(dokku, app);
      started = true;
    } catch (error) {
      throw new UserError(
        `Backup ${record.id} was restored into ${record.service} (safety backup ${safety.id}), but starting ${app} failed: ` +
          `${error instanceof Error ? error.message : String(error)}\nStart it with: dokku ps:start ${app}`,
      );
    }
  }
  return { safetyBackupId: safety.id, stopped: deployed, started };
}
