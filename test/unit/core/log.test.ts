import { describe, expect, it } from "vitest";
import { createLog } from "../../../src/io/log.js";

function sinks() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } };
}

describe("createLog", () => {
  it("speaks in Dokku's voice: headings and details on stdout, warnings on stderr", () => {
    const s = sinks();
    const log = createLog(s);
    log.info1("Creating app");
    log.info2("app information");
    log.verbose("two\nlines");
    log.warn("careful");
    expect(s.out.join("")).toBe("-----> Creating app\n=====> app information\n       two\n       lines\n");
    expect(s.err.join("")).toBe(" !     careful\n");
  });

  it("keeps stdout for data when a command prints JSON", () => {
    const s = sinks();
    createLog({ ...s, dataOnStdout: true }).info1("progress");
    expect(s.out).toEqual([]);
    expect(s.err.join("")).toBe("-----> progress\n");
  });

  it("is silent but for warnings under --quiet", () => {
    const s = sinks();
    const log = createLog({ ...s, quiet: true });
    log.info1("hidden");
    log.warn("shown");
    expect(s.out).toEqual([]);
    expect(s.err.join("")).toBe(" !     shown\n");
  });
});
