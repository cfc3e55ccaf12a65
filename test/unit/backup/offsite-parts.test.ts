import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutParts, type Part } from "../../../src/backup/offsite/parts.js";
import { partSizeFor } from "../../../src/backup/offsite/s3.js";

async function* chunksOf(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

/**
 * Consumes the cutter as the uploader does: a part is "on the wire" until the part after it has
 * been cut, and it is checked then, so a cutter that refilled a buffer still being sent fails.
 */
async function cutAll(chunks: readonly Uint8Array[], partSize: number): Promise<Part[]> {
  const buffers = [new Uint8Array(partSize), new Uint8Array(partSize)];
  const parts: Part[] = [];
  let sending: { part: Part; copy: Uint8Array } | undefined;
  for await (const part of cutParts(chunksOf(chunks), buffers)) {
    if (sending) expect(Buffer.from(sending.part.data).equals(Buffer.from(sending.copy))).toBe(true);
    parts.push({ ...part, data: Uint8Array.from(part.data) });
    sending = { part, copy: Uint8Array.from(part.data) };
  }
  return parts;
}

describe("cutParts (off-site multipart parts in two reused buffers)", () => {
  it("cuts any stream into full parts and one shorter last part, in order, bytes unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 1, max: 16 }), async (chunks, partSize) => {
        const parts = await cutAll(chunks, partSize);
        const input = Buffer.concat(chunks);
        expect(Buffer.concat(parts.map((part) => part.data)).equals(input)).toBe(true);
        expect(parts.map((part) => part.number)).toEqual(parts.map((_, index) => index + 1));
        expect(parts.map((part) => part.last)).toEqual(parts.map((_, index) => index === parts.length - 1));
        for (const part of parts.slice(0, -1)) expect(part.data.length).toBe(partSize);
        const last = parts.at(-1)!;
        // Never a full part followed by an empty one: the last part holds at least one byte,
        // unless the whole stream was empty (one empty part: a single empty PUT).
        if (input.length === 0) expect(parts).toHaveLength(1);
        else expect(last.data.length).toBeGreaterThanOrEqual(1);
        expect(last.data.length).toBeLessThanOrEqual(partSize);
        expect(parts).toHaveLength(Math.max(1, Math.ceil(input.length / partSize)));
      }),
      { numRuns: 300 },
    );
  });

  it("a stream of exactly one part is a single last part; one byte more makes two", async () => {
    const one = await cutAll([new Uint8Array(8).fill(1)], 8);
    expect(one.map((part) => [part.number, part.data.length, part.last])).toEqual([[1, 8, true]]);
    const two = await cutAll([new Uint8Array(4), new Uint8Array(5)], 8);
    expect(two.map((part) => [part.number, part.data.length, part.last])).toEqual([
      [1, 8, false],
      [2, 1, true],
    ]);
  });

  it("needs two buffers of one size", async () => {
    await expect(cutParts(chunksOf([]), [new Uint8Array(4)]).next()).rejects.toThrow(/two buffers/);
    await expect(cutParts(chunksOf([]), [new Uint8Array(4), new Uint8Array(5)]).next()).rejects.toThrow(/one non-zero size/);
  });
});

describe("the part size for a file's size", () => {
  const MIB = 1024 * 1024;
  it("is 8 MiB up to about 78 GiB, then whole MiB that keep the upload within S3's 10,000 parts", () => {
    expect(partSizeFor(0)).toBe(8 * MIB);
    expect(partSizeFor(70 * 1024 * MIB)).toBe(8 * MIB);
    for (const gib of [79, 100, 500, 2048]) {
      const bytes = gib * 1024 * MIB;
      const size = partSizeFor(bytes);
      expect(size % MIB).toBe(0);
      // age's ciphertext is 16 bytes per 64 KiB chunk and a header larger than the plaintext.
      const encrypted = bytes + Math.ceil(bytes / 65536) * 16 + 4096;
      expect(Math.ceil(encrypted / size)).toBeLessThanOrEqual(10_000);
      expect(size).toBeLessThan(Math.ceil(bytes / 9_900 / MIB) * MIB + MIB);
    }
  });
});
