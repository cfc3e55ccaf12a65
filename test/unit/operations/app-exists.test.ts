import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appExists, verifyAppExists } from "../../../src/dokku/apps.js";
import { AppMissingError } from "../../../src/errors.js";

let dokkuRoot: string;
beforeEach(() => {
  dokkuRoot = mkdtempSync(path.join(tmpdir(), "pegasus-apps-"));
});
afterEach(() => rmSync(dokkuRoot, { recursive: true, force: true }));

describe("an app exists when $DOKKU_ROOT/<app> is a directory, as Dokku decides it (src/dokku/apps.ts)", () => {
  it("is a directory, or a symlink to one", () => {
    mkdirSync(path.join(dokkuRoot, "web"));
    mkdirSync(path.join(dokkuRoot, "elsewhere"));
    symlinkSync(path.join(dokkuRoot, "elsewhere"), path.join(dokkuRoot, "linked"));
    expect(appExists({ dokkuRoot }, "web")).toBe(true);
    expect(appExists({ dokkuRoot }, "linked")).toBe(true);
    expect(() => verifyAppExists({ dokkuRoot }, "web")).not.toThrow();
  });

  it("is not a file, a dangling link, a link loop, a name too long for the system, or anything under an unreachable root", () => {
    writeFileSync(path.join(dokkuRoot, "file"), "");
    symlinkSync(path.join(dokkuRoot, "nowhere"), path.join(dokkuRoot, "dangling"));
    symlinkSync(path.join(dokkuRoot, "loop"), path.join(dokkuRoot, "loop"));
    for (const app of ["file", "dangling", "loop", "missing", "a".repeat(300)]) {
      expect(appExists({ dokkuRoot }, app), app.slice(0, 10)).toBe(false);
      // Dokku's words and exit code (20), not an unexpected error.
      expect(() => verifyAppExists({ dokkuRoot }, app)).toThrow(AppMissingError);
    }
    expect(appExists({ dokkuRoot: path.join(dokkuRoot, "file", "below") }, "web")).toBe(false);
  });
});
