/**
 * A structural check of a PostgreSQL custom-format archive (`pg_dump -Fc`), written from
 * PostgreSQL's own reader: pg_backup_archiver.c (`ReadHead`, `ReadToc`, `ReadInt`, `ReadStr`,
 * `ReadOffset`) and pg_backup_custom.c (`_ReadExtraToc`, `_readBlockHeader`, `_PrintData`,
 * `_LoadLOs`, `_CloseArchive`). The Dokku host has no PostgreSQL tools, so this is what
 * decides whether a backup is whole.
 *
 * Layout: header; table of contents (one entry per object, each saying whether it has data);
 * then one data block per entry with data, each a sequence of length-prefixed chunks closed by
 * a zero length (large-object blocks: `oid, chunks…, 0` repeated, closed by oid 0). pg_dump
 * writes nothing after the last block, so a file that ends anywhere else was cut short, which
 * is how a truncated export that still exited 0 (dokku-postgres issue #274) is caught.
 *
 * Chunk payloads are skipped, not read, so memory stays flat whatever the archive's size.
 * Compressed payloads are not inflated: the sha256 recorded beside the file covers their bytes.
 */

/**
 * Random access to the archive; `read` returns fewer bytes than asked only at the end, and
 * may reuse its buffer: the bytes of one read are valid until the next.
 */
export interface ArchiveReader {
  readonly size: number;
  read(position: number, length: number): Promise<Uint8Array>;
}

export type ArchiveCompression = "none" | "gzip" | "lz4" | "zstd";

export interface ArchiveSummary {
  /** e.g. "1.14" (the archive format version, not PostgreSQL's). */
  archiveVersion: string;
  /** The server the dump was taken from, e.g. "15.18"; "" for archives older than 1.10. */
  serverVersion: string;
  /** As the header has it, e.g. "15.18 (Debian 15.18-0+deb12u1)". */
  serverVersionString: string;
  /** The pg_dump that wrote it, e.g. "15.18 (Debian 15.18-0+deb12u1)". */
  dumpVersion: string;
  database: string;
  compression: ArchiveCompression;
  intSize: number;
  offSize: number;
  /** Entries in the table of contents (what `pg_restore --list` reports as "TOC Entries"). */
  tocEntries: number;
  /** Data blocks found, one per TOC entry that has data. */
  dataBlocks: number;
  /** Large objects inside BLOBS blocks. */
  largeObjects: number;
  /** Bytes in the file, which ends exactly after the last data block. */
  size: number;
}

export class ArchiveError extends Error {
  constructor(
    message: string,
    /** Byte offset where the problem was found. */
    readonly offset: number,
  ) {
    super(message);
    this.name = "ArchiveError";
  }
}

// pg_backup_archiver.h
const MIN_VERSION = version(1, 12, 0);
const MAX_VERSION = version(1, 16, 255);
const K_VERS_1_3 = version(1, 3, 0);
const K_VERS_1_4 = version(1, 4, 0);
const K_VERS_1_5 = version(1, 5, 0);
const K_VERS_1_6 = version(1, 6, 0);
const K_VERS_1_7 = version(1, 7, 0);
const K_VERS_1_8 = version(1, 8, 0);
const K_VERS_1_9 = version(1, 9, 0);
const K_VERS_1_10 = version(1, 10, 0);
const K_VERS_1_11 = version(1, 11, 0);
const K_VERS_1_14 = version(1, 14, 0);
const K_VERS_1_15 = version(1, 15, 0);
const K_VERS_1_16 = version(1, 16, 0);

const ARCH_CUSTOM = 1;
const K_OFFSET_POS_NOT_SET = 1;
const K_OFFSET_POS_SET = 2;
const K_OFFSET_NO_DATA = 3;
// pg_backup_custom.c
const BLK_DATA = 1;
const BLK_BLOBS = 3;

const COMPRESSION: Record<number, ArchiveCompression> = { 0: "none", 1: "gzip", 2: "lz4", 3: "zstd" };

function version(major: number, minor: number, rev: number): number {
  return (major * 256 + minor) * 256 + rev;
}

interface DataEntry {
  label: string;
  /** Where the TOC says the block starts, when pg_dump could seek back and record it. */
  offset?: number;
  found: boolean;
}

