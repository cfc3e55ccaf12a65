import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { Script } from "node:vm";
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { compileCache, WRAPPER } from "../../../src/io/compile-cache.js";
import * as writer from "../../../src/io/compile-cache-writer.js";

// A close that fails (EIO from a network filesystem or a failing disk) cannot be made on demand
// in a child process; node:fs is wrapped here instead, for the cache files only.
const faults = vi.hoisted(() => ({ failClose: false, cacheFds: new Set<number>(), injected: 0, freeBytes: undefined as number | undefined }));
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
  // A full disk cannot be made on demand either: the free space the writer asks about is set here.
  const statfsSync = (...args: Parameters<typeof fs.statfsSync>) => {
    const stats = fs.statfsSync(...args) as import("node:fs").StatsFs;
    return faults.freeBytes === undefined ? stats : { ...stats, bavail: Math.floor(faults.freeBytes / stats.bsize) };
  };
  return { ...fs, default: { ...fs, openSync, closeSync, statfsSync }, openSync, closeSync, statfsSync };
});

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "pegasus-compile-cache-faults-"));
  mkdirSync(path.join(root, "dist", "subcommand"), { recursive: true });
  writeFileSync(path.join(root, "dist", "subcommand", "demo.cjs"), `${WRAPPER}\nexports.answer = () => 42;\n})\n`);
  faults.failClose = false;
  faults.injected = 0;
  faults.freeBytes = undefined;
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
  it("on a full disk, makes no data only to fail writing it, and leaves nothing; with room again, writes", () => {
    const makeData = vi.spyOn(Script.prototype, "createCachedData");
    onTestFinished(() => makeData.mockRestore());
    const cacheDir = path.join(root, ".compile-cache", "subcommand-demo");
    faults.freeBytes = 60 * 1024;
    const full = start();
    expect((full.load(path.join(root, "dist", "subcommand", "demo.cjs")) as { answer(): number }).answer()).toBe(42);
    full.save(true);
    expect(full.made).toEqual([]);
    expect(makeData).not.toHaveBeenCalled();
    expect(readdirSync(path.join(cacheDir, "subcommand"))).toEqual([]);

    faults.freeBytes = undefined;
    const roomy = start();
    roomy.load(path.join(root, "dist", "subcommand", "demo.cjs"));
    roomy.save(true);
    expect(roomy.made).toEqual([path.join("subcommand", "demo.cjs.cache")]);
    expect(makeData).toHaveBeenCalledTimes(1);
  });

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
