import { createHash } from "node:crypto";
import { readdirSync, statSync, type Dirent } from "node:fs";
import { chmod, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isBackupId, isRev, isServiceName, newestFirst, type BackupRecord, type OffsiteCopy } from "./id.js";
import { isSoundMedia, mediaFileName } from "./media/plan.js";
import { explainDiskFull, isDiskFull, smallFileNeeds } from "../io/disk-full.js";
import { UserError } from "../errors.js";
import { acquireLockFile, inspectLockFile, lockScratchPid } from "../io/lock-file.js";
import { processIsAlive } from "../io/processes.js";
import { isMissing, unreadableState } from "../io/properties.js";
import { readSmallFile } from "../io/small-file.js";
import { removeDeadTemporaries, temporaryName } from "../io/temporary-files.js";

/**
 * The backup directory of one app: `$DOKKU_LIB_ROOT/data/pegasus/<app>/backups/` (0700),
 * holding `<id>.dump`, `<id>.json` and, with `backup-media`, `<id>.media.tar` (0600). Each
 * data file is written as `.<name>.partial` and renamed only once verified, then the manifest
 * is written; the listing shows only dumps whose manifest says verified, so no half-written
 * or failed file is ever listed. `filesOfBackup` is the one list of a backup's files.
 */
export interface BackupPaths {
  appDir: string;
  dir: string;
  lock: string;
  /** Held by an off-site push (its own lock, so an upload never makes a backup wait). */
  offsiteLock: string;
  lastScheduled: string;
  /** A media restore in progress (see MediaJournal): what a killed one left, for the next run. */
  mediaJournal: string;
  dump(id: string): string;
  manifest(id: string): string;
  partial(id: string): string;
  media(id: string): string;
  mediaPartial(id: string): string;
  /** Where the backup's off-site copy is recorded (mutable, so not in the sealed manifest). */
  offsite(id: string): string;
  /** The last off-site push's outcome, shown by pegasus:report. */
  lastOffsite: string;
}

export function backupPaths(dataDir: string, app: string): BackupPaths {
  return backupPathsAt(join(dataDir, app));
}

/**
 * The same layout under any app data directory, e.g. a destroyed app's data kept aside in
 * `.deleted/<app>/<stamp>/`, whose last component is not an app name.
 */
export function backupPathsAt(appDir: string): BackupPaths {
  const dir = join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: join(dir, ".lock"),
    offsiteLock: join(dir, ".offsite.lock"),
    lastScheduled: join(appDir, "last-scheduled.json"),
    mediaJournal: join(appDir, "media-restore.json"),
    dump: (id) => join(dir, `${id}.dump`),
    manifest: (id) => join(dir, `${id}.json`),
    partial: (id) => join(dir, `.${id}.dump.partial`),
    media: (id) => join(dir, mediaFileName(id)),
    mediaPartial: (id) => join(dir, `.${mediaFileName(id)}.partial`),
    offsite: (id) => join(dir, `${id}.offsite.json`),
    lastOffsite: join(appDir, "last-offsite.json"),
  };
}

/** Creates the directory 0700, and puts the mode back if something loosened it. */
export async function ensureBackupDir(paths: BackupPaths): Promise<void> {
  try {
    await mkdir(paths.appDir, { recursive: true, mode: 0o755 });
    await mkdir(paths.dir, { recursive: true, mode: 0o700 });
    const { mode } = await stat(paths.dir);
    if ((mode & 0o777) !== 0o700) await chmod(paths.dir, 0o700);
  } catch (error) {
    if (error instanceof UserError || isDiskFull(error)) throw error;
    throw unreadableState(
      paths.dir,
      error,
      "the backups directory",
      `It must be a directory owned by dokku (0700) inside ${paths.appDir}: \`ls -ld ${paths.appDir} ${paths.dir}\``,
      "create",
    );
  }
}

/**
 * Verified backups whose files are still the size their manifest says, newest first. Each
 * record's `file` is where the dump is now (`paths.dump(id)`), not what the manifest wrote:
 * apps:rename moves the directory, so the manifest's absolute path (and `app`) can name the old app.
 * A backup whose dump or media archive changed size here (emptied, cut short by a disk) is not
 * listed, so retention neither counts it as one of the kept backups nor deletes it: findLeftovers
 * reports it, kept for the operator (its off-site copy may be the one to restore).
 */
