import { readdir } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decideGate, earlyPass, type GateFacts } from "../../../src/core/deploy-gate.js";
import { readPendingDeploy } from "../../../src/io/deploy-state.js";
import { appendRelease, readReleases } from "../../../src/io/releases.js";
import type { Runner } from "../../../src/io/runner.js";
import { preReleaseBuilder } from "../../../src/triggers/pre-release-builder.js";
import { postBuild } from "../../../src/triggers/post-build.js";
import { postDeploy } from "../../../src/triggers/post-deploy.js";
import { sampleEntries, writeFakeArchive } from "../../support/pg-archive-writer.js";
import { stubContext, stubRunner, type StubContext } from "../../support/stub-context.js";

// Dokku before 0.38 sets no DOKKU_BUILD_SOURCE: a config restart, ps:restart and the boot
// restore run the release phase exactly like a deploy. GIT_REV against the last release tells.
const LIVE = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const NEW = "fedcba9876543210fedcba9876543210fedcba98";
const ARCHIVE = writeFakeArchive(sampleEntries());

const facts = (overrides: Partial<GateFacts> = {}): GateFacts => ({
  trigger: "pre-release-builder",
  buildSource: undefined,
  backupOnDeploy: true,
  skipNext: false,
  rollback: false,
  hasPredeploy: false,
  alreadyTakenForBuild: false,
  hasPostgres: true,
  ...overrides,
});

describe("decideGate without a build source", () => {
  it("earlyPass cannot decide it: the revs are read first", () => {
    expect(earlyPass({ trigger: "pre-release-builder", buildSource: undefined, hasPredeploy: false })).toBeUndefined();
  });

  it("passes when GIT_REV is the last released commit: a restart of the same code", () => {
    expect(decideGate(facts({ deployingRev: LIVE, lastReleaseRev: LIVE }))).toEqual({
      action: "pass",
      reason: `no new code (${LIVE} is the last released commit): no backup needed`,
      noNewCode: true,
    });
    expect(decideGate(facts({ deployingRev: LIVE.toUpperCase(), lastReleaseRev: ` ${LIVE}\n` }))).toMatchObject({ noNewCode: true });
  });

  it("backs up when GIT_REV differs from the last release, or either is unknown", () => {
    expect(decideGate(facts({ deployingRev: NEW, lastReleaseRev: LIVE }))).toEqual({ action: "backup" });
    expect(decideGate(facts({ deployingRev: NEW, lastReleaseRev: undefined }))).toEqual({ action: "backup" });
    expect(decideGate(facts({ deployingRev: undefined, lastReleaseRev: undefined }))).toEqual({ action: "backup" });
    expect(decideGate(facts({ deployingRev: "none", lastReleaseRev: "none" }))).toEqual({ action: "backup" });
  });

  it("leaves a known build source to it, whatever the revs", () => {
    expect(decideGate(facts({ buildSource: "git-hook", deployingRev: LIVE, lastReleaseRev: LIVE }))).toEqual({ action: "backup" });
    expect(earlyPass({ trigger: "pre-release-builder", buildSource: "ps:restart", hasPredeploy: false })).toMatchObject({ noNewCode: true });
  });
});

