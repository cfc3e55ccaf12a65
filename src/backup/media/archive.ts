/**
 * The media tar, streamed: written from the storage directories, re-read to verify, unpacked
 * for a restore. `tar` (npm) is loaded here with `await import()`, so only a backup or restore
 * that touches media pays for it. Memory stays at a few read windows whatever the archive size.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lchown, lstat, open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { archivePrefix, isUnderPrefix, type MediaMount } from "./plan.js";
import { UserError } from "../../errors.js";
import { isDiskFull } from "../../io/disk-full.js";

export interface MediaDigest {
  size: number;
  sha256: string;
  entries: number;
}

/** Tar's end-of-archive marker: two zero blocks. A file that lacks it was cut short. */
const END_MARKER_BYTES = 1024;

/**
 * Streams every mount's directory into `file` (created 0600; it must not exist), hashing and
 * counting entries as it goes, then fsyncs. Entries keep their uid, gid, mode and mtime;
 * symbolic links are stored as links, never followed.
 */
export async function writeMediaArchive(
  mounts: readonly MediaMount[],
  file: string,
  /** Told the bytes written so far, as they are written (for progress lines). */
  onBytes?: (written: number) => void,
): Promise<MediaDigest> {
  for (const mount of mounts) await requireDirectory(mount);
  const tar = await import("tar");
  let entries = 0;
  const pack = tar.create(
    {
      cwd: "/",
      portable: false,
      strict: true,
      // One file at a time, read 1 MiB at a time: tar's defaults (4 jobs, 16 MiB reads) let
      // memory grow with the archive when the disk writes slower than files are read.
      jobs: 1,
      maxReadSize: 1024 * 1024,
      onWriteEntry: () => {
        entries++;
      },
    },
    mounts.map(archivePrefix),
  );
  const hash = createHash("sha256");
  let size = 0;
  const handle = await open(file, "wx", 0o600);
  try {
    for await (const chunk of pack as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      await writeFully(handle, chunk);
      onBytes?.(size);
    }
    await handle.sync();
  } catch (error) {
    // A full disk goes up as it is: the backup's caller explains it with the space it needs.
    if (isDiskFull(error)) throw error;
    throw new UserError(`Archiving the media failed: ${describe(error)}. Nothing was kept; run the backup again`);
  } finally {
    await handle.close();
  }
  return { size, sha256: hash.digest("hex"), entries };
}

/** A mount whose host path is there but is not a directory (a symbolic link, a file). */
export function notADirectory(mount: MediaMount): UserError {
  return new UserError(
    `The storage mounted at ${mount.container_path} is ${mount.host_path}, which is not a directory (a symbolic link or a file): ` +
      "media backups and restores handle real directories only, never what a link points at. Nothing was changed. " +
      "Mount the directory itself (dokku storage:unmount, then dokku storage:mount), then run this again",
  );
}

