import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  acquireLockFile
} from "./chunk-DSPNK2T2.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/lock.ts
import { hostname } from "node:os";
var LockBusyError = class extends UserError {
};
async function acquireBackupLock(lockFile, options) {
  const { app, log } = options;
  const kind = options.kind ?? "backup";
  const waitMs = options.waitMs ?? 0;
  const howToSee = kind === "backup" ? `\`dokku pegasus:backups ${app}\` shows the lock` : `the lock is ${lockFile}`;
  return acquireLockFile(lockFile, {
    now: options.now,
    waitMs,
    progressMs: options.progressIntervalMs,
    probe: { ...options.probe, ...options.isAlive ? { isAlive: options.isAlive } : {} },
    busy: (holder) => new LockBusyError(
      (waitMs > 0 ? `A ${kind} of ${app} is still running${describeHolder(holder)} after waiting ${formatWait(waitMs)}. Run this again when it has finished (${howToSee})` : `A ${kind} of ${app} is running${describeHolder(holder)}. Wait for it to finish and run this again (${howToSee})`) + foreignHostAdvice(holder, lockFile)
    ),
    recovered: (holder, why) => log.warn(
      holder ? `Recovered the ${kind} lock of ${app} left by pid ${holder.pid} (started ${holder.started_at}): ${why}` : `Recovered an unreadable ${kind} lock of ${app}`
    ),
    waiting: (holder, waitedMs) => options.progress?.write(
      `       Waiting for the running ${kind} of ${app}${describeHolder(holder)} to finish: ${formatWait(waitedMs)} so far, at most ${formatWait(waitMs)}
`
    )
  });
}
function foreignHostAdvice(holder, lockFile) {
  if (!holder || holder.hostname === hostname()) return "";
  return `
That lock was taken on host ${holder.hostname}, not on this one (${hostname()}), so pegasus cannot check its process. If nothing runs there (the host was renamed, or Dokku's container recreated), remove it: rm ${lockFile}`;
}
function describeHolder(holder) {
  return holder ? ` (pid ${holder.pid} on ${holder.hostname} since ${holder.started_at})` : "";
}
function formatWait(ms) {
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes}m ${seconds % 60}s` : `${minutes}m`;
  return minutes % 60 ? `${Math.floor(minutes / 60)}h ${minutes % 60}m` : `${Math.floor(minutes / 60)}h`;
}

export {
  acquireBackupLock,
  foreignHostAdvice,
  formatWait
};
