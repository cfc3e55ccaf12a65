import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { Script } from "node:vm";
import type { writeCompileCache } from "./compile-cache-writer.js";

/**
 * Runs the CommonJS files of dist/ with V8's code cache: the bytecode of every function a run
 * compiled, saved by that run and handed to V8 by the next, which then parses and compiles
 * almost nothing. Without it, compiling commander and our own code is a third of a refused
 * command's start and half of loading execa (`npm run bench`, start figures).
 *
 * The cache is made on the host by the first run of each command, for the Node it runs on:
 * V8 refuses data from another V8 version or other flags (`cachedDataRejected`) and the run
 * saves new data. V8 checks only the length of the source, so each file carries its own key
 * (Node version, and the size, mtime, ctime and inode of the file it was made from):
 * `plugin:update` checks out new files, and their cache is made again.
 *
 * A cache holds what the run that made it compiled. One made by a run that failed (a typo in the
 * first command after an update, a refused key) holds its path to the error and little else, and
 * every later start would compile the rest of the command anew: such a cache is marked `partial`,
 * used as it is, and made again, once, by the first run that does the command's work (`save(true)`:
 * plugin.ts says which runs do, a `--help` not among them).
 *
 * Each command keeps its own directory (`<kind>-<name>/`): some set a V8 flag at their start
 * (io/young-generation.ts), which V8 counts in a cache's key, so a library two commands share
 * would otherwise be made again by each in turn. The cache only ever speeds a start up: any
 * fault reading or writing it leaves the command to run exactly as without it.
 *
 * This module is what every start runs, before any of the command's own code, uncached itself:
 * V8 parses it with the rest of plugin.cjs on every start, and compiles each of its functions and
 * each of Node's that it calls on first use (28 K instructions for the least of them, callgrind).
 * So it holds only the reading, and loads nothing it can do without: writing
 * (io/compile-cache-writer.ts) is a file of its own, loaded by the runs that have something to
 * write, and node:path only when a file requires another by a relative path.
 */
/** Node's CommonJS module wrapper, as build.ts writes it around every file plugin.cjs loads. */
export const WRAPPER = "(function (exports, require, module, __filename, __dirname) {";

export interface CompileCache {
  /** `require` for a file of dist/: loads it once, through the cache. */
  load(file: string): unknown;
  /**
   * Writes what this run made for files that had no usable cache, and, if it `succeeded` (exit
   * code 0), for those whose cache a failed run made; called as the process ends. What it wrote
   * is not written again by a later call.
   */
  save(succeeded: boolean): void;
  readonly used: readonly string[];
  /** Those of `used` whose cache a failed run made: `save(true)` makes them again. */
  readonly usedPartial: readonly string[];
  readonly made: readonly string[];
}

/** A file this run compiled without usable cached data: its cache is to be written. */
export interface PendingCache {
  cacheFile: string;
  key: string;
  script: Script;
}

