import { link, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { UserError } from "../errors.js";
import type { Log } from "../io/log.js";
import { isMissing } from "../io/properties.js";

/** Who holds a backup lock; written into the lock file so a second run can say who. */
export interface LockHolder {
  pid: number;
  started_at: string;
  hostname: string;
}

export interface LockOptions {
  app: string;
  now: Date;
  log: Log;
  /** Whether a process is running; injectable so tests can play a dead holder. */
  isAlive?: (pid: number) => boolean;
  /** What the lock guards, as messages name it (default "backup"). */
  kind?: string;
}

/** The lock is held by a live process; a caller may wait and try again. */
export class LockBusyError extends UserError {}

// A lock file that cannot be parsed is a writer that died between creating and filling it,
// which the link() below rules out for us; for anyone else's, give it this long.
const UNREADABLE_LOCK_GRACE_MS = 60_000;

/**
 * Takes `<app>/backups/.lock`, so two backups of one app never interleave. The lock is made
 * whole with its content (written to a private name, then hard-linked into place, which
 * fails if the lock exists), so no reader ever sees it empty. A lock whose process is gone
 * (killed backup) is recovered with a warning; a live one is refused with who holds it.
 * Returns the release function.
 */
export async function acquireBackupLock(lockFile: string, options: LockOptions): Promise<() => Promise<void>> {
  const isAlive = options.isAlive ?? processIsAlive;
  const mine: LockHolder = { pid: process.pid, started_at: options.now.toISOString(), hostname: hostname() };
  const content = `${JSON.stringify(mine)}\n`;
  const staging = `${lockFile}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(staging, content, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(staging, lockFile);
        return () => releaseLock(lockFile, content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const seen = await readLock(lockFile);
      if (seen === undefined) continue; // released between our link and our read
      const holder = parseHolder(seen.text);
      const stale = holder
        ? holder.hostname === mine.hostname && !isAlive(holder.pid)
        : options.now.getTime() - seen.mtimeMs > UNREADABLE_LOCK_GRACE_MS;
      if (!stale) throw busy(options, lockFile, holder);
      if (await removeIfUnchanged(lockFile, seen.text)) {
        options.log.warn(
          holder
            ? `Recovered the ${options.kind ?? "backup"} lock of ${options.app} left by pid ${holder.pid} (started ${holder.started_at}), which is no longer running`
            : `Recovered an unreadable ${options.kind ?? "backup"} lock of ${options.app}`,
        );
      }
    }
    throw busy(options, lockFile, undefined);
  } finally {
    await rm(staging, { force: true });
  }
}

function busy({ app, kind = "backup" }: LockOptions, lockFile: string, holder: LockHolder | undefined): LockBusyError {
  const who = holder ? ` (pid ${holder.pid} on ${holder.hostname} since ${holder.started_at})` : "";
  return new LockBusyError(
    `A ${kind} of ${app} is running${who}. Wait for it to finish and run this again; if no ${kind} is running, remove ${lockFile}`,
  );
}

async function readLock(lockFile: string): Promise<{ text: string; mtimeMs: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, "utf8"), stat(lockFile)]);
    return { text, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === "number" && typeof parsed.started_at === "string" && typeof parsed.hostname === "string") {
      return parsed as LockHolder;
    }
  } catch {
    // falls through: unreadable
  }
  return undefined;
}

/**
 * Removes the stale lock only if it is still the one judged stale: two runs recovering at
 * once must not delete the fresh lock the faster one just took. Moving it aside is atomic;
 * if what moved is not what we judged, it goes back.
 */
async function removeIfUnchanged(lockFile: string, staleText: string): Promise<boolean> {
  const aside = `${lockFile}.stale.${process.pid}`;
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const moved = await readFile(aside, "utf8");
  if (moved !== staleText) {
    await link(aside, lockFile).catch(() => undefined);
    await rm(aside, { force: true });
    return false;
  }
  await rm(aside, { force: true });
  return true;
}

async function releaseLock(lockFile: string, content: string): Promise<void> {
  try {
    if ((await readFile(lockFile, "utf8")) === content) await rm(lockFile, { force: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
