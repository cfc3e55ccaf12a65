import { stat } from "node:fs/promises";
import { join } from "node:path";
import { acquireBackupLock } from "../backup/lock.js";
import { isValidAppName } from "../core/app-name.js";
import type { Context } from "../context.js";
import type { DokkuPaths } from "../paths.js";
import { removeDeadLockScratch } from "./lock-file.js";
import { isMissing } from "./properties.js";

/**
 * env-import holds the lock for seconds (its restart comes after); setup for as long as creating
 * a service takes, a few minutes at most when Docker has to pull an image.
 */
export const CONFIG_LOCK_WAIT_MS = 5 * 60_000;

/**
 * In the app's own `$DOKKU_ROOT/<app>` (as Dokku keeps its deploy lock in the app's directory):
 * it exists exactly while the app does, apps:destroy removes it and apps:rename moves it, so no
 * lock of ours ever outlives its app or turns up as "kept data" in ours.
 */
export function configLockFile(paths: DokkuPaths, app: string): string {
  return join(paths.dokkuRoot, app, ".pegasus-config.lock");
}

/**
 * Runs `work` holding the app's config lock, the backup lock's design in its own file, so two
 * changes of one app's config (env-import, setup) never interleave their read, plan, write and
 * read-back. A second run waits up to `waitMs`, saying so once, then names the holder.
 *
 * An app Dokku does not have (no `$DOKKU_ROOT/<app>`, Dokku's own test) is not locked: nothing of
 * ours is created for it, and the work's first Dokku call reports the missing app (setup creates it).
 */
export async function withConfigLock<T>(
  app: string,
  context: Context,
  work: () => Promise<T>,
  waitMs = CONFIG_LOCK_WAIT_MS,
): Promise<T> {
  if (!isValidAppName(app) || !(await isDirectory(join(context.paths.dokkuRoot, app)))) return work();
  const lockFile = configLockFile(context.paths, app);
  let release: () => Promise<void>;
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
          context.log.info1(`Another config change of ${app} is running; waiting for it (up to ${Math.round(waitMs / 1000)} s)`);
        },
      },
    });
  } catch (error) {
    if (isMissing(error)) return work(); // destroyed meanwhile: Dokku will say so
    throw error;
  }
  try {
    // A run killed while taking this lock leaves its scratch file here, where nothing else looks.
    for (const file of await removeDeadLockScratch(lockFile)) {
      context.log.warn(`Removed ${file}: a scratch file of the config lock whose process is gone`);
    }
    return await work();
  } finally {
    await release();
  }
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}
