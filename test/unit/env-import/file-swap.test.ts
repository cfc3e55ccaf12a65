import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { envImport } from "../../../src/subcommands/env-import.js";
import { stubContext, stubRunner } from "../../support/stub-context.js";

/**
 * A check made on the path rather than on what was opened races the read: another user can swap
 * the file (or a directory above it) for a symlink to an app's ENV in between. Simulated by a
 * realpath that answers for the path with what it was before the swap: the check must rest on
 * the opened file itself (/proc/self/fd), never on the path's realpath.
 */
const swapped = new Set<string>();
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  const realpath = (async (file: string, ...rest: unknown[]) =>
    swapped.has(String(file)) ? String(file) : (actual.realpath as (...args: unknown[]) => Promise<string>)(file, ...rest)) as typeof actual.realpath;
  return { ...actual, realpath, default: { ...actual, realpath } };
});

describe("pegasus:env-import FILE: checked once, read through the same handle", () => {
  it("refuses a file swapped for a symlink to another app's ENV after the check", async () => {
    const runner = stubRunner([]);
    const context = stubContext(runner);
    const envFile = path.join(context.paths.libRoot, "config", "otherapp", "ENV");
    mkdirSync(path.dirname(envFile), { recursive: true });
    writeFileSync(envFile, "SECRET=other-apps-secret\n");
    const dir = mkdtempSync(path.join(tmpdir(), "pegasus-swap-"));
    // The file itself became a symlink (O_NOFOLLOW), or a directory above it did (the path of
    // what was actually opened is checked again).
    const file = path.join(dir, "prod.env");
    symlinkSync(envFile, file);
    symlinkSync(path.dirname(envFile), path.join(dir, "configs"));
    for (const source of [file, path.join(dir, "configs", "ENV")]) {
      swapped.add(source);
      const error = (await envImport.run({ positionals: ["myapp", source], options: {} }, context).catch((e: unknown) => e)) as Error;
      expect(error?.message).toMatch(/^Refusing .*(prod\.env|ENV): /);
      expect(error.message).not.toContain("other-apps-secret");
    }
    expect(runner.seen).toEqual([]);
  });

  it("refuses a FIFO at once instead of blocking in open", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pegasus-fifo-"));
    const fifo = path.join(dir, "prod.env");
    execFileSync("mkfifo", [fifo]);
    const runner = stubRunner([]);
    await expect(envImport.run({ positionals: ["myapp", fifo], options: {} }, stubContext(runner))).rejects.toThrow(/not a regular file/);
    expect(runner.seen).toEqual([]);
  });
});
