/**
 * Writes PostgreSQL custom-format archives the way pg_dump does (pg_backup_archiver.c
 * WriteHead/WriteToc, pg_backup_custom.c _StartData/_EndData/_StartLOs), so unit tests can
 * feed the verifier every archive version without a PostgreSQL server.
 */

export interface FakeEntry {
  dumpId: number;
  desc: string;
  tag: string;
  /** Chunks of the data block; absent = no data (K_OFFSET_NO_DATA). */
  data?: Buffer[];
  /** Large objects (a BLOBS entry): oid → chunks. */
  blobs?: { oid: number; chunks: Buffer[] }[];
}

export interface FakeArchiveOptions {
  minor?: number;
  intSize?: number;
  offSize?: number;
  compression?: number;
  serverVersion?: string;
  /** Record block offsets in the TOC, as pg_dump does when its output is seekable. */
  seekable?: boolean;
}

class Writer {
  parts: Buffer[] = [];
  length = 0;
  constructor(readonly intSize: number) {}
  raw(bytes: Buffer) {
    this.parts.push(bytes);
    this.length += bytes.length;
  }
  byte(value: number) {
    this.raw(Buffer.from([value & 0xff]));
  }
  int(value: number) {
    const bytes = Buffer.alloc(1 + this.intSize);
    bytes[0] = value < 0 ? 1 : 0;
    let magnitude = Math.abs(value);
    for (let index = 1; index <= this.intSize; index++) {
      bytes[index] = magnitude & 0xff;
      magnitude = Math.floor(magnitude / 256);
    }
    this.raw(bytes);
  }
  str(value: string | null) {
    if (value === null) return this.int(-1);
    const bytes = Buffer.from(value, "utf8");
    this.int(bytes.length);
    this.raw(bytes);
  }
  offset(flag: number, position: number, size: number) {
    this.byte(flag);
    let rest = position;
    for (let index = 0; index < size; index++) {
      this.byte(rest & 0xff);
      rest = Math.floor(rest / 256);
    }
  }
  build(): Buffer {
    return Buffer.concat(this.parts);
  }
}

export function writeFakeArchive(entries: FakeEntry[], options: FakeArchiveOptions = {}): Buffer {
  const minor = options.minor ?? 14;
  const intSize = options.intSize ?? 4;
  const offSize = options.offSize ?? 8;
  const hasData = (entry: FakeEntry) => entry.data !== undefined || entry.blobs !== undefined;

  const writeData = (writer: Writer, offsets: Map<number, number>) => {
    for (const entry of entries) {
      if (!hasData(entry)) continue;
      offsets.set(entry.dumpId, writer.length);
      writer.byte(entry.blobs ? 3 : 1);
      writer.int(entry.dumpId);
      if (entry.blobs) {
        for (const blob of entry.blobs) {
          writer.int(blob.oid);
          for (const chunk of blob.chunks) {
            writer.int(chunk.length);
            writer.raw(chunk);
          }
          writer.int(0);
        }
        writer.int(0);
      } else {
        for (const chunk of entry.data ?? []) {
          writer.int(chunk.length);
          writer.raw(chunk);
        }
        writer.int(0);
      }
    }
  };

  const writeAll = (offsets: Map<number, number> | undefined) => {
    const writer = new Writer(intSize);
    writer.raw(Buffer.from("PGDMP"));
    writer.byte(1);
    writer.byte(minor);
    writer.byte(0);
    writer.byte(intSize);
    writer.byte(offSize);
    writer.byte(1); // archCustom
    if (minor >= 15) writer.byte(options.compression ?? 0);
    else writer.int(options.compression ?? 0);
    for (const value of [2, 1, 7, 26, 10, 126, 0]) writer.int(value);
    writer.str("fixture");
    writer.str(options.serverVersion ?? "15.18 (Debian 15.18-0+deb12u1)");
    writer.str("15.18 (Debian 15.18-0+deb12u1)");
    writer.int(entries.length);
    for (const entry of entries) {
      writer.int(entry.dumpId);
      writer.int(hasData(entry) ? 1 : 0);
      writer.str("0");
      writer.str(String(16000 + entry.dumpId));
      writer.str(entry.tag);
      writer.str(entry.desc);
      writer.int(hasData(entry) ? 2 : 1);
      writer.str(hasData(entry) ? "" : `CREATE ${entry.desc} ${entry.tag};\n`);
      writer.str("");
      writer.str(entry.data ? `COPY public.${entry.tag} (id) FROM stdin;\n` : "");
      writer.str("public");
      writer.str("");
      if (minor >= 14) writer.str(entry.desc === "TABLE" ? "heap" : "");
      if (minor >= 16) writer.int(entry.desc === "TABLE" ? 114 : 0);
      writer.str("postgres");
      writer.str("false");
      if (entry.dumpId > 1) writer.str(String(entry.dumpId - 1));
      writer.str(null);
      const offset = offsets?.get(entry.dumpId);
      if (!hasData(entry)) writer.offset(3, 0, offSize);
      else if (offset !== undefined) writer.offset(2, offset, offSize);
      else writer.offset(1, 0, offSize);
    }
    const found = new Map<number, number>();
    writeData(writer, found);
    return { archive: writer.build(), found };
  };

  const first = writeAll(undefined);
  // pg_dump rewrites the TOC in place once it knows where each block went; same length.
  return options.seekable ? writeAll(first.found).archive : first.archive;
}

/** A small schema with two tables' data, an empty table and two large objects. */
export function sampleEntries(): FakeEntry[] {
  return [
    { dumpId: 1, desc: "ENCODING", tag: "ENCODING" },
    { dumpId: 2, desc: "TABLE", tag: "users" },
    { dumpId: 3, desc: "TABLE", tag: "empty" },
    { dumpId: 4, desc: "TABLE DATA", tag: "users", data: [Buffer.from("1\ta@example.com\n"), Buffer.from("2\tb@example.com\n")] },
    { dumpId: 5, desc: "TABLE DATA", tag: "empty", data: [] },
    { dumpId: 6, desc: "BLOB", tag: "16500" },
    { dumpId: 7, desc: "BLOBS", tag: "BLOBS", blobs: [{ oid: 16500, chunks: [Buffer.alloc(3000, 7)] }, { oid: 16501, chunks: [Buffer.from("hi")] }] },
    { dumpId: 8, desc: "INDEX", tag: "users_pkey" },
  ];
}
