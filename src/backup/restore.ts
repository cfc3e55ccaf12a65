import { stat } from "node:fs/promises";
import type { Context } from "../context.js";
import { booleanOption, stringOption, type OptionSpecs, type ParsedOptions } from "../core/args.js";
import { isBackupId, type BackupRecord } from "./id.js";
import { ArchiveError } from "./pg-archive.js";
import { acquireBackupLock } from "./lock.js";
import { backupPaths, ensureBackupDir, inspectBackup, listBackups, type BackupPaths } from "./store.js";
import type { RestoreTarget } from "./service.js";
import { checkRoomForBackup, takeBackup } from "./take.js";
import { copyOffsite } from "./offsite/after-backup.js";
import { acquireRestoreLock, describeInterruptedRestore, isHalfRestored, readRestoreJournal, restoreJournalPath, restoreJournalTo, runningRestore, writeRestoreJournal, type RestoreJournal } from "./restore-journal.js";
import { isDeployLocked } from "../dokku/apps.js";
import { processesRunning } from "../io/processes.js";
import { exportConfig } from "../dokku/config.js";
import { importPostgres, startApp, stopApp } from "../dokku/deploy.js";
import { restartState } from "../dokku/env.js";
import { restoreTarget } from "./service.js";
import { UserError } from "../errors.js";
import { fileDigest, verifyArchiveFile } from "./archive-file.js";
import type { MediaTarget } from "./media/plan.js";
import { stageMedia, type StagedMedia } from "./media/restore.js";

/**
 * The verified backup `id` of `app`, or a UserError that says how to list them. The record's
 * `file` and `app` are where the backup is now and whose it is: a manifest written before
 * apps:rename still names the old app's path, which must never be what we read or import.
 * Its seal is checked here, before anything else reads a field of it.
 */