export async function listBackups(paths: BackupPaths): Promise<BackupRecord[]> {
  const names = await readBackupDir(paths);
  const present = new Set(names);
  const records: BackupRecord[] = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -".json".length);
    if (!isBackupId(id) || !present.has(`${id}.dump`)) continue;
    // A manifest that is unreadable, unsound or whose seal fails does not vouch for its dump;
    // findLeftovers reports such a backup, with the reason, as not listed.
    const read = await readManifest(paths.manifest(id));
    if (!("why" in read) && read.record.verified === true && read.record.id === id && changedOnDisk(paths, read.record) === undefined) {
      records.push({ ...read.record, media: read.record.media ?? null, file: paths.dump(id), offsite: await readOffsiteCopy(paths, id) });
    }
  }
  return newestFirst(records);
}

/**
 * The backups listBackups leaves out only because their files changed size here (a sound,
 * verified manifest): a push names them, as it names a backup whose bytes changed, so a deploy
 * whose own backup this is never goes on as if it were protected.
 */
export async function listChangedBackups(paths: BackupPaths): Promise<{ id: string; mismatch: FileMismatch }[]> {
  const names = await readBackupDir(paths);
  const changed: { id: string; mismatch: FileMismatch }[] = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -".json".length);
    if (!isBackupId(id) || !names.includes(`${id}.dump`)) continue;
    const read = await readManifest(paths.manifest(id));
    if ("why" in read || read.record.verified !== true || read.record.id !== id) continue;
    const mismatch = changedOnDisk(paths, read.record);
    if (mismatch) changed.push({ id, mismatch });
  }
  return changed;
}

/** A file of a backup that is not the size its manifest says (`size` undefined: it is gone). */
export interface FileMismatch {
  what: "dump" | "media archive";
  file: string;
  size: number | undefined;
  expected: number;
}

/**
 * The first file of backup `record` that no longer matches its manifest, or undefined while
 * they all do. Only their sizes: a stat is what every listing can afford; a restore and a push
 * still hash them.
 */
export function changedOnDisk(paths: BackupPaths, record: Pick<BackupRecord, "id" | "size" | "media">): FileMismatch | undefined {
  const files: Omit<FileMismatch, "size">[] = [{ what: "dump", file: paths.dump(record.id), expected: record.size }];
  if (record.media) files.push({ what: "media archive", file: paths.media(record.id), expected: record.media.size });
  for (const file of files) {
    let size: number;
    try {
      size = statSync(file.file).size;
    } catch (error) {
      if (!isMissing(error)) throw error;
      return { ...file, size: undefined };
    }
    if (size !== file.expected) return { ...file, size };
  }
  return undefined;
}

export function describeMismatch(mismatch: FileMismatch): string {
  return mismatch.size === undefined
    ? `its ${mismatch.what} is missing (no ${mismatch.file})`
    : `its ${mismatch.what} is ${mismatch.size} bytes, its manifest says ${mismatch.expected}: it changed on this disk after it was verified`;
}

async function readBackupDir(paths: BackupPaths): Promise<string[]> {
  return (await readBackupDirEntries(paths)).map((entry) => entry.name);
}

/*
 * The listing reads its directory, manifests and small state files synchronously (manifests and
 * state files through io/small-file.ts): each await of node:fs/promises is a round trip through
 * libuv's thread pool (whose four threads a start would create for it) that cost more than the read.
 */
