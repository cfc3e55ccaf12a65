import { chmod, mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { isBackupId, isRev, isServiceName, newestFirst, type BackupRecord } from "../core/backup-id.js";
import { isSoundMedia, mediaFileName } from "../core/media.js";
import { isMissing } from "../io/properties.js";

/**
 * The backup directory of one app: `$DOKKU_LIB_ROOT/data/pegasus/<app>/backups/` (0700),
 * holding `<id>.dump`, `<id>.json` and, with `backup-media`, `<id>.media.tar` (0600). Each
 * data file is written as `.<name>.partial` and renamed only once verified, then the manifest
 * is written; the listing shows only dumps whose manifest says verified, so no half-written
 * or failed file is ever listed. `backupFiles` is the one list of a backup's files.
 */
export interface BackupPaths {
  appDir: string;
  dir: string;
  lock: string;
  lastScheduled: string;
  /** A media restore in progress (see MediaJournal): what a killed one left, for the next run. */
  mediaJournal: string;
  dump(id: string): string;
  manifest(id: string): string;
  partial(id: string): string;
  media(id: string): string;
  mediaPartial(id: string): string;
}

export function backupPaths(dataDir: string, app: string): BackupPaths {
  return backupPathsAt(path.join(dataDir, app));
}

/**
 * The same layout under any app data directory, e.g. a destroyed app's data kept aside in
 * `.deleted/<app>/<stamp>/`, whose last component is not an app name.
 */
export function backupPathsAt(appDir: string): BackupPaths {
  const dir = path.join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: path.join(dir, ".lock"),
    lastScheduled: path.join(appDir, "last-scheduled.json"),
    mediaJournal: path.join(appDir, "media-restore.json"),
    dump: (id) => path.join(dir, `${id}.dump`),
    manifest: (id) => path.join(dir, `${id}.json`),
    partial: (id) => path.join(dir, `.${id}.dump.partial`),
    media: (id) => path.join(dir, mediaFileName(id)),
    mediaPartial: (id) => path.join(dir, `.${mediaFileName(id)}.partial`),
  };
}

export type BackupFileKind = "manifest" | "dump" | "media";

/**
 * Every file that may belong to backup `id`, manifest first (deleting in this order unlists
 * the backup before its data goes). Whether a file exists depends on the backup: `media` only
 * when its manifest has a media archive. Deleting, pruning and copying a backup go through
 * this list, so a file kind added here is handled everywhere.
 */
export function backupFiles(paths: BackupPaths, id: string): { kind: BackupFileKind; path: string }[] {
  return [
    { kind: "manifest", path: paths.manifest(id) },
    { kind: "dump", path: paths.dump(id) },
    { kind: "media", path: paths.media(id) },
  ];
}

/** The files a verified backup consists of (to copy or upload it): its manifest, dump and media if any. */
export function filesOfRecord(paths: BackupPaths, record: Pick<BackupRecord, "id" | "media">): { kind: BackupFileKind; path: string }[] {
  return backupFiles(paths, record.id).filter((file) => file.kind !== "media" || (record.media ?? null) !== null);
}

/** Creates the directory 0700, and puts the mode back if something loosened it. */
export async function ensureBackupDir(paths: BackupPaths): Promise<void> {
  await mkdir(paths.appDir, { recursive: true, mode: 0o755 });
  await mkdir(paths.dir, { recursive: true, mode: 0o700 });
  const { mode } = await stat(paths.dir);
  if ((mode & 0o777) !== 0o700) await chmod(paths.dir, 0o700);
}

/**
 * Verified backups whose dump is present, newest first. Each record's `file` is where the dump
 * is now (`paths.dump(id)`), not what the manifest wrote: apps:rename moves the directory, so
 * the manifest's absolute path (and `app`) can name the old app.
 */
export async function listBackups(paths: BackupPaths): Promise<BackupRecord[]> {
  let names: string[];
  try {
    names = await readdir(paths.dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const present = new Set(names);
  const records: BackupRecord[] = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -".json".length);
    if (!isBackupId(id) || !present.has(`${id}.dump`)) continue;
    const record = await readManifest(paths.manifest(id));
    if (record?.verified === true && record.id === id) records.push({ ...record, media: record.media ?? null, file: paths.dump(id) });
  }
  return newestFirst(records);
}

async function readManifest(file: string): Promise<BackupRecord | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
    return isSoundManifest(parsed as Record<string, unknown>) ? (parsed as BackupRecord) : undefined;
  } catch {
    // A manifest that cannot be read does not vouch for its dump, so the dump is not listed.
    return undefined;
  }
}

/**
 * The fields that later reach an argv (service: `postgres:import`; git_rev: `git rev-parse`) or
 * a path (id), and the ones a restore checks the dump against. The manifest is a file on disk,
 * so it is checked like input: a value starting with `-` must never become an option.
 */
function isSoundManifest(record: Record<string, unknown>): boolean {
  const { id, service, git_rev: gitRev, size, sha256, created_at: createdAt, media } = record;
  return (
    (media === undefined || media === null || (typeof id === "string" && isSoundMedia(media, id))) &&
    typeof id === "string" &&
    isBackupId(id) &&
    typeof service === "string" &&
    isServiceName(service) &&
    typeof gitRev === "string" &&
    (gitRev === "none" || isRev(gitRev)) &&
    typeof size === "number" &&
    Number.isSafeInteger(size) &&
    size >= 0 &&
    typeof sha256 === "string" &&
    /^[0-9a-f]{64}$/.test(sha256) &&
    typeof createdAt === "string"
  );
}

export async function backupExists(paths: BackupPaths, id: string): Promise<boolean> {
  for (const file of backupFiles(paths, id)) {
    try {
      await stat(file.path);
      return true;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return false;
}

/** Writes a small file whole or not at all: temporary name, fsync, rename, fsync the directory. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const handle = await open(temporary, "w", 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  await syncDirectory(path.dirname(file));
}

/** Makes a rename in `dir` durable: without it a crash can lose the new name. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeManifest(paths: BackupPaths, record: BackupRecord): Promise<void> {
  await writeFileAtomic(paths.manifest(record.id), `${JSON.stringify(record, null, 2)}\n`);
}

/** The manifest goes first, so a backup deleted halfway is no longer listed. */
export async function deleteBackup(paths: BackupPaths, id: string): Promise<void> {
  for (const file of backupFiles(paths, id)) await rm(file.path, { force: true });
}

/** Leftovers of a backup that was killed (dump or media): only ever called while holding the lock. */
export async function removePartials(paths: BackupPaths): Promise<string[]> {
  const names = await readdir(paths.dir);
  const partials = names.filter((name) => name.startsWith(".") && (name.endsWith(".dump.partial") || name.endsWith(".media.tar.partial")));
  for (const name of partials) await rm(path.join(paths.dir, name), { force: true });
  return partials;
}

export interface ScheduledResult {
  status: "ok" | "failed";
  at: string;
  id?: string;
  message?: string;
}

export async function writeLastScheduled(paths: BackupPaths, result: ScheduledResult): Promise<void> {
  await mkdir(paths.appDir, { recursive: true, mode: 0o755 });
  await writeFileAtomic(paths.lastScheduled, `${JSON.stringify(result)}\n`);
}

export async function readLastScheduled(paths: BackupPaths): Promise<ScheduledResult | undefined> {
  return readJsonFile<ScheduledResult>(paths.lastScheduled);
}

/** A small state file of ours: absent or half-written counts as absent, never as an error. */
export async function readJsonFile<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch (error) {
    if (isMissing(error) || error instanceof SyntaxError) return undefined;
    throw error;
  }
}
