import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  LockBusyError,
  acquireBackupLock
} from "./chunk-24VJJ4AR.mjs";
import {
  removeDeadLockScratch
} from "./chunk-SBXYK2KJ.mjs";
import {
  isMissing
} from "./chunk-D4TFNDD3.mjs";

// src/io/config-lock.ts
import { stat } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var CONFIG_LOCK_WAIT_MS = 5 * 6e4;
var RETRY_MS = 200;
function configLockFile(paths, app) {
  return path.join(paths.dokkuRoot, app, ".pegasus-config.lock");
}
async function withConfigLock(app, context, work, waitMs = CONFIG_LOCK_WAIT_MS) {
  if (!isValidAppName(app) || !await isDirectory(path.join(context.paths.dokkuRoot, app))) return work();
  const lockFile = configLockFile(context.paths, app);
  const started = Date.now();
  let release;
  let saidWaiting = false;
  while (release === void 0) {
    try {
      release = await acquireBackupLock(lockFile, { app, now: context.now(), log: context.log, kind: "config change" });
    } catch (error) {
      if (isMissing(error)) return work();
      if (!(error instanceof LockBusyError)) throw error;
      const waited = Date.now() - started;
      if (waited >= waitMs) throw new LockBusyError(`Waited ${Math.round(waited / 1e3)} s. ${error.message}`);
      if (!saidWaiting) {
        context.log.info1(`Another config change of ${app} is running; waiting for it (up to ${Math.round(waitMs / 1e3)} s)`);
        saidWaiting = true;
      }
      await sleep(RETRY_MS);
    }
  }
  try {
    for (const file of await removeDeadLockScratch(lockFile)) {
      context.log.warn(`Removed ${file}: a scratch file of the config lock whose process is gone`);
    }
    return await work();
  } finally {
    await release();
  }
}
async function isDirectory(file) {
  return (await stat(file).catch(() => void 0))?.isDirectory() ?? false;
}

export {
  withConfigLock
};