async function readBackupDirEntries(paths: BackupPaths): Promise<Dirent[]> {
  try {
    return readdirSync(paths.dir, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(paths.dir, error, "the backups directory", `Check its owner and mode (dokku, 0700): \`ls -ld ${paths.dir}\``);
  }
}

/**
 * One backup's manifest as a restore sees it: the record, whether it carries a seal (backups
 * written before seals existed do not), or why it is refused. Undefined when there is none.
 */
export async function inspectBackup(
  paths: BackupPaths,
  id: string,
): Promise<{ record: BackupRecord; sealed: boolean } | { why: string } | undefined> {
  try {
    await stat(paths.manifest(id));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  const read = await readManifest(paths.manifest(id));
  if ("why" in read) return read;
  if (read.record.id !== id || read.record.verified !== true) return { why: "its manifest names another id or does not say verified" };
  return { record: { ...read.record, file: paths.dump(id) }, sealed: read.sealed };
}

const SEAL_FIELD = "seal";

/**
 * The seal of a manifest: sha256 over its canonical JSON (keys sorted at every level) without
 * the seal itself. Computed here and only here, over every field, so a field any later version
 * adds is covered without anyone remembering to. It makes a manifest edited by hand (or by a
 * disk) evident; it is not a signature: whoever can write the backups directory is the dokku
 * user, who can run postgres:import directly anyway.
 */
export function manifestSeal(manifest: Readonly<Record<string, unknown>>): string {
  const { [SEAL_FIELD]: _ignored, ...fields } = manifest;
  return `sha256:${createHash("sha256").update(canonicalJson(fields)).digest("hex")}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

async function readManifest(file: string): Promise<{ record: BackupRecord; sealed: boolean } | { why: string }> {
  let text: string;
  try {
    text = readSmallFile(file).text;
  } catch (error) {
    // A manifest that cannot be read does not vouch for its dump, so the dump is not listed.
    return { why: `its manifest cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return checkManifest(text);
}

/**
 * A manifest's text as a record, or undefined when it is not one we would list (unsound, or
 * its seal does not match): the same checks for a manifest read here and one downloaded.
 */
export function parseManifest(text: string): BackupRecord | undefined {
  const checked = checkManifest(text);
  // Every copy in a bucket was written by a version that seals its manifests, so an unsealed
  // one there is an edited one, not a legacy one.
  return "why" in checked || !checked.sealed ? undefined : checked.record;
}

function checkManifest(text: string): { record: BackupRecord; sealed: boolean } | { why: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { why: "its manifest is not JSON" };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { why: "its manifest is not a JSON object" };
  const manifest = parsed as Record<string, unknown>;
  const seal = manifest[SEAL_FIELD];
  if (seal !== undefined && seal !== manifestSeal(manifest)) {
    return { why: "its manifest was changed after it was written (the seal does not match)" };
  }
  if (!isSoundManifest(manifest)) return { why: "its manifest lacks a field or holds a value that is not allowed" };
  const { [SEAL_FIELD]: _seal, ...record } = manifest;
  return { record: record as unknown as BackupRecord, sealed: seal !== undefined };
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

/** The off-site copy recorded for a backup, or null; a damaged record counts as none. */
export async function readOffsiteCopy(paths: BackupPaths, id: string): Promise<OffsiteCopy | null> {
  const copy = await readJsonFile<OffsiteCopy>(paths.offsite(id));
  return copy && typeof copy.url === "string" && typeof copy.size === "number" ? copy : null;
}

export async function writeOffsiteCopy(paths: BackupPaths, id: string, copy: OffsiteCopy): Promise<void> {
  await writeFileAtomic(paths.offsite(id), `${JSON.stringify(copy)}\n`);
}

/** Whether any file of backup `id` exists: a new backup never shares an id with anything. */
export async function backupExists(paths: BackupPaths, id: string): Promise<boolean> {
  for (const file of filesOfBackup(paths, id)) {
    try {
      await stat(file);
      return true;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return false;
}

/**
 * Writes a small file whole or not at all: temporary name, fsync, rename, fsync the directory.
 * A failed write removes its temporary file; a full disk says so (see diskFullError).
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const dir = dirname(file);
  const temporary = temporaryName(file);
  try {
    await explainDiskFull({ dir, what: basename(file), needed: smallFileNeeds(content) }, async () => {
      await removeDeadTemporaries(file);
      const handle = await open(temporary, "w", 0o600);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    });
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
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

/** Written once, at creation, and sealed: see manifestSeal. */
export async function writeManifest(paths: BackupPaths, record: BackupRecord): Promise<void> {
  const { [SEAL_FIELD]: _stale, ...fields } = record as unknown as Record<string, unknown>;
  const sealed = { ...fields, [SEAL_FIELD]: manifestSeal(fields) };
  await writeFileAtomic(paths.manifest(record.id), `${JSON.stringify(sealed, null, 2)}\n`);
}

/**
 * Every file that belongs to backup `id`, manifest first: deleting in this order unlists a
 * backup before its data goes. Each new file of a backup (media, off-site status) is added
 * here, so deletion, retention and the leftover cleanup below cover it too.
 */
export function filesOfBackup(paths: BackupPaths, id: string): string[] {
  return [paths.manifest(id), paths.dump(id), paths.media(id), paths.partial(id), paths.mediaPartial(id), paths.offsite(id)];
}

/**
 * The files a verified backup consists of, to copy or upload it: its manifest, its dump, and its
 * media archive when the manifest has one (filesOfBackup without the partial files and the
 * mutable off-site record).
 */
export function filesOfRecord(paths: BackupPaths, record: Pick<BackupRecord, "id" | "media">): string[] {
  const notData = [paths.partial(record.id), paths.mediaPartial(record.id), paths.offsite(record.id)];
  return filesOfBackup(paths, record.id).filter(
    (file) => !notData.includes(file) && (file !== paths.media(record.id) || (record.media ?? null) !== null),
  );
}

export async function deleteBackup(paths: BackupPaths, id: string): Promise<void> {
  for (const file of filesOfBackup(paths, id)) await rm(file, { force: true });
}

/** A file of ours in the backups directory that no listed backup owns and no live process writes. */
export interface Leftover {
  file: string;
  /** The backup id it belongs to, when it belongs to one. */
  id?: string;
  why: string;
  /**
   * Whether the next backup removes it. A backup whose manifest exists but is not listed (no
   * dump, or a manifest that does not vouch for it) is only reported: it may be the operator's
   * to look at, and removing a manifest another version of pegasus wrote must be a choice.
   */
  removable: boolean;
}

const ID_PREFIX = /^\d{8}T\d{6}Z-(?:[0-9a-f]{7}|none)/;
// writeFileAtomic's temporary name: `.<name>.<pid>.tmp`.
const TEMPORARY = /^\.(.+)\.(\d+)\.tmp$/;

/**
 * The leftovers of interrupted or failed runs: the files of a backup whose manifest was never
 * written (killed between the rename and the manifest, or the disk filled), a partial dump, the
 * temporary files of writes and of the lock whose process is gone; and, to report only, the
 * files of a backup whose manifest exists but that is not listed.
 * With `backupRunning`, the files a running backup may be writing right now are not counted.
 * Files that are not ours (no backup id, no lock) are never touched.
 */
export async function findLeftovers(
  paths: BackupPaths,
  listed: readonly BackupRecord[],
  options: { backupRunning: boolean; isAlive?: (pid: number) => boolean },
): Promise<Leftover[]> {
  const isAlive = options.isAlive ?? processIsAlive;
  const entries = await readBackupDirEntries(paths);
  const names = entries.map((entry) => entry.name);
  // Every file of ours is a file: a directory that happens to carry one of our names was put
  // there by someone else, and is neither removed nor allowed to break the run.
  const directories = new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  const listedIds = new Set(listed.map((record) => record.id));
  const leftovers: Leftover[] = [];
  for (const name of names.sort()) {
    if (directories.has(name)) continue;
    const file = join(paths.dir, name);
    const lockPid = lockScratchPid(paths.lock, name) ?? lockScratchPid(paths.offsiteLock, name);
    if (lockPid !== undefined) {
      if (!isAlive(lockPid)) {
        leftovers.push({ file, why: `a scratch file of the lock, left by pid ${lockPid}, which is gone`, removable: true });
      }
      continue;
    }
    const temporary = TEMPORARY.exec(name);
    const base = temporary ? temporary[1]! : name;
    const id = ID_PREFIX.exec(base.replace(/^\./, ""))?.[0];
    if (!id || !filesOfBackup(paths, id).some((owned) => basename(owned) === base)) continue;
    if (temporary) {
      const pid = Number(temporary[2]);
      if (!isAlive(pid)) leftovers.push({ file, id, why: `a write by pid ${pid} that never finished`, removable: true });
    } else if (file === paths.partial(id) || file === paths.mediaPartial(id)) {
      const what = file === paths.partial(id) ? "dump" : "media archive";
      if (!options.backupRunning) leftovers.push({ file, id, why: `the partial ${what} of an interrupted backup`, removable: true });
    } else if (!listedIds.has(id) && !options.backupRunning) {
      const sealed = names.includes(basename(paths.manifest(id)));
      leftovers.push({ file, id, why: await unlistedReason(names, paths, id), removable: !sealed });
    }
  }
  return leftovers;
}

async function unlistedReason(names: readonly string[], paths: BackupPaths, id: string): Promise<string> {
  const has = (file: string) => names.includes(basename(file));
  if (!has(paths.manifest(id))) return `backup ${id} has no manifest (interrupted before it was written), so it was never listed`;
  if (!has(paths.dump(id))) return `backup ${id} has no dump, so it is not listed`;
  const read = await readManifest(paths.manifest(id));
  if (!("why" in read) && read.record.id === id && read.record.verified === true) {
    const changed = changedOnDisk(paths, read.record);
    if (changed) return `backup ${id} is not listed: ${describeMismatch(changed)} (restore it from its off-site copy, if it has one, or remove it)`;
  }
  return `backup ${id} is not listed: ${"why" in read ? read.why : "its manifest does not vouch for its dump"}`;
}

/**
 * Removes the removable leftovers (see findLeftovers) and says which; only ever called while
 * holding the backup lock, so no backup is writing. A dump without a manifest is removed, not
 * adopted: its manifest (the commit, the reason, the service) cannot be rebuilt honestly, and
 * the run that wrote it reported a failure.
 */
export async function removeLeftovers(
  paths: BackupPaths,
  listed: readonly BackupRecord[],
  log: { warn(message: string): void },
  isAlive?: (pid: number) => boolean,
): Promise<Leftover[]> {
  const found = await findLeftovers(paths, listed, { backupRunning: false, isAlive });
  const leftovers = found.filter((leftover) => leftover.removable);
  for (const leftover of leftovers) {
    await rm(leftover.file, { force: true });
    log.warn(`Removed ${leftover.file}: ${leftover.why}`);
  }
  await removeStaleOffsiteLock(paths, log, isAlive);
  return leftovers;
}

/**
 * The lock a killed off-site push left. The next push would recover it, but with offsite-url
 * unset there is none, and nothing else would ever remove it. Recovered the way a push does
 * (taken through the lock code, which judges its holder by pid and start time and removes it
 * only if it is still the one judged stale, then released), never by a bare rm that could
 * race a push taking it at that moment. A live push's lock is left alone.
 */
async function removeStaleOffsiteLock(paths: BackupPaths, log: { warn(message: string): void }, isAlive?: (pid: number) => boolean): Promise<void> {
  const probe = isAlive ? { isAlive } : {};
  try {
    const lock = await inspectLockFile(paths.offsiteLock, new Date(), probe);
    if (!lock || lock.verdict.live) return;
    const release = await acquireLockFile(paths.offsiteLock, {
      now: new Date(),
      probe,
      busy: () => new Error("taken by a push meanwhile"),
      recovered: (holder, why) =>
        log.warn(`Removed ${paths.offsiteLock}: an off-site upload lock left by ${holder ? `pid ${holder.pid}` : "a process that wrote it unreadable"}; ${why}`),
    });
    await release();
  } catch (error) {
    // Cosmetic next to the backup this runs for: it is reported again, and tried by the next run.
    log.warn(`Could not remove the stale off-site upload lock ${paths.offsiteLock}: ${error instanceof Error ? error.message : String(error)}`);
  }
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

/**
 * A small state file of ours: absent or half-written counts as absent, never as an error; one
 * that cannot be read at all is a clear error naming it.
 */
export async function readJsonFile<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(readSmallFile(file).text) as T;
  } catch (error) {
    if (isMissing(error) || error instanceof SyntaxError) return undefined;
    throw unreadableState(file, error, `the pegasus state file ${basename(file)}`, `Remove it with \`rm -r ${file}\``);
  }
}
