// Dokku's log helpers (plugins/common/functions, plugins/common/log.go), written synchronously
// so that our lines and the lines of the children we spawn keep their order.
import { writeSync } from "node:fs";

/** Thrown to end the command with an exit code (after the message was printed). */
export class DokkuExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

let merged = false;

/** Build capture (`exec &> >(tee …)`): from now on stderr goes to stdout, also for children. */
export function setMerged(value: boolean): void {
  merged = value;
}
export function isMerged(): boolean {
  return merged;
}
/** The fd children should use for stderr. */
export function childStderrFd(): number {
  return merged ? 1 : 2;
}

export function isQuiet(): boolean {
  return Boolean(process.env.DOKKU_QUIET_OUTPUT);
}

function writeAll(fd: number, text: string | Buffer): void {
  const buf = typeof text === "string" ? Buffer.from(text) : text;
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue;
      if (code === "EPIPE") return;
      throw err;
    }
  }
}

export function out(text: string | Buffer): void {
  writeAll(1, text);
}
export function err(text: string | Buffer): void {
  writeAll(merged ? 1 : 2, text);
}
export function line(text: string): void {
  out(`${text}\n`);
}

export const info1 = (msg: string) => line(`-----> ${msg}`);
export const info2 = (msg: string) => line(`=====> ${msg}`);
export const verbose = (msg: string) => line(`       ${msg}`);
export const info1Quiet = (msg: string) => (isQuiet() ? undefined : info1(msg));
export const info2Quiet = (msg: string) => (isQuiet() ? undefined : info2(msg));
export const verboseQuiet = (msg: string) => (isQuiet() ? undefined : verbose(msg));
/** dokku_log_exclaim: the warn prefix, but on stdout. */
export const exclaim = (msg: string) => line(` !     ${msg}`);
export const warn = (msg: string) => err(` !     ${msg}\n`);
export const warnQuiet = (msg: string) => (isQuiet() ? undefined : warn(msg));

/** dokku_log_fail / Go LogFail: message on stderr, then exit (1 unless told). */
export function fail(msg: string, code = 1): never {
  warn(msg);
  throw new DokkuExit(code);
}

/** The `\e[1G\e[K-----> ` lines of the git plugin. */
export const gitWarnLine = (msg: string) => line(`\u001b[1G\u001b[K-----> ${msg}`);
