// Store robustness (issue 11, items 2, 3, 8, 15, 17 and the leftover notes of pegasus:backups).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmdirSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { acquireBackupLock } from "../../../src/backup/lock.js";
import { backupPaths, listBackups, writeFileAtomic } from "../../../src/backup/store.js";
import { takeBackup, type TakeBackupOptions } from "../../../src/backup/take.js";
import { parseCommandArgs } from "../../../src/core/args.js";
import { UserError } from "../../../src/errors.js";
import { systemProbe } from "../../../src/io/lock-file.js";
import { processStartTicks } from "../../../src/io/processes.js";
import { PropertyStore } from "../../../src/io/properties.js";
import { releasesFile } from "../../../src/io/releases.js";
import type { Runner } from "../../../src/io/runner.js";
import { backups } from "../../../src/subcommands/backups.js";
import { releases } from "../../../src/subcommands/releases.js";
import { cronEntries } from "../../../src/triggers/cron-entries.js";
import { preReleaseBuilder } from "../../../src/triggers/pre-release-builder.js";
import { sampleEntries, writeFakeArchive } from "../../support/pg-archive-writer.js";
import { stubContext, stubRunner, type StubContext } from "../../support/stub-context.js";

const REV = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const NEW = "fedcba9876543210fedcba9876543210fedcba98";
const ARCHIVE = writeFakeArchive(sampleEntries());
const plenty: TakeBackupOptions["statfs"] = async () => ({ bavail: 10_000_000, bsize: 4096 });
const DEAD_PID = 2 ** 22 + 17; // above pid_max's ceiling: never a running process

interface Play {
  /** What postgres:export prints (default: a good archive). */
  bytes?: Buffer;
  /** Hold the export open until this promise settles. */
  hold?: Promise<unknown>;
  /** Called when the export starts: the backup holds its lock by then. */
  started?: () => void;
}