function runner(gitRev: string): Runner & { seen: string[][] } {
  const table = stubRunner([
    { argv: ["config:export", "--format", "json", "web"], stdout: JSON.stringify({ GIT_REV: gitRev, DATABASE_URL: "postgres://postgres:pw@dokku-postgres-web-db:5432/web_db" }) },
    { argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\n" },
    { argv: ["config:get", "web", "GIT_REV"], stdout: `${gitRev}\n` },
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

async function released(context: StubContext, rev: string): Promise<void> {
  await appendRelease(context.paths, "web", {
    rev,
    deployed_at: "2026-11-25T07:00:00.000Z",
    source: "unknown",
    build_id: null,
    backup_id: null,
    previous_rev: "none",
  });
}

describe("pre-release-builder on Dokku before 0.38", () => {
  it("a restart of the released commit takes no backup and notes nothing for post-deploy", async () => {
    const run = runner(LIVE);
    const context = stubContext(run);
    await released(context, LIVE);
    await preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], context);
    expect(run.seen.some((argv) => argv[0] === "postgres:export")).toBe(false);
    expect(await readPendingDeploy(context.paths, "web")).toBeUndefined();
    expect(context.log.lines.at(-1)?.message).toBe(
      `Pegasus deploy backup skipped: no new code (${LIVE} is the last released commit): no backup needed`,
    );
  });

  it("a new commit is backed up", async () => {
    const run = runner(NEW);
    const context = stubContext(run);
    await released(context, LIVE);
    await preReleaseBuilder.run(["dockerfile", "web", "dokku/web:latest"], context);
    expect(run.seen.filter((argv) => argv[0] === "postgres:export")).toHaveLength(1);
    expect(await readPendingDeploy(context.paths, "web")).toMatchObject({ live_rev: LIVE, deploying_rev: NEW });
  });
});

describe("a failed deploy on Dokku 0.34-0.37 (DOKKU_PID, no build source) leaves nothing a restart can take for it", () => {
  const PRE_RELEASE = ["dockerfile", "web", "dokku/web:latest"];
  const POST_BUILD = ["dockerfile", "web", "/nonexistent/work"];
  const POST_DEPLOY = ["web", "5000", "127.0.0.1", "latest"];

  it("the restart after it takes no backup and records no release; its notes are gone", async () => {
    const run = runner(NEW);
    const context = stubContext(run, { env: { DOKKU_PID: "100" } });
    await released(context, LIVE);
    // The deploy of NEW: post-build, the gate's backup, then the release task fails, so no
    // post-deploy ever runs. GIT_REV stays NEW.
    await postBuild.run(POST_BUILD, context);
    await preReleaseBuilder.run(PRE_RELEASE, context);
    expect(run.seen.filter((argv) => argv[0] === "postgres:export")).toHaveLength(1);
    expect(await readPendingDeploy(context.paths, "web")).toMatchObject({ dokku_pid: "100", deploying_rev: NEW });

    // Minutes later, `ps:restart`: another dokku run, the same GIT_REV, no build.
    context.env.DOKKU_PID = "200";
    await preReleaseBuilder.run(PRE_RELEASE, context);
    await postDeploy.run(POST_DEPLOY, context);
    expect(run.seen.filter((argv) => argv[0] === "postgres:export")).toHaveLength(1);
    expect((await readReleases(context.paths, "web")).map((release) => release.rev)).toEqual([LIVE]);
    expect(await readPendingDeploy(context.paths, "web")).toBeUndefined();
    expect(await readdir(path.join(context.paths.dataDir, "web"))).toEqual(["backups", "releases.jsonl"]);
    expect(context.log.lines.map((line) => line.message)).toContain(
      "Pegasus deploy backup skipped: no build ran in this dokku run (a restart): no backup needed",
    );
  });

  it("a deploy that succeeds is backed up once and recorded, its notes then removed", async () => {
    const run = runner(NEW);
    const context = stubContext(run, { env: { DOKKU_PID: "300" } });
    await released(context, LIVE);
    await postBuild.run(POST_BUILD, context);
    await preReleaseBuilder.run(PRE_RELEASE, context);
    await postDeploy.run(POST_DEPLOY, context);
    const [latest] = await readReleases(context.paths, "web");
    expect(latest).toMatchObject({ rev: NEW, previous_rev: LIVE, source: "unknown" });
    expect(latest?.backup_id).toMatch(/-1a2b3c4$/);
    expect(await readdir(path.join(context.paths.dataDir, "web"))).toEqual(["backups", "releases.jsonl"]);
  });

  it("a rebuild of the released commit (ps:rebuild) is a build, so it is backed up", async () => {
    const run = runner(LIVE);
    const context = stubContext(run, { env: { DOKKU_PID: "400" } });
    await released(context, LIVE);
    await postBuild.run(POST_BUILD, context);
    await preReleaseBuilder.run(PRE_RELEASE, context);
    expect(run.seen.filter((argv) => argv[0] === "postgres:export")).toHaveLength(1);
  });
});
