import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { standardOutput } from "../../../src/io/standard-output.js";
import { bundleForChild } from "../../support/child-bundle.js";

let dir: string;
let fd: number;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pegasus-stdout-"));
  fd = openSync(path.join(dir, "out"), "w");
});
afterEach(() => {
  closeSync(fd);
  rmSync(dir, { recursive: true, force: true });
});
const written = () => readFileSync(path.join(dir, "out"), "utf8");

describe("standard output (src/io/standard-output.ts)", () => {
  it("writes straight to the descriptor, in order, and never makes the stream for plain writes", () => {
    let opened = 0;
    const out = standardOutput(fd as 1, () => {
      opened++;
      return new PassThrough() as unknown as NodeJS.WriteStream;
    });
    expect(out.write("-----> one\n")).toBe(true);
    expect(out.write(Buffer.from("       two ✓\n"))).toBe(true);
    expect(out.write("")).toBe(true);
    expect(written()).toBe("-----> one\n       two ✓\n");
    expect(opened).toBe(0);
  });

  it("makes the stream once for events, and every later write goes through it", () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    let opened = 0;
    const out = standardOutput(fd as 1, () => {
      opened++;
      return stream as unknown as NodeJS.WriteStream;
    });
    out.write("before\n");
    const onDrain = () => {};
    out.once("drain", onDrain);
    out.on("error", () => {});
    out.off("drain", onDrain);
    out.write("after\n");
    expect(opened).toBe(1);
    expect(written()).toBe("before\n");
    expect(chunks).toEqual(["after\n"]);
  });

  it("a write that fails otherwise (ENOSPC: /dev/full) never throws: the rest is dropped and the failure kept for the exit", () => {
    const full = openSync("/dev/full", "w");
    try {
      const out = standardOutput(full as 1, () => {
        throw new Error("the stream is not needed for plain writes");
      });
      expect(out.write("-----> one\n")).toBe(false);
      expect(out.failure?.code).toBe("ENOSPC");
      expect(out.write("two\n")).toBe(false);
    } finally {
      closeSync(full);
    }
  });

  it("a reader gone away (EPIPE): the command goes on, its output is dropped, no stack trace, its own exit code", () => {
    // A process of its own, so that the pipe's reader can be gone for real: `| true`.
    const script = [
      `const { standardOutput } = require(${JSON.stringify(bundleForChild("src/io/standard-output.ts"))});`,
      `const out = standardOutput(1, () => process.stdout);`,
      `setTimeout(() => { for (let i = 0; i < 1000; i++) out.write("line " + i + "\\n"); require("node:fs").writeSync(2, "still here\\n"); process.exitCode = 3; }, 300);`,
    ].join("\n");
    const run = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" -e '${script.replaceAll("'", "'\\''")}' | true`], { encoding: "utf8" });
    expect(run.stderr).toBe("still here\n");
    expect(run.status).toBe(3);
  });
});