function runner(play: Play = {}): Runner & { seen: string[][] } {
  const table = stubRunner([
    {
      argv: ["config:export", "--format", "json", "web"],
      stdout: JSON.stringify({ GIT_REV: NEW, DATABASE_URL: "postgres://postgres:pw@dokku-postgres-web-db:5432/web_db" }),
    },
    { argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\n" },
    { argv: ["apps:report", "web", "--app-deploy-source-metadata"], stdout: `${REV}\n` },
  ]);
  return {
    seen: table.seen,
    run: table.run,
    async stream(_command, args, options) {
      table.seen.push([...args]);
      const bytes = play.bytes ?? ARCHIVE;
      play.started?.();
      async function* chunks() {
        await play.hold;
        for (let offset = 0; offset < bytes.length; offset += 65536) yield bytes.subarray(offset, offset + 65536);
      }
      await options.consumeStdout(Readable.from(chunks()));
      return { exitCode: 0, stderr: "" };
    },
  };
}

/** A context in which the app web exists. */
function contextFor(run: Runner, env: Record<string, string> = {}): StubContext {
  const context = stubContext(run, { env, apps: ["web"] });
  let clock = new Date("2026-11-26T07:01:02Z").getTime();
  context.now = () => new Date((clock += 5000));
  return context;
}

const warnings = (context: StubContext) => context.log.lines.filter((line) => line.level === "warn").map((line) => line.message);

/** A `sleep` of our own: a live process that is not us, to stand for a reused pid. */
function startSleeper(): ChildProcess & { pid: number } {
  const child = spawn("sleep", ["60"], { stdio: "ignore" });
  if (!child.pid) throw new Error("could not start sleep");
  return child as ChildProcess & { pid: number };
}

describe("leftovers of interrupted backups (item 2)", () => {
  it("a directory carrying one of our names (never ours) neither breaks a backup nor is removed or reported", async () => {
    const context = contextFor(runner());
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.partial("20261126T050000Z-1a2b3c4"), { recursive: true });
    await mkdir(paths.dump("20261126T060000Z-1a2b3c4"), { recursive: true });
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    expect(record.verified).toBe(true);
    expect((await readdir(paths.dir)).sort()).toEqual(
      [".20261126T050000Z-1a2b3c4.dump.partial", "20261126T060000Z-1a2b3c4.dump", `${record.id}.dump`, `${record.id}.json`].sort(),
    );
    expect(warnings(context)).toEqual([]);
  });

  it("a backup run removes a dump without manifest and every temporary file of a dead run, and lists only its own", async () => {
    const context = contextFor(runner());
    const paths = backupPaths(context.paths.dataDir, "web");
    const good = await takeBackup("web", "manual", context, { statfs: plenty });
    // What a kill between the dump's rename and its manifest leaves, and the scratch files of
    // a manifest write, of the lock and of a lock recovery, all by a process that is gone.
    const orphan = "20261126T060000Z-1a2b3c4";
    await writeFile(paths.dump(orphan), ARCHIVE, { mode: 0o600 });
    await writeFile(path.join(paths.dir, `.${orphan}.json.${DEAD_PID}.tmp`), "{", { mode: 0o600 });
    await writeFile(path.join(paths.dir, `.lock.${DEAD_PID}.1764140000000.tmp`), "{}");
    await writeFile(path.join(paths.dir, `.lock.stale.${DEAD_PID}`), "{}");
    await writeFile(paths.partial("20261126T050000Z-1a2b3c4"), "half");
    // A manifest whose dump is gone is not listed either, but a manifest is only ever reported.
    await writeFile(paths.manifest("20261126T040000Z-1a2b3c4"), await readFile(paths.manifest(good.id)));
    // Not ours, or not finished by a process that still runs: never touched.
    const sleeper = startSleeper();
    try {
      const livePending = path.join(paths.dir, `.${good.id}.json.${sleeper.pid}.tmp`);
      await writeFile(livePending, "{");
      await writeFile(path.join(paths.dir, "notes.txt"), "the operator's");

      expect((await listBackups(paths)).map((record) => record.id)).toEqual([good.id]);
      const second = await takeBackup("web", "manual", context, { statfs: plenty });

      expect((await readdir(paths.dir)).sort()).toEqual(
        [
          `${good.id}.dump`,
          `${good.id}.json`,
          `${second.id}.dump`,
          `${second.id}.json`,
          "20261126T040000Z-1a2b3c4.json",
          path.basename(livePending),
          "notes.txt",
        ].sort(),
      );
      expect(warnings(context)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^Removed .*/${orphan}\\.dump: backup ${orphan} has no manifest \\(interrupted before it was written\\), so it was never listed$`)),
          expect.stringMatching(new RegExp(`^Removed .*/\\.${orphan}\\.json\\.${DEAD_PID}\\.tmp: a write by pid ${DEAD_PID} that never finished$`)),
          expect.stringMatching(new RegExp(`^Removed .*/\\.lock\\.${DEAD_PID}\\.1764140000000\\.tmp: a scratch file of the lock, left by pid ${DEAD_PID}, which is gone$`)),
        ]),
      );
      expect(warnings(context)).toHaveLength(5);
    } finally {
      sleeper.kill();
    }
  });

  it("the space a leftover holds is freed before the free-space check, so it never blocks the next backup", async () => {
    const context = contextFor(runner());
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.dir, { recursive: true });
    const orphan = Buffer.alloc(1_000_000, 1);
    await writeFile(paths.dump("20261126T060000Z-1a2b3c4"), orphan);
    // A disk whose free space is a fixed budget minus what the backups directory holds: with
    // the orphan in place there is 500 KB less than a first backup's 64 MiB margin.
    const budget = 64 * 1024 * 1024 + 500_000;
    const statfs: TakeBackupOptions["statfs"] = async (dir) => {
      let used = 0;
      for (const name of await readdir(dir)) used += (await stat(path.join(dir, name))).size;
      return { bavail: Math.floor((budget - used) / 4096), bsize: 4096 };
    };
    const record = await takeBackup("web", "manual", context, { statfs });
    expect(record.verified).toBe(true);
    expect(await readdir(paths.dir)).toEqual([`${record.id}.dump`, `${record.id}.json`]);
  });

  it("a manifest write that fails after the rename removes the dump, so nothing unlisted stays", async () => {
    const context = contextFor(runner());
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.dir, { recursive: true });
    // The id of the next backup (the clock steps 5 s; the live commit is Dokku's deploy
    // metadata, never GIT_REV): its manifest's temporary name is taken by a directory, so the
    // manifest cannot be written.
    const id = `20261126T070107Z-${REV.slice(0, 7)}`;
    await mkdir(path.join(paths.dir, `.${id}.json.${process.pid}.tmp`));
    const error = await takeBackup("web", "manual", context, { statfs: plenty }).catch((caught: unknown) => caught);
    expect((error as NodeJS.ErrnoException).code).toBe("EISDIR");
    expect(await readdir(paths.dir)).toEqual([`.${id}.json.${process.pid}.tmp`]);
  });

  it("pegasus:backups names a stale lock (holder, age) and the orphans, and the command that removes them", async () => {
    const context = contextFor(runner());
    const paths = backupPaths(context.paths.dataDir, "web");
    const good = await takeBackup("web", "manual", context, { statfs: plenty });
    const orphan = "20261126T060000Z-1a2b3c4";
    await writeFile(paths.dump(orphan), ARCHIVE);
    const unvouched = "20261126T050000Z-1a2b3c4";
    await writeFile(paths.dump(unvouched), ARCHIVE);
    await writeFile(paths.manifest(unvouched), JSON.stringify({ id: unvouched, verified: false }));
    await writeFile(paths.lock, JSON.stringify({ pid: DEAD_PID, started_at: "2026-11-26T06:00:00.000Z", hostname: hostname() }));
    const old = new Date(Date.now() - 3 * 3600_000);
    await utimes(paths.lock, old, old);

    const listing = contextFor(runner());
    listing.paths = context.paths;
    await backups.run(parseCommandArgs("pegasus:backups", ["web", "--format", "json"], backups.options), listing);
    expect((JSON.parse(listing.output()) as { id: string }[]).map((record) => record.id)).toEqual([good.id]);
    expect(warnings(listing)).toEqual([
      "Left by interrupted runs, in no list of backups:",
      `  ${paths.lock}: a backup lock (pid ${DEAD_PID} on ${hostname()}, taken 2026-11-26T06:00:00.000Z, 3h ago); that process is no longer running`,
      `  ${paths.dump(orphan)}: backup ${orphan} has no manifest (interrupted before it was written), so it was never listed`,
      "The next backup removes them first: dokku pegasus:backup-deploy web (or delete by hand: rm FILE...)",
      "Not listed, and kept for you to check:",
      `  ${paths.dump(unvouched)}: backup ${unvouched} is not listed: its manifest lacks a field or holds a value that is not allowed`,
      `  ${paths.manifest(unvouched)}: backup ${unvouched} is not listed: its manifest lacks a field or holds a value that is not allowed`,
      `Remove them with: rm ${paths.dump(unvouched)} ${paths.manifest(unvouched)}`,
    ]);

    // And the next backup removes what it may, and leaves the rest to the operator.
    await takeBackup("web", "manual", context, { statfs: plenty });
    const after = contextFor(runner());
    after.paths = context.paths;
    await backups.run(parseCommandArgs("pegasus:backups", ["web"], backups.options), after);
    expect(warnings(after)).toEqual([
      "Not listed, and kept for you to check:",
      expect.stringContaining(paths.dump(unvouched)),
      expect.stringContaining(paths.manifest(unvouched)),
      `Remove them with: rm ${paths.dump(unvouched)} ${paths.manifest(unvouched)}`,
    ]);
  });

  it("pegasus:backups says a backup is running, and leaves its partial file out of the leftovers", async () => {
    let finish: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (finish = resolve));
    let exportStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (exportStarted = resolve));
    const context = contextFor(runner({ hold: held, started: exportStarted }));
    const running = takeBackup("web", "manual", context, { statfs: plenty });
    await Promise.race([started, running]); // its export runs: it holds the lock
    const listing = contextFor(runner());
    listing.paths = context.paths;
    await backups.run(parseCommandArgs("pegasus:backups", ["web"], backups.options), listing);
    expect(warnings(listing)).toEqual([
      expect.stringMatching(new RegExp(`^A backup of web is running: its lock .*/\\.lock is held \\(pid ${process.pid} on .*, taken .*, \\d+s ago\\)$`)),
    ]);
    finish();
    await running;
  });
});

describe("a lock names its process by pid and start time (item 8)", () => {
  async function lockNaming(pid: number, start: string | undefined, extra: Record<string, string> = {}) {
    const context = contextFor(runner());
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.dir, { recursive: true });
    await writeFile(
      paths.lock,
      JSON.stringify({
        pid,
        started_at: "2026-11-20T03:00:00.000Z",
        hostname: hostname(),
        boot_id: systemProbe.bootId(),
        ...(start ? { process_start: start } : {}),
        ...extra,
      }),
    );
    return { context, paths };
  }

  it("a lock whose pid now belongs to another process (a different start time) is recovered", async () => {
    const sleeper = startSleeper();
    try {
      const start = processStartTicks(sleeper.pid);
      expect(start).toMatch(/^\d+$/);
      const { context } = await lockNaming(sleeper.pid, String(Number(start) - 1234));
      const record = await takeBackup("web", "manual", context, { statfs: plenty });
      expect(record.verified).toBe(true);
      expect(warnings(context)).toEqual([
        `Recovered the backup lock of web left by pid ${sleeper.pid} (started 2026-11-20T03:00:00.000Z): pid ${sleeper.pid} is now another process`,
      ]);
    } finally {
      sleeper.kill();
    }
  });

  it("the same live process (same start time) still holds it", async () => {
    const sleeper = startSleeper();
    try {
      const { context } = await lockNaming(sleeper.pid, processStartTicks(sleeper.pid));
      await expect(takeBackup("web", "manual", context, { statfs: plenty })).rejects.toThrow(
        new RegExp(`^A backup of web is running \\(pid ${sleeper.pid} on .* since 2026-11-20T03:00:00.000Z\\)`),
      );
    } finally {
      sleeper.kill();
    }
  });

  it("a lock from before a reboot (another boot id) is recovered even though its pid runs", async () => {
    const sleeper = startSleeper();
    try {
      const { context } = await lockNaming(sleeper.pid, processStartTicks(sleeper.pid), { boot_id: "00000000-0000-0000-0000-000000000000" });
      await takeBackup("web", "manual", context, { statfs: plenty });
      expect(warnings(context)[0]).toMatch(/: the server has restarted since$/);
    } finally {
      sleeper.kill();
    }
  });

  it("a lock of the older format (no start time) written before this boot is recovered", async () => {
    const sleeper = startSleeper();
    try {
      const { context, paths } = await lockNaming(sleeper.pid, undefined, { boot_id: "" });
      const bootTime = systemProbe.bootTimeMs();
      expect(bootTime).toBeGreaterThan(0);
      const before = new Date(bootTime! - 60_000);
      await utimes(paths.lock, before, before);
      await takeBackup("web", "manual", context, { statfs: plenty });
      expect(warnings(context)[0]).toMatch(/: the server has restarted since$/);
    } finally {
      sleeper.kill();
    }
  });

  it("the lock it writes records the boot id and its own start time", async () => {
    const context = contextFor(runner());
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.dir, { recursive: true });
    const release = await acquireBackupLock(paths.lock, { app: "web", now: new Date(), log: context.log });
    expect(JSON.parse(await readFile(paths.lock, "utf8"))).toMatchObject({
      pid: process.pid,
      boot_id: systemProbe.bootId(),
      process_start: processStartTicks(process.pid),
    });
    await release();
  });

  it.each([0, -1])("a lock naming pid %i (a process group, which kill(pid, 0) always finds) is recovered once past the grace", async (pid) => {
    const { context, paths } = await lockNaming(pid, "12345");
    const old = new Date(Date.now() - 120_000);
    await utimes(paths.lock, old, old);
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    expect(record.verified).toBe(true);
    expect(warnings(context)).toEqual(["Recovered an unreadable backup lock of web"]);
  });

  it("a lock taken under another host name (a renamed host, a recreated Dokku container) says how to clear it", async () => {
    const { context, paths } = await lockNaming(1, "1", { hostname: "old-container-3f2a" });
    const refused = takeBackup("web", "manual", context, { statfs: plenty });
    await expect(refused).rejects.toThrow(/^A backup of web is running \(pid 1 on old-container-3f2a since 2026-11-20T03:00:00.000Z\)/);
    await expect(refused).rejects.toThrow(
      `\nThat lock was taken on host old-container-3f2a, not on this one (${hostname()}), so pegasus cannot check its process. ` +
        `If nothing runs there (the host was renamed, or Dokku's container recreated), remove it: rm ${paths.lock}`,
    );
  });

  it("an unreadable lock dated in the future (a forged file, a clock set back) does not hold forever", async () => {
    const context = contextFor(runner());
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.dir, { recursive: true });
    await writeFile(paths.lock, "garbage");
    const nextYear = new Date(Date.now() + 365 * 86_400_000);
    await utimes(paths.lock, nextYear, nextYear);
    await takeBackup("web", "manual", context, { statfs: plenty });
    expect(warnings(context)).toEqual(["Recovered an unreadable backup lock of web"]);
  });

  it("a lock path that is a directory, or a backups path that is a file: the path and the fix, as a user error", async () => {
    const context = contextFor(runner());
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.lock, { recursive: true });
    const locked = takeBackup("web", "manual", context, { statfs: plenty });
    await expect(locked).rejects.toBeInstanceOf(UserError);
    await expect(locked).rejects.toThrow(`Cannot read the lock file (${paths.lock}): it is a directory. Remove it with \`rm -r ${paths.lock}\``);
    await rm(paths.dir, { recursive: true });
    await writeFile(paths.dir, "");
    const blocked = takeBackup("web", "manual", context, { statfs: plenty });
    await expect(blocked).rejects.toBeInstanceOf(UserError);
    await expect(blocked).rejects.toThrow(`Cannot create the backups directory (${paths.dir}): it or a part of its path is a file, not a directory`);
  });
});

