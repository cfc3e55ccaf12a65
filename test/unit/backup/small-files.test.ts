import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupPaths, findLeftovers, listBackups, readJsonFile } from "../../../src/backup/store.js";
import { readSmallFile } from "../../../src/io/small-file.js";

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "pegasus-small-files-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const ID = "20261202T100000Z-abc1234";

describe("the small files a listing reads synchronously (src/io/small-file.ts)", () => {
  it("reads a small regular file, and refuses a directory, a FIFO and a file over the limit by their codes", () => {
    const file = path.join(dataDir, "state.json");
    writeFileSync(file, '{"a":1}');
    expect(readSmallFile(file).text).toBe('{"a":1}');
    expect(() => readSmallFile(file, 3)).toThrow(expect.objectContaining({ code: "EFBIG" }));
    expect(() => readSmallFile(dataDir)).toThrow(expect.objectContaining({ code: "EISDIR" }));
    const fifo = path.join(dataDir, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // Opened non-blocking: no writer would otherwise leave this call waiting for ever.
    expect(() => readSmallFile(fifo)).toThrow(expect.objectContaining({ code: "ENOTREG" }));
    expect(() => readSmallFile(path.join(dataDir, "missing"))).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });

  it("does not list, nor read whole, a backup whose manifest's place holds gigabytes (a sparse file), a FIFO or a directory", async () => {
    const paths = backupPaths(dataDir, "web");
    mkdirSync(paths.dir, { recursive: true });
    writeFileSync(paths.dump(ID), "");
    const huge = openSync(paths.manifest(ID), "w");
    ftruncateSync(huge, 3 * 1024 ** 3);
    closeSync(huge);
    const started = Date.now();
    expect(await listBackups(paths)).toEqual([]);
    const leftovers = await findLeftovers(paths, [], { backupRunning: false });
    expect(leftovers.find((leftover) => leftover.id === ID)?.why).toContain("EFBIG");
    // Read whole, 3 GiB took tens of seconds and gigabytes of memory.
    expect(Date.now() - started).toBeLessThan(5_000);

    rmSync(paths.manifest(ID));
    expect(spawnSync("mkfifo", [paths.manifest(ID)]).status).toBe(0);
    expect(await listBackups(paths)).toEqual([]);
    rmSync(paths.manifest(ID));
    mkdirSync(paths.manifest(ID));
    expect(await listBackups(paths)).toEqual([]);
  });

  it("calls a state file over the limit unreadable, naming it, rather than reading it", async () => {
    const file = path.join(dataDir, "last-offsite.json");
    const handle = openSync(file, "w");
    ftruncateSync(handle, 2 * 1024 * 1024);
    closeSync(handle);
    await expect(readJsonFile(file)).rejects.toThrow(file);
  });
});
