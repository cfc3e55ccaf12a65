import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { BackupRecord } from "../../../src/backup/id.js";
import { backupPaths, writeManifest } from "../../../src/backup/store.js";
import { UserError } from "../../../src/errors.js";
import { readPendingDeploy, writePendingDeploy } from "../../../src/io/deploy-state.js";
import { PropertyStore } from "../../../src/io/properties.js";
import { readReleases } from "../../../src/io/releases.js";
import type { Runner } from "../../../src/io/runner.js";
import { parseCommandArgs } from "../../../src/core/args.js";
import { restore } from "../../../src/subcommands/restore.js";
import { rollback } from "../../../src/subcommands/rollback.js";
import { postBuild } from "../../../src/triggers/post-build.js";
import { postDeploy } from "../../../src/triggers/post-deploy.js";
import { preReleaseBuilder } from "../../../src/triggers/pre-release-builder.js";
import { sampleEntries, writeFakeArchive } from "../../support/pg-archive-writer.js";
import { stubContext, stubRunner, type StubAnswer, type StubContext } from "../../support/stub-context.js";

const SECRET = "0123456789abcdef0123456789abcdef";
const LIVE = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const NEW = "fedcba9876543210fedcba9876543210fedcba98";
const ARCHIVE = writeFakeArchive(sampleEntries());

const config = (rev = NEW) =>
  JSON.stringify({ GIT_REV: rev, DATABASE_URL: `postgres://postgres:${SECRET}@dokku-postgres-web-db:5432/web_db` });

const DEPLOY_ANSWERS: StubAnswer[] = [
  { argv: ["config:export", "--format", "json", "web"], stdout: config() },
  { argv: ["apps:report", "web", "--app-deploy-source-metadata"], stdout: `${LIVE}\n` },
  { argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\n" },
  { argv: ["postgres:links", "web-db"], stdout: "web\n" },
  { argv: ["apps:locked", "web"], exitCode: 1 },
  { argv: ["config:get", "web", "GIT_REV"], stdout: `${NEW}\n` },
  { argv: ["ps:report", "web", "--format", "json"], stdout: JSON.stringify({ deployed: "true", restore: "true" }) },
];

/** dokku from a table, postgres:export playing `exportExit`, git answering `gitSha`. */
function runner(options: { answers?: StubAnswer[]; exportExit?: number; gitSha?: string } = {}): Runner & { seen: string[][] } {
  const table = stubRunner(options.answers ?? DEPLOY_ANSWERS);
  return {
    seen: table.seen,
    async run(command, args, runOptions) {
      if (command === "git") {
        table.seen.push(["git", ...args]);
        return options.gitSha ? { exitCode: 0, stdout: `${options.gitSha}\n`, stderr: "" } : { exitCode: 1, stdout: "", stderr: "" };
      }
      return table.run(command, args, runOptions);
    },
    async stream(_command, args, streamOptions) {
      table.seen.push([...args]);
      const failed = (options.exportExit ?? 0) !== 0;
      await streamOptions.consumeStdout(Readable.from([failed ? ARCHIVE.subarray(0, 100) : ARCHIVE]));
      return { exitCode: options.exportExit ?? 0, stderr: failed ? " !     pg_dump: connection refused\n" : "" };
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

const BUILD = { DOKKU_BUILD_SOURCE: "git-hook", DOKKU_BUILD_ID: "build-1" };
const everything = (context: StubContext) => JSON.stringify(context.log.lines) + context.output();

describe("pre-release-builder (the deploy gate)", () => {
  it("passes a config restart with one line and no Dokku call", async () => {
    const run = runner();
    const context = contextFor(run, { DOKKU_BUILD_SOURCE: "config-redeploy" });
    await preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], context);
    expect(run.seen).toEqual([]);
    expect(context.log.lines).toEqual([{ level: "info1", message: "Pegasus deploy backup skipped: no new code (config-redeploy): no backup needed" }]);
  });

  it("takes a deploy backup naming the live and the deploying commit, and notes it for the build", async () => {
    const run = runner();
    const context = contextFor(run, BUILD);
    await preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], context);
    const pending = await readPendingDeploy(context.paths, "web");
    expect(pending).toMatchObject({ build_id: "build-1", live_rev: LIVE, deploying_rev: NEW });
    expect(pending?.backup_id).toMatch(/^\d{8}T\d{6}Z-1a2b3c4$/);
    const manifest = JSON.parse(
      await readFile(backupPaths(context.paths.dataDir, "web").manifest(pending!.backup_id!), "utf8"),
    ) as BackupRecord;
    expect(manifest).toMatchObject({ reason: "deploy", git_rev: LIVE, deploying_rev: NEW });
    expect(context.dokku.mutatingCalls).toBe(0);
    expect(everything(context)).not.toContain(SECRET);
  });

  it("takes no second backup in the same build (post-build took it for a predeploy app)", async () => {
    const run = runner();
    const context = contextFor(run, BUILD);
    const workDir = path.join(context.paths.libRoot, "work");
    await mkdir(workDir, { recursive: true });
    await writeFile(path.join(workDir, "app.json"), JSON.stringify({ scripts: { dokku: { predeploy: "./manage.py migrate" } } }));
    await postBuild.run(["dockerfile", "web", workDir], context);
    await preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], context);
    expect(run.seen.filter((argv) => argv[0] === "postgres:export")).toHaveLength(1);
    expect(context.log.lines.at(-1)?.message).toMatch(/^Pegasus deploy backup \S+ already taken for this build$/);
  });

  it("post-build leaves an app without predeploy to pre-release-builder, silently", async () => {
    const run = runner();
    const context = contextFor(run, BUILD);
    await postBuild.run(["dockerfile", "web", path.join(context.paths.libRoot, "no-such-dir")], context);
    expect(run.seen).toEqual([]);
    expect(context.log.lines).toEqual([]);
  });

  it("a failed backup fails the trigger with why and how to skip once, and notes nothing", async () => {
    const context = contextFor(runner({ exportExit: 1 }), BUILD);
    const error = await preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toContain("Deploy of web stopped: the backup before its migrations failed, so no migration ran.");
    expect(message).toContain("pg_dump: connection refused");
    expect(message).toContain("dokku pegasus:set web backup-skip-next true");
    expect(message).not.toContain(SECRET);
    expect(await readPendingDeploy(context.paths, "web")).toBeUndefined();
  });

  it("backup-skip-next passes one deploy, warns, and is unset", async () => {
    const run = runner();
    const context = contextFor(run, BUILD);
    const properties = new PropertyStore(context.paths.propertiesDir);
    await properties.set("web", "backup-skip-next", "true");
    await preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], context);
    expect(await properties.get("web", "backup-skip-next")).toBeUndefined();
    expect(run.seen.some((argv) => argv[0] === "postgres:export")).toBe(false);
    expect(context.log.lines.filter((line) => line.level === "warn")[0]?.message).toContain("NO BACKUP for this deploy of web");
    expect(await readPendingDeploy(context.paths, "web")).toMatchObject({ backup_id: null });
  });
});

