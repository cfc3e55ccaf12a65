import { chownSync, closeSync, existsSync, fchownSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statfsSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { cacheFileContents, type PendingCache } from "./compile-cache.js";
import { processIsAlive } from "./processes.js";
import { temporaryName } from "./temporary-files.js";

/**
 * Writes the code cache of the files a run compiled without one (io/compile-cache.ts): a file
 * of dist/ of its own (dist/compile-cache-writer.cjs), required only by the runs that have
 * something to write, so that every other start compiles none of it.
 */

/**
 * A cache file is the data twice, and V8's data was up to twice its source's size (a small
 * trigger's); with room for less than this, the write would fail after V8 made the data.
 */
const CACHE_FILE_PER_SOURCE_BYTE = 4;
const CACHE_FILE_SLACK = 64 * 1024;

/** Above this age a temporary file in a cache directory is a write that was killed. */
const STALE_TEMPORARY_MS = 60_000;
/** temporaryName's `.<file>.<pid>.tmp`, with the writer's pid. */
const TEMPORARY = /^\..+\.(\d+)\.tmp$/;

/**
 * Writes each pending file's cache, marked `partial` when the run failed; returns those written,
 * relative to `cacheDir`. Never throws.
 */
export function writeCompileCache(options: { distDir: string; cacheDir: string; pending: readonly PendingCache[]; partial: boolean }): string[] {
  const { distDir, cacheDir, pending, partial } = options;
  const made: string[] = [];
  try {
    const owner = ownerToKeep(dirname(distDir));
    for (const dir of new Set([cacheDir, ...pending.map(({ cacheFile }) => dirname(cacheFile))])) {
      const first = mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Every directory this run made: `first` and those below it down to `dir`.
      if (first && owner) for (let item = dir; item.length >= first.length; item = dirname(item)) chownSync(item, owner.uid, owner.gid);
      removeLeftovers(dir, join(distDir, relative(cacheDir, dir)));
    }
    for (const { cacheFile, key, script } of pending) {
      const temporary = temporaryName(cacheFile);
      try {
        // A full disk: every run that succeeds would make the data again only to fail writing it.
        const source = join(distDir, relative(cacheDir, cacheFile)).slice(0, -".cache".length);
        if (!roomFor(dirname(cacheFile), CACHE_FILE_PER_SOURCE_BYTE * statSync(source).size + CACHE_FILE_SLACK)) continue;
        const fd = openSync(temporary, "wx", 0o600);
        try {
          writeFileSync(fd, cacheFileContents(key, script.createCachedData(), partial));
          if (owner) fchownSync(fd, owner.uid, owner.gid);
          // On disk before it has its name: a crash must not leave a named file half-written.
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temporary, cacheFile);
        made.push(relative(cacheDir, cacheFile));
      } catch {
        rmSync(temporary, { force: true });
      }
    }
  } catch {
    // A cache that cannot be written (a full disk, a read-only plugin directory) is no cache.
  }
  return made;
}

/** Whether the filesystem of `dir` has `bytes` free for an unprivileged writer. */
function roomFor(dir: string, bytes: number): boolean {
  const { bavail, bsize } = statfsSync(dir);
  return bavail * bsize >= bytes;
}

/**
 * The plugin directory's owner, when this run is root's and someone else owns it: Dokku runs
 * commands as the dokku user, who owns the plugin's files, and a cache root made must stay
 * theirs to replace.
 */
function ownerToKeep(pluginDir: string): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const { uid, gid } = statSync(pluginDir);
  return uid === 0 ? undefined : { uid, gid };
}

/** In one directory of a cache: a killed write's temporary file, the cache of a file dist/ no longer has. */
function removeLeftovers(dir: string, distDir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    try {
      const writer = TEMPORARY.exec(name)?.[1];
      if (writer) {
        // A dead writer's (io/temporary-files.ts), or a minute-old one whose pid was reused.
        const pid = Number(writer);
        if (pid !== process.pid && (!processIsAlive(pid) || now - statSync(file).mtimeMs > STALE_TEMPORARY_MS)) unlinkSync(file);
      } else if (name.endsWith(".cache") && !existsSync(join(distDir, name.slice(0, -".cache".length)))) {
        unlinkSync(file);
      }
    } catch {
      // Removed meanwhile by another run.
    }
  }
}
