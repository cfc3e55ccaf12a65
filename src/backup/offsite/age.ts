/**
 * The age format (age-encryption from npm, X25519 recipients), as Node streams: the dump is
 * encrypted and decrypted 64 KiB chunk by chunk, never held whole. Loaded with `await import()`
 * only by the paths that encrypt or decrypt.
 */
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { UserError } from "../../errors.js";

/**
 * On Node 18 there is no global `crypto`: age then computes X25519 with @noble/curves (its own
 * fallback) rather than Node 18's experimental WebCrypto X25519, which would print a warning on
 * the operator's output. Random bytes come from node:crypto either way.
 */
async function loadAge() {
  return import("age-encryption");
}

/** The ciphertext of `plaintext`, streamed, to every recipient (age1… keys). */
export async function encryptStream(plaintext: Readable, recipients: readonly string[]): Promise<Readable> {
  const age = await loadAge();
  const encrypter = new age.Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  const web = Readable.toWeb(plaintext) as unknown as ReadableStream<Uint8Array>;
  const encrypted = await encrypter.encrypt(web);
  return Readable.fromWeb(encrypted as unknown as WebReadableStream<Uint8Array>);
}

export class WrongIdentityError extends UserError {}

/**
 * The plaintext of an age file, streamed. The header is read (and the identity tried) before
 * this resolves; a chunk whose tag does not verify (a changed byte, a cut file) errors the
 * stream, so a damaged copy never yields a complete plaintext.
 */
export async function decryptStream(ciphertext: Readable, identities: readonly string[]): Promise<Readable> {
  const age = await loadAge();
  const decrypter = new age.Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  const web = Readable.toWeb(ciphertext) as unknown as ReadableStream<Uint8Array>;
  let plaintext: ReadableStream<Uint8Array>;
  try {
    plaintext = await decrypter.decrypt(web);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/no identity matched/i.test(message)) {
      throw new WrongIdentityError("the identity given does not open it (it was encrypted to another age key)");
    }
    throw new UserError(`it is not a readable age file (${message.split("\n")[0]})`);
  }
  return Readable.fromWeb(plaintext as unknown as WebReadableStream<Uint8Array>);
}
