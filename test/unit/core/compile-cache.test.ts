import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WRAPPER } from "../../../src/io/compile-cache.js";
import { bundleForChild } from "../../support/child-bundle.js";

let root: string;
let dist: string;
let cacheDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "pegasus-compile-cache-"));
  dist = path.join(root, "dist");
  cacheDir = path.join(root, ".compile-cache", "subcommand-demo");
  mkdirSync(path.join(dist, "subcommand"), { recursive: true });
  mkdirSync(path.join(dist, "vendor"), { recursive: true });
  // A command that requires a vendor file twice (once at its start, once on first use) and a builtin.
  writeModule(
    path.join(dist, "subcommand", "demo.cjs"),
    [
      `var lib = require("../vendor/lib.cjs");`,
      `var path = require("node:path");`,
      `exports.answer = () => lib.twice(21);`,
      `exports.again = () => require("../vendor/lib.cjs") === lib;`,
      `exports.where = () => [__filename, __dirname, path.basename(__filename)];`,
    ].join("\n"),
  );
  writeModule(path.join(dist, "vendor", "lib.cjs"), `exports.loads = (exports.loads || 0) + 1;\nexports.twice = (n) => n * 2;\n`);
});

/** A module as build.ts writes dist/: in Node's CommonJS wrapper. */
function writeModule(file: string, body: string): void {
  writeFileSync(file, `${WRAPPER}\n${body}\n})\n`);
}

afterEach(() => {
  chmodSync(root, 0o700);
  if (existsSync(cacheDir)) chmodSync(cacheDir, 0o700);
  rmSync(root, { recursive: true, force: true });
});

const demo = () => path.join(dist, "subcommand", "demo.cjs");

// Each run is a process of its own, as each start is: within one process V8 keeps what it
// compiled and would answer from that, whatever the cache file holds.
let LOADER: string;
let WRITER: string;
beforeAll(() => {
  LOADER = bundleForChild("src/io/compile-cache.ts");
  WRITER = bundleForChild("src/io/compile-cache-writer.ts");
});

interface Run {
  result: { answer: number; again: boolean; where: string[] } | null;
  used: string[];
  made: string[];
}
/**
 * One start of the demo command: it loads the command, then (`calls`) runs its functions, and
 * saves its cache as a run that `succeeded` or failed does.
 */
const run = (dir: string | undefined = cacheDir, { calls = true, succeeded = true } = {}): Run => {
  const script = `
    const { compileCache } = require(${JSON.stringify(LOADER)});
    const cache = compileCache({ distDir: ${JSON.stringify(dist)}, cacheDir: ${JSON.stringify(dir)}, requireBuiltin: require, writer: () => require(${JSON.stringify(WRITER)}) });
    const demo = cache.load(${JSON.stringify(demo())});
    const result = ${calls} ? { answer: demo.answer(), again: demo.again(), where: demo.where() } : null;
    cache.save(${succeeded});
    process.stdout.write(JSON.stringify({ result, used: cache.used, made: cache.made }));`;
  // A bound, so that a start that hangs (on a FIFO where a cache file goes) fails rather than waits.
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout) as Run;
};

