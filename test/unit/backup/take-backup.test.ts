import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseCommandArgs } from "../../../src/core/args.js";
import type { BackupRecord } from "../../../src/backup/id.js";
import { acquireBackupLock } from "../../../src/backup/lock.js";
import { backupReportFields } from "../../../src/backup/report.js";
import { backupPaths, listBackups, manifestSeal } from "../../../src/backup/store.js";
import { appendRelease } from "../../../src/io/releases.js";
import { takeBackup, type TakeBackupOptions } from "../../../src/backup/take.js";
import { AppMissingError, UserError } from "../../../src/errors.js";
import { PropertyStore } from "../../../src/io/properties.js";
import type { Runner } from "../../../src/io/runner.js";
import { backupDeploy } from "../../../src/subcommands/backup-deploy.js";
import { backups } from "../../../src/subcommands/backups.js";
import { sampleEntries, writeFakeArchive } from "../../support/pg-archive-writer.js";
import { stubContext, stubRunner, type StubAnswer, type StubContext } from "../../support/stub-context.js";

const SECRET = "0123456789abcdef0123456789abcdef";
const REV = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const ARCHIVE = writeFakeArchive(sampleEntries());

interface ExportPlay {
  bytes?: Buffer;
  exitCode?: number;
  signal?: string;
  stderr?: string;
  /** Delay between chunks, to play a long export. */
  delayMs?: number;
  chunks?: number;
  /** Called when the export starts: the backup holds its lock by then. */
  started?: () => void;
  /** Holds the export open until this promise settles. */
  hold?: Promise<unknown>;
}

function config(extra: Record<string, string> = {}): string {
  return JSON.stringify({
    GIT_REV: REV,
    DATABASE_URL: `postgres://postgres:${SECRET}@dokku-postgres-web-db:5432/web_db`,
    SECRET_KEY: "django-secret",
    ...extra,
  });
}

