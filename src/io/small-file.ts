import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";

/**
 * A small file of ours (a manifest, a lock, a state file), read synchronously: each is a few
 * hundred bytes, and an await of node:fs/promises is a thread-pool round trip that costs more
 * than the read. Opened non-blocking and checked before it is read, so that whatever took its
 * place cannot hang or flood the command: a FIFO or a directory fails with ENOTREG or EISDIR, a
 * file over `limit` bytes with EFBIG (a sparse file of gigabytes was read whole before).
 */
/** Far above any file of ours (a manifest is a few hundred bytes), far below what would strain memory. */
export const SMALL_FILE_LIMIT = 1024 * 1024;

export function readSmallFile(file: string, limit = SMALL_FILE_LIMIT): { text: string; mtimeMs: number } {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw Object.assign(new Error(`${file} is not a regular file`), { code: info.isDirectory() ? "EISDIR" : "ENOTREG" });
    if (info.size > limit) throw Object.assign(new Error(`${file} holds ${info.size} bytes, more than ${limit}`), { code: "EFBIG" });
    return { text: readFileSync(fd, "utf8"), mtimeMs: info.mtimeMs };
  } finally {
    closeSync(fd);
  }
}
