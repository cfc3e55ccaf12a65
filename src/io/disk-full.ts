import { statfs } from "node:fs/promises";
import { dirname } from "node:path";
import { formatBytes } from "../backup/id.js";
import { UserError } from "../errors.js";

/** A write that failed because the filesystem (ENOSPC) or the user's quota (EDQUOT) is full. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}

/**
 * The same for a `dokku` call that failed writing its own files (config:import writing the
 * app's ENV): its message carries the system's wording. Returns the error with its code set.
 */
export function diskFullInDokkuMessage(error: unknown): NodeJS.ErrnoException | undefined {
  const message = error instanceof Error ? error.message : "";
  if (/no space left on device|ENOSPC/i.test(message)) return Object.assign(new Error(message), { code: "ENOSPC" });
  if (/disk quota exceeded|EDQUOT/i.test(message)) return Object.assign(new Error(message), { code: "EDQUOT" });
  return undefined;
}

/**
 * The directory of the file a `dokku` call names in its full-disk message (Go's
 * `write <path>: no space left on device`), or undefined when it names none: where the ENV
 * file lives depends on the Dokku version (0.38 moved it under DOKKU_LIB_ROOT/config).
 */
export function dirInDokkuMessage(message: string): string | undefined {
  const file = /(\/[^\s:;]+): (?:no space left on device|disk quota exceeded)/i.exec(message)?.[1];
  return file ? dirname(file) : undefined;
}

export interface DiskFullContext {
  /** The directory that was being written. */
  dir: string;
  /** What was being written, e.g. "the backup of web". */
  what: string;
  /** Bytes the write needs free (a lower bound is fine; say so in `neededBasis`). */
  needed: number;
  neededBasis?: string;
  /** What the operator can do besides freeing space, e.g. lowering backup-keep. */
  advice?: string;
  /** What the failed write left, when it is not "nothing" (another program's write). */
  left?: string;
}

/** The free bytes for the dokku user in the filesystem holding `dir` (the nearest existing parent). */
export async function freeBytes(dir: string, probe: typeof statfs = statfs): Promise<number | undefined> {
  for (let current = dir; ; current = dirname(current)) {
    try {
      const stats = await probe(current);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      if (dirname(current) === current) return undefined;
    }
  }
}

/**
 * The message for a full disk: where, how much is free and needed, and what to do; exit 1.
 * It is a fact about the server, not a bug, so it never reaches main's "unexpected error".
 */
export async function diskFullError(error: unknown, where: DiskFullContext): Promise<UserError> {
  const free = await freeBytes(where.dir);
  const quota = (error as NodeJS.ErrnoException).code === "EDQUOT";
  const freeText = free === undefined ? "free space unknown" : `${formatBytes(free)} free`;
  const needed = `${formatBytes(where.needed)} needed${where.neededBasis ? ` (${where.neededBasis})` : ""}`;
  return new UserError(
    [
      quota
        ? `The disk quota of the dokku user is used up: writing ${where.what} to ${where.dir} failed (EDQUOT). ${needed}.`
        : `No space left on the disk holding ${where.dir}: writing ${where.what} failed (ENOSPC). ${freeText} there, ${needed}.`,
      `${where.left ?? "Nothing half-written was kept."} Free space on that filesystem${quota ? " or raise the quota" : ""} ` +
        `(${quota ? "`quota -u dokku`" : `\`df -h ${where.dir}\``} shows it; \`dokku cleanup\` removes unused containers and images)` +
        `${where.advice ? `, ${where.advice}` : ""}, then run this again.`,
    ].join("\n"),
  );
}

/** Runs `write`; a full disk becomes diskFullError, anything else passes through unchanged. */
export async function explainDiskFull<T>(where: DiskFullContext, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDiskFull(error)) throw await diskFullError(error, where);
    throw error;
  }
}

/**
 * Bytes a small file needs: its content rounded up to whole 4 KiB blocks, plus one block for
 * the temporary copy an atomic write makes beside it.
 */
export function smallFileNeeds(content: string | Buffer): number {
  const bytes = typeof content === "string" ? Buffer.byteLength(content) : content.length;
  return (Math.ceil(bytes / 4096) + 1) * 4096;
}
