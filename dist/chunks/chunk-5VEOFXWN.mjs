import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/backup/pg-archive.ts
var ArchiveError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "ArchiveError";
  }
};
var MIN_VERSION = version(1, 12, 0);
var MAX_VERSION = version(1, 16, 255);
var K_VERS_1_3 = version(1, 3, 0);
var K_VERS_1_4 = version(1, 4, 0);
var K_VERS_1_5 = version(1, 5, 0);
var K_VERS_1_6 = version(1, 6, 0);
var K_VERS_1_7 = version(1, 7, 0);
var K_VERS_1_8 = version(1, 8, 0);
var K_VERS_1_9 = version(1, 9, 0);
var K_VERS_1_10 = version(1, 10, 0);
var K_VERS_1_11 = version(1, 11, 0);
var K_VERS_1_14 = version(1, 14, 0);
var K_VERS_1_15 = version(1, 15, 0);
var K_VERS_1_16 = version(1, 16, 0);
var ARCH_CUSTOM = 1;
var K_OFFSET_POS_NOT_SET = 1;
var K_OFFSET_POS_SET = 2;
var K_OFFSET_NO_DATA = 3;
var BLK_DATA = 1;
var BLK_BLOBS = 3;
var COMPRESSION = { 0: "none", 1: "gzip", 2: "lz4", 3: "zstd" };
function version(major, minor, rev) {
  return (major * 256 + minor) * 256 + rev;
}
async function verifyArchive(reader, options = {}) {
  const cursor = new Cursor(reader, options.windowSize ?? 1 << 20);
  const magic = await cursor.bytes(5, "the file header");
  if (Buffer.from(magic).toString("latin1") !== "PGDMP") {
    throw new ArchiveError("not a PostgreSQL custom-format archive (no PGDMP header)", 0);
  }
  const major = await cursor.byte("the archive version");
  const minor = await cursor.byte("the archive version");
  const rev = major > 1 || major === 1 && minor > 0 ? await cursor.byte("the archive version") : 0;
  const archiveVersion = version(major, minor, rev);
  if (archiveVersion < MIN_VERSION || archiveVersion > MAX_VERSION) {
    throw new ArchiveError(
      `archive format ${major}.${minor} is not supported (pg_dump 9.0 to 18 write 1.12 to 1.16)`,
      5
    );
  }
  const intSize = await cursor.byte("the header");
  if (intSize < 1 || intSize > 8) throw new ArchiveError(`implausible integer size ${intSize} in the header`, cursor.position - 1);
  const offSize = archiveVersion >= K_VERS_1_7 ? await cursor.byte("the header") : intSize;
  if (offSize < 1 || offSize > 8) throw new ArchiveError(`implausible offset size ${offSize} in the header`, cursor.position - 1);
  cursor.intSize = intSize;
  const format = await cursor.byte("the header");
  if (format !== ARCH_CUSTOM) {
    throw new ArchiveError(`archive format ${format} is not the custom format (pg_dump -Fc)`, cursor.position - 1);
  }
  let compression;
  if (archiveVersion >= K_VERS_1_15) {
    const algorithm = await cursor.byte("the header");
    const known = COMPRESSION[algorithm];
    if (!known) throw new ArchiveError(`unknown compression algorithm ${algorithm}`, cursor.position - 1);
    compression = known;
  } else {
    compression = await cursor.int("the header") !== 0 ? "gzip" : "none";
  }
  if (archiveVersion >= K_VERS_1_4) {
    for (let field = 0; field < 7; field++) await cursor.int("the creation date");
  }
  const database = archiveVersion >= K_VERS_1_4 ? await cursor.string("the header") ?? "" : "";
  let serverVersion = "";
  let dumpVersion = "";
  if (archiveVersion >= K_VERS_1_10) {
    serverVersion = await cursor.string("the header") ?? "";
    dumpVersion = await cursor.string("the header") ?? "";
  }
  const tocEntries = await cursor.int("the table of contents");
  if (tocEntries < 0) throw new ArchiveError(`negative TOC entry count ${tocEntries}`, cursor.position);
  const withData = /* @__PURE__ */ new Map();
  for (let index = 0; index < tocEntries; index++) {
    const where = `TOC entry ${index + 1} of ${tocEntries}`;
    const start = cursor.position;
    const dumpId = await cursor.int(where);
    if (dumpId <= 0) throw new ArchiveError(`${where} has dump id ${dumpId}: the table of contents is corrupt`, start);
    await cursor.int(where);
    if (archiveVersion >= K_VERS_1_8) await cursor.skipString(where);
    await cursor.skipString(where);
    const tag = await cursor.string(where) ?? "";
    const desc = await cursor.string(where) ?? "";
    if (archiveVersion >= K_VERS_1_11) await cursor.int(where);
    await cursor.skipString(where);
    await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_3) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_6) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_10) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_14) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_16) await cursor.int(where);
    await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_9) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_5) {
      while (await cursor.skipString(where)) {
      }
    }
    const flagAt = cursor.position;
    const flag = await cursor.byte(where);
    let offset = 0;
    for (let byte = 0; byte < offSize; byte++) offset += await cursor.byte(where) * 2 ** (8 * byte);
    if (flag !== K_OFFSET_POS_NOT_SET && flag !== K_OFFSET_POS_SET && flag !== K_OFFSET_NO_DATA) {
      throw new ArchiveError(`${where} has an unknown data offset flag ${flag}`, flagAt);
    }
    if (flag === K_OFFSET_NO_DATA) continue;
    if (withData.has(dumpId)) throw new ArchiveError(`${where} repeats dump id ${dumpId}`, start);
    withData.set(dumpId, {
      label: `${desc} ${tag}`.trim() + ` (dump id ${dumpId})`,
      offset: flag === K_OFFSET_POS_SET ? offset : void 0,
      found: false
    });
  }
  let dataBlocks = 0;
  let largeObjects = 0;
  while (!cursor.atEnd()) {
    const blockAt = cursor.position;
    const type = await cursor.byte("a data block header");
    const id = await cursor.int("a data block header");
    const entry = withData.get(id);
    if (!entry) throw new ArchiveError(`data block for dump id ${id}, which has no data in the table of contents`, blockAt);
    if (entry.found) throw new ArchiveError(`a second data block for ${entry.label}`, blockAt);
    if (entry.offset !== void 0 && entry.offset !== blockAt) {
      throw new ArchiveError(`the data of ${entry.label} is at byte ${blockAt}, the table of contents says ${entry.offset}`, blockAt);
    }
    if (type === BLK_DATA) {
      await cursor.skipChunks(`the data of ${entry.label}`);
    } else if (type === BLK_BLOBS) {
      for (; ; ) {
        const oid = await cursor.int(`the large objects of ${entry.label}`);
        if (oid === 0) break;
        await cursor.skipChunks(`large object ${oid >>> 0} of ${entry.label}`);
        largeObjects++;
      }
    } else {
      throw new ArchiveError(`unknown data block type ${type} for ${entry.label}`, blockAt);
    }
    entry.found = true;
    dataBlocks++;
  }
  for (const entry of withData.values()) {
    if (!entry.found) {
      throw new ArchiveError(`the archive ends before the data of ${entry.label}`, cursor.position);
    }
  }
  return {
    archiveVersion: `${major}.${minor}`,
    serverVersion: /^\d+(?:\.\d+)*/.exec(serverVersion)?.[0] ?? serverVersion,
    serverVersionString: serverVersion,
    dumpVersion,
    database,
    compression,
    intSize,
    offSize,
    tocEntries,
    dataBlocks,
    largeObjects,
    size: reader.size
  };
}
var Cursor = class {
  constructor(reader, windowSize) {
    this.reader = reader;
    this.windowSize = windowSize;
  }
  position = 0;
  intSize = 4;
  window = new Uint8Array(0);
  windowStart = 0;
  atEnd() {
    return this.position >= this.reader.size;
  }
  truncated(what) {
    return new ArchiveError(`the archive ends at byte ${this.reader.size}, inside ${what}`, this.reader.size);
  }
  /** Makes `length` bytes from the current position available in the window. */
  async fill(length, what) {
    const offset = this.position - this.windowStart;
    if (offset >= 0 && offset + length <= this.window.length) return;
    if (this.position + length > this.reader.size) throw this.truncated(what);
    const want = Math.max(length, Math.min(this.windowSize, this.reader.size - this.position));
    this.window = await this.reader.read(this.position, want);
    this.windowStart = this.position;
    if (this.window.length < length) throw this.truncated(what);
  }
  async byte(what) {
    await this.fill(1, what);
    const value = this.window[this.position - this.windowStart];
    this.position += 1;
    return value;
  }
  async bytes(length, what) {
    await this.fill(length, what);
    const start = this.position - this.windowStart;
    this.position += length;
    return this.window.subarray(start, start + length);
  }
  skip(length, what) {
    if (this.position + length > this.reader.size) {
      this.position = this.reader.size;
      throw this.truncated(what);
    }
    this.position += length;
  }
  /** ReadInt: a sign byte, then `intSize` bytes, least significant first. */
  async int(what) {
    const bytes = await this.bytes(1 + this.intSize, what);
    let value = 0;
    for (let index = 1; index < bytes.length; index++) value += bytes[index] * 2 ** (8 * (index - 1));
    if (!Number.isSafeInteger(value)) throw new ArchiveError(`an integer too large in ${what}`, this.position - bytes.length);
    return bytes[0] ? -value : value;
  }
  /** ReadStr: a length (negative for NULL), then that many bytes. Returns null for NULL. */
  async string(what) {
    const length = await this.int(what);
    if (length < 0) return null;
    if (length > this.windowSize) {
      this.skip(length, what);
      return "";
    }
    return Buffer.from(await this.bytes(length, what)).toString("utf8");
  }
  /** Like `string` without keeping it; returns false for NULL. */
  async skipString(what) {
    const length = await this.int(what);
    if (length < 0) return false;
    this.skip(length, what);
    return true;
  }
  /** A block's chunks: `length, bytes` repeated, closed by a zero length. */
  async skipChunks(what) {
    for (; ; ) {
      const at = this.position;
      const length = await this.int(what);
      if (length === 0) return;
      if (length < 0) throw new ArchiveError(`negative chunk length ${length} in ${what}`, at);
      this.skip(length, what);
    }
  }
};

// src/backup/archive-file.ts
import { open } from "node:fs/promises";
async function verifyArchiveFile(file) {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    let buffer = Buffer.allocUnsafe(0);
    const reader = {
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
      }
    };
    return await verifyArchive(reader);
  } finally {
    await handle.close();
  }
}

export {
  ArchiveError,
  verifyArchiveFile
};