describe("the deploy gate and a running backup (item 15)", () => {
  const BUILD = { DOKKU_BUILD_SOURCE: "git-hook", DOKKU_BUILD_ID: "build-1" };

  it("waits for the running backup with a progress line, then takes its own", async () => {
    let finish: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (finish = resolve));
    let exportStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (exportStarted = resolve));
    const scheduled = contextFor(runner({ hold: held, started: exportStarted }));
    const gate = contextFor(runner(), BUILD);
    gate.paths = scheduled.paths;
    const running = takeBackup("web", "schedule", scheduled, { statfs: plenty });
    const paths = backupPaths(scheduled.paths.dataDir, "web");
    await Promise.race([started, running]); // its export runs: it holds the lock

    const deploy = preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], gate);
    let deployEnded = false;
    void deploy.then(
      () => (deployEnded = true),
      () => (deployEnded = true),
    );
    // The gate says so as soon as it finds the lock held; how soon that is depends on the machine
    // (a fixed sleep was outlasted under load), and so does the time its first look took.
    while (!gate.errorOutput() && !deployEnded) await sleep(10);
    expect(gate.errorOutput()).toMatch(
      new RegExp(`^ {7}Waiting for the running backup of web \\(pid ${process.pid} on .* since .*\\) to finish: \\d+s so far, at most 15m\\n`),
    );
    finish();
    const [first] = await Promise.all([running, deploy]);
    const ids = (await listBackups(paths)).map((record) => record.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(first.id);
    expect(gate.log.lines.map((line) => line.message)).toContainEqual(expect.stringMatching(/^Backup .* verified$/));
  });

  it("gives up after backup-lock-wait seconds and stops the deploy, saying who holds the lock", async () => {
    const gate = contextFor(runner(), BUILD);
    await new PropertyStore(gate.paths.propertiesDir).set("web", "backup-lock-wait", "1");
    const paths = backupPaths(gate.paths.dataDir, "web");
    await mkdir(paths.dir, { recursive: true });
    const release = await acquireBackupLock(paths.lock, { app: "web", now: new Date(), log: gate.log });
    try {
      const error = await preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], gate).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(
        new RegExp(`^Deploy of web stopped: .*\\nA backup of web is still running \\(pid ${process.pid} on .*\\) after waiting 1s\\. `),
      );
    } finally {
      await release();
    }
  });
});

