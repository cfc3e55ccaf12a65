import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  acquireBackupLock
} from "./chunk-3BUY7C2L.mjs";
import {
  removeDeadLockScratch
} from "./chunk-DSPNK2T2.mjs";
import {
  isMissing
} from "./chunk-IQVX3673.mjs";

// src/io/config-lock.ts
import { stat } from "node:fs/promises";
import path from "node:path";
var CONFIG_LOCK_WAIT_MS = 5 * 6e4;
function configLockFile(paths, app) {
  return path.join(paths.dokkuRoot, app, ".pegasus-config.lock");
}
async function withConfigLock(app, context, work, waitMs = CONFIG_LOCK_WAIT_MS) {
  if (!isValidAppName(app) || !await isDirectory(path.join(context.paths.dokkuRoot, app))) return work();
  const lockFile = configLockFile(context.paths, app);
  let release;
  let saidWaiting = false;
  try {
    release = await acquireBackupLock(lockFile, {
      app,
      now: context.now(),
      log: context.log,
      kind: "config change",
      waitMs,
      // Said once, not every few seconds as a deploy waiting for a backup does: a config change
      // holds the lock for seconds.
      progress: {
        write: () => {
          if (saidWaiting) return;
          saidWaiting = true;
          context.log.info1(`Another config change of ${app} is running; waiting for it (up to ${Math.round(waitMs / 1e3)} s)`);
        }
      }
    });
  } catch (error) {
    if (isMissing(error)) return work();
    throw error;
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
