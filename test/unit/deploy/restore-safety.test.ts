import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseCommandArgs } from "../../../src/core/args.js";
import type { BackupReason, BackupRecord } from "../../../src/backup/id.js";
import { backupPaths, inspectBackup, listBackups, manifestSeal, writeManifest } from "../../../src/backup/store.js";
import { takeBackup } from "../../../src/backup/take.js";
import { UserError } from "../../../src/errors.js";
import { resolveCommit } from "../../../src/io/git.js";
import { PropertyStore } from "../../../src/io/properties.js";
import type { Runner } from "../../../src/io/runner.js";
import { backupDeploy } from "../../../src/subcommands/backup-deploy.js";
import { restore } from "../../../src/subcommands/restore.js";
import { rollback } from "../../../src/subcommands/rollback.js";
import { postAppRenameSetup } from "../../../src/triggers/post-app-rename-setup.js";
import { sampleEntries, writeFakeArchive } from "../../support/pg-archive-writer.js";
import { stubContext, stubRunner, type StubAnswer, type StubContext } from "../../support/stub-context.js";

const LIVE = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const ARCHIVE = writeFakeArchive(sampleEntries());

const answersFor = (app: string): StubAnswer[] => [
  { argv: ["config:export", "--format", "json", app], stdout: JSON.stringify({ GIT_REV: LIVE, DATABASE_URL: "postgres://postgres:pw@dokku-postgres-web-db:5432/web_db" }) },
  { argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\n" },
  { argv: ["apps:locked", app], exitCode: 1 },
  { argv: ["ps:report", app, "--format", "json"], stdout: JSON.stringify({ deployed: "true", restore: "true" }) },
  { argv: ["apps:report", app, "--app-deploy-source-metadata"], stdout: `${LIVE}\n` },
  { argv: ["ps:stop", app] },
  { argv: ["ps:start", app] },
  { argv: ["postgres:import"] },
];

interface Imported {
  service: string;
  file: string;
  existed: boolean;
}

/**
 * dokku from a table; postgres:export streams a good archive (after `onExport`, which plays
 * whatever happens meanwhile); postgres:import records the file it was given and whether it
 * was there to read.
 */
function runner(apps: string[], onExport?: () => Promise<void>): Runner & { seen: string[][]; imported: Imported[] } {
  // web-db is linked to one app: the last named (after apps:rename, the new name).
  const table = stubRunner([...apps.flatMap(answersFor), { argv: ["postgres:links", "web-db"], stdout: `${apps.at(-1)}\n` }]);
  const imported: Imported[] = [];
  return {
    seen: table.seen,
    imported,
    async run(command, args, options) {
      const result = await table.run(command, args, options);
      const argv = args[0] === "--quiet" ? args.slice(1) : args;
      if (argv[0] === "postgres:import") {
        imported.push({ service: argv[1]!, file: options.inputFile ?? "", existed: existsSync(options.inputFile ?? "") });
      }
      return result;
    },
    async stream(_command, args, options) {
      table.seen.push([...args]);
      if (onExport) await onExport();
      await options.consumeStdout(Readable.from([ARCHIVE]));
      return { exitCode: 0, stderr: "" };
    },
  };
}

/** A context in which `apps` exist. */
function contextFor(run: Runner, apps = ["web"]): StubContext {
  const context = stubContext(run, { apps });
  let clock = new Date("2026-11-26T07:01:02Z").getTime();
  context.now = () => new Date((clock += 5000));
  return context;
}

async function storeBackup(context: StubContext, app: string, stamp: string, reason: BackupReason, fields: Partial<BackupRecord> = {}): Promise<BackupRecord> {
  const paths = backupPaths(context.paths.dataDir, app);
  await mkdir(paths.dir, { recursive: true, mode: 0o700 });
  const id = `20261126T${stamp}Z-${LIVE.slice(0, 7)}`;
  const record = {
    id,
    app,
    service: "web-db",
    file: paths.dump(id),
    created_at: `2026-11-26T${stamp.slice(0, 2)}:${stamp.slice(2, 4)}:${stamp.slice(4, 6)}.000Z`,
    git_rev: LIVE,
    size: ARCHIVE.length,
    sha256: createHash("sha256").update(ARCHIVE).digest("hex"),
    verified: true,
    reason,
    ...fields,
  } as BackupRecord;
  await writeFile(paths.dump(id), ARCHIVE, { mode: 0o600 });
  await writeManifest(paths, record);
  return record;
}

const argsOf = (command: typeof restore, argv: string[]) => parseCommandArgs(`pegasus:${command.name}`, argv, command.options);
const ids = async (context: StubContext, app: string) =>
  (await listBackups(backupPaths(context.paths.dataDir, app))).map((record) => record.id);

describe("restore keeps the backup it restores (H1)", () => {
  it("the safety backup's prune never deletes the backup being restored, even when it is the oldest", async () => {
    const run = runner(["web"]);
    const context = contextFor(run);
    await new PropertyStore(context.paths.propertiesDir).set("web", "backup-keep", "1");
    const oldest = await storeBackup(context, "web", "050000", "deploy");
    await storeBackup(context, "web", "060000", "deploy");
    await storeBackup(context, "web", "063000", "schedule");

    await restore.run(argsOf(restore, ["web", oldest.id, "--force"]), context);

    expect(await ids(context, "web")).toContain(oldest.id);
    expect(run.imported).toEqual([{ service: "web-db", file: backupPaths(context.paths.dataDir, "web").dump(oldest.id), existed: true }]);
  });

  it("re-checks the backup under the lock and refuses before the import when it vanished meanwhile, starting the app it stopped", async () => {
    let context: StubContext | undefined;
    let target: BackupRecord | undefined;
    // Someone deletes the dump while the safety backup is exported.
    const run = runner(["web"], async () => {
      await rm(backupPaths(context!.paths.dataDir, "web").dump(target!.id), { force: true });
    });
    context = contextFor(run);
    target = await storeBackup(context, "web", "050000", "deploy");

    const error = await restore.run(argsOf(restore, ["web", target.id, "--force"]), context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(new RegExp(`^Backup ${target.id} is refused: it is no longer listed`));
    expect((error as Error).message).toContain("The safety backup");
    expect((error as Error).message).toContain("web, stopped for the restore, was started again.");
    expect(run.seen.filter((argv) => argv[0] === "ps:stop" || argv[0] === "ps:start")).toEqual([["ps:stop", "web"], ["ps:start", "web"]]);
    expect(run.imported).toEqual([]);
    // Nothing was imported: no journal is left to say the database may be half-restored.
    expect(existsSync(path.join(backupPaths(context.paths.dataDir, "web").appDir, "restore.json"))).toBe(false);
  });
});

describe("restore after apps:rename (H3)", () => {
  it("restores a backup taken under the old name, reading the dump where it is now", async () => {
    const run = runner(["web", "site"]);
    const context = contextFor(run, ["web", "site"]);
    const taken = await takeBackup("web", "manual", context);
    expect(taken.file).toBe(backupPaths(context.paths.dataDir, "web").dump(taken.id));

    await postAppRenameSetup.run(["web", "site"], context);
    await restore.run(argsOf(restore, ["site", taken.id, "--force", "--format", "json"]), context);
    const siteDump = backupPaths(context.paths.dataDir, "site").dump(taken.id);
    const listed = (await listBackups(backupPaths(context.paths.dataDir, "site"))).find((record) => record.id === taken.id);
    expect(listed?.file).toBe(siteDump);
    expect(run.imported).toEqual([{ service: "web-db", file: siteDump, existed: true }]);
    expect(JSON.parse(context.output())).toMatchObject({ app: "site", backup_id: taken.id, forced: true, started: true });
    expect(run.seen.filter((argv) => argv[0] === "ps:stop" || argv[0] === "ps:start")).toEqual([
      ["ps:stop", "site"],
      ["ps:start", "site"],
    ]);
  });
});

describe("manifest fields are checked like input (P2/P3)", () => {
  it.each([
    ["a service that would be an option", { service: "--help" }],
    ["a service with a path in it", { service: "../web-db" }],
    ["a git_rev that would be a git option", { git_rev: "--output=/tmp/x" }],
    ["a git_rev range", { git_rev: "1a2b3c4..HEAD" }],
    ["a size that is not a number", { size: "12" as unknown as number }],
    ["a sha256 that is not one", { sha256: "-" }],
  ])("does not list a backup whose manifest has %s", async (_what, fields) => {
    const run = runner(["web"]);
    const context = contextFor(run);
    const bad = await storeBackup(context, "web", "050000", "deploy", fields);
    expect(await ids(context, "web")).toEqual([]);
    const error = await rollback.run(argsOf(rollback, ["web", bad.id, "--force"]), context).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain(`Backup ${bad.id} is refused: its manifest lacks a field or holds a value that is not allowed`);
    expect(run.seen.some((argv) => argv[0] === "git")).toBe(false);
    expect(context.dokku.mutatingCalls).toBe(0);
  });

  it("resolveCommit never hands git anything but a hex sha", async () => {
    const seen: string[][] = [];
    const git: Runner = {
      async run(command, args) {
        seen.push([command, ...args]);
        return { exitCode: 0, stdout: `${LIVE}\n`, stderr: "" };
      },
      async stream() {
        throw new Error("unused");
      },
    };
    for (const rev of ["--output=/tmp/x", "-1a2b3c4", "HEAD", "1a2b3c4..HEAD", "1A2B3C4", ""]) {
      expect(await resolveCommit(git, {}, "/repo", rev)).toBeUndefined();
    }
    expect(seen).toEqual([]);
    expect(await resolveCommit(git, {}, "/repo", LIVE)).toBe(LIVE);
  });

  it("refuses a postgres-service property that is not a service name, before any export", async () => {
    const run = runner(["web"]);
    const context = contextFor(run);
    await new PropertyStore(context.paths.propertiesDir).set("web", "postgres-service", "--all");
    const error = await takeBackup("web", "manual", context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain("The postgres-service property of web is not a Postgres service name");
    expect((error as Error).message).not.toContain("--all");
    expect(run.seen.some((argv) => argv[0] === "postgres:export")).toBe(false);
  });
});

describe("progress goes to the context's stderr", () => {
  it("pegasus:backup-deploy writes its progress lines through context.stderr, never stdout", async () => {
    const table = stubRunner(answersFor("web"));
    const slow: Runner = {
      run: table.run,
      async stream(_command, _args, options) {
        // Longer than the 1 s progress interval, so at least one line is due.
        async function* chunks() {
          yield ARCHIVE.subarray(0, 64);
          await new Promise((resolve) => setTimeout(resolve, 1100));
          yield ARCHIVE.subarray(64);
        }
        await options.consumeStdout(Readable.from(chunks()));
        return { exitCode: 0, stderr: "" };
      },
    };
    const context = contextFor(slow);
    await backupDeploy.run(argsOf(backupDeploy, ["web"]), context);
    expect(context.errorOutput()).toMatch(/written \(/);
    expect(context.output()).toBe("");
  });
});

describe("kept backups of a destroyed app", () => {
  it("are listed from any directory with backupPathsAt, file pointing where the dump is", async () => {
    const { backupPathsAt } = await import("../../../src/backup/store.js");
    const context = contextFor(runner(["web"]));
    const record = await storeBackup(context, "web", "050000", "deploy");
    const aside = path.join(context.paths.dataDir, ".deleted", "web", "20261126T080000Z");
    await mkdir(path.dirname(aside), { recursive: true });
    const { rename } = await import("node:fs/promises");
    await rename(path.join(context.paths.dataDir, "web"), aside);
    const [listed] = await listBackups(backupPathsAt(aside));
    expect(listed?.id).toBe(record.id);
    expect(listed?.file).toBe(path.join(aside, "backups", `${record.id}.dump`));
  });
});

describe("sealed manifests (issue 11, item 1)", () => {
  it("the seal covers every field, including ones a later version adds, whatever their order", async () => {
    const run = runner(["web"]);
    const context = contextFor(run);
    const paths = backupPaths(context.paths.dataDir, "web");
    const record = await storeBackup(context, "web", "050000", "deploy", {
      later_field: { size: 10, parts: ["a", "b"] },
    } as Partial<BackupRecord>);
    const written = JSON.parse(await readFile(paths.manifest(record.id), "utf8")) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(written).reverse());
    expect(manifestSeal(reordered)).toBe(written.seal);
    expect(await inspectBackup(paths, record.id)).toMatchObject({ sealed: true });

    for (const edit of [{ service: "other-db" }, { later_field: { size: 11, parts: ["a", "b"] } }, { extra: 1 }]) {
      await writeFile(paths.manifest(record.id), JSON.stringify({ ...written, ...edit }));
      expect(await inspectBackup(paths, record.id)).toEqual({
        why: "its manifest was changed after it was written (the seal does not match)",
      });
      expect(await ids(context, "web")).toEqual([]);
      const error = await restore.run(argsOf(restore, ["web", record.id, "--force", "--into-service", "web-db"]), context).catch((caught: unknown) => caught);
      expect((error as Error).message).toMatch(/^Backup \S+ is refused: its manifest was changed after it was written \(the seal does not match\)\. Nothing was changed\./);
      // Refused before any Dokku call.
      expect(run.seen).toEqual([]);
    }
  });
});
