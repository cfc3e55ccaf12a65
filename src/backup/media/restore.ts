/**
 * Restoring a backup's media: checked before anything is touched, unpacked beside each live
 * storage directory while the app still runs, swapped in by two renames while it is stopped.
 * Until the swap the live directory is untouched, so a failed or killed restore leaves the old
 * media in place; what it leaves beside it is undone by the next backup or restore (planLeftovers).
 */
import { lstat, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Context } from "../../context.js";
import type { BackupRecord } from "../id.js";
import {
  archivePrefix,
  isMediaJournal,
  planLeftovers,
  STAGED_MARKER,
  planMediaMounts,
  planMediaRestore,
  replacedDir,
  stagedDir,
  type MediaArchive,
  type MediaJournal,
  type MediaMount,
  type MediaTarget,
} from "./plan.js";
import { ensureStorageDirectory, listMounts } from "../../dokku/storage.js";
import { UserError } from "../../errors.js";
import { backupPaths, readJsonFile, writeFileAtomic, type BackupPaths } from "../store.js";
import { extractMediaMount, MediaArchiveError, readMediaArchive } from "./archive.js";

/** The app's storage directories now, as a media backup archives them. */
export async function currentMediaMounts(context: Context, app: string): Promise<MediaMount[]> {
  return planMediaMounts(app, await listMounts(context.dokku, app));
}

/** The backup's media archive as its manifest names it; refused (--media) when it has none. */
export function requireMediaArchive(app: string, record: BackupRecord): MediaArchive {
  if (record.media) return record.media;
  throw new UserError(
    `Backup ${record.id} of ${app} has no media archive (it was taken with backup-media off). ` +
      `Restore it without --media, or pick a backup whose MEDIA column shows a size in \`dokku pegasus:backups ${app}\``,
  );
}

/**
 * Proves the media archive is the one the manifest recorded (size, sha256, tar structure and
 * entry count, in one read) and maps it onto the app's mounts; changes nothing.
 */
