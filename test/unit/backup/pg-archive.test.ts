import { describe, expect, it } from "vitest";
import { ArchiveError, bufferReader, verifyArchive } from "../../../src/backup/pg-archive.js";
import { sampleEntries, writeFakeArchive } from "../../support/pg-archive-writer.js";

async function verify(bytes: Buffer, windowSize?: number) {
  return verifyArchive(bufferReader(bytes), { windowSize });
}

describe("verifyArchive", () => {
  it.each([12, 13, 14, 15, 16])("reads archive format 1.%i (pg_dump 9.x to 18)", async (minor) => {
    const summary = await verify(writeFakeArchive(sampleEntries(), { minor }));
    expect(summary).toMatchObject({
      archiveVersion: `1.${minor}`,
      serverVersion: "15.18",
      tocEntries: 8,
      dataBlocks: 3,
      largeObjects: 2,
      database: "fixture",
    });
  });

  it("reads the compression algorithm byte of 1.15+ and the level of older archives", async () => {
    expect((await verify(writeFakeArchive(sampleEntries(), { minor: 16, compression: 3 }))).compression).toBe("zstd");
    expect((await verify(writeFakeArchive(sampleEntries(), { minor: 15, compression: 2 }))).compression).toBe("lz4");
    expect((await verify(writeFakeArchive(sampleEntries(), { minor: 14, compression: -1 }))).compression).toBe("gzip");
    expect((await verify(writeFakeArchive(sampleEntries(), { minor: 14, compression: 0 }))).compression).toBe("none");
  });

  it("honours the integer and offset sizes in the header", async () => {
    const summary = await verify(writeFakeArchive(sampleEntries(), { intSize: 8, offSize: 4 }));
    expect(summary).toMatchObject({ intSize: 8, offSize: 4, dataBlocks: 3 });
  });

  it("checks recorded block offsets of a seekable archive", async () => {
    const archive = writeFakeArchive(sampleEntries(), { seekable: true });
    await expect(verify(archive)).resolves.toMatchObject({ dataBlocks: 3 });
  });

  it("rejects every truncation, at every byte, with a small window too", async () => {
    const archive = writeFakeArchive(sampleEntries(), { minor: 16 });
    for (let cut = 0; cut < archive.length; cut++) {
      const error = await verify(archive.subarray(0, cut), 64).catch((caught: unknown) => caught);
      expect(error, `cut at ${cut}`).toBeInstanceOf(ArchiveError);
    }
  });

  it("names what is missing when the file stops between blocks", async () => {
    const archive = writeFakeArchive(sampleEntries());
    const whole = await verify(archive);
    // Cut right before the BLOBS block: the two table blocks are whole.
    const blobsAt = archive.lastIndexOf(Buffer.from([3, 0, 7, 0, 0, 0]));
    await expect(verify(archive.subarray(0, blobsAt))).rejects.toThrow(/ends before the data of BLOBS BLOBS \(dump id 7\)/);
    expect(whole.size).toBe(archive.length);
  });

  it("rejects trailing bytes, a foreign file, other formats and unknown versions", async () => {
    const archive = writeFakeArchive(sampleEntries());
    await expect(verify(Buffer.concat([archive, Buffer.from([1])]))).rejects.toThrow(ArchiveError);
    await expect(verify(Buffer.from("-- PostgreSQL database dump\n"))).rejects.toThrow(/no PGDMP header/);
    const tar = Buffer.from(archive);
    tar[10] = 3;
    await expect(verify(tar)).rejects.toThrow(/not the custom format/);
    await expect(verify(writeFakeArchive(sampleEntries(), { minor: 17 }))).rejects.toThrow(/1\.17 is not supported/);
    await expect(verify(writeFakeArchive(sampleEntries(), { minor: 11 }))).rejects.toThrow(/1\.11 is not supported/);
  });

  it("rejects a data block the table of contents does not announce, or one given twice", async () => {
    const entries = sampleEntries();
    const dataless = entries.map((entry) => (entry.dumpId === 5 ? { ...entry, data: undefined } : entry));
    const withExtra = writeFakeArchive(entries);
    const tocSaysNone = writeFakeArchive(dataless);
    // Same bytes except that the TOC of the second calls entry 5 dataless: splice its data in.
    const emptyBlock = Buffer.from([1, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
    const spliced = Buffer.concat([tocSaysNone, emptyBlock]);
    await expect(verify(spliced)).rejects.toThrow(/dump id 5, which has no data/);
    await expect(verify(Buffer.concat([withExtra, emptyBlock]))).rejects.toThrow(/second data block/);
  });

  it("reads through a window smaller than the chunks", async () => {
    const entries = sampleEntries();
    entries[3]!.data = [Buffer.alloc(200_000, 1), Buffer.alloc(5, 2)];
    const summary = await verify(writeFakeArchive(entries), 1024);
    expect(summary.dataBlocks).toBe(3);
  });
});
