import { createHash } from "node:crypto";
import { chmod, mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { isBackupId, isRev, isServiceName, newestFirst, type BackupRecord } from "../core/backup-id.js";
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
  return (await scanBackups(paths)).records;
}

/** A manifest beside a dump that does not vouch for it: never listed, always reported. */
export interface RefusedManifest {
  id: string;
  why: string;
}

/**
 * Every backup of the directory: the listed ones (verified, sealed or written before seals
 * existed) and the manifests refused (seal broken, unreadable, unsound), so a command can say
 * which files no listing shows.
 */
export async function scanBackups(paths: BackupPaths): Promise<{ records: BackupRecord[]; refused: RefusedManifest[] }> {
  let names: string[];
  try {
    names = await readdir(paths.dir);
  } catch (error) {
    if (isMissing(error)) return { records: [], refused: [] };
    throw error;
  }
  const present = new Set(names);
  const records: BackupRecord[] = [];
  const refused: RefusedManifest[] = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -".json".length);
    if (!isBackupId(id) || !present.has(`${id}.dump`)) continue;
    const read = await readManifest(paths.manifest(id));
    if ("why" in read) refused.push({ id, why: read.why });
    else if (read.record.verified === true && read.record.id === id) records.push({ ...read.record, file: paths.dump(id) });
    else refused.push({ id, why: "its manifest names another id or does not say verified" });
  }
  return { records: newestFirst(records), refused };
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    // A manifest that cannot be read does not vouch for its dump, so the dump is not listed.
    return { why: `its manifest cannot be read (${(error as NodeJS.ErrnoException).code ?? "not JSON"})` };
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

/** Written once, at creation, and sealed: see manifestSeal. */
export async function writeManifest(paths: BackupPaths, record: BackupRecord): Promise<void> {
  const { [SEAL_FIELD]: _stale, ...fields } = record as unknown as Record<string, unknown>;
  const sealed = { ...fields, [SEAL_FIELD]: manifestSeal(fields) };
  await writeFileAtomic(paths.manifest(record.id), `${JSON.stringify(sealed, null, 2)}\n`);
}

/** The manifest goes first, so a backup deleted halfway is no longer listed. */
export async function deleteBackup(paths: BackupPaths, id: string): Promise<void> {
  await rm(paths.manifest(id), { force: true });
  await rm(paths.dump(id), { force: true });
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
