import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { compileCache, WRAPPER } from "../../../src/io/compile-cache.js";
import * as writer from "../../../src/io/compile-cache-writer.js";

// A close that fails (EIO from a network filesystem or a failing disk) cannot be made on demand
// in a child process; node:fs is wrapped here instead, for the cache files only.
const faults = vi.hoisted(() => ({ failClose: false, cacheFds: new Set<number>(), injected: 0 }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const openSync = (...args: Parameters<typeof fs.openSync>) => {
    const fd = fs.openSync(...args);
    if (String(args[0]).endsWith(".cache")) faults.cacheFds.add(fd);
    return fd;
  };
  const closeSync = (fd: number) => {
    const isCache = faults.cacheFds.delete(fd);
    fs.closeSync(fd);
    if (isCache && faults.failClose) {
      faults.injected++;
      throw Object.assign(new Error("EIO: i/o error, close"), { code: "EIO", syscall: "close" });
    }
  };
  return { ...fs, default: { ...fs, openSync, closeSync }, openSync, closeSync };
});

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "pegasus-compile-cache-faults-"));
  mkdirSync(path.join(root, "dist", "subcommand"), { recursive: true });
  writeFileSync(path.join(root, "dist", "subcommand", "demo.cjs"), `${WRAPPER}\nexports.answer = () => 42;\n})\n`);
  faults.failClose = false;
  faults.injected = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const start = () =>
  compileCache({
    distDir: path.join(root, "dist"),
    cacheDir: path.join(root, ".compile-cache", "subcommand-demo"),
    requireBuiltin: createRequire(import.meta.url),
    writer: () => writer,
  });

describe("the compile cache under a failing filesystem", () => {
  it("runs the command as without a cache when closing a cache file fails", () => {
    const first = start();
    expect((first.load(path.join(root, "dist", "subcommand", "demo.cjs")) as { answer(): number }).answer()).toBe(42);
    first.save(true);
    expect(first.made).toEqual([path.join("subcommand", "demo.cjs.cache")]);

    faults.failClose = true;
    const second = start();
    expect((second.load(path.join(root, "dist", "subcommand", "demo.cjs")) as { answer(): number }).answer()).toBe(42);
    expect(faults.injected).toBe(1);
    expect(second.used).toEqual([]);
  });
});
