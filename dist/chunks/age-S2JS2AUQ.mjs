import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/backup/offsite/age.ts
import { Readable } from "node:stream";
async function loadAge() {
  return import("./dist-MPH6XSY4.mjs");
}
async function encryptStream(plaintext, recipients) {
  const age = await loadAge();
  const encrypter = new age.Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  const web = Readable.toWeb(plaintext);
  const encrypted = await encrypter.encrypt(web);
  return Readable.fromWeb(encrypted);
}
var WrongIdentityError = class extends UserError {
};
async function decryptStream(ciphertext, identities) {
  const age = await loadAge();
  const decrypter = new age.Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  const web = Readable.toWeb(ciphertext);
  let plaintext;
  try {
    plaintext = await decrypter.decrypt(web);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/no identity matched/i.test(message)) {
      throw new WrongIdentityError("the identity given does not open it (it was encrypted to another age key)");
    }
    throw new UserError(`it is not a readable age file (${message.split("\n")[0]})`);
  }
  return Readable.fromWeb(plaintext);
}
export {
  WrongIdentityError,
  decryptStream,
  encryptStream
};
