import { once } from "node:events";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { processIsAlive } from "../../../src/backup/lock.js";
import { backupPaths, listBackups } from "../../../src/backup/store.js";
import { takeBackup } from "../../../src/backup/take.js";
import { planRetention, type BackupRecord } from "../../../src/backup/id.js";
import { PropertyStore } from "../../../src/io/properties.js";
import { execaRunner, type Runner } from "../../../src/io/runner.js";
import { cronEntries } from "../../../src/triggers/cron-entries.js";
import { sampleEntries, writeFakeArchive } from "../../support/pg-archive-writer.js";
import { stubContext, stubRunner, type StubContext } from "../../support/stub-context.js";

const REV = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const ARCHIVE = writeFakeArchive(sampleEntries());

function runner(): Runner & { seen: string[][] } {
  const table = stubRunner([
    { argv: ["config:export", "--format", "json", "web"], stdout: JSON.stringify({ GIT_REV: REV, DATABASE_URL: "postgres://postgres:pw@dokku-postgres-web-db:5432/web_db" }) },
    { argv: ["apps:report", "web", "--app-deploy-source-metadata"], stdout: `${REV}\n` },
    { argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\n" },
  ]);
  return {
    seen: table.seen,
    run: table.run,
    async stream(_command, args, options) {
      table.seen.push([...args]);
      await options.consumeStdout(Readable.from([ARCHIVE]));
      return { exitCode: 0, stderr: "" };
    },
  };
}

function contextFor(run: Runner): StubContext {
  const context = stubContext(run);
  let clock = new Date("2026-11-26T07:01:02Z").getTime();
  context.now = () => new Date((clock += 5000));
  return context;
}

describe("planRetention protect", () => {
  const record = (id: string, reason: BackupRecord["reason"]) => ({ id, created_at: `2026-11-26T${id}:00.000Z`, reason });
  it("never plans to delete a protected id", () => {
    const records = [record("05:00", "deploy"), record("06:00", "deploy"), record("07:00", "pre-restore")];
    expect(planRetention(records, 1).map((r) => r.id)).toEqual(["05:00"]);
    expect(planRetention(records, 1, ["05:00"])).toEqual([]);
  });
});

describe("takeBackup retention failure (M4)", () => {
  it("a prune that fails after the manifest is written warns, and the backup is returned as good", async () => {
    const context = contextFor(runner());
    await new PropertyStore(context.paths.propertiesDir).set("web", "backup-keep", "1");
    const first = await takeBackup("web", "manual", context);
    // A file of the backup the dokku user cannot delete: here a directory in the place of its
    // (absent) media archive, which rm without recursive refuses. Not its dump: a dump that is
    // not the manifest's size is no longer listed, so retention would not try to remove it.
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.media(first.id));
    await writeFile(path.join(paths.media(first.id), "x"), "x");

    const second = await takeBackup("web", "manual", context);
    expect(second.verified).toBe(true);
    expect((await listBackups(paths)).map((r) => r.id)).toContain(second.id);
    const warning = context.log.lines.find((line) => line.level === "warn")?.message ?? "";
    expect(warning).toMatch(new RegExp(`^Backup ${second.id} is good, but removing old backups failed: `));
  });
});

describe("cron-entries (M1)", () => {
  it("prints no line for an app whose Dokku directory is gone (destroyed, schedule not yet removed)", async () => {
    const context = stubContext(stubRunner([]));
    const store = new PropertyStore(context.paths.propertiesDir);
    await store.set("web", "backup-schedule", "0 3 * * *");
    await store.set("gone", "backup-schedule", "0 4 * * *");
    await mkdir(path.join(context.paths.dokkuRoot, "web"), { recursive: true });
    await cronEntries.run(["docker-local"], context);
    expect(context.output()).toBe("0 3 * * *;dokku pegasus:backup-deploy web --reason schedule;/var/log/dokku/pegasus.log\n");
  });
});

describe("execaRunner.stream (L2)", () => {
  it("kills the child and waits for it when the consumer fails, so no export outlives the lock", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pegasus-runner-"));
    const pidFile = path.join(dir, "pid");
    const script = `require("fs").writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => process.stdout.write("x".repeat(1024)), 5);`;
    let pid = 0;
    try {
      const error = await execaRunner
        .stream(process.execPath, ["-e", script], {
          env: { PATH: process.env.PATH },
          async consumeStdout(stdout) {
            await once(stdout, "data");
            throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
          },
        })
        .catch((caught: unknown) => caught);
      expect((error as NodeJS.ErrnoException).code).toBe("ENOSPC");
      pid = Number(await readFile(pidFile, "utf8"));
      expect(pid).toBeGreaterThan(0);
      expect(processIsAlive(pid)).toBe(false);
    } finally {
      // Without the fix the child is still writing: end it (only this test's own child).
      if (pid && processIsAlive(pid)) process.kill(pid, "SIGKILL");
    }
  });
});