export async function findBackup(app: string, id: string, context: Context): Promise<BackupRecord> {
  const list = `List them with \`dokku pegasus:backups ${app}\``;
  if (!isBackupId(id)) {
    // Not repeated: a secret pasted in its place (an age key) must not be printed back.
    throw new UserError(`The backup id given is not one (they look like 20261126T070102Z-1a2b3c4). ${list}`);
  }
  const paths = backupPaths(context.paths.dataDir, app);
  const found = await inspectBackup(paths, id);
  if (!found) throw new UserError(`${app} has no verified backup ${id}. ${list}`);
  if ("why" in found) {
    throw new UserError(
      `Backup ${id} is refused: ${found.why}. Nothing was changed. Manifests are never edited; ` +
        `pick another backup from \`dokku pegasus:backups ${app}\` (${paths.manifest(id)} is left for you to inspect or delete)`,
    );
  }
  if (!found.sealed) {
    context.log.warn(
      `Backup ${id} was written before manifests were sealed: nothing proves its manifest was not edited. ` +
        "Its dump is still checked against the manifest's sha256, and its service against the app's.",
    );
  }
  return { ...found.record, app, file: paths.dump(id) };
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
export async function checkBackupFile(app: string, record: BackupRecord, context: Context): Promise<DumpIdentity> {
  const refuse = (why: string) => refusal(app, record, why);
  const file = backupPaths(context.paths.dataDir, app).dump(record.id);
  const before = await checkSize(app, record, file);
  const { sha256 } = await fileDigest(file);
  if (sha256 !== record.sha256) throw refuse(`its sha256 is ${sha256}, the manifest says ${record.sha256}: the file changed since it was verified`);
  try {
    await verifyArchiveFile(file);
  } catch (error) {
    if (error instanceof ArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
    throw error;
  }
  if (!sameDump(before, await checkSize(app, record, file))) throw refuse("its file was replaced or written while it was checked");
  return before;
}

/**
 * The dump file as checkBackupFile hashed it. Any write, copy or rename onto that path since
 * changes its ctime or inode, so the import reads what was hashed without hashing it again.
 */
export interface DumpIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

function sameDump(a: DumpIdentity, b: DumpIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

async function checkSize(app: string, record: BackupRecord, file: string): Promise<DumpIdentity> {
  let found: DumpIdentity;
  try {
    const { dev, ino, size, mtimeMs, ctimeMs } = await stat(file);
    found = { dev, ino, size, mtimeMs, ctimeMs };
  } catch (error) {
    throw refusal(app, record, `its file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (found.size !== record.size) throw refusal(app, record, `its file is ${found.size} bytes, the manifest says ${record.size}`);
  return found;
}

/**
 * Cheaply proves, under the lock and just before the import, that the backup checkBackupFile
 * hashed is still there as it was: the safety backup (or anything else since) could have pruned
 * or replaced it. Still listed, the same manifest sha256 and size, and the very file hashed.
 */
async function recheckBackup(app: string, record: BackupRecord, context: Context, safetyId: string, checked: DumpIdentity): Promise<void> {
  const paths = backupPaths(context.paths.dataDir, app);
  const listed = (await listBackups(paths)).find((candidate) => candidate.id === record.id);
  const why = !listed
    ? "it is no longer listed (deleted since it was checked)"
    : listed.sha256 !== record.sha256 || listed.size !== record.size
      ? "its manifest changed since it was checked"
      : undefined;
  try {
    if (why) throw refusal(app, record, why);
    const now = await checkSize(app, record, paths.dump(record.id));
    if (!sameDump(checked, now)) throw refusal(app, record, "its file was replaced or written since it was checked");
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`${error.message}. (The safety backup ${safetyId} of the current database was kept.)`);
  }
}

async function swapMediaIn(
  app: string,
  record: BackupRecord,
  staged: StagedMedia,
  safetyId: string,
  stoppedByUs: boolean,
  context: Context,
): Promise<void> {
  context.log.info1(`Swapping in the media of ${record.id}`);
  try {
    await staged.swapIn();
  } catch (error) {
    throw new UserError(
      [
        `The database of ${app} was restored from ${record.id}, but its media was not: ${error instanceof Error ? error.message : String(error)}`,
        `Run the restore again, or undo it with: dokku pegasus:restore ${app} ${safetyId} --force --media`,
        ...(stoppedByUs ? [`${app} was left stopped; start it with: dokku ps:start ${app}`] : []),
      ].join("\n"),
    );
  }
}

/**
 * The target was chosen before the safety backup, which can take minutes on a large database:
 * a relink meanwhile must not send the import into a database the app no longer uses. Chosen
 * again, under the lock, from the config as it is now; any difference stops the restore.
 */
async function recheckTarget(app: string, record: BackupRecord, chosen: RestoreTarget, safetyId: string, context: Context): Promise<void> {
  const stopped = (why: string, detail?: string) =>
    new UserError(
      `Restore of ${app} stopped before the import: ${why} Nothing was changed; safety backup ${safetyId} was kept. ` +
        `Check which database ${app} uses and run the restore again.${detail ? `\n${detail}` : ""}`,
    );
  let now: RestoreTarget;
  // Its warnings (a stale postgres-service setting) were said when the target was first chosen.
  const quietly: Context = { ...context, log: { ...context.log, warn: () => {} } };
  try {
    now = await restoreTarget(app, record, chosen.explicit ? chosen.service : undefined, await exportConfig(context.dokku, app), quietly);
  } catch (error) {
    throw stopped(`its database changed while the safety backup was taken.`, error instanceof Error ? error.message : String(error));
  }
  if (now.service !== chosen.service) {
    throw stopped(`${app} uses ${now.service} now, not ${chosen.service} as when the restore began.`);
  }
}

export interface RestoreOutcome {
  safetyBackupId: string;
  /** Kept here; a rollback copies it off-site once its deploy has started the app (copySafetyOffsite). */
  safetyBackup: BackupRecord;
  /** Whether the app was stopped for the import (it had been deployed and was running). */
  stopped: boolean;
  started: boolean;
  /** The operator had stopped the app with ps:stop: it was neither stopped nor started by us. */
  leftStopped: boolean;
}

/** What restore and rollback know about the app before they touch it. */
export interface RestoreSituation {
  target: RestoreTarget;
  /** The app's config, read once for the target check; the safety backup reuses it. */
  config: Record<string, string>;
  /** Whether there are processes to stop and start again. */
  deployed: boolean;
  /** `ps:stop` left the app stopped (restore=false): it stays stopped, unless a restore did it. */
  stoppedByOperator: boolean;
  /** A restore of the app that was interrupted: this one replaces it (and starts what it stopped). */
  interrupted?: RestoreJournal;
  /** The dump as checkBackupFile hashed it; the import reads it only if it is still that file. */
  dump: DumpIdentity;
}

/**
 * Stop, safety backup, import, and (when `start`) start again, all into `situation.target`, the
 * service restoreTarget chose. The caller has already run prepareRestore (findBackup,
 * restoreTarget, checkBackupFile). The app is stopped before the safety backup, so that nothing
 * it writes after the safety backup's snapshot is lost with the import; the safety backup's
 * off-site copy waits until the app runs again. A journal (restore-journal.ts) records each
 * step for whoever finds the restore interrupted. While the data is replaced the app's backup
 * lock is held, so no backup (scheduled, or a deploy's gate) can dump a half-restored database.
 * An app the operator stopped is not stopped again and not started: it stays as they left it.
 */
export async function restoreBackup(
  app: string,
  record: BackupRecord,
  context: Context,
  options: {
    start: boolean;
    situation: RestoreSituation;
    /** Also restore the media archive onto these directories (from checkMediaBackup). */
    media?: readonly MediaTarget[];
  },
): Promise<RestoreOutcome> {
  const { log } = context;
  const { target, deployed, stoppedByOperator } = options.situation;
  const paths = backupPaths(context.paths.dataDir, app);
  await ensureBackupDir(paths);
  const releaseRestore = await acquireRestoreLock(app, paths, context.now());
  try {
    const earlier = await readRestoreJournal(paths);
    refuseOverInterrupted(app, paths, earlier, target.service, context.paths.dokkuRoot);
    if (earlier) log.warn(`${describeInterruptedRestore(app, earlier)} This restore replaces it.`);
    // An app stopped by an interrupted restore is this restore's to start again, not the operator's.
    const stoppedByRestore = stoppedByOperator && earlier?.stopped_app === true;
    const stops = deployed && !stoppedByOperator;
    const journal: RestoreJournal = {
      backup_id: record.id,
      service: target.service,
      stopped_app: stops || stoppedByRestore,
      safety_backup_id: null,
      import_started_at: null,
      imported_at: null,
      explicit: target.explicit,
      started_at: context.now().toISOString(),
    };
    const replaced = await replaceData(app, record, context, options, journal, earlier, stops);
    const started = await startAfterRestore(app, record, context, options.start && deployed && journal.stopped_app, stoppedByOperator && !stoppedByRestore, replaced);
    // A rollback's app runs again only after its deploy: the rollback ends the journal and uploads then.
    if (options.start || !deployed) {
      await finishRestore(paths);
      await copySafetyOffsite(app, replaced, context);
    }
    return {
      safetyBackupId: journal.safety_backup_id ?? replaced.id,
      safetyBackup: replaced,
      stopped: stops,
      started,
      leftStopped: stoppedByOperator && !stoppedByRestore,
    };
  } finally {
    await releaseRestore();
  }
}

/**
 * Everything between the journal's first write and the imported data: returns the safety
 * backup. A refusal before the import puts the app and the journal back as they were.
 */
async function replaceData(
  app: string,
  record: BackupRecord,
  context: Context,
  options: { situation: RestoreSituation; media?: readonly MediaTarget[] },
  journal: RestoreJournal,
  earlier: RestoreJournal | undefined,
  stops: boolean,
): Promise<BackupRecord> {
  const { dokku, log } = context;
  const { target, config } = options.situation;
  const service = target.service;
  const paths = backupPaths(context.paths.dataDir, app);
  const before = earlier && isHalfRestored(earlier) && earlier.safety_backup_id ? earlier.safety_backup_id : undefined;
  const untouched = async (error: unknown, safetyId?: string): Promise<never> => {
    await restoreJournalTo(paths, earlier);
    const restarted = stops ? await startAgain(app, context) : "";
    const kept = safetyId ? ` The safety backup ${safetyId} was kept.` : "";
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError(`${message}${kept}${restarted}`);
  };

  try {
    await checkRoomForBackup(app, context, { media: options.media !== undefined });
  } catch (error) {
    throw safetyRefused(app, error);
  }
  await writeRestoreJournal(paths, journal);
  if (stops) {
    log.info1(`Stopping ${app} for the restore, so nothing it writes after the safety backup is lost`);
    try {
      await stopApp(dokku, app);
    } catch (error) {
      return untouched(new Error(`Restore of ${app} refused: stopping it failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`));
    }
  }
  log.info1(`Saving the current database of ${service} before the restore`);
  let safety: BackupRecord;
  try {
    // The backup being restored may be the oldest: the safety backup's prune must keep it, and
    // the one an interrupted restore took of the database before it was half-replaced.
    safety = await takeBackup(app, "pre-restore", context, {
      service,
      config,
      protect: [record.id, ...(before ? [before] : [])],
      offsiteLater: true,
      ...(options.media ? { media: true } : {}),
    });
  } catch (error) {
    return untouched(safetyRefused(app, error));
  }
  // After a half-done import this safety backup holds the half-restored data: what the database
  // was before is still the earlier restore's safety backup, and the journal keeps naming it.
  journal.safety_backup_id = before ?? safety.id;
  await writeRestoreJournal(paths, journal);

  const release = await acquireBackupLock(paths.lock, { app, now: context.now(), log });
  let staged: StagedMedia | undefined;
  try {
    try {
      await recheckTarget(app, record, target, safety.id, context);
    } catch (error) {
      return await untouched(error);
    }
    try {
      await refuseDuringDeploy(app, context);
      if (options.media) staged = await stageMedia(app, record, options.media, context);
    } catch (error) {
      return await untouched(error, safety.id);
    }
    try {
      // Last before the import, so nothing runs between this check and the import's open: the
      // dump is still listed and is the very file hashed. (Its refusal names the safety backup.)
      await recheckBackup(app, record, context, safety.id, options.situation.dump);
    } catch (error) {
      return await untouched(error);
    }
    journal.import_started_at = context.now().toISOString();
    await writeRestoreJournal(paths, journal);
    log.info1(`Importing backup ${record.id} into ${service}`);
    try {
      await importPostgres(dokku, service, paths.dump(record.id));
    } catch (error) {
      // pg_restore -c drops each object before re-creating it: a failure midway leaves a
      // database that is neither the old nor the restored one, so the app stays stopped
      // rather than serve (and write to) it, and the journal stays to say so.
      const message = error instanceof Error ? error.message : String(error);
      throw new UserError(
        [
          `The import of backup ${record.id} into ${service} failed: ${message}`,
          `The database may be partly restored${journal.stopped_app ? `, so ${app} was left stopped` : ""}.`,
          `The database as it was before this restore is in safety backup ${journal.safety_backup_id}. To put it back:`,
          `  dokku pegasus:restore ${app} ${journal.safety_backup_id} --force${target.explicit ? ` --into-service ${service}` : ""}`,
          ...(journal.stopped_app ? [`Then, or to start ${app} on the data as it is now: dokku ps:start ${app}`] : []),
        ].join("\n"),
      );
    }
    if (staged) await swapMediaIn(app, record, staged, safety.id, journal.stopped_app, context);
  } finally {
    await staged?.cleanUp();
    await release();
  }
  // The data is the backup's now; the journal stays until the app runs again (finishRestore).
  journal.imported_at = context.now().toISOString();
  await writeRestoreJournal(paths, journal);
  return safety;
}

/** The restore has ended (the app started, or a rollback's deploy did it): nothing is left to say. */
export async function finishRestore(paths: BackupPaths): Promise<void> {
  await restoreJournalTo(paths, undefined);
}

/**
 * What an import cut short forbids: a new import while the old one still runs (its Node process
 * was killed alone), and, one journal per app, a restore into another service, which would end
 * that journal and with it the only note of the half-replaced database.
 */
function refuseOverInterrupted(app: string, paths: BackupPaths, earlier: RestoreJournal | undefined, service: string, dokkuRoot: string): void {
  if (!earlier || !isHalfRestored(earlier)) return;
  // A kill of our process alone leaves its `dokku postgres:import` running: a new import now would
  // be overwritten by that one when it ends. Only this Dokku's: `dokku` exports DOKKU_ROOT.
  const orphans = processesRunning(["postgres:import", earlier.service], { name: "DOKKU_ROOT", path: dokkuRoot });
  if (orphans.length > 0) {
    throw new UserError(
      `Restore of ${app} refused: the import of the interrupted restore into ${earlier.service} is still running (pid ${orphans.join(", ")}). ` +
        "Nothing was changed. Wait for it to end (or kill it), then run this again.",
    );
  }
  if (earlier.service === service) return;
  throw new UserError(
    [
      `Restore of ${app} into ${service} refused: ${describeInterruptedRestore(app, earlier)} Nothing was changed.`,
      `Finish that one first (restore into ${earlier.service} again, or put its safety backup back), or, once you have checked ${earlier.service}, ` +
        `dismiss the note: rm ${restoreJournalPath(paths)}`,
    ].join("\n"),
  );
}

function safetyRefused(app: string, error: unknown): UserError {
  return new UserError(
    `Restore of ${app} refused: the safety backup of the current database failed, and a restore without one ` +
      `could not be undone. Nothing was changed.\n${error instanceof Error ? error.message : String(error)}`,
  );
}

/** After a refusal that changed nothing, the app this restore stopped runs again. */
async function startAgain(app: string, context: Context): Promise<string> {
  try {
    await startApp(context.dokku, app);
    return `\n${app}, stopped for the restore, was started again.`;
  } catch (error) {
    return `\n${app} was stopped for the restore, and starting it again failed (${error instanceof Error ? error.message : String(error)}): dokku ps:start ${app}`;
  }
}

/**
 * A deploy holds the app's deploy lock from its build to its end; its release phase would
 * migrate the database while the import replaces it, and its deploy would start the app.
 */
async function refuseDuringDeploy(app: string, context: Context): Promise<void> {
  if (!(await isDeployLocked(context.dokku, app))) return;
  throw new UserError(
    `Restore of ${app} refused: ${app} has a deploy lock (\`dokku apps:locked ${app}\`): a deploy is running, whose migrations ` +
      `would run against the database being replaced, or \`dokku apps:lock\` was used. Nothing was changed. ` +
      `Wait for the deploy to end; if none is running, \`dokku apps:unlock ${app}\`, then run this again.`,
  );
}

async function startAfterRestore(
  app: string,
  record: BackupRecord,
  context: Context,
  start: boolean,
  leftByOperator: boolean,
  safety: BackupRecord,
): Promise<boolean> {
  const { log } = context;
  if (leftByOperator) {
    log.info1(`${app} was stopped with ps:stop before the restore, so it stays stopped. Start it with: dokku ps:start ${app}`);
    return false;
  }
  if (!start) return false;
  log.info1(`Starting ${app}`);
  try {
    await startApp(context.dokku, app);
    return true;
  } catch (error) {
    throw new UserError(
      `Backup ${record.id} was restored into ${safety.service} (safety backup ${safety.id}), but starting ${app} failed: ` +
        `${error instanceof Error ? error.message : String(error)}\nStart it with: dokku ps:start ${app}`,
    );
  }
}

/** The safety backup goes off-site once the app runs again: its upload never adds to the downtime. */
export async function copySafetyOffsite(app: string, safety: BackupRecord, context: Context): Promise<void> {
  try {
    await copyOffsite(app, safety, context);
  } catch (error) {
    // Kept here all the same; the next push of the app copies it.
    context.log.warn(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Everything restore and rollback check before they show a plan or touch anything: no other
 * restore running, no deploy running, the backup's seal (findBackup), the target service, the
 * dump's bytes, and the app's state.
 */
export async function prepareRestore(
  app: string,
  id: string,
  intoService: string | undefined,
  context: Context,
): Promise<{ record: BackupRecord; situation: RestoreSituation }> {
  const record = await findBackup(app, id, context);
  const { config, target, earlier } = await refuseBeforeDownload(app, record, intoService, context);
  const dump = await checkBackupFile(app, record, context);
  const state = await restartState(context.dokku, app);
  return {
    record,
    situation: {
      target,
      config,
      deployed: state.deployed,
      stoppedByOperator: state.deployed && !state.restore,
      dump,
      ...(earlier ? { interrupted: earlier } : {}),
    },
  };
}

/**
 * The refusals of a restore that need no file of the backup here: no other restore running, the
 * target service, no deploy running, no interrupted restore of another service. prepareRestore
 * makes them, and `restore --offsite` makes them on the bucket's manifest before it downloads
 * anything: their "Nothing was changed" must hold, so no copy may be fetched and kept here first.
 */
export async function refuseBeforeDownload(
  app: string,
  record: BackupRecord,
  intoService: string | undefined,
  context: Context,
): Promise<{ config: Record<string, string>; target: RestoreTarget; earlier: RestoreJournal | undefined }> {
  const paths = backupPaths(context.paths.dataDir, app);
  await refuseWhileRunning(app, paths, context);
  const config = await exportConfig(context.dokku, app);
  const target = await restoreTarget(app, record, intoService, config, context);
  await refuseDuringDeploy(app, context);
  const earlier = await readRestoreJournal(paths);
  refuseOverInterrupted(app, paths, earlier, target.service, context.paths.dokkuRoot);
  return { config, target, earlier };
}

async function refuseWhileRunning(app: string, paths: BackupPaths, context: Context): Promise<void> {
  const running = await runningRestore(paths, context.now());
  if (running !== undefined) throw new UserError(`A restore of ${app} is running${running}. Nothing was changed. Wait for it to end, then run this again`);
}

/** The options restore and rollback share. */
export const RESTORE_OPTIONS: OptionSpecs = {
  force: { type: "boolean", description: "do it: without it the plan is printed and nothing changes" },
  "dry-run": { type: "boolean", description: "print the plan, including the service that would be overwritten; change nothing" },
  "into-service": {
    type: "string",
    value: "NAME",
    description: "overwrite this Postgres service, explicitly, when it is not the one the backup was taken of or the app uses",
  },
};

/** Whether only the plan is printed: --dry-run, or no --force. Both at once is a contradiction. */
export function planOnly(command: string, options: ParsedOptions): boolean {
  const dryRun = booleanOption(options, "dry-run");
  const force = booleanOption(options, "force");
  if (dryRun && force) throw new UserError(`${command}: --dry-run and --force contradict each other; pass one`);
  return !force;
}

export function intoServiceOption(options: ParsedOptions): string | undefined {
  return stringOption(options, "into-service");
}

/** `--into-service NAME` for a command line we print, when the target needed it. */
export function intoServiceFlag({ target }: { target: RestoreTarget }): string {
  return target.explicit ? ` --into-service ${target.service}` : "";
}
