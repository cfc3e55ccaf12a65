import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { verifyArchive, type ArchiveReader, type ArchiveSummary } from "./pg-archive.js";

/** The size and sha256 of what `file` holds now, read once as a stream (a manifest names both). */
export async function fileDigest(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest("hex") };
}

/** Verifies the archive at `file` through one FileHandle; memory stays at one read window. */
export async function verifyArchiveFile(file: string): Promise<ArchiveSummary> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    // One buffer for every read: the verifier is done with a window before it asks for the
    // next, and reusing it keeps a multi-GB check from leaving a trail of garbage windows.
    let buffer = Buffer.allocUnsafe(0);
    const reader: ArchiveReader = {
      size,
      async read(position, length) {
        if (buffer.length < length) buffer = Buffer.allocUnsafe(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      },
    };
    return await verifyArchive(reader);
  } finally {
    await handle.close();
  }
}
