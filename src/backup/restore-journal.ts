import { rm } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { acquireLockFile, inspectLockFile, removeDeadLockScratch } from "../io/lock-file.js";
import { describeHolder, foreignHostAdvice } from "./lock.js";
import { isMissing, unreadableState } from "../io/properties.js";
import { readSmallFile } from "../io/small-file.js";
import { isBackupId, isServiceName } from "./id.js";
import { writeFileAtomic, type BackupPaths } from "./store.js";

/**
 * What a database restore has done so far, written before it stops the app and removed when it
 * ends. A restore killed midway (SIGKILL, a reboot, a dropped ssh session) leaves it behind, so
 * that `pegasus:backups` can say the database may be half-replaced and which safety backup holds
 * it as it was, and the next restore knows the app was stopped by a restore, not by the
 * operator, and starts it again. An import that failed leaves it too: the database is as
 * uncertain as after a kill. A lock beside it keeps two restores of one app apart.
 */
export interface RestoreJournal {
  backup_id: string;
  service: string;
  /** This restore (or an interrupted one before it) stopped the app: the restore starts it again. */
  stopped_app: boolean;
  /** The safety backup of the database as it was, once kept. */
  safety_backup_id: string | null;
  /** When the import began; until then the database was untouched. */
  import_started_at: string | null;
  /** When the import (and any media swap) ended: the data is the backup's, the app may not run yet. */
  imported_at: string | null;
  /** The service was named with --into-service: the commands we print must name it too. */
  explicit: boolean;
  started_at: string;
}

/** The import began and never ended: the database may be neither the old one nor the backup's. */
export function isHalfRestored(journal: RestoreJournal): boolean {
  return journal.import_started_at !== null && journal.imported_at === null;
}

/** Where the journal is: also for an operator who has checked the database and dismisses the note. */
export function restoreJournalPath(paths: BackupPaths): string {
  return join(paths.appDir, "restore.json");
}

function lockFile(paths: BackupPaths): string {
  return join(paths.appDir, "restore.lock");
}

/**
 * The journal a restore left, if any. One that cannot be read as ours (edited by hand) still
 * says a restore was interrupted, with what it knows: unknown, never "nothing was touched".
 * Only ids and names go into messages, so a field that is not one is shown as unknown.
 */
export async function readRestoreJournal(paths: BackupPaths): Promise<RestoreJournal | undefined> {
  let journal: Partial<RestoreJournal>;
  try {
    journal = JSON.parse(readSmallFile(restoreJournalPath(paths)).text) as Partial<RestoreJournal>;
  } catch (error) {
    if (isMissing(error)) return undefined;
    if (error instanceof SyntaxError) return unreadable();
    throw unreadableState(restoreJournalPath(paths), error, "the restore journal", `Remove it with \`rm -r ${restoreJournalPath(paths)}\``);
  }
  if (typeof journal !== "object" || journal === null || !isBackupId(String(journal.backup_id)) || !isServiceName(String(journal.service))) return unreadable();
  return {
    backup_id: String(journal.backup_id),
    service: String(journal.service),
    stopped_app: journal.stopped_app === true,
    safety_backup_id: typeof journal.safety_backup_id === "string" && isBackupId(journal.safety_backup_id) ? journal.safety_backup_id : null,
    // Unknown counts as begun: a journal that cannot say must not be read as "nothing was touched".
    import_started_at: journal.import_started_at === null ? null : (timestamp(journal.import_started_at) ?? "unknown"),
    imported_at: timestamp(journal.imported_at) ?? null,
    explicit: journal.explicit === true,
    started_at: timestamp(journal.started_at) ?? "unknown",
  };
}

function timestamp(value: unknown): string | undefined {
  return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

function unreadable(): RestoreJournal {
  return { backup_id: "unknown", service: "unknown", stopped_app: false, safety_backup_id: null, import_started_at: "unknown", imported_at: null, explicit: false, started_at: "unknown" };
}

export async function writeRestoreJournal(paths: BackupPaths, journal: RestoreJournal): Promise<void> {
  await writeFileAtomic(restoreJournalPath(paths), `${JSON.stringify(journal)}\n`);
}

/** Puts back what was there before this restore: the earlier interrupted one's, or nothing. */
export async function restoreJournalTo(paths: BackupPaths, earlier: RestoreJournal | undefined): Promise<void> {
  if (earlier) await writeRestoreJournal(paths, earlier);
  else await rm(restoreJournalPath(paths), { force: true });
}

/** Takes the app's restore lock, or says which restore holds it. Returns the release function. */
export async function acquireRestoreLock(app: string, paths: BackupPaths, now: Date): Promise<() => Promise<void>> {
  const file = lockFile(paths);
  const release = await acquireLockFile(file, {
    now,
    busy: (holder) =>
      new UserError(`A restore of ${app} is running${describeHolder(holder)}. Nothing was changed. Wait for it to end, then run this again${foreignHostAdvice(holder, file)}`),
  });
  // A restore killed while taking the lock can leave its scratch copy; no other cleanup looks here.
  await removeDeadLockScratch(file);
  return release;
}

/**
 * The holder of a restore running now, in words (` (pid N on host since T)`, and how to clear a
 * lock another host's name left), else undefined.
 */
export async function runningRestore(paths: BackupPaths, now: Date): Promise<string | undefined> {
  const seen = await inspectLockFile(lockFile(paths), now);
  return seen?.verdict.live ? `${describeHolder(seen.holder)}${foreignHostAdvice(seen.holder, lockFile(paths))}` : undefined;
}

/** What the operator must know of an interrupted restore: for listings and for the next restore. */
export function describeInterruptedRestore(app: string, journal: RestoreJournal): string {
  const into = journal.explicit ? ` --into-service ${journal.service}` : "";
  const undo = journal.safety_backup_id
    ? `; the database as it was before is in safety backup ${journal.safety_backup_id}: dokku pegasus:restore ${app} ${journal.safety_backup_id} --force${into}`
    : "";
  const what =
    journal.import_started_at === null
      ? `was interrupted before its import: the database of ${journal.service} was not touched`
      : journal.imported_at !== null
        ? `completed its import into ${journal.service} but was interrupted before it ended`
        : `was interrupted during its import (or the import failed): the database of ${journal.service} may be partly restored${undo}`;
  const stopped = journal.stopped_app ? ` ${app} was stopped by it: a restore that completes starts it again, or start it with: dokku ps:start ${app}.` : "";
  return `A restore of ${app} from ${journal.backup_id} (begun ${journal.started_at}) ${what}.${stopped} This note goes when a restore of ${app} into ${journal.service} completes.`;
}