describe("the compile cache (src/io/compile-cache.ts)", () => {
  it("runs a file as Node's CommonJS loader does: relative requires once each, builtins, __filename and __dirname", () => {
    const { result } = run(undefined);
    expect(result).toEqual({ answer: 42, again: true, where: [demo(), path.dirname(demo()), "demo.cjs"] });
  });

  it("saves what a run compiled, mirroring dist/, and the next run uses it without writing again", () => {
    const first = run();
    expect(first.used).toEqual([]);
    expect([...first.made].sort()).toEqual([path.join("subcommand", "demo.cjs.cache"), path.join("vendor", "lib.cjs.cache")]);
    const cacheFile = path.join(cacheDir, "subcommand", "demo.cjs.cache");
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    const written = statSync(cacheFile).mtimeMs;

    const second = run();
    expect(second.result?.answer).toBe(42);
    expect([...second.used].sort()).toEqual([path.join("subcommand", "demo.cjs"), path.join("vendor", "lib.cjs")]);
    expect(second.made).toEqual([]);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
  });

  it("makes a cache that a failed run made again, once: the first run that succeeds saves what it compiled", () => {
    const cacheFile = path.join(cacheDir, "subcommand", "demo.cjs.cache");
    const firstLine = () => readFileSync(cacheFile, "utf8").split("\n")[0]!;
    const both = [path.join("subcommand", "demo.cjs.cache"), path.join("vendor", "lib.cjs.cache")];
    // A run that fails after loading the command, before any of its functions ran (a refused argument).
    const failed = run(cacheDir, { calls: false, succeeded: false });
    expect([...failed.made].sort()).toEqual(both);
    expect(firstLine()).toMatch(/ \d+ partial$/);
    const partialSize = statSync(cacheFile).size;
    const written = statSync(cacheFile).mtimeMs;

    // Used as it is by the next runs; another failure leaves it.
    const failedAgain = run(cacheDir, { succeeded: false });
    expect(failedAgain.result?.answer).toBe(42);
    expect(failedAgain.used).toContain(path.join("subcommand", "demo.cjs"));
    expect(failedAgain.made).toEqual([]);
    expect(statSync(cacheFile).mtimeMs).toBe(written);

    // The first success writes it again, whole: now with the functions this run compiled.
    const succeeded = run();
    expect(succeeded.result?.answer).toBe(42);
    expect([...succeeded.used].sort()).toEqual([path.join("subcommand", "demo.cjs"), path.join("vendor", "lib.cjs")]);
    expect([...succeeded.made].sort()).toEqual(both);
    expect(firstLine()).toMatch(/ \d+$/);
    expect(statSync(cacheFile).size).toBeGreaterThan(partialSize);

    // And no run writes it after that.
    const rewritten = statSync(cacheFile).mtimeMs;
    for (const options of [{}, { succeeded: false }]) {
      const later = run(cacheDir, options);
      expect(later.used.length).toBe(2);
      expect(later.made).toEqual([]);
    }
    expect(statSync(cacheFile).mtimeMs).toBe(rewritten);
  });

  it("refuses a file that is not in Node's wrapper as built (a line above it), rather than run nothing and succeed; an editor's BOM is fine", () => {
    const file = demo();
    const built = readFileSync(file, "utf8");
    writeFileSync(file, `\ufeff${built}`);
    expect(run().result?.answer).toBe(42);
    for (const edited of [`// patched\n${built}`, `\n${built}`, built.replace(/\}\)\n$/, ""), "exports.answer = () => 42;\n"]) {
      writeFileSync(file, edited);
      const child = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(LOADER)}).compileCache({ distDir: ${JSON.stringify(dist)}, cacheDir: undefined, requireBuiltin: require, writer: () => ({}) }).load(${JSON.stringify(file)})`], { encoding: "utf8" });
      expect(child.status, edited.slice(0, 20)).not.toBe(0);
      expect(child.stderr).toContain("is not as the plugin's build made it");
      expect(child.stderr).toContain("dokku plugin:update pegasus");
    }
  });

  it("never uses the cache of a file that changed, even at the same length (V8 checks only the length)", () => {
    run();
    const file = path.join(dist, "vendor", "lib.cjs");
    const source = readFileSync(file, "utf8");
    writeFileSync(file, source.replace("n * 2", "n * 3"));
    expect(readFileSync(file, "utf8").length).toBe(source.length);
    const after = run();
    expect(after.result?.answer).toBe(63);
    expect(after.used).toEqual([path.join("subcommand", "demo.cjs")]);
    expect(after.made).toEqual([path.join("vendor", "lib.cjs.cache")]);
    expect(run().used).toContain(path.join("vendor", "lib.cjs"));
  });

  it("never uses the cache of a file rewritten in place at the same length with its mtime put back (tar -x, cp -p)", () => {
    const file = path.join(dist, "vendor", "lib.cjs");
    const released = new Date("1985-10-26T08:15:00Z"); // as npm pack and reproducible tarballs set it
    utimesSync(file, released, released);
    run();
    const before = statSync(file);
    const source = readFileSync(file, "utf8");
    writeFileSync(file, source.replace("n * 2", "n * 3")); // the same inode, truncated and written
    utimesSync(file, released, released);
    const after = statSync(file);
    expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, before.size, before.mtimeMs]);
    const again = run();
    expect(again.result?.answer).toBe(63);
    expect(again.used).not.toContain(path.join("vendor", "lib.cjs"));
    expect(again.made).toEqual([path.join("vendor", "lib.cjs.cache")]);
  });

  it("a file whose run threw runs again when required again, as with Node's require, not half its exports", () => {
    writeModule(path.join(dist, "vendor", "flaky.cjs"), `exports.a = 1;\nif (!globalThis.ranOnce) { globalThis.ranOnce = true; throw new Error("first load failed"); }\nexports.b = 2;\n`);
    const script = `
      const { compileCache } = require(${JSON.stringify(LOADER)});
      const cache = compileCache({ distDir: ${JSON.stringify(dist)}, cacheDir: undefined, requireBuiltin: require, writer: () => require(${JSON.stringify(WRITER)}) });
      const file = ${JSON.stringify(path.join(dist, "vendor", "flaky.cjs"))};
      let first = "";
      try { cache.load(file); } catch (error) { first = error.message; }
      process.stdout.write(JSON.stringify({ first, second: cache.load(file) }));`;
    const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ first: "first load failed", second: { a: 1, b: 2 } });
  });

  it("treats damaged cache files as none: truncated, another file's, garbage V8 refuses under a right first line", () => {
    run();
    const cacheFile = path.join(cacheDir, "subcommand", "demo.cjs.cache");
    const good = readFileSync(cacheFile);
    const firstLine = good.subarray(0, good.indexOf(10) + 1);
    for (const damaged of [
      good.subarray(0, good.length - 10),
      readFileSync(path.join(cacheDir, "vendor", "lib.cjs.cache")),
      Buffer.concat([Buffer.from(firstLine.toString().replace(/ \d+\n$/, " 5\n")), Buffer.from("hellohello")]),
      // A first line with a word after the length that is not ` partial`.
      Buffer.concat([Buffer.from(firstLine.toString().replace(/\n$/, " whole\n")), good.subarray(good.indexOf(10) + 1)]),
      Buffer.from("no header at all"),
      Buffer.alloc(0),
      // A first line far longer than a key: refused before it is turned into text.
      Buffer.concat([Buffer.alloc(300_000, "7"), Buffer.from("\n"), good.subarray(good.indexOf(10) + 1)]),
    ]) {
      writeFileSync(cacheFile, damaged);
      const again = run();
      expect(again.result?.answer).toBe(42);
      expect(again.used).not.toContain(path.join("subcommand", "demo.cjs"));
      expect(again.made).toContain(path.join("subcommand", "demo.cjs.cache"));
    }
  });

  it("treats a FIFO where a cache file goes as no cache, rather than wait for a writer that never comes", () => {
    run();
    const cacheFile = path.join(cacheDir, "subcommand", "demo.cjs.cache");
    rmSync(cacheFile);
    expect(spawnSync("mkfifo", [cacheFile]).status).toBe(0);
    const again = run();
    expect(again.result?.answer).toBe(42);
    expect(again.used).toEqual([path.join("vendor", "lib.cjs")]);
    expect(again.made).toEqual([path.join("subcommand", "demo.cjs.cache")]);
    expect(statSync(cacheFile).isFile()).toBe(true);
  });

  it("never hands V8 data whose bytes changed under an intact first line (V8 crashed on such data in 11 of 12 trials)", () => {
    run();
    for (const file of [path.join("vendor", "lib.cjs.cache"), path.join("subcommand", "demo.cjs.cache")]) {
      const cacheFile = path.join(cacheDir, file);
      const good = readFileSync(cacheFile);
      const newline = good.indexOf(10);
      const data = Buffer.from(good.subarray(newline + 1));
      for (let flip = 0; flip < 8; flip++) data[Math.floor(((flip + 1) * data.length) / 9)]! ^= 0x5a;
      writeFileSync(cacheFile, Buffer.concat([good.subarray(0, newline + 1), data]));
    }
    const again = run();
    expect(again.result?.answer).toBe(42);
    expect(again.used).toEqual([]);
    expect([...again.made].sort()).toEqual([path.join("subcommand", "demo.cjs.cache"), path.join("vendor", "lib.cjs.cache")]);
    expect(run().used.length).toBe(2);
  });

  it("compares the whole second copy of a cache larger than one compared chunk: a byte changed in its last part is caught", () => {
    // Enough functions, each called, for a cache of several 64 KiB chunks.
    const body = Array.from({ length: 1500 }, (_, index) => `exports.f${index} = (n) => [n, ${index}].map((x) => x * 2).join("-");`);
    const built = readFileSync(demo(), "utf8");
    writeModule(demo(), [built.slice(WRAPPER.length + 1, built.lastIndexOf("})")), ...body, `for (const name of Object.keys(exports)) if (name.startsWith("f")) exports[name](1);`].join("\n"));
    run();
    const cacheFile = path.join(cacheDir, "subcommand", "demo.cjs.cache");
    const good = readFileSync(cacheFile);
    const newline = good.indexOf(10);
    const length = (good.length - newline - 1) / 2;
    expect(length).toBeGreaterThan(2 * 64 * 1024);
    expect(run().used).toContain(path.join("subcommand", "demo.cjs"));
    for (const at of [good.length - 1, newline + 1 + length + 64 * 1024 + 7]) {
      const damaged = Buffer.from(good);
      damaged[at]! ^= 0x5a;
      writeFileSync(cacheFile, damaged);
      const again = run();
      expect(again.result?.answer).toBe(42);
      expect(again.used, `byte ${at} of ${good.length}`).not.toContain(path.join("subcommand", "demo.cjs"));
    }
  });

  it("a cache it cannot write changes nothing for the command: no error, nothing left", () => {
    mkdirSync(path.dirname(cacheDir), { recursive: true });
    writeFileSync(cacheDir, "a file where the directory should be");
    const blocked = run();
    expect(blocked.result?.answer).toBe(42);
    expect(blocked.made).toEqual([]);
    rmSync(cacheDir);
    if (process.getuid?.() !== 0) {
      chmodSync(path.dirname(cacheDir), 0o500);
      expect(run().made).toEqual([]);
      chmodSync(path.dirname(cacheDir), 0o700);
    }
  });

  it("removes a killed write's temporary file (its writer gone, or a minute old), and the cache of a file dist/ no longer has", () => {
    run();
    const vendorCache = path.join(cacheDir, "vendor");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    const writing = path.join(vendorCache, `.lib.cjs.cache.${process.pid}.tmp`); // a live writer, this test
    const killed = path.join(vendorCache, `.lib.cjs.cache.${dead}.tmp`);
    const stale = path.join(vendorCache, `.lib.cjs.cache.${process.pid}0.tmp`);
    for (const file of [writing, killed, stale]) writeFileSync(file, "half");
    utimesSync(stale, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    writeFileSync(path.join(vendorCache, "gone.cjs.cache"), "a file of an older release");
    rmSync(path.join(vendorCache, "lib.cjs.cache")); // so that the run writes, and tidies, here
    run();
    expect(readdirSync(vendorCache).sort()).toEqual(["lib.cjs.cache", path.basename(writing)].sort());
  });
});
