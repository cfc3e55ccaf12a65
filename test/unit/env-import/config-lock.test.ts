import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireBackupLock } from "../../../src/backup/lock.js";
import { configLockFile, withConfigLock } from "../../../src/io/config-lock.js";
import { stubContext, stubRunner } from "../../support/stub-context.js";

/** A context whose app exists as Dokku knows it: a `$DOKKU_ROOT/<app>` directory. */
function contextWithApp(app: string) {
  const context = stubContext(stubRunner([]));
  mkdirSync(path.join(context.paths.dokkuRoot, app), { recursive: true });
  return context;
}

async function holdLock(context: ReturnType<typeof stubContext>, app: string) {
  return acquireBackupLock(configLockFile(context.paths, app), { app, now: new Date(), log: context.log, kind: "config change" });
}

describe("the per-app config lock", () => {
  it("a second change waits, says so once, and goes ahead when the first one ends", async () => {
    const context = contextWithApp("myapp");
    const release = await holdLock(context, "myapp");
    let released = false;
    setTimeout(() => void release().then(() => (released = true)), 700);
    const result = await withConfigLock("myapp", context, async () => {
      // Only after the first change let go: an order, not a time, which a timer measured against
      // Date.now() does not give on a loaded machine (a timer counts from the loop's cached clock).
      expect(released).toBe(true);
      expect(existsSync(configLockFile(context.paths, "myapp"))).toBe(true);
      return "ran";
    });
    expect(result).toBe("ran");
    const waiting = context.log.lines.filter((line) => line.message.includes("Another config change of myapp is running; waiting"));
    expect(waiting).toHaveLength(1);
    expect(existsSync(configLockFile(context.paths, "myapp"))).toBe(false);
  });

  it("waits a bounded time, then names the holder and runs nothing", async () => {
    const context = contextWithApp("myapp");
    await holdLock(context, "myapp"); // held by this (live) process for the whole test
    let ran = false;
    const started = Date.now();
    const error = (await withConfigLock("myapp", context, async () => (ran = true), 500).catch((e: unknown) => e)) as Error & { exitCode?: number };
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(ran).toBe(false);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(
      new RegExp(`^A config change of myapp is still running \\(pid ${process.pid} on .+ since \\d{4}-\\d\\d-\\d\\dT.+\\) after waiting 1s\\. Run this again when it has finished`),
    );
    expect(error.message).toContain(configLockFile(context.paths, "myapp"));
  });

  it("releases the lock when the work fails", async () => {
    const context = contextWithApp("myapp");
    await expect(withConfigLock("myapp", context, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(existsSync(configLockFile(context.paths, "myapp"))).toBe(false);
    await expect(withConfigLock("myapp", context, async () => "again")).resolves.toBe("again");
  });

  it("creates nothing for an app Dokku does not have (the work reports the missing app)", async () => {
    const context = stubContext(stubRunner([]));
    await expect(withConfigLock("nosuchapp", context, async () => "unlocked")).resolves.toBe("unlocked");
    expect(existsSync(context.paths.dokkuRoot)).toBe(false);
    expect(existsSync(context.paths.dataDir)).toBe(false);
  });

  it("lives in the app's own directory, which Dokku removes with the app; our data directory stays untouched", async () => {
    const context = contextWithApp("myapp");
    await withConfigLock("myapp", context, async () => {
      expect(readdirSync(path.join(context.paths.dokkuRoot, "myapp"))).toEqual([".pegasus-config.lock"]);
    });
    expect(readdirSync(path.join(context.paths.dokkuRoot, "myapp"))).toEqual([]);
    expect(existsSync(context.paths.dataDir)).toBe(false);
  });

  it("is a separate file from the backup lock: a running backup does not block a config change", async () => {
    const context = contextWithApp("myapp");
    const backups = path.join(context.paths.dataDir, "myapp", "backups");
    mkdirSync(backups, { recursive: true });
    await acquireBackupLock(path.join(backups, ".lock"), { app: "myapp", now: new Date(), log: context.log });
    await expect(withConfigLock("myapp", context, async () => "ran", 200)).resolves.toBe("ran");
  });
});
