/**
 * Keeps V8's young generation at its starting size, for the commands that stream backups
 * (src/registry.ts marks them `streamsBackups`). src/plugin.ts calls this before it compiles
 * the command's bundle: the flag must be set before the first collections, and V8 counts flags
 * in the key of its code cache (io/compile-cache.ts), so one set halfway through a run would
 * have every later start refuse the cache that run saved. node:v8 is passed in, so that it
 * loads only here: every other start is spared its 20 M instructions.
 *
 * A backup or an upload streams 64 KiB chunks, each a fresh buffer (read from disk, then age's
 * ciphertext) that is dead as soon as it is copied on. V8 frees such buffers only when it
 * collects its young generation; it lets them reach 32 MiB before it does so for their sake,
 * and as the young generation grows (up to 3 x 16 MiB) its own collections come rarer still.
 * Kept at its starting size it is collected every megabyte or so and the dead chunks go with
 * it: an upload of 300 MiB peaks at 98 to 109 MiB of RSS instead of 123 to 127, at no cost in
 * throughput (collecting a 1 MiB young generation takes well under a millisecond). It concerns
 * only this short-lived process. An environment variable or a node option would do the same,
 * but the shims that start us stay three lines.
 */
export function keepYoungGenerationSmall(v8: Pick<typeof import("node:v8"), "setFlagsFromString">): void {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}