describe("post-deploy (release history)", () => {
  it("records the release with the build's deploy backup and clears the note", async () => {
    const context = contextFor(runner(), BUILD);
    await writePendingDeploy(context.paths, "web", {
      build_id: "build-1",
      backup_id: "20261126T070102Z-1a2b3c4",
      live_rev: LIVE,
      deploying_rev: NEW,
      created_at: "2026-11-26T07:01:02Z",
      reason: "deploy backup taken",
    });
    await postDeploy.run(["web", "", "", "latest"], context);
    const [record] = await readReleases(context.paths, "web");
    expect(record).toMatchObject({ rev: NEW, source: "git-hook", build_id: "build-1", backup_id: "20261126T070102Z-1a2b3c4", previous_rev: LIVE });
    expect(await readPendingDeploy(context.paths, "web")).toBeUndefined();
  });

  it("records nothing for a restart", async () => {
    const run = runner();
    const context = contextFor(run, { DOKKU_BUILD_SOURCE: "ps:restart" });
    await postDeploy.run(["web", "", "", "latest"], context);
    expect(run.seen).toEqual([]);
    expect(await readReleases(context.paths, "web")).toEqual([]);
  });
});

async function storeBackup(context: StubContext, gitRev: string, tamper = false): Promise<BackupRecord> {
  const paths = backupPaths(context.paths.dataDir, "web");
  await mkdir(paths.dir, { recursive: true, mode: 0o700 });
  const id = `20261126T060000Z-${gitRev === "none" ? "none" : gitRev.slice(0, 7)}`;
  const bytes = Buffer.from(ARCHIVE);
  const record = {
    id,
    app: "web",
    service: "web-db",
    file: paths.dump(id),
    created_at: "2026-11-26T06:00:00.000Z",
    git_rev: gitRev,
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    verified: true,
    reason: "deploy",
  } as BackupRecord;
  if (tamper) {
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
  }
  await writeFile(record.file, bytes, { mode: 0o600 });
  await writeManifest(paths, record);
  return record;
}

const argsOf = (command: typeof restore, argv: string[]) => parseCommandArgs(`pegasus:${command.name}`, argv, command.options);

describe("pegasus:restore and pegasus:rollback refusals", () => {
  it("restore refuses a tampered dump before any mutating call", async () => {
    const context = contextFor(runner());
    const record = await storeBackup(context, LIVE, true);
    const error = await restore.run(argsOf(restore, ["web", record.id, "--force"]), context).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(new RegExp(`^Backup ${record.id} is refused: its sha256 is [0-9a-f]{64}, the manifest says ${record.sha256}`));
    expect(context.dokku.mutatingCalls).toBe(0);
  });

  it("restore without --force prints the plan and the --force line, making no mutating call", async () => {
    const context = contextFor(runner());
    const record = await storeBackup(context, LIVE);
    await restore.run(argsOf(restore, ["web", record.id, "--format", "json"]), context);
    expect(context.dokku.mutatingCalls).toBe(0);
    expect(JSON.parse(context.output())).toMatchObject({ app: "web", backup_id: record.id, forced: false });
    expect(context.log.lines.at(-1)?.message).toBe(`Re-run with --force to restore: dokku pegasus:restore web ${record.id} --force`);
  });

  it("rollback refuses a commit the app's repository lacks, asking git with an argument array", async () => {
    const run = runner();
    const context = contextFor(run);
    const record = await storeBackup(context, LIVE);
    const error = await rollback.run(argsOf(rollback, ["web", record.id, "--force"]), context).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain(`Commit ${LIVE} of backup ${record.id} is not in web's repository`);
    expect(run.seen.find((argv) => argv[0] === "git")).toEqual([
      "git",
      "--git-dir",
      path.join(context.paths.dokkuRoot, "web"),
      "rev-parse",
      "--quiet",
      "--verify",
      `${LIVE}^{commit}`,
    ]);
    expect(context.dokku.mutatingCalls).toBe(0);
  });

  it("rollback without --force shows the commit it would deploy", async () => {
    const context = contextFor(runner({ gitSha: LIVE }));
    const record = await storeBackup(context, LIVE);
    await rollback.run(argsOf(rollback, ["web", record.id]), context);
    expect(context.dokku.mutatingCalls).toBe(0);
    expect(JSON.stringify(context.log.lines)).toContain(`git:sync --build web ${path.join(context.paths.dokkuRoot, "web")} ${LIVE}`);
  });
});