async function requireDirectory(mount: MediaMount): Promise<void> {
  let isDirectory = false;
  try {
    const found = await lstat(mount.host_path);
    if (!found.isDirectory()) throw notADirectory(mount);
    isDirectory = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (!isDirectory) {
    throw new UserError(
      `The storage mounted at ${mount.container_path} should be the directory ${mount.host_path}, which does not exist. ` +
        `Create it (dokku storage:ensure-directory), or unmount it, then run this again`,
    );
  }
}

async function writeFully(handle: FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/**
 * Re-reads `file` end to end through tar's strict parser: every header checksum, every entry's
 * data to its last block, the end-of-archive marker, and the bytes' sha256. Returns what it
 * read; the caller compares it with what was written or recorded.
 */
export async function readMediaArchive(file: string): Promise<MediaDigest> {
  const tar = await import("tar");
  let entries = 0;
  const parser = new tar.Parser({
    strict: true,
    onReadEntry: (entry) => {
      entries++;
      entry.resume();
    },
  });
  const { size, sha256, tail } = await feed(file, parser, "end");
  if (size < END_MARKER_BYTES || size % 512 !== 0 || tail.some((byte) => byte !== 0)) {
    throw new MediaArchiveError("it does not end with tar's end-of-archive marker (cut short?)");
  }
  return { size, sha256, entries };
}

/**
 * Unpacks the entries of one mount (`mount`'s prefix) from `file` into `into`, which must be an
 * empty directory beside the live one. Owners are kept when running as root (tar's default);
 * modes are applied exactly. Returns the sha256 of the bytes read, for the caller to compare,
 * and the uid the archive recorded for the mount's own directory.
 */
export async function extractMediaMount(file: string, mount: MediaMount, into: string): Promise<{ sha256: string; ownerUid?: number }> {
  const tar = await import("tar");
  const prefix = archivePrefix(mount);
  let ownerUid: number | undefined;
  // tar gives files and directories their owners but not symbolic links; as root we do.
  const asRoot = process.getuid?.() === 0;
  const links: { path: string; uid: number; gid: number }[] = [];
  const unpack = new tar.Unpack({
    cwd: into,
    strict: true,
    chmod: true,
    filter: (entryPath, entry) => {
      const mine = isUnderPrefix(entryPath, prefix);
      if (mine && "uid" in entry) {
        if (entryPath.replace(/\/+$/, "") === prefix) ownerUid = entry.uid;
        if (asRoot && "type" in entry && entry.type === "SymbolicLink" && entry.uid !== undefined && entry.gid !== undefined) {
          links.push({ path: entryPath, uid: entry.uid, gid: entry.gid });
        }
      }
      return mine;
    },
  });
  const { sha256 } = await feed(file, unpack, "close");
  for (const link of links) await lchown(join(into, link.path), link.uid, link.gid);
  return { sha256, ownerUid };
}

export class MediaArchiveError extends Error {}

interface TarSink {
  write(chunk: Buffer): boolean;
  end(): unknown;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  once(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** Feeds `file` into a tar parser with backpressure, hashing the bytes and keeping the last KiB. */
async function feed(file: string, sink: TarSink, doneEvent: "end" | "close"): Promise<{ size: number; sha256: string; tail: Buffer }> {
  const hash = createHash("sha256");
  let size = 0;
  let tail: Buffer = Buffer.alloc(0);
  const input = createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    // tar's own findings (TAR_BAD_ARCHIVE, TAR_ENTRY_INVALID...) mean a damaged archive;
    // anything else (EACCES, ENOSPC) is the file system's, passed on as it is.
    let failure: unknown;
    const fail = (error: unknown) => {
      if (failure !== undefined) return;
      failure = error;
      input.destroy();
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      const settled = () => reject(typeof code === "string" && code.startsWith("TAR_") ? new MediaArchiveError(describe(error)) : error);
      // A strict Unpack reports a bad entry and carries on with the writes already under way:
      // rejecting now would let the caller remove the directory while tar still creates files
      // in it (the removal fails, or the files reappear with no marker saying they are ours).
      // Ended, it finishes those writes and then says so.
      sink.once("end", settled);
      sink.once("close", settled);
      sink.end();
    };
    input.on("data", (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      tail = chunk.length >= END_MARKER_BYTES ? chunk.subarray(chunk.length - END_MARKER_BYTES) : Buffer.concat([tail, chunk]).subarray(-END_MARKER_BYTES);
      if (!sink.write(chunk)) {
        input.pause();
        sink.once("drain", () => input.resume());
      }
    });
    input.on("end", () => sink.end());
    input.on("error", fail);
    sink.on("error", fail);
    sink.on(doneEvent, () => {
      if (failure === undefined) resolve();
    });
  });
  return { size, sha256: hash.digest("hex"), tail };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = (error as { path?: string }).path;
    return `${error.message}${where && !error.message.includes(where) ? ` (${where})` : ""}${code && !error.message.includes(code) ? ` [${code}]` : ""}`;
  }
  return String(error);
}
