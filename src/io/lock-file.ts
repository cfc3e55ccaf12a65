import { link, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { explainDiskFull, smallFileNeeds } from "./disk-full.js";
import { isMissing, unreadableState } from "./properties.js";
import { processIsAlive, processStartTicks, readProc } from "./processes.js";
import { readSmallFile } from "./small-file.js";

/**
 * A lock on a path, held by one process: the file names its owner by pid AND by the process's
 * start time since boot (with the boot id), because a pid alone outlives its process: after a
 * kill or a reboot another process gets the same number and would hold the lock forever.
 * Reused by every lock of the plugin (the backup lock, a per-app config lock).
 */
export interface LockHolder {
  pid: number;
  /** When the lock was taken (ISO 8601). */
  started_at: string;
  hostname: string;
  /** /proc/sys/kernel/random/boot_id when the lock was taken. */
  boot_id?: string;
  /** The holder's start time in clock ticks since boot (/proc/<pid>/stat field 22). */
  process_start?: string;
}

/** What the lock needs to know about processes; tests replace parts of it. */
export interface ProcessProbe {
  isAlive(pid: number): boolean;
  /** The start time of `pid` in ticks since boot, or undefined when it cannot be read. */
  startOf(pid: number): string | undefined;
  bootId(): string | undefined;
  /** When this boot began (ms since the epoch), or undefined without /proc. */
  bootTimeMs(): number | undefined;
}

export const systemProbe: ProcessProbe = {
  isAlive: processIsAlive,
  startOf: processStartTicks,
  bootId: () => readProc("/proc/sys/kernel/random/boot_id")?.trim() || undefined,
  bootTimeMs: () => {
    const btime = /^btime (\d+)$/m.exec(readProc("/proc/stat") ?? "")?.[1];
    return btime ? Number(btime) * 1000 : undefined;
  },
};

export interface Verdict {
  live: boolean;
  /** Why a stale lock is stale, in words for a warning. */
  why: string;
}

// A lock file that cannot be parsed is a writer that died between creating and filling it,
// which the link() below rules out for us; for anyone else's, give it this long.
const UNREADABLE_LOCK_GRACE_MS = 60_000;

/**
 * Whether the process that took the lock still holds it. Only the same process counts: same
 * host, same boot, the pid alive, and started when the lock says. A lock written before start
 * times were recorded is stale when it predates this boot.
 */
export function judgeHolder(
  holder: LockHolder | undefined,
  lock: { mtimeMs: number },
  now: Date,
  probe: ProcessProbe = systemProbe,
): Verdict {
  if (!holder) {
    // A time ahead of the clock (a forged file, a clock set back) must not buy the grace forever.
    return Math.abs(now.getTime() - lock.mtimeMs) > UNREADABLE_LOCK_GRACE_MS
      ? { live: false, why: "its content cannot be read" }
      : { live: true, why: "" };
  }
  // Another host's process cannot be checked from here: it counts as live.
  if (holder.hostname !== hostname()) return { live: true, why: "" };
  const bootId = probe.bootId();
  if (holder.boot_id && bootId && holder.boot_id !== bootId) {
    return { live: false, why: "the server has restarted since" };
  }
  if (!probe.isAlive(holder.pid)) return { live: false, why: "that process is no longer running" };
  if (holder.process_start) {
    const start = probe.startOf(holder.pid);
    if (start !== undefined && start !== holder.process_start) {
      return { live: false, why: `pid ${holder.pid} is now another process` };
    }
    return { live: true, why: "" };
  }
  const bootTime = probe.bootTimeMs();
  if (bootTime !== undefined && lock.mtimeMs < bootTime) return { live: false, why: "the server has restarted since" };
  return { live: true, why: "" };
}

export interface LockFileOptions {
  now: Date;
  /** The error to throw when a live holder keeps the lock (after waiting, if asked to). */
  busy(holder: LockHolder | undefined): Error;
  /** Called after a stale lock was removed, to say so. */
  recovered?(holder: LockHolder | undefined, why: string): void;
  /** How long to wait for a live holder to let go; 0 (the default) refuses at once. */
  waitMs?: number;
  /** Called at once when waiting begins, then every `progressMs`. */
  waiting?(holder: LockHolder | undefined, waitedMs: number): void;
  progressMs?: number;
  pollMs?: number;
  probe?: Partial<ProcessProbe>;
}

/**
 * Takes `file`. The lock is made whole with its content (written to a private name, then
 * hard-linked into place, which fails if the lock exists), so no reader ever sees it empty.
 * A stale lock is recovered (see judgeHolder); a live one is waited for up to `waitMs`, then
 * refused. Returns the release function.
 */
export async function acquireLockFile(file: string, options: LockFileOptions): Promise<() => Promise<void>> {
  const probe: ProcessProbe = { ...systemProbe, ...options.probe };
  const mine: LockHolder = {
    pid: process.pid,
    started_at: options.now.toISOString(),
    hostname: hostname(),
    ...optional("boot_id", probe.bootId()),
    ...optional("process_start", probe.startOf(process.pid)),
  };
  const content = `${JSON.stringify(mine)}\n`;
  const staging = `${file}.${process.pid}.${Date.now()}.tmp`;
  const waitMs = options.waitMs ?? 0;
  const progressMs = options.progressMs ?? 5000;
  const began = Date.now();
  let nextProgress = 0;
  try {
    // The lock's own directory (an app's `$DOKKU_ROOT/<app>` for the config lock) may be on
    // another filesystem than our data: a full disk names it, and keeps no empty staging file.
    await explainDiskFull(
      { dir: dirname(file), what: `the lock ${basename(file)}`, needed: smallFileNeeds(content) },
      () => writeFile(staging, content, { mode: 0o600 }),
    );
    // Each pass either takes the lock, waits for a live holder, or clears a stale or vanished
    // one; the cap only stops a lock that keeps being replaced by dead writers.
    for (let clearings = 0; clearings < 100; ) {
      try {
        await link(staging, file);
        return () => releaseLock(file, content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const seen = await readLock(file);
      if (seen === undefined) {
        clearings++; // released between our link and our read
        continue;
      }
      const holder = parseHolder(seen.text);
      const verdict = judgeHolder(holder, seen, new Date(), probe);
      if (!verdict.live) {
        clearings++;
        if (await removeIfUnchanged(file, seen.text)) options.recovered?.(holder, verdict.why);
        continue;
      }
      const waited = Date.now() - began;
      if (waited >= waitMs) throw options.busy(holder);
      if (waited >= nextProgress) {
        options.waiting?.(holder, waited);
        nextProgress = waited + progressMs;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs ?? 200, waitMs - waited)));
    }
    throw options.busy(undefined);
  } finally {
    await rm(staging, { force: true });
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** The lock as it is now, judged: for commands that report on it without taking it. */
export async function inspectLockFile(
  file: string,
  now: Date,
  probe?: Partial<ProcessProbe>,
): Promise<{ holder: LockHolder | undefined; mtimeMs: number; verdict: Verdict } | undefined> {
  const seen = await readLock(file);
  if (!seen) return undefined;
  const holder = parseHolder(seen.text);
  return { holder, mtimeMs: seen.mtimeMs, verdict: judgeHolder(holder, seen, now, { ...systemProbe, ...probe }) };
}

/**
 * The pid in the name of a file the lock code of `lockFile` writes beside it (its staging
 * copy `<lock>.<pid>.<ms>.tmp`, a stale lock moved aside `<lock>.stale.<pid>`), else undefined.
 */
export function lockScratchPid(lockFile: string, name: string): number | undefined {
  const base = basename(lockFile);
  if (!name.startsWith(`${base}.`)) return undefined;
  const match = /^(?:(\d+)\.\d+\.tmp|stale\.(\d+))$/.exec(name.slice(base.length + 1));
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/**
 * Removes the scratch files (see lockScratchPid) that killed processes left beside `lockFile`,
 * returning their paths. For a lock whose directory no other cleanup visits (the config lock in
 * an app's `$DOKKU_ROOT/<app>`); call it holding the lock.
 */
export async function removeDeadLockScratch(
  lockFile: string,
  isAlive: (pid: number) => boolean = processIsAlive,
): Promise<string[]> {
  const dir = dirname(lockFile);
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = lockScratchPid(lockFile, name);
    if (pid === undefined || pid === process.pid || isAlive(pid)) continue;
    await rm(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

async function readLock(file: string): Promise<{ text: string; mtimeMs: number } | undefined> {
  try {
    // Checked before reading (io/small-file.ts): a FIFO in the lock's place would hang every run.
    return readSmallFile(file);
  } catch (error) {
    if (isMissing(error)) return undefined;
    // Never ours (we only ever link a regular file there), so removing it is safe.
    throw unreadableState(file, error, "the lock file", `Remove it with \`rm -r ${file}\` and run this again`);
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    // A pid of 0 or below names a process group (kill(0) and kill(-1) always "succeed"): never a holder.
    const { pid } = parsed;
    if (typeof pid === "number" && Number.isSafeInteger(pid) && pid > 0 && typeof parsed.started_at === "string" && typeof parsed.hostname === "string") {
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
async function removeIfUnchanged(file: string, staleText: string): Promise<boolean> {
  const aside = `${file}.stale.${process.pid}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const moved = await readFile(aside, "utf8");
  if (moved !== staleText) {
    await link(aside, file).catch(() => undefined);
    await rm(aside, { force: true });
    return false;
  }
  await rm(aside, { force: true });
  return true;
}

async function releaseLock(file: string, content: string): Promise<void> {
  try {
    if ((await readFile(file, "utf8")) === content) await rm(file, { force: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}
