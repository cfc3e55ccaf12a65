import { hostname } from "node:os";
import { UserError } from "../errors.js";
import { acquireLockFile, type LockHolder, type ProcessProbe } from "../io/lock-file.js";
import { processIsAlive } from "../io/processes.js";
import type { Log } from "../io/log.js";

export { processIsAlive, type LockHolder };

export interface LockOptions {
  app: string;
  now: Date;
  log: Log;
  /** Whether a process is running; injectable so tests can play a dead holder. */
  isAlive?: (pid: number) => boolean;
  probe?: Partial<ProcessProbe>;
  /**
   * Wait this long for a running backup to finish instead of refusing at once (the deploy
   * gate), saying so on `progress` every few seconds.
   */
  waitMs?: number;
  progress?: { write(chunk: string): unknown };
  progressIntervalMs?: number;
  /** What the lock guards, as messages name it (default "backup"). */
  kind?: string;
}

/** The lock is held by a live process; a caller may wait and try again. */
export class LockBusyError extends UserError {
  constructor(
    message: string,
    /** How to clear a lock taken on another host (empty otherwise), for a caller that words its own refusal. */
    readonly advice: string,
  ) {
    super(message + advice);
  }
}

/**
 * Takes `<app>/backups/.lock`, so two backups of one app (or a backup and a restore) never
 * interleave. A lock whose process is gone is recovered with a warning; a live one is waited
 * for when asked, else refused with who holds it. Returns the release function.
 */
export async function acquireBackupLock(lockFile: string, options: LockOptions): Promise<() => Promise<void>> {
  const { app, log } = options;
  const kind = options.kind ?? "backup";
  const waitMs = options.waitMs ?? 0;
  // The backup lock is shown by `pegasus:backups`; any other lock is named by its file.
  const howToSee = kind === "backup" ? `\`dokku pegasus:backups ${app}\` shows the lock` : `the lock is ${lockFile}`;
  return acquireLockFile(lockFile, {
    now: options.now,
    waitMs,
    progressMs: options.progressIntervalMs,
    probe: { ...options.probe, ...(options.isAlive ? { isAlive: options.isAlive } : {}) },
    busy: (holder) =>
      new LockBusyError(
        waitMs > 0
          ? `A ${kind} of ${app} is still running${describeHolder(holder)} after waiting ${formatWait(waitMs)}. ` +
              `Run this again when it has finished (${howToSee})`
          : `A ${kind} of ${app} is running${describeHolder(holder)}. Wait for it to finish and run this again ` +
              `(${howToSee})`,
        foreignHostAdvice(holder, lockFile),
      ),
    recovered: (holder, why) =>
      log.warn(
        holder
          ? `Recovered the ${kind} lock of ${app} left by pid ${holder.pid} (started ${holder.started_at}): ${why}`
          : `Recovered an unreadable ${kind} lock of ${app}`,
      ),
    waiting: (holder, waitedMs) =>
      options.progress?.write(
        `       Waiting for the running ${kind} of ${app}${describeHolder(holder)} to finish: ` +
          `${formatWait(waitedMs)} so far, at most ${formatWait(waitMs)}\n`,
      ),
  });
}

/**
 * A lock taken under another host name cannot be judged from here (its pid is another machine's
 * or another container's), so it counts as live; but a renamed host or a recreated Dokku
 * container leaves exactly that behind, and only the operator can tell: say how to clear it.
 */
export function foreignHostAdvice(holder: LockHolder | undefined, lockFile: string): string {
  if (!holder || holder.hostname === hostname()) return "";
  return `\nThat lock was taken on host ${holder.hostname}, not on this one (${hostname()}), so pegasus cannot check its process. ` +
    `If nothing runs there (the host was renamed, or Dokku's container recreated), remove it: rm ${lockFile}`;
}

export function describeHolder(holder: LockHolder | undefined): string {
  return holder ? ` (pid ${holder.pid} on ${holder.hostname} since ${holder.started_at})` : "";
}

/** `45s`, `3m`, `2m 30s`, `1h 5m`. */
export function formatWait(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes}m ${seconds % 60}s` : `${minutes}m`;
  return minutes % 60 ? `${Math.floor(minutes / 60)}h ${minutes % 60}m` : `${Math.floor(minutes / 60)}h`;
}
