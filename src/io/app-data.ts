import { readdirSync } from "node:fs";
import { mkdir, rename, rmdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { compactUtc } from "../backup/id.js";
import type { DokkuPaths } from "../paths.js";
import { isMissing, unreadableState } from "./properties.js";

/**
 * Per-app data (backups, release history) lives in `$DOKKU_LIB_ROOT/data/pegasus/<app>/`.
 * A deleted app's data is moved to `.deleted/<app>/<UTC stamp>/`: app names cannot start
 * with a dot, so it never collides with an app, and a new app of the same name never
 * inherits backups of a database it never had.
 */
export function appDataDir(paths: DokkuPaths, app: string): string {
  return join(paths.dataDir, app);
}

export function deletedAppDataRoot(paths: DokkuPaths, app: string): string {
  return join(paths.dataDir, ".deleted", app);
}

/** The kept data of every past incarnation of `app`, oldest first. */
export async function listDeletedAppData(paths: DokkuPaths, app: string): Promise<string[]> {
  const root = deletedAppDataRoot(paths, app);
  try {
    // Synchronous, as the backup listing's other reads (backup/store.ts says why).
    return readdirSync(root).sort().map((stamp) => join(root, stamp));
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(root, error, `the kept data of the destroyed app ${app}`, `Check its owner and mode: \`ls -ld ${root}\``);
  }
}

/**
 * Moves an app's data aside; returns where it went, or undefined when there was none. Nothing
 * is created for an app without data: an empty `.deleted/<app>/` is a directory of ours that no
 * command would list or remove.
 */
export async function moveAppDataAside(paths: DokkuPaths, app: string, now: Date): Promise<string | undefined> {
  const source = appDataDir(paths, app);
  try {
    await stat(source);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  const stamp = compactUtc(now);
  const target = join(deletedAppDataRoot(paths, app), stamp);
  await mkdir(dirname(target), { recursive: true, mode: 0o700 });
  try {
    await rename(source, target);
  } catch (error) {
    if (!isMissing(error)) throw error;
    // Moved or removed since the stat (a concurrent rename): leave no empty directory behind.
    await removeIfEmpty(deletedAppDataRoot(paths, app));
    await removeIfEmpty(join(paths.dataDir, ".deleted"));
    return undefined;
  }
  return target;
}

async function removeIfEmpty(dir: string): Promise<void> {
  try {
    await rmdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "ENOENT") throw error;
  }
}

/**
 * apps:rename: the data follows the app (a rename on one filesystem, no copy). Data already
 * under the new name (a destroyed app's leftovers) is moved aside first, never deleted.
 */
export async function moveAppData(paths: DokkuPaths, from: string, to: string, now: Date): Promise<boolean> {
  try {
    await moveAppDataAside(paths, to, now);
    await rename(appDataDir(paths, from), appDataDir(paths, to));
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
