import { chmod, mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { isBackupId, isRev, isServiceName, newestFirst, type BackupRecord, type OffsiteCopy } from "../core/backup-id.js";
import { isMissing } from "../io/properties.js";

/**
 * The backup directory of one app: `$DOKKU_LIB_ROOT/data/pegasus/<app>/backups/` (0700),
 * holding `<id>.dump` and `<id>.json` (0600). A dump is written as `.<id>.dump.partial`
 * and renamed only once verified, then its manifest is written; the listing shows only
 * dumps whose manifest says verified, so no half-written or failed file is ever listed.
 */
export interface BackupPaths {
  appDir: string;
  dir: string;
  lock: string;
  lastScheduled: string;
  dump(id: string): string;
  manifest(id: string): string;
  partial(id: string): string;
  /** Where the backup's off-site copy is recorded (mutable, so not in the sealed manifest). */
  offsite(id: string): string;
  /** The last off-site push's outcome, shown by pegasus:report. */
  lastOffsite: string;
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
    dump: (id) => path.join(dir, `${id}.dump`),
    manifest: (id) => path.join(dir, `${id}.json`),
    partial: (id) => path.join(dir, `.${id}.dump.partial`),
    offsite: (id) => path.join(dir, `${id}.offsite.json`),
    lastOffsite: path.join(appDir, "last-offsite.json"),
  };
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
    if (record?.verified === true && record.id === id) {
      records.push({ ...record, file: paths.dump(id), offsite: await readOffsiteCopy(paths, id) });
    }
  }
  return newestFirst(records);
}

async function readManifest(file: string): Promise<BackupRecord | undefined> {
  try {
    return parseManifest(await readFile(file, "utf8"));
  } catch {
    // A manifest that cannot be read does not vouch for its dump, so the dump is not listed.
    return undefined;
  }
}

/** A manifest's text as a record, or undefined when it is not one we would list. */
export function parseManifest(text: string): BackupRecord | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
    return isSoundManifest(parsed as Record<string, unknown>) ? (parsed as BackupRecord) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The fields that later reach an argv (service: `postgres:import`; git_rev: `git rev-parse`) or
 * a path (id), and the ones a restore checks the dump against. The manifest is a file on disk,
 * so it is checked like input: a value starting with `-` must never become an option.
 */
function isSoundManifest(record: Record<string, unknown>): boolean {
  const { id, service, git_rev: gitRev, size, sha256, created_at: createdAt } = record;
  return (
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

/** The off-site copy recorded for a backup, or null; a damaged record counts as none. */
export async function readOffsiteCopy(paths: BackupPaths, id: string): Promise<OffsiteCopy | null> {
  const copy = await readJsonFile<OffsiteCopy>(paths.offsite(id));
  return copy && typeof copy.url === "string" && typeof copy.size === "number" ? copy : null;
}

export async function writeOffsiteCopy(paths: BackupPaths, id: string, copy: OffsiteCopy): Promise<void> {
  await writeFileAtomic(paths.offsite(id), `${JSON.stringify(copy)}\n`);
}

export async function backupExists(paths: BackupPaths, id: string): Promise<boolean> {
  for (const file of [paths.dump(id), paths.manifest(id)]) {
    try {
      await stat(file);
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

/** Every file of one backup, the manifest first: a backup deleted halfway is no longer listed. */
export function filesOfBackup(paths: BackupPaths, id: string): string[] {
  return [paths.manifest(id), paths.dump(id), paths.offsite(id)];
}

export async function deleteBackup(paths: BackupPaths, id: string): Promise<void> {
  for (const file of filesOfBackup(paths, id)) await rm(file, { force: true });
}

/** Leftovers of a backup that was killed: only ever called while holding the lock. */
export async function removePartials(paths: BackupPaths): Promise<string[]> {
  const names = await readdir(paths.dir);
  const partials = names.filter((name) => name.startsWith(".") && name.endsWith(".dump.partial"));
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