export async function checkMediaBackup(app: string, record: BackupRecord, context: Context): Promise<MediaTarget[]> {
  const media = requireMediaArchive(app, record);
  const refuse = (why: string) =>
    new UserError(`The media of backup ${record.id} is refused: ${why}. Nothing was changed. Pick another backup from \`dokku pegasus:backups ${app}\``);
  const file = backupPaths(context.paths.dataDir, app).media(record.id);
  let read;
  try {
    read = await readMediaArchive(file);
  } catch (error) {
    if (error instanceof MediaArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw refuse(`its file ${file} is missing`);
    throw error;
  }
  if (read.size !== media.size) throw refuse(`its file is ${read.size} bytes, the manifest says ${media.size}`);
  if (read.sha256 !== media.sha256) throw refuse(`its sha256 is ${read.sha256}, the manifest says ${media.sha256}: the file changed since it was verified`);
  if (read.entries !== media.entries) throw refuse(`it holds ${read.entries} entries, the manifest says ${media.entries}`);
  return mediaTargets(app, record, context);
}

/**
 * The checks of --media that need no file of the backup here: an archive, a mount of the app
 * for each of its mounts, and no foreign directory where the restore unpacks. Made on the
 * bucket's manifest before `restore --offsite --force --media` downloads anything.
 */
export async function mediaTargets(app: string, record: BackupRecord, context: Context): Promise<MediaTarget[]> {
  const media = requireMediaArchive(app, record);
  const targets = planMediaRestore(app, media.mounts, await currentMediaMounts(context, app));
  await refuseForeignNeighbours(app, targets, context);
  return targets;
}

/**
 * The names beside a live directory that a restore creates are valid Dokku storage names (an
 * app called web-pegasus-replaced has its storage at .../web-pegasus-replaced): one that exists
 * and that no interrupted restore of ours names is someone else's. Found only at the swap, it
 * would fail after the import (or, empty, be replaced and removed); refused here, nothing ran.
 */
async function refuseForeignNeighbours(app: string, targets: readonly MediaTarget[], context: Context): Promise<void> {
  const journal = await interruptedMediaRestore(backupPaths(context.paths.dataDir, app));
  for (const target of targets) {
    if (journal?.lives.includes(target.live)) continue;
    for (const dir of [stagedDir(target.live), replacedDir(target.live)]) {
      if (await exists(dir)) {
        throw new UserError(
          `Restoring the media of ${app} needs ${dir} for itself, and it exists without being ours (another app's storage?). ` +
            "Nothing was changed. Move it elsewhere, then run this again",
        );
      }
    }
  }
}

/** Media unpacked beside the live directories, waiting to be swapped in (or thrown away). */
export interface StagedMedia {
  /** Two renames per directory; on a failure the directories already swapped are put back. */
  swapIn(): Promise<void>;
  /** Removes what is left beside the live directories: the unpacked copy, or the replaced media. */
  cleanUp(): Promise<void>;
}

/**
 * Unpacks each mount of the archive next to its live directory (same file system, so the swap
 * is a rename), checking the bytes against the manifest's sha256 as they stream. Call under the
 * backup lock: it first undoes whatever a killed restore left.
 */
export async function stageMedia(app: string, record: BackupRecord, targets: readonly MediaTarget[], context: Context): Promise<StagedMedia> {
  const media = record.media as MediaArchive;
  const paths = backupPaths(context.paths.dataDir, app);
  const file = paths.media(record.id);
  await recoverMediaLeftovers(paths, context);
  const journal: MediaJournal = { id: record.id, lives: targets.map((target) => target.live), phase: "staging" };
  await writeFileAtomic(paths.mediaJournal, `${JSON.stringify(journal)}\n`);
  const staged: { target: MediaTarget; wrapper: string; unpacked: string }[] = [];
  let swapped: MediaTarget[] = [];
  const cleanUp = async () => {
    for (const { wrapper } of staged) await removeOurs(wrapper, context);
    for (const target of swapped) await removeOurs(replacedDir(target.live), context);
    await rm(paths.mediaJournal, { force: true });
  };
  try {
    for (const target of targets) {
      const wrapper = stagedDir(target.live);
      // Exclusive: a directory of that name that is not ours is never unpacked into nor removed.
      await mkdir(wrapper, { mode: 0o700 });
      staged.push({ target, wrapper, unpacked: join(wrapper, archivePrefix(target.mount)) });
      await writeFile(join(wrapper, STAGED_MARKER), `${record.id}\n`, { mode: 0o600 });
      context.log.verbose(`Unpacking ${target.mount.container_path} beside ${target.live}`);
      const { sha256, ownerUid } = await extractMediaMount(file, target.mount, wrapper);
      if (sha256 !== media.sha256) {
        throw new UserError(`The media archive of ${record.id} changed while it was unpacked (sha256 ${sha256}); the live media was not touched`);
      }
      await keepOwner(target, wrapper, ownerUid, context);
    }
  } catch (error) {
    await cleanUp();
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Unpacking the media of ${record.id} failed: ${error instanceof Error ? error.message : String(error)}. ` +
        "The live media was not touched. Check the free space of the storage directory, then run this again",
    );
  }
  return {
    async swapIn() {
      const done: MediaTarget[] = [];
      await writeFileAtomic(paths.mediaJournal, `${JSON.stringify({ ...journal, phase: "swapping" })}\n`);
      try {
        for (const { target, unpacked } of staged) {
          if (await exists(target.live)) await rename(target.live, replacedDir(target.live));
          done.push(target);
          await rename(unpacked, target.live);
        }
        swapped = done;
      } catch (error) {
        for (const target of done.reverse()) {
          if (await exists(target.live)) await rename(target.live, join(stagedDir(target.live), `${archivePrefix(target.mount)}.undone`));
          if (await exists(replacedDir(target.live))) await rename(replacedDir(target.live), target.live);
        }
        throw new UserError(
          `Swapping the restored media in failed: ${error instanceof Error ? error.message : String(error)}. The old media was put back`,
        );
      }
    },
    cleanUp,
  };
}

/**
 * As root, tar already gave every entry its archived owner. Otherwise everything unpacked is
 * ours, and the app's user (uid 1000 in Pegasus images) could not write its own uploads: the
 * owner the archive recorded for the directory is given back through Dokku's own sudo helper
 * (`storage:ensure-directory --chown`, which chowns under data/storage only).
 */
async function keepOwner(target: MediaTarget, wrapper: string, recorded: number | undefined, context: Context): Promise<void> {
  const ours = process.getuid?.() ?? 0;
  if (ours === 0 || recorded === undefined || recorded === ours) return;
  const storageRoot = join(context.paths.libRoot, "data", "storage");
  if (dirname(target.live) !== storageRoot) {
    throw new UserError(
      `The media of ${target.mount.container_path} belongs to uid ${recorded}, and ${target.live} is outside ${storageRoot}, ` +
        "where Dokku cannot change owners for us. The live media was not touched. Restore it as root, or keep the storage under Dokku's storage directory",
    );
  }
  await ensureStorageDirectory(context.dokku, basename(wrapper), recorded);
}

/**
 * Undoes what a killed media restore of this app left beside its live directories, as its
 * journal names them; call under the backup lock (every backup does, so nothing lingers).
 */
export async function recoverMediaLeftovers(paths: BackupPaths, context: Context): Promise<void> {
  const journal = await readJsonFile<unknown>(paths.mediaJournal);
  if (journal === undefined) return;
  if (!isMediaJournal(journal)) {
    context.log.warn(`Ignoring ${paths.mediaJournal}: it is not a media restore journal of ours`);
    return;
  }
  for (const live of journal.lives) {
    const staged = stagedDir(live);
    const actions = planLeftovers(live, journal.phase, {
      live: await exists(live),
      staged: await exists(staged),
      stagedIsOurs: await isOurStagedDir(staged),
      replaced: await exists(replacedDir(live)),
    });
    for (const action of actions) {
      if (action.kind === "remove") {
        context.log.verbose(`Removing ${action.dir}: ${action.why}`);
        await removeOurs(action.dir, context);
      } else {
        context.log.warn(`Putting ${action.from} back as ${action.to}: ${action.why}`);
        await rename(action.from, action.to);
      }
    }
  }
  await rm(paths.mediaJournal, { force: true });
}

/** What an interrupted media restore left, as its journal names it (for listings), or undefined. */
export async function interruptedMediaRestore(paths: BackupPaths): Promise<MediaJournal | undefined> {
  const journal = await readJsonFile<unknown>(paths.mediaJournal);
  return isMediaJournal(journal) ? journal : undefined;
}

/** Ours if it carries our marker, or is still empty (killed between mkdir and the marker). */
async function isOurStagedDir(dir: string): Promise<boolean> {
  try {
    const names = await readdir(dir);
    return names.length === 0 || names.includes(STAGED_MARKER);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return false;
    throw error;
  }
}

/**
 * Removes a directory of ours beside the live media. Files unpacked as root or handed to the
 * app's user cannot be deleted by the dokku user: they are first given back to us through the
 * same Dokku helper.
 */
async function removeOurs(dir: string, context: Context): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true });
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const storageRoot = join(context.paths.libRoot, "data", "storage");
    if ((code !== "EACCES" && code !== "EPERM") || dirname(dir) !== storageRoot) throw error;
  }
  await ensureStorageDirectory(context.dokku, basename(dir), process.getuid?.() ?? 0);
  await rm(dir, { recursive: true, force: true });
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
