/**
 * Cutting an upload's byte stream into multipart parts, in buffers allocated once and reused.
 *
 * Why not lib-storage's `Upload`: it gathers each part from the stream's chunks and then
 * `Buffer.concat`s them into a fresh 8 MiB buffer, which lives as long as the part's request,
 * so V8 has promoted it when it dies and frees it only at a full collection; those start once
 * external memory has grown about 64 MiB, so dead parts pile up. Measured on a 300 MiB upload
 * through age to s3rver (bench/upload-rss.ts): `Upload` peaks at 137 to 152 MiB of RSS whatever
 * its queue size, this cutter at 123 to 127 MiB, and at 98 to 109 MiB with the young generation
 * kept small (src/io/young-generation.ts), where `Upload` still peaks at 132 MiB.
 */

export interface Part {
  /** A view on one of the cutter's buffers: valid until the part after the next is asked for. */
  data: Uint8Array;
  /** 1-based, as S3 numbers parts. */
  number: number;
  /** The stream ended with this part (it may be shorter; it is empty only for an empty stream). */
  last: boolean;
}

/**
 * Parts of exactly `buffers[i].length` bytes (all buffers the same size), the last one shorter.
 * Buffers are filled in turn, so with two of them the next part is read and encrypted while the
 * previous one is on the wire: a caller may hold a part until it asks for the one after next.
 * A full part is handed out only once the stream has another byte, so a stream of exactly one
 * part is one last part (a single PUT), never a full part followed by an empty one.
 */
export async function* cutParts(source: AsyncIterable<Uint8Array>, buffers: readonly Uint8Array[]): AsyncGenerator<Part> {
  if (buffers.length < 2) throw new Error("cutParts needs two buffers: one filling, one being sent");
  const size = buffers[0]!.length;
  if (size === 0 || buffers.some((buffer) => buffer.length !== size)) throw new Error("cutParts needs buffers of one non-zero size");
  let number = 1;
  let current = buffers[0]!;
  let used = 0;
  for await (const chunk of source) {
    let offset = 0;
    while (offset < chunk.length) {
      if (used === size) {
        yield { data: current, number, last: false };
        number += 1;
        current = buffers[(number - 1) % buffers.length]!;
        used = 0;
      }
      const take = Math.min(size - used, chunk.length - offset);
      current.set(chunk.subarray(offset, offset + take), used);
      used += take;
      offset += take;
    }
  }
  yield { data: current.subarray(0, used), number, last: true };
}