export function compileCache(options: {
  /** The plugin's dist/ directory: the files loaded are all in it. */
  distDir: string;
  /** Where this command's cache files live; undefined: compile without a cache. */
  cacheDir: string | undefined;
  /** `require` for everything that is not a file of dist/ (Node's builtins). */
  requireBuiltin: (id: string) => unknown;
  /** Loads io/compile-cache-writer.ts, when a run has a cache to write. */
  writer: () => { writeCompileCache: typeof writeCompileCache };
  /** Called once, when the first file without a usable cache is compiled: `save` has work then. */
  onPending?: () => void;
}): CompileCache {
  const { distDir, cacheDir, requireBuiltin } = options;
  const modules = new Map<string, { exports: unknown }>();
  // Node's require of a builtin refreshes the builtin's ES module view, name by name, on every
  // call: a bundle requires node:fs and node:path once per module that imports them.
  const builtins = new Map<string, unknown>();
  const requireOnce = (id: string): unknown => {
    if (!builtins.has(id)) builtins.set(id, requireBuiltin(id));
    return builtins.get(id);
  };
  const pending: PendingCache[] = [];
  // Files whose cache a failed run made: written again if this run succeeds. (No onPending: the
  // caller checks `usedPartial` once it knows the run succeeded, and a failed run, the one that
  // comes most often with such a cache, listens for nothing.)
  const partial: PendingCache[] = [];
  const usedPartial: string[] = [];
  const used: string[] = [];
  const made: string[] = [];

  const load = (file: string): unknown => {
    const known = modules.get(file);
    if (known) return known.exports;
    const { source, key } = readSource(file);
    // The cache mirrors dist/: dist/vendor/execa.cjs has <cacheDir>/vendor/execa.cjs.cache. (A
    // string test, not path.relative, whose first use costs more than the rest of this load.)
    const inDist = file.startsWith(`${distDir}/`) ? file.slice(distDir.length + 1) : undefined;
    const cacheFile = cacheDir && inDist ? `${cacheDir}/${inDist}.cache` : undefined;
    const cached = cacheFile ? readCache(cacheFile, key) : undefined;
    const script = new Script(wrapped(file, source), { filename: file, cachedData: cached?.data });
    if (cached && !script.cachedDataRejected) {
      used.push(inDist!);
      if (cached.partial) {
        usedPartial.push(inDist!);
        partial.push({ cacheFile: cacheFile!, key, script });
      }
    } else if (cacheFile && pending.push({ cacheFile, key, script }) === 1) options.onPending?.();
    const module = { exports: {} as unknown };
    modules.set(file, module);
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    if (typeof wrapper !== "function") throw notAsBuilt(file);
    const dir = file.slice(0, file.lastIndexOf("/"));
    const requireHere = (id: string) =>
      id.startsWith("./") || id.startsWith("../") ? load((requireOnce("node:path") as typeof import("node:path")).resolve(dir, id)) : requireOnce(id);
    try {
      wrapper.call(module.exports, module.exports, requireHere, module, file, dir);
    } catch (error) {
      // As Node's loader does: a file whose first run threw runs again when required again,
      // rather than handing out the half of its exports it made before the throw.
      modules.delete(file);
      throw error;
    }
    return module.exports;
  };

  const save = (succeeded: boolean) => {
    const toWrite = pending.splice(0);
    if (succeeded) toWrite.push(...partial.splice(0));
    if (!cacheDir || toWrite.length === 0) return;
    try {
      made.push(...options.writer().writeCompileCache({ distDir, cacheDir, pending: toWrite, partial: !succeeded }));
    } catch {
      // A cache that cannot be written (a full disk, a read-only plugin directory) is no cache.
    }
  };

  return { load, save, used, usedPartial, made };
}

/**
 * The files of dist/ come in Node's own CommonJS wrapper (build.ts), and V8 compiles the text as
 * read. A file that does not start and end with it (a line added above it, an editor's byte-order
 * mark) would define its module's function and never call it: a command, or the deploy gate,
 * doing nothing and exiting 0. Such a file is refused instead.
 */
function wrapped(file: string, source: string): string {
  const text = source.startsWith("\ufeff") ? source.slice(1) : source;
  if (!text.startsWith(WRAPPER) || !text.trimEnd().endsWith("})")) throw notAsBuilt(file);
  return text;
}

/** A file of dist/ that is not as build.ts wrote it: the message says how to put it right. */
export class NotAsBuiltError extends Error {}

function notAsBuilt(file: string): NotAsBuiltError {
  return new NotAsBuiltError(
    `${file} is not as the plugin's build made it (it must start with Node's CommonJS wrapper, ` +
      `and this one was edited or replaced). Reinstall the plugin: dokku plugin:update pegasus`,
  );
}