describe("one app's broken state stays that app's (item 17)", () => {
  it("cron-entries warns about an unreadable schedule and still prints every other app's entry", async () => {
    const context = stubContext(stubRunner([]));
    const store = new PropertyStore(context.paths.propertiesDir);
    await store.set("aaa", "backup-schedule", "0 2 * * *");
    await store.set("zzz", "backup-schedule", "0 4 * * *");
    await mkdir(path.join(context.paths.propertiesDir, "bad", "backup-schedule"), { recursive: true }); // EISDIR
    for (const app of ["aaa", "bad", "zzz"]) await mkdir(path.join(context.paths.dokkuRoot, app), { recursive: true });
    await cronEntries.run(["docker-local"], context);
    expect(context.output()).toBe(
      "0 2 * * *;dokku pegasus:backup-deploy aaa --reason schedule;/var/log/dokku/pegasus.log\n" +
        "0 4 * * *;dokku pegasus:backup-deploy zzz --reason schedule;/var/log/dokku/pegasus.log\n",
    );
    expect(warnings(context)).toEqual([
      expect.stringMatching(
        /^pegasus: skipping the backup schedule of bad: Cannot read the pegasus property backup-schedule of bad \(.*\/bad\/backup-schedule\): it is a directory\. Remove it with `rm -r .*`, then set it again if it is needed\. Set it again with `dokku pegasus:backup-schedule bad CRON`$/,
      ),
    ]);
  });

  it("an unreadable releases.jsonl is a warning in the deploy gate, which still takes its backup", async () => {
    const gate = contextFor(runner(), { DOKKU_BUILD_SOURCE: "git-hook", DOKKU_BUILD_ID: "build-1" });
    await mkdir(releasesFile(gate.paths, "web"), { recursive: true });
    await preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], gate);
    expect(warnings(gate)).toEqual([
      expect.stringMatching(/^Cannot read the release history of web \(.*releases\.jsonl\): it is a directory\. Move it aside \(`mv .*`\); .*\. Meanwhile this deploy goes on as if web had no release history$/),
    ]);
    expect(await listBackups(backupPaths(gate.paths.dataDir, "web"))).toHaveLength(1);
  });

  it("pegasus:releases of an app with an unreadable history is a clear error, not a crash", async () => {
    const context = contextFor(runner());
    await mkdir(releasesFile(context.paths, "web"), { recursive: true });
    const error = await releases.run(parseCommandArgs("pegasus:releases", ["web"], releases.options), context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    expect((error as Error).message).toMatch(/^Cannot read the release history of web .*: it is a directory\. Move it aside/);
  });
});