/** Reads the archive front to back and throws ArchiveError at the first thing out of place. */
export async function verifyArchive(reader: ArchiveReader, options: { windowSize?: number } = {}): Promise<ArchiveSummary> {
  const cursor = new Cursor(reader, options.windowSize ?? 1 << 20);

  // Header (ReadHead)
  const magic = await cursor.bytes(5, "the file header");
  if (Buffer.from(magic).toString("latin1") !== "PGDMP") {
    throw new ArchiveError("not a PostgreSQL custom-format archive (no PGDMP header)", 0);
  }
  const major = await cursor.byte("the archive version");
  const minor = await cursor.byte("the archive version");
  const rev = major > 1 || (major === 1 && minor > 0) ? await cursor.byte("the archive version") : 0;
  const archiveVersion = version(major, minor, rev);
  if (archiveVersion < MIN_VERSION || archiveVersion > MAX_VERSION) {
    throw new ArchiveError(
      `archive format ${major}.${minor} is not supported (pg_dump 9.0 to 18 write 1.12 to 1.16)`,
      5,
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
  let compression: ArchiveCompression;
  if (archiveVersion >= K_VERS_1_15) {
    const algorithm = await cursor.byte("the header");
    const known = COMPRESSION[algorithm];
    if (!known) throw new ArchiveError(`unknown compression algorithm ${algorithm}`, cursor.position - 1);
    compression = known;
  } else {
    compression = (await cursor.int("the header")) !== 0 ? "gzip" : "none";
  }
  if (archiveVersion >= K_VERS_1_4) {
    for (let field = 0; field < 7; field++) await cursor.int("the creation date");
  }
  const database = archiveVersion >= K_VERS_1_4 ? ((await cursor.string("the header")) ?? "") : "";
  let serverVersion = "";
  let dumpVersion = "";
  if (archiveVersion >= K_VERS_1_10) {
    serverVersion = (await cursor.string("the header")) ?? "";
    dumpVersion = (await cursor.string("the header")) ?? "";
  }

  // Table of contents (ReadToc, _ReadExtraToc)
  const tocEntries = await cursor.int("the table of contents");
  if (tocEntries < 0) throw new ArchiveError(`negative TOC entry count ${tocEntries}`, cursor.position);
  const withData = new Map<number, DataEntry>();
  for (let index = 0; index < tocEntries; index++) {
    const where = `TOC entry ${index + 1} of ${tocEntries}`;
    const start = cursor.position;
    const dumpId = await cursor.int(where);
    if (dumpId <= 0) throw new ArchiveError(`${where} has dump id ${dumpId}: the table of contents is corrupt`, start);
    await cursor.int(where); // hadDumper
    if (archiveVersion >= K_VERS_1_8) await cursor.skipString(where); // tableoid
    await cursor.skipString(where); // oid
    const tag = (await cursor.string(where)) ?? "";
    const desc = (await cursor.string(where)) ?? "";
    if (archiveVersion >= K_VERS_1_11) await cursor.int(where); // section
    await cursor.skipString(where); // defn
    await cursor.skipString(where); // dropStmt
    if (archiveVersion >= K_VERS_1_3) await cursor.skipString(where); // copyStmt
    if (archiveVersion >= K_VERS_1_6) await cursor.skipString(where); // namespace
    if (archiveVersion >= K_VERS_1_10) await cursor.skipString(where); // tablespace
    if (archiveVersion >= K_VERS_1_14) await cursor.skipString(where); // tableam
    if (archiveVersion >= K_VERS_1_16) await cursor.int(where); // relkind
    await cursor.skipString(where); // owner
    if (archiveVersion >= K_VERS_1_9) await cursor.skipString(where); // with oids
    if (archiveVersion >= K_VERS_1_5) {
      while (await cursor.skipString(where)) {
        // dependencies, a list closed by a null string
      }
    }
    // archiveVersion >= 1.7 always holds here (MIN_VERSION is 1.12): a flag byte, then the offset.
    const flagAt = cursor.position;
    const flag = await cursor.byte(where);
    let offset = 0;
    for (let byte = 0; byte < offSize; byte++) offset += (await cursor.byte(where)) * 2 ** (8 * byte);
    if (flag !== K_OFFSET_POS_NOT_SET && flag !== K_OFFSET_POS_SET && flag !== K_OFFSET_NO_DATA) {
      throw new ArchiveError(`${where} has an unknown data offset flag ${flag}`, flagAt);
    }
    if (flag === K_OFFSET_NO_DATA) continue;
    if (withData.has(dumpId)) throw new ArchiveError(`${where} repeats dump id ${dumpId}`, start);
    withData.set(dumpId, {
      label: `${desc} ${tag}`.trim() + ` (dump id ${dumpId})`,
      offset: flag === K_OFFSET_POS_SET ? offset : undefined,
      found: false,
    });
  }

  // Data blocks (_readBlockHeader, _PrintData / _skipData, _LoadLOs / _skipLOs)
  let dataBlocks = 0;
  let largeObjects = 0;
  while (!cursor.atEnd()) {
    const blockAt = cursor.position;
    const type = await cursor.byte("a data block header");
    const id = await cursor.int("a data block header");
    const entry = withData.get(id);
    if (!entry) throw new ArchiveError(`data block for dump id ${id}, which has no data in the table of contents`, blockAt);
    if (entry.found) throw new ArchiveError(`a second data block for ${entry.label}`, blockAt);
    if (entry.offset !== undefined && entry.offset !== blockAt) {
      throw new ArchiveError(`the data of ${entry.label} is at byte ${blockAt}, the table of contents says ${entry.offset}`, blockAt);
    }
    if (type === BLK_DATA) {
      await cursor.skipChunks(`the data of ${entry.label}`);
    } else if (type === BLK_BLOBS) {
      for (;;) {
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
    size: reader.size,
  };
}

/** A forward cursor over an ArchiveReader with one read-ahead window; skips are free. */
class Cursor {
  position = 0;
  intSize = 4;
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;

  constructor(
    private readonly reader: ArchiveReader,
    private readonly windowSize: number,
  ) {}

  atEnd(): boolean {
    return this.position >= this.reader.size;
  }

  private truncated(what: string): ArchiveError {
    return new ArchiveError(`the archive ends at byte ${this.reader.size}, inside ${what}`, this.reader.size);
  }

  /** Makes `length` bytes from the current position available in the window. */
  private async fill(length: number, what: string): Promise<void> {
    const offset = this.position - this.windowStart;
    if (offset >= 0 && offset + length <= this.window.length) return;
    if (this.position + length > this.reader.size) throw this.truncated(what);
    const want = Math.max(length, Math.min(this.windowSize, this.reader.size - this.position));
    this.window = await this.reader.read(this.position, want);
    this.windowStart = this.position;
    if (this.window.length < length) throw this.truncated(what);
  }

  async byte(what: string): Promise<number> {
    await this.fill(1, what);
    const value = this.window[this.position - this.windowStart]!;
    this.position += 1;
    return value;
  }

  async bytes(length: number, what: string): Promise<Uint8Array> {
    await this.fill(length, what);
    const start = this.position - this.windowStart;
    this.position += length;
    return this.window.subarray(start, start + length);
  }

  skip(length: number, what: string): void {
    if (this.position + length > this.reader.size) {
      this.position = this.reader.size;
      throw this.truncated(what);
    }
    this.position += length;
  }

  /** ReadInt: a sign byte, then `intSize` bytes, least significant first. */
  async int(what: string): Promise<number> {
    const bytes = await this.bytes(1 + this.intSize, what);
    let value = 0;
    for (let index = 1; index < bytes.length; index++) value += bytes[index]! * 2 ** (8 * (index - 1));
    if (!Number.isSafeInteger(value)) throw new ArchiveError(`an integer too large in ${what}`, this.position - bytes.length);
    return bytes[0] ? -value : value;
  }

  /** ReadStr: a length (negative for NULL), then that many bytes. Returns null for NULL. */
  async string(what: string): Promise<string | null> {
    const length = await this.int(what);
    if (length < 0) return null;
    if (length > this.windowSize) {
      this.skip(length, what);
      return "";
    }
    return Buffer.from(await this.bytes(length, what)).toString("utf8");
  }

  /** Like `string` without keeping it; returns false for NULL. */
  async skipString(what: string): Promise<boolean> {
    const length = await this.int(what);
    if (length < 0) return false;
    this.skip(length, what);
    return true;
  }

  /** A block's chunks: `length, bytes` repeated, closed by a zero length. */
  async skipChunks(what: string): Promise<void> {
    for (;;) {
      const at = this.position;
      const length = await this.int(what);
      if (length === 0) return;
      if (length < 0) throw new ArchiveError(`negative chunk length ${length} in ${what}`, at);
      this.skip(length, what);
    }
  }
}

/** An ArchiveReader over bytes in memory (tests, small archives). */
export function bufferReader(bytes: Uint8Array): ArchiveReader {
  return {
    size: bytes.length,
    async read(position, length) {
      return bytes.subarray(position, Math.min(bytes.length, position + length));
    },
  };
}