/** The source and its key, read through one descriptor so that both describe the same file. */
function readSource(file: string): { source: string; key: string } {
  const fd = openSync(file, "r");
  try {
    const stats = fstatSync(fd);
    const source = readFileSync(fd, "utf8");
    // mtime alone can be put back (`touch -d`, `cp -p` or `tar -x` over the file, which keep its
    // inode); ctime cannot, and any write, utimes or rename moves it.
    return { source, key: `${process.version} ${process.arch} ${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.dev}:${stats.ino}` };
  } finally {
    closeSync(fd);
  }
}

/** The end of a cache's first line when the run that made it failed (the module's comment). */
const PARTIAL = " partial";

/**
 * A cache file is its first line (`<key> <length>`, then ` partial` if a failed run made it), then
 * the data twice. V8 does not check its own checksum in release builds, and data with a few bytes
 * changed (a disk fault) crashed it in 11 of 12 trials: data whose two copies differ never reaches
 * it. Comparing them is a memcmp, where a checksum computed in JavaScript cost a millisecond of
 * every start.
 */
export function cacheFileContents(key: string, data: Buffer, partial: boolean): Buffer {
  return Buffer.concat([Buffer.from(`${key} ${data.length}${partial ? PARTIAL : ""}\n`), data, data]);
}

/** A key is a short line: anything longer is not one of ours (nor a line to spread into arguments). */
const MAX_KEY_LINE = 512;

/** What is compared of the second copy at a time (the first is read whole, for V8): below glibc's 128 KiB mmap threshold. */
const COMPARE_CHUNK = 64 * 1024;

/**
 * The cached data after the file's first line, if that line is `key`'s and both copies agree, and
 * whether a failed run made it.
 *
 * - Read through the descriptor calls that reading the bundle has already made Node compile:
 *   `readFileSync` to a Buffer, and Buffer's own indexOf, subarray and toString, would each be
 *   compiled from Node's source on this first and only use: 0.75 M instructions of a refused
 *   command's 14 (callgrind).
 * - The first copy is read whole, the second a chunk at a time into one small buffer, compared
 *   as it comes. The file read whole into one buffer (194 KB for pegasus:set, above glibc's mmap
 *   threshold) was 47 of the 170 page faults a refused command took beyond `node -e 0`, each a
 *   fresh page the kernel zeroes (2 us apiece on the bench's VM), and 0.25 ms of its start;
 *   buffers below the threshold reuse memory the process already has.
 */
function readCache(cacheFile: string, key: string): { data: Uint8Array; partial: boolean } | undefined {
  try {
    // Non-blocking: a FIFO put where a cache file goes reads as empty instead of waiting forever.
    const fd = openSync(cacheFile, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const size = fstatSync(fd).size;
      const head = new Uint8Array(Math.min(size, MAX_KEY_LINE + 1));
      const newline = head.subarray(0, readAt(fd, head, 0)).indexOf(10);
      if (newline < 0) return undefined;
      const length = (size - newline - 1) / 2;
      const line = String.fromCharCode(...head.subarray(0, newline));
      const whole = `${key} ${length}`;
      if (line !== whole && line !== `${whole}${PARTIAL}`) return undefined;
      const data = new Uint8Array(length);
      if (readAt(fd, data, newline + 1) !== length) return undefined;
      const chunk = new Uint8Array(Math.min(length, COMPARE_CHUNK));
      for (let offset = 0; offset < length; offset += chunk.length) {
        const part = chunk.subarray(0, Math.min(chunk.length, length - offset));
        if (readAt(fd, part, newline + 1 + length + offset) !== part.length) return undefined;
        if (Buffer.compare(part, data.subarray(offset, offset + part.length)) !== 0) return undefined;
      }
      return { data, partial: line !== whole };
    } finally {
      closeSync(fd);
    }
  } catch {
    // Any fault, a close that fails on a network filesystem included, is no cache.
    return undefined;
  }
}

/** Fills `into` from `position` on, or as much of it as the file holds; returns the bytes read. */
function readAt(fd: number, into: Uint8Array, position: number): number {
  let got = 0;
  for (let read = -1; got < into.length && read !== 0; got += read) read = readSync(fd, into, got, into.length - got, position + got);
  return got;
}