// A real small filesystem: a 2 MiB tmpfs (CI runs as root); skipped where mounting is not allowed.
const mountPoint = mkdtempSync(path.join(tmpdir(), "pegasus-full-"));
const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", mountPoint]).status === 0;

describe.skipIf(!mounted)("a full disk (item 3, on a real 2 MiB tmpfs)", () => {
  let lib = "";
  let count = 0;
  afterAll(() => {
    spawnSync("umount", [mountPoint]);
    rmdirSync(mountPoint);
  });
  const fresh = () => {
    lib = path.join(mountPoint, `lib${count++}`);
    mkdirSync(lib);
    return lib;
  };

  it("a dump that fills the disk says how much is needed and free, where, and what to do; nothing is left", async () => {
    const context = contextFor(runner({ bytes: Buffer.alloc(3 * 1024 * 1024, 7) }), { DOKKU_LIB_ROOT: fresh() });
    const paths = backupPaths(context.paths.dataDir, "web");
    // plenty: the up-front check passes (it is another path), so the disk fills mid-export.
    const error = await takeBackup("web", "manual", context, { statfs: plenty }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^No space left on the disk holding ${paths.dir}: writing the backup of web failed \\(ENOSPC\\)\\. ` +
          `(\\d\\.\\d MB) free there, 6\\d\\.\\d MB needed \\(at least the \\d\\.\\d MB written before the disk filled, a fifth more and 64 MiB\\)\\.\\n` +
          "Nothing half-written was kept\\. Free space on that filesystem \\(`df -h .*` shows it; `dokku cleanup` removes unused containers and images\\), " +
          "or keep fewer backups with `dokku pegasus:set web backup-keep N`, then run this again\\.$",
      ),
    );
    expect(message).not.toMatch(/unexpected|bug/);
    expect(await readdir(paths.dir)).toEqual([]);
    await rm(lib, { recursive: true });
  });

  it("state writes on a full disk say so, and leave no temporary file", async () => {
    const root = fresh();
    await writeFile(path.join(root, "filler"), Buffer.alloc(2 * 1024 * 1024)).catch(() => undefined);
    const store = new PropertyStore(path.join(root, "config"));
    await expect(store.set("web", "backup-keep", "3")).rejects.toThrow(
      /^No space left on the disk holding .*\/config\/web: writing the pegasus property backup-keep failed \(ENOSPC\)\. 0 B free there, 8\.2 KB needed\./,
    );
    const file = path.join(root, "pending-deploy.json");
    await expect(writeFileAtomic(file, "x".repeat(5000))).rejects.toThrow(/No space left .* writing pending-deploy\.json failed/);
    const scratch = [...(await readdir(root)), ...(await readdir(path.join(root, "config", "web")).catch(() => []))];
    expect(scratch.filter((name) => name.endsWith(".tmp"))).toEqual([]);
    await rm(root, { recursive: true });
  });

  it("a restore whose safety backup finds no room is refused with the numbers, before anything is touched", async () => {
    const run = runner();
    const context = contextFor(run, { DOKKU_LIB_ROOT: fresh() });
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    const { restoreBackup } = await import("../../../src/backup/restore.js");
    const situation = { target: { service: record.service, explicit: false, sharedWith: [] }, config: {}, deployed: true, stoppedByOperator: false, dump: { dev: 0, ino: 0, size: record.size, mtimeMs: 0, ctimeMs: 0 } };
    const error = await restoreBackup("web", record, context, { start: true, situation }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /^Restore of web refused: the safety backup .* Nothing was changed\.\nNot enough free disk to back up web: \d\.\d MB free in .*\/backups, 67\.1 MB needed \(the last backup's .*\)\. Free some space/,
    );
    expect(run.seen.map((argv) => argv[0])).not.toContain("ps:stop");
    expect(run.seen.map((argv) => argv[0])).not.toContain("postgres:import");
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe("a full disk under Dokku's own writes and restore's safety backup (item 3)", () => {
  it("env-import whose config:import hits a full disk says so, with where and how much", async () => {
    const run = stubRunner([
      { argv: ["config:export", "--format", "json", "web"], stdout: "{}" },
      { argv: ["ps:report", "web", "--format", "json"], stdout: JSON.stringify({ deployed: "true", restore: "true" }) },
      { argv: ["domains:report", "web"], stdout: "\n" },
      { argv: ["config:import"], exitCode: 1, stderr: " !     open /home/dokku/web/ENV.tmp: no space left on device\n" },
    ]);
    const context = stubContext(run, { stdin: "SECRET_KEY=abcdefghijklmnopqrstuvwxyz0123456789\n" });
    const { envImport } = await import("../../../src/subcommands/env-import.js");
    const error = await envImport.run(parseCommandArgs("pegasus:env-import", ["web"], envImport.options), context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    expect((error as Error).message).toMatch(
      new RegExp(
        // The directory Dokku's message names (the ENV file's place depends on Dokku's version).
        `^No space left on the disk holding /home/dokku/web: writing the config of web \\(dokku config:import\\) failed \\(ENOSPC\\)\\. ` +
          ".* free there, 8\\.2 KB needed \\(the new values, at least\\)\\.\\nDokku may have written part of the config: check it with `dokku config:keys web`; web was not restarted\\.",
      ),
    );
    expect((error as Error).message).not.toContain("abcdefghijklmnopqrstuvwxyz");
    expect(run.seen.map((argv) => argv[0])).not.toContain("ps:restart");
  });
});

describe("a property that cannot be written (item 17)", () => {
  it("says which file and how to fix it, never a raw EISDIR", async () => {
    const context = stubContext(stubRunner([]));
    const store = new PropertyStore(context.paths.propertiesDir);
    await mkdir(path.join(context.paths.propertiesDir, "bad", "backup-schedule", "x"), { recursive: true });
    await expect(store.set("bad", "backup-schedule", "0 3 * * *")).rejects.toThrow(
      /^Cannot write the pegasus property backup-schedule of bad \(.*\/bad\/backup-schedule\): .*\. Remove what is there with `rm -r .*` and run this again$/,
    );
    expect((await readdir(path.join(context.paths.propertiesDir, "bad"))).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a used-up quota (EDQUOT, item 3)", () => {
  it("is reported as the quota, with what was needed and what to do", async () => {
    const { diskFullError } = await import("../../../src/io/disk-full.js");
    const dir = mkdtempSync(path.join(tmpdir(), "pegasus-quota-"));
    const quota = Object.assign(new Error("EDQUOT: disk quota exceeded, write"), { code: "EDQUOT" });
    const error = await diskFullError(quota, { dir, what: "the backup of web", needed: 70_000_000, neededBasis: "the last backup's 2.0 MB, a fifth more and 64 MiB" });
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe(
      `The disk quota of the dokku user is used up: writing the backup of web to ${dir} failed (EDQUOT). 70.0 MB needed (the last backup's 2.0 MB, a fifth more and 64 MiB).\n` +
        `Nothing half-written was kept. Free space on that filesystem or raise the quota (\`quota -u dokku\` shows it; \`dokku cleanup\` removes unused containers and images), then run this again.`,
    );
  });
});
