// Injected faults: `fake-dokku-ctl fail <argv-prefix> …` makes the next matching call(s) misbehave.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { atomicWrite, fakeFile, readText, sleepMs, withLock } from "./state.js";

export interface Fault {
  pattern: string[];
  exit?: number;
  message?: string;
  times: number;
  truncateBytes?: number;
  killAfterBytes?: number;
  delayMs?: number;
  /** Wait while this file exists (at most 5 minutes): a test decides when the call goes on. */
  holdWhile?: string;
}

function file(): string {
  return fakeFile("faults.json");
}
export function readFaults(): Fault[] {
  const t = readText(file());
  return t ? (JSON.parse(t) as Fault[]) : [];
}
export function addFault(f: Fault): void {
  withLock("faults", () => atomicWrite(file(), JSON.stringify([...readFaults(), f], null, 2)));
}
export function clearFaults(): void {
  withLock("faults", () => atomicWrite(file(), "[]"));
}

function matches(pattern: string[], argv: string[]): boolean {
  return pattern.length > 0 && pattern.every((p, i) => argv[i] === p);
}

/** Takes (consumes one use of) the first fault matching this argv. */
export function takeFault(argv: string[]): Fault | undefined {
  if (!readText(file())) return undefined;
  return withLock("faults", () => {
    const faults = readFaults();
    const idx = faults.findIndex((f) => matches(f.pattern, argv));
    if (idx === -1) return undefined;
    const f = faults[idx] as Fault;
    if (f.times <= 1) faults.splice(idx, 1);
    else f.times -= 1;
    atomicWrite(file(), JSON.stringify(faults, null, 2));
    return f;
  });
}

export function applyDelay(f: Fault): void {
  if (f.delayMs) sleepMs(f.delayMs);
  const until = Date.now() + 300_000;
  while (f.holdWhile && existsSync(f.holdWhile) && Date.now() < until) sleepMs(50);
}

/**
 * Streaming faults: run the real command in a child (same argv, no recording, no faults) and
 * pass through only the first N bytes of its stdout; then exit 0 (truncate) or SIGKILL ourselves.
 */
export function runWithStreamFault(f: Fault, rawArgv: string[]): Promise<number> {
  return new Promise((resolve) => {
    const limit = f.truncateBytes ?? f.killAfterBytes ?? 0;
    const child = spawn(process.execPath, [process.argv[1] ?? "", ...rawArgv], {
      env: { ...process.env, FAKE_DOKKU_INNER: "1" },
      stdio: ["inherit", "pipe", "inherit"],
    });
    let written = 0;
    let killed = false;
    const stdout = child.stdout;
    stdout.on("data", (chunk: Buffer) => {
      if (killed) return;
      if (written < limit) {
        const part = chunk.subarray(0, limit - written);
        written += part.length;
        process.stdout.write(part);
      }
      if (written >= limit && f.killAfterBytes !== undefined) {
        killed = true;
        process.stdout.write("", () => {
          child.kill("SIGKILL");
          process.kill(process.pid, "SIGKILL");
        });
      }
    });
    child.on("close", (code) => {
      if (killed) return;
      if (f.killAfterBytes !== undefined) {
        process.stdout.write("", () => process.kill(process.pid, "SIGKILL"));
        return;
      }
      void code;
      process.stdout.write("", () => resolve(0));
    });
  });
}