const BASE: StubAnswer[] = [
  { argv: ["config:export", "--format", "json", "web"], stdout: config() },
  { argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\nother-db\n" },
];

/** Dokku's record of the last successful deploy: the live commit while we have no release history. */
const DEPLOYED: StubAnswer = { argv: ["apps:report", "web", "--app-deploy-source-metadata"], stdout: `${REV}\n` };

/** The table-driven stub for plain calls, plus a binary-safe, scriptable postgres:export. */
function runnerWith(play: ExportPlay = {}, answers: StubAnswer[] = BASE): Runner & { seen: string[][] } {
  const table = stubRunner([...answers, DEPLOYED]);
  return {
    seen: table.seen,
    run: table.run,
    async stream(_command, args, options) {
      table.seen.push([...args]);
      const bytes = play.bytes ?? ARCHIVE;
      const count = play.chunks ?? 1;
      const size = Math.ceil(bytes.length / count);
      play.started?.();
      async function* chunks() {
        await play.hold;
        for (let offset = 0; offset < bytes.length; offset += size) {
          if (play.delayMs) await new Promise((resolve) => setTimeout(resolve, play.delayMs));
          yield bytes.subarray(offset, offset + size);
        }
      }
      await options.consumeStdout(Readable.from(chunks()));
      return { exitCode: play.exitCode ?? 0, signal: play.signal, stderr: play.stderr ?? "" };
    },
  };
}

/** A context in which the app web exists. */
function contextFor(runner: Runner, now = "2026-11-26T07:01:02Z"): StubContext {
  const context = stubContext(runner, { apps: ["web"] });
  let clock = new Date(now).getTime();
  // Each backup a few seconds after the last, as they would be.
  context.now = () => new Date((clock += 5000));
  return context;
}

const plenty: TakeBackupOptions["statfs"] = async () => ({ bavail: 10_000_000, bsize: 4096 });

async function backupFiles(context: StubContext): Promise<string[]> {
  return (await readdir(backupPaths(context.paths.dataDir, "web").dir)).sort();
}

function everything(context: StubContext): string {
  return JSON.stringify(context.log.lines) + context.output();
}

describe("takeBackup", () => {
  it("streams the export to disk, verifies it and records commit, size and sha256", async () => {
    const context = contextFor(runnerWith());
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    const paths = backupPaths(context.paths.dataDir, "web");
    expect(record).toMatchObject({
      id: "20261126T070107Z-1a2b3c4",
      app: "web",
      service: "web-db",
      git_rev: REV,
      size: ARCHIVE.length,
      sha256: createHash("sha256").update(ARCHIVE).digest("hex"),
      verified: true,
      reason: "manual",
      pg_version: "15.18",
      file: paths.dump("20261126T070107Z-1a2b3c4"),
    });
    expect(await readFile(record.file)).toEqual(ARCHIVE);
    const manifest = JSON.parse(await readFile(paths.manifest(record.id), "utf8")) as BackupRecord & { seal: string };
    // The record adds `offsite` (null: off-site copies are off); the manifest never holds it,
    // and adds its seal: sha256 over every other field.
    const { offsite: _offsite, ...fields } = record;
    expect(manifest).toEqual({ ...fields, seal: manifestSeal(fields as unknown as Record<string, unknown>) });
    expect(manifest.seal).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(manifest).not.toHaveProperty("offsite");
    expect(await backupFiles(context)).toEqual([`${record.id}.dump`, `${record.id}.json`]);
  });

  it("makes the directory 0700 and the files 0600", async () => {
    const context = contextFor(runnerWith());
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.dir, { recursive: true, mode: 0o755 });
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    expect((await stat(paths.dir)).mode & 0o777).toBe(0o700);
    expect((await stat(record.file)).mode & 0o777).toBe(0o600);
    expect((await stat(paths.manifest(record.id))).mode & 0o777).toBe(0o600);
  });

  it("finds the service with config:export and postgres:list, never printing the URL", async () => {
    const runner = runnerWith();
    const context = contextFor(runner);
    await takeBackup("web", "manual", context, { statfs: plenty });
    expect(runner.seen).toEqual([
      ["config:export", "--format", "json", "web"],
      ["postgres:list"],
      ["apps:report", "web", "--app-deploy-source-metadata"],
      ["postgres:export", "web-db"],
    ]);
    expect(context.dokku.mutatingCalls).toBe(0);
    expect(everything(context)).not.toContain(SECRET);
  });

  it("uses the postgres-service property without discovery", async () => {
    const runner = runnerWith({}, [
      { argv: ["config:export", "--format", "json", "web"], stdout: config({ DATABASE_URL: "" }) },
    ]);
    const context = contextFor(runner);
    await new PropertyStore(context.paths.propertiesDir).set("web", "postgres-service", "chosen");
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    expect(record.service).toBe("chosen");
    expect(runner.seen.map((argv) => argv[0])).toEqual(["config:export", "apps:report", "postgres:export"]);
  });

  it("backs up the service DATABASE_URL points at when the postgres-service setting names another (a promote, a relink), saying how to put it right", async () => {
    const context = contextFor(runnerWith());
    await new PropertyStore(context.paths.propertiesDir).set("web", "postgres-service", "other-db");
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    expect(record.service).toBe("web-db");
    expect(context.log.lines.filter((line) => line.level === "warn").map((line) => line.message)).toEqual([
      "The postgres-service setting of web names other-db, but its DATABASE_URL points at web-db, the database web reads: " +
        "using web-db. Put the setting right with `dokku pegasus:set web postgres-service web-db`",
    ]);
    expect(everything(context)).not.toContain(SECRET);
  });

  it("backs up the service of DATABASE_URL when a second one is linked under an alias, without asking", async () => {
    const runner = runnerWith({}, [
      { argv: ["config:export", "--format", "json", "web"], stdout: config({ DOKKU_POSTGRES_AQUA_URL: `postgres://postgres:${SECRET}@dokku-postgres-other-db:5432/other_db` }) },
      ...BASE.slice(1),
    ]);
    const record = await takeBackup("web", "manual", contextFor(runner), { statfs: plenty });
    expect(record.service).toBe("web-db");
  });

  it("backs up what the postgres-service setting names when DATABASE_URL points outside dokku-postgres (a pooler), with a warning", async () => {
    const runner = runnerWith({}, [
      { argv: ["config:export", "--format", "json", "web"], stdout: config({ DATABASE_URL: `postgres://app:${SECRET}@pgbouncer.internal:6432/web` }) },
    ]);
    const context = contextFor(runner);
    await new PropertyStore(context.paths.propertiesDir).set("web", "postgres-service", "web-db");
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    expect(record.service).toBe("web-db");
    expect(context.log.lines.filter((line) => line.level === "warn").map((line) => line.message).join("\n")).toContain(
      "web's DATABASE_URL points at pgbouncer.internal, not at web-db: backing up web-db as its postgres-service setting says",
    );
    expect(everything(context)).not.toContain(SECRET);
  });

  it("refuses an app whose DATABASE_URL points outside dokku-postgres and whose service is linked only under an alias", async () => {
    const runner = runnerWith({}, [
      {
        argv: ["config:export", "--format", "json", "web"],
        stdout: config({
          DATABASE_URL: `postgres://app:${SECRET}@prod.abc123.eu-central-1.rds.amazonaws.com:5432/prod`,
          DOKKU_POSTGRES_AQUA_URL: `postgres://postgres:${SECRET}@dokku-postgres-other-db:5432/other_db`,
        }),
      },
      { argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\nother-db\n" },
    ]);
    const context = contextFor(runner);
    const error = await takeBackup("web", "manual", context, { statfs: plenty }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /^web's DATABASE_URL points at prod\.abc123\.eu-central-1\.rds\.amazonaws\.com, outside dokku-postgres: there is no dokku-postgres service of web's to back up or restore \(dokku-postgres-other-db is linked under another name/,
    );
    expect((error as Error).message).not.toContain(SECRET);
    expect(runner.seen.map((argv) => argv[0])).not.toContain("postgres:export");
  });

  it.each([
    ["none linked", {}, /No Postgres service is linked to web/],
    [
      "only an alias, no DATABASE_URL",
      { DOKKU_POSTGRES_AQUA_URL: `postgres://postgres:${SECRET}@dokku-postgres-other-db:5432/other_db` },
      /No Postgres service is linked to web as its DATABASE_URL \(dokku-postgres-other-db is linked under another name, which web does not read as its database\)\. Link one with `dokku postgres:link SERVICE web`, or name the right one with `dokku pegasus:set web postgres-service NAME`/,
    ],
  ] as [string, Record<string, string>, RegExp][])("explains the service it cannot choose: %s", async (_name, extra, message) => {
    const base: Record<string, string> = { DATABASE_URL: "" };
    const runner = runnerWith({}, [
      { argv: ["config:export", "--format", "json", "web"], stdout: config({ ...base, ...extra }) },
      { argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\nother-db\n" },
    ]);
    const context = contextFor(runner);
    const error = await takeBackup("web", "manual", context, { statfs: plenty }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(SECRET);
  });

  it("records git_rev none for an app never deployed", async () => {
    const runner = runnerWith({}, [
      { argv: ["config:export", "--format", "json", "web"], stdout: config({ GIT_REV: "" }) },
      { argv: ["apps:report", "web", "--app-deploy-source-metadata"], stdout: "\n" },
      ...BASE.slice(1),
    ]);
    const record = await takeBackup("web", "manual", contextFor(runner), { statfs: plenty });
    expect(record.git_rev).toBe("none");
    expect(record.id).toMatch(/^\d{8}T\d{6}Z-none$/);
  });

  it("takes the live commit from the release history, never from GIT_REV (a failed deploy's commit)", async () => {
    const failed = "fedcba9876543210fedcba9876543210fedcba98";
    const runner = runnerWith({}, [
      { argv: ["config:export", "--format", "json", "web"], stdout: config({ GIT_REV: failed }) },
      ...BASE.slice(1),
    ]);
    const context = contextFor(runner);
    await appendRelease(context.paths, "web", {
      rev: REV,
      deployed_at: "2026-11-25T07:00:00.000Z",
      source: "git-hook",
      build_id: "1",
      backup_id: null,
      previous_rev: "none",
    });
    for (const reason of ["manual", "schedule"] as const) {
      const record = await takeBackup("web", reason, context, { statfs: plenty });
      expect(record.git_rev).toBe(REV);
    }
    // The history answered: Dokku was not asked.
    expect(runner.seen.some((argv) => argv[0] === "apps:report")).toBe(false);
  });

  it("takes the live commit from the deploy gate when given, with the commit being deployed", async () => {
    const record = await takeBackup("web", "deploy", contextFor(runnerWith()), {
      statfs: plenty,
      liveRev: "fedcba9876543210",
      deployingRev: REV,
    });
    expect(record).toMatchObject({ git_rev: "fedcba9876543210", deploying_rev: REV, reason: "deploy" });
    expect(record.id).toMatch(/-fedcba9$/);
  });

  it("reports the schedule, the last scheduled result and the newest backup", async () => {
    const context = contextFor(runnerWith());
    await new PropertyStore(context.paths.propertiesDir).set("web", "backup-schedule", "0 3 * * *");
    const record = await takeBackup("web", "schedule", context, { statfs: plenty });
    expect(await backupReportFields("web", context)).toEqual({
      "backup-schedule": "0 3 * * *",
      "backup-last-scheduled": `ok ${record.created_at} ${record.id}`,
      "backup-count": "1",
      "backup-latest": `${record.id} (schedule, commit 1a2b3c4)`,
      "offsite-credentials": "unset",
      "offsite-encryption": "",
      "offsite-transport": "",
      "offsite-last": "",
      "offsite-pending": "",
    });
  });

  it("reports that every backup is pending when offsite-required is true with no offsite-url (deploys stop)", async () => {
    const context = contextFor(runnerWith());
    await new PropertyStore(context.paths.propertiesDir).set("--global", "offsite-required", "true");
    expect((await backupReportFields("web", context))["offsite-pending"]).toBe("all: offsite-required is true and no offsite-url is set, so deploys stop");
    await new PropertyStore(context.paths.propertiesDir).set("web", "offsite-required", "false");
    expect((await backupReportFields("web", context))["offsite-pending"]).toBe("");
  });

  it("exits 20 for a missing app", async () => {
    const runner = runnerWith({}, [
      { argv: ["config:export"], exitCode: 20, stderr: " !     App nope does not exist\n" },
    ]);
    await expect(takeBackup("nope", "manual", contextFor(runner), { statfs: plenty })).rejects.toBeInstanceOf(AppMissingError);
  });

  it.each([
    ["a failing export", { exitCode: 1, stderr: " !     Postgres service web-db is not running\n" }, /postgres:export web-db failed \(exit 1\): Postgres service web-db is not running/],
    ["a killed export", { signal: "SIGKILL", exitCode: 1, bytes: ARCHIVE.subarray(0, 300) }, /was killed \(SIGKILL\)/],
    ["an export that exits 0 with a truncated archive", { bytes: ARCHIVE.subarray(0, ARCHIVE.length - 40) }, /exited 0 but the archive is incomplete: the archive ends at byte \d+, inside .*issue #274/],
    ["an export that prints an error instead of an archive", { bytes: Buffer.from("pg_dump: error: connection failed\n") }, /no PGDMP header/],
  ])("keeps nothing after %s", async (_name, play, message) => {
    const context = contextFor(runnerWith(play));
    await expect(takeBackup("web", "manual", context, { statfs: plenty })).rejects.toThrow(message);
    expect(await backupFiles(context)).toEqual([]);
    expect(await listBackups(backupPaths(context.paths.dataDir, "web"))).toEqual([]);
  });

  it("refuses to start when free space is below the last backup's size plus the margin", async () => {
    const context = contextFor(runnerWith());
    const first = await takeBackup("web", "manual", context, { statfs: plenty });
    const runner = context.dokku;
    const tight: TakeBackupOptions["statfs"] = async () => ({ bavail: 64 * 256, bsize: 4096 }); // 64 MiB
    const error = await takeBackup("web", "manual", context, { statfs: tight }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(
      /^Not enough free disk to back up web: 67\.1 MB free in .*backups, 67\.1 MB needed \(the last backup's .* a fifth more and 64 MiB\)\. Free some space/,
    );
    expect(runner.calls.filter((call) => call.command === "postgres:export")).toHaveLength(1);
    expect(await backupFiles(context)).toEqual([`${first.id}.dump`, `${first.id}.json`]);
  });

  it("refuses a second backup while one runs, naming the holder", async () => {
    // The second backup starts once the first one's export runs (under its lock), and the export
    // waits for it: no fixed sleep, which a loaded machine outlasts before the first takes the lock.
    let exportStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (exportStarted = resolve));
    let finish: () => void = () => undefined;
    const hold = new Promise<void>((resolve) => (finish = resolve));
    const context = contextFor(runnerWith({ started: exportStarted, hold, chunks: 4 }));
    const first = takeBackup("web", "manual", context, { statfs: plenty });
    await Promise.race([started, first]);
    await expect(takeBackup("web", "manual", context, { statfs: plenty })).rejects.toThrow(
      new RegExp(`^A backup of web is running \\(pid ${process.pid} on .* since .*\\)\\. Wait for it to finish`),
    );
    finish();
    await expect(first).resolves.toMatchObject({ verified: true });
    expect(await listBackups(backupPaths(context.paths.dataDir, "web"))).toHaveLength(1);
  });

  it("recovers a lock left by a killed backup and removes its partial file", async () => {
    const context = contextFor(runnerWith());
    const paths = backupPaths(context.paths.dataDir, "web");
    await mkdir(paths.dir, { recursive: true });
    await acquireBackupLock(paths.lock, { app: "web", now: new Date(), log: context.log }); // never released
    await writeFile(paths.partial("20261126T060000Z-1a2b3c4"), "half");
    const record = await takeBackup("web", "manual", context, { statfs: plenty, isAlive: () => false });
    expect(record.verified).toBe(true);
    expect(context.log.lines.filter((line) => line.level === "warn").map((line) => line.message)).toEqual([
      expect.stringMatching(new RegExp(`^Recovered the backup lock of web left by pid ${process.pid} \\(started .*\\): that process is no longer running$`)),
      expect.stringMatching(/^Removed .*\/\.20261126T060000Z-1a2b3c4\.dump\.partial: the partial dump of an interrupted backup$/),
    ]);
    expect(await backupFiles(context)).toEqual([`${record.id}.dump`, `${record.id}.json`]);
  });

  it("prunes to backup-keep after a good backup, keeping the newest of each reason", async () => {
    const context = contextFor(runnerWith());
    await new PropertyStore(context.paths.propertiesDir).set("web", "backup-keep", "2");
    const deploy = await takeBackup("web", "deploy", context, { statfs: plenty });
    const manual = await takeBackup("web", "manual", context, { statfs: plenty });
    const scheduled: BackupRecord[] = [];
    for (let run = 0; run < 3; run++) scheduled.push(await takeBackup("web", "schedule", context, { statfs: plenty }));
    const left = (await listBackups(backupPaths(context.paths.dataDir, "web"))).map((record) => record.id);
    expect(left).toEqual([scheduled[2]!.id, manual.id, deploy.id]);
  });

  it("prints progress lines on stderr while a long export runs", async () => {
    const context = contextFor(runnerWith({ delayMs: 40, chunks: 5 }));
    let progress = "";
    await takeBackup("web", "manual", context, {
      statfs: plenty,
      progress: { write: (chunk: string) => (progress += chunk) },
      progressIntervalMs: 50,
    });
    expect(progress).toMatch(/^ {7}[\d.]+ (B|KB) written \([\d.]+ (B|KB|MB)\/s\)\n/);
    expect(context.output()).toBe("");
  });

  it("records the last scheduled result, good or bad", async () => {
    const context = contextFor(runnerWith());
    const paths = backupPaths(context.paths.dataDir, "web");
    const record = await takeBackup("web", "schedule", context, { statfs: plenty });
    expect(JSON.parse(await readFile(paths.lastScheduled, "utf8"))).toEqual({ status: "ok", at: record.created_at, id: record.id });
    const failing = contextFor(runnerWith({ exitCode: 1, stderr: " !     boom\n" }));
    failing.paths = context.paths;
    await expect(takeBackup("web", "schedule", failing, { statfs: plenty })).rejects.toThrow(/boom/);
    expect(JSON.parse(await readFile(paths.lastScheduled, "utf8"))).toMatchObject({ status: "failed", message: expect.stringMatching(/boom/) });
  });
});

describe("pegasus:backup-deploy and pegasus:backups", () => {
  it("prints the record as JSON alone on stdout and lists backups newest first", async () => {
    const context = contextFor(runnerWith());
    const first = await takeBackup("web", "deploy", context, { statfs: plenty });
    await backupDeploy.run(parseCommandArgs("pegasus:backup-deploy", ["web", "--format", "json"], backupDeploy.options), context);
    const printed = JSON.parse(context.output()) as BackupRecord;
    expect(Object.keys(printed)).toEqual(expect.arrayContaining(["id", "app", "service", "file", "created_at", "git_rev", "size", "sha256", "verified"]));
    expect(printed.reason).toBe("manual");

    const listing = contextFor(runnerWith());
    listing.paths = context.paths;
    await backups.run(parseCommandArgs("pegasus:backups", ["web", "--format", "json"], backups.options), listing);
    expect((JSON.parse(listing.output()) as BackupRecord[]).map((record) => record.id)).toEqual([printed.id, first.id]);

    const table = contextFor(runnerWith());
    table.paths = context.paths;
    await backups.run(parseCommandArgs("pegasus:backups", ["web"], backups.options), table);
    expect(table.log.lines.map((line) => line.message)).toEqual([
      "web backups",
      expect.stringMatching(/^ID {24}CREATED {15}REASON  COMMIT {3}SIZE {4}VERIFIED  MEDIA$/),
      expect.stringMatching(new RegExp(`^${printed.id}  2026-11-26T07:01:\\d\\dZ  manual  1a2b3c4  \\d\\.\\d KB  yes {7}-$`)),
      expect.stringMatching(new RegExp(`^${first.id}  .*  deploy  1a2b3c4  .*  yes {7}-$`)),
    ]);
  });

  it("refuses reasons the CLI does not take", async () => {
    const context = contextFor(runnerWith());
    await expect(
      backupDeploy.run(parseCommandArgs("pegasus:backup-deploy", ["web", "--reason", "deploy"], backupDeploy.options), context),
    ).rejects.toThrow(/--reason must be manual or schedule/);
  });

  it("lists nothing that lacks a verified manifest", async () => {
    const context = contextFor(runnerWith());
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    const paths = backupPaths(context.paths.dataDir, "web");
    await writeFile(paths.dump("20261126T080000Z-none"), ARCHIVE);
    await writeFile(paths.manifest("20261126T090000Z-none"), JSON.stringify({ ...record, id: "20261126T090000Z-none" }));
    await writeFile(paths.dump("20261126T100000Z-none"), ARCHIVE);
    await writeFile(paths.manifest("20261126T100000Z-none"), JSON.stringify({ ...record, id: "20261126T100000Z-none", verified: false }));
    expect((await listBackups(paths)).map((entry) => entry.id)).toEqual([record.id]);
    expect(path.basename(paths.partial("x"))).toBe(".x.dump.partial");
  });
});

describe("the host of DATABASE_URL", () => {
  it.each([
    ["postgres://postgres:pw@dokku-postgres-web-db:5432/web_db", "dokku-postgres-web-db"],
    // A password with an @ (dj-database-url splits at the last one): the host, never the password's tail.
    ["postgres://app:p@SuperSecretTail99@db.example.com:5432/prod", "db.example.com"],
    ["postgres://app:p@SuperSecretTail99@dokku-postgres-web-db:5432/web_db", "dokku-postgres-web-db"],
    // dokku-postgres writes the scheme POSTGRES_DATABASE_SCHEME names (GeoDjango: postgis).
    ["postgis://postgres:pw@dokku-postgres-web-db:5432/web_db", "dokku-postgres-web-db"],
    ["postgresql+psycopg://u:pw@db.internal/x", "db.internal"],
    ["postgres://u:pw@[fd00::1]:5432/x", "[fd00::1]"],
    ["postgres://db.internal/x", "db.internal"],
  ])("%s -> %s", async (url, host) => {
    const { databaseUrlHost } = await import("../../../src/dokku/postgres.js");
    expect(databaseUrlHost({ DATABASE_URL: url })).toBe(host);
  });

  it("is null for a URL that is not Postgres's, and undefined without one", async () => {
    const { databaseUrlHost } = await import("../../../src/dokku/postgres.js");
    expect(databaseUrlHost({ DATABASE_URL: "sqlite:///db.sqlite3" })).toBeNull();
    expect(databaseUrlHost({})).toBeUndefined();
  });
});
