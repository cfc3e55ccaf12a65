import { writeSync } from "node:fs";

type Listener = (...args: unknown[]) => void;

/** stdout or stderr as a command writes to them (src/main.ts makes the two). */
export interface StandardOutput {
  readonly isTTY: boolean;
  /** false once nobody reads (EPIPE) or a write failed: the rest is dropped. */
  write(chunk: string | Uint8Array): boolean;
  /** The write that failed other than by EPIPE (a full disk behind `> file`), for the exit. */
  readonly failure: NodeJS.ErrnoException | undefined;
  on(event: string, listener: Listener): void;
  once(event: string, listener: Listener): void;
  off(event: string, listener: Listener): void;
}

/**
 * fd 1 or 2, written without Node's stream until something needs the stream itself.
 *
 * - Node builds `process.stdout` / `process.stderr` on first use, and for a pipe that loads
 *   node:net and the stream family: a tenth of a start, for a refused command's one line. Node
 *   writes to pipes and files synchronously on Linux anyway, so a `writeSync` to the descriptor
 *   keeps the order and the outcome; the stream is made only for events (a download's 'drain'
 *   and 'error') or when the descriptor would block, and from then on every write goes through it.
 * - A write that fails otherwise (ENOSPC behind `> file`) drops the rest too, and the command's
 *   exit names it (src/main.ts): never the data disk's full-disk message, never a stack trace.
 * - A reader that goes away (`| head -3`) makes the next write fail with EPIPE, which the stream
 *   raises as an unhandled 'error' event and a stack trace. Output nobody reads is dropped
 *   instead, and the command runs to its end: a restore or setup cut short because a pager
 *   closed would be worse than output lost. A command that streams data (backup-download)
 *   listens for 'error' and 'drain' itself: it waits for the reader (memory stays flat) and
 *   learns of the EPIPE, even one that came first.
 */
export function standardOutput(fd: 1 | 2, open: () => NodeJS.WriteStream): StandardOutput {
  let stream: NodeJS.WriteStream | undefined;
  let broken: NodeJS.ErrnoException | undefined;
  let failure: NodeJS.ErrnoException | undefined;
  const opened = (): NodeJS.WriteStream => {
    if (stream) return stream;
    stream = open();
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") failure ??= error;
      broken = error;
    });
    return stream;
  };
  const listen = (method: "on" | "once", event: string, listener: Listener) => {
    if (event === "error" && broken) {
      const earlier = broken;
      queueMicrotask(() => listener(earlier));
      if (method === "once") return;
    }
    opened()[method](event, listener);
  };
  const writeDirect = (chunk: string | Uint8Array): boolean => {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") {
        broken = error as NodeJS.ErrnoException;
        return false;
      }
      // A descriptor left non-blocking by whoever started us: the stream waits for the reader.
      if (code === "EAGAIN") return opened().write(bytes.subarray(written));
      // A full disk or a dead device where the output goes: like a reader gone, the command runs
      // to its end (a restore cut short by its log would be worse), and its exit says so.
      failure ??= error as NodeJS.ErrnoException;
      broken = failure;
      return false;
    }
  };
  return {
    get failure() {
      return failure;
    },
    get isTTY(): boolean {
      return opened().isTTY === true;
    },
    write(chunk) {
      if (broken) return false;
      return stream ? stream.write(chunk) : writeDirect(chunk);
    },
    on: (event, listener) => listen("on", event, listener),
    once: (event, listener) => listen("once", event, listener),
    off: (event, listener) => void opened().off(event, listener),
  };
}
