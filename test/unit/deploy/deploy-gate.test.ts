import { describe, expect, it } from "vitest";
import {
  CODE_ARRIVING_SOURCES,
  decideGate,
  earlyPass,
  hasPredeployScript,
  isCodeArriving,
  liveRevFrom,
  pendingIsForBuild,
  rollbackMarkerApplies,
  type GateFacts,
  type PendingDeploy,
} from "../../../src/core/deploy-gate.js";

const SHA_A = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const SHA_B = "fedcba9876543210fedcba9876543210fedcba98";
const NOW = new Date("2026-11-26T07:01:02Z");

const facts = (overrides: Partial<GateFacts> = {}): GateFacts => ({
  trigger: "pre-release-builder",
  buildSource: "git-hook",
  backupOnDeploy: true,
  skipNext: false,
  rollback: false,
  hasPredeploy: false,
  alreadyTakenForBuild: false,
  hasPostgres: true,
  ...overrides,
});

describe("decideGate", () => {
  it.each(CODE_ARRIVING_SOURCES)("backs up when new code arrives by %s", (source) => {
    expect(decideGate(facts({ buildSource: source }))).toEqual({ action: "backup" });
  });

  it.each(["config-redeploy", "deploy", "ps:restart", "ps:scale"])("lets %s pass: no new code", (source) => {
    expect(decideGate(facts({ buildSource: source }))).toMatchObject({ action: "pass", reason: `no new code (${source}): no backup needed` });
  });

  it("treats a missing DOKKU_BUILD_SOURCE (Dokku before 0.38) as new code: safe by default", () => {
    expect(decideGate(facts({ buildSource: undefined }))).toEqual({ action: "backup" });
  });

  it("post-build gates only apps whose predeploy runs before pre-release-builder", () => {
    expect(decideGate(facts({ trigger: "post-build" }))).toMatchObject({ action: "pass" });
    expect(decideGate(facts({ trigger: "post-build", hasPredeploy: true }))).toEqual({ action: "backup" });
  });

  it("never takes a second backup in one build", () => {
    expect(decideGate(facts({ alreadyTakenForBuild: true, rollback: true, skipNext: true }))).toEqual({
      action: "pass",
      reason: "the deploy backup for this build is already taken",
    });
  });

  it("lets a rollback's deploy pass and consumes its marker", () => {
    expect(decideGate(facts({ rollback: true }))).toMatchObject({ action: "pass", consumeRollback: true });
  });

  it("obeys backup-on-deploy false before consuming a one-shot skip", () => {
    expect(decideGate(facts({ backupOnDeploy: false, skipNext: true }))).toEqual({ action: "pass", reason: "backup-on-deploy is false" });
  });

  it("consumes backup-skip-next", () => {
    expect(decideGate(facts({ skipNext: true }))).toMatchObject({ action: "pass", consumeSkipNext: true });
  });

  it("passes an app without Postgres", () => {
    expect(decideGate(facts({ hasPostgres: false }))).toMatchObject({ action: "pass", reason: "the app's DATABASE_URL is no dokku-postgres service of its (none linked, or a database outside Dokku)" });
  });

  it("earlyPass decides restarts with no other fact", () => {
    expect(earlyPass({ trigger: "pre-release-builder", buildSource: "config-redeploy", hasPredeploy: false })).toMatchObject({ action: "pass" });
    expect(earlyPass({ trigger: "pre-release-builder", buildSource: "git:sync", hasPredeploy: false })).toBeUndefined();
  });

  it("isCodeArriving says no for an unknown or missing source", () => {
    expect(isCodeArriving("git-hook")).toBe(true);
    expect(isCodeArriving(undefined)).toBe(false);
    expect(isCodeArriving("deploy")).toBe(false);
  });
});

describe("liveRevFrom", () => {
  it("prefers the release history", () => {
    expect(liveRevFrom(SHA_A, SHA_B)).toBe(SHA_A);
  });

  it.each([
    [SHA_B, SHA_B],
    [`https://github.com/acme/shop.git#${SHA_B}`, SHA_B],
    ["/home/dokku/web#" + SHA_B.toUpperCase(), SHA_B],
    ["registry.example.com/shop:1.2", "none"],
    ["", "none"],
  ])("reads Dokku's deploy source metadata %j", (metadata, expected) => {
    expect(liveRevFrom(undefined, metadata)).toBe(expected);
  });
});

describe("pendingIsForBuild", () => {
  const pending = (overrides: Partial<PendingDeploy> = {}): PendingDeploy => ({
    build_id: "b1",
    backup_id: "20261126T070102Z-1a2b3c4",
    live_rev: SHA_A,
    deploying_rev: SHA_B,
    created_at: "2026-11-26T07:00:00Z",
    reason: "deploy backup taken",
    ...overrides,
  });

  it("matches the same build id only", () => {
    expect(pendingIsForBuild(pending(), { buildId: "b1" }, SHA_B, NOW)).toBe(true);
    expect(pendingIsForBuild(pending(), { buildId: "b2" }, SHA_B, NOW)).toBe(false);
    expect(pendingIsForBuild(pending(), {}, SHA_B, NOW)).toBe(false);
    expect(pendingIsForBuild(undefined, { buildId: "b1" }, SHA_B, NOW)).toBe(false);
  });

  it("without build ids, matches the same commit within the hour", () => {
    const old = pending({ build_id: undefined });
    expect(pendingIsForBuild(old, {}, SHA_B, NOW)).toBe(true);
    expect(pendingIsForBuild(old, {}, SHA_A, NOW)).toBe(false);
    expect(pendingIsForBuild(old, {}, SHA_B, new Date("2026-11-26T08:00:01Z"))).toBe(false);
  });

  it("without build ids but with DOKKU_PID, matches the same dokku run only, whatever the commit", () => {
    const noted = pending({ build_id: undefined, dokku_pid: "100" });
    expect(pendingIsForBuild(noted, { dokkuPid: "100" }, SHA_B, NOW)).toBe(true);
    // A restart after a failed deploy: same GIT_REV, within the hour, another run.
    expect(pendingIsForBuild(noted, { dokkuPid: "200" }, SHA_B, NOW)).toBe(false);
    expect(pendingIsForBuild(pending({ build_id: undefined }), { dokkuPid: "200" }, SHA_B, NOW)).toBe(false);
  });
});

describe("rollbackMarkerApplies", () => {
  const marker = { rev: SHA_A, backup_id: "20261126T070102Z-1a2b3c4", expires_at: "2026-11-26T08:00:00Z" };

  it("applies to the deploy of its commit before it expires", () => {
    expect(rollbackMarkerApplies(marker, SHA_A, NOW)).toBe(true);
    expect(rollbackMarkerApplies(marker, SHA_A.slice(0, 7), NOW)).toBe(true);
    expect(rollbackMarkerApplies(marker, SHA_B, NOW)).toBe(false);
    expect(rollbackMarkerApplies(marker, SHA_A, new Date("2026-11-26T08:00:00Z"))).toBe(false);
    expect(rollbackMarkerApplies(marker, "none", NOW)).toBe(false);
    expect(rollbackMarkerApplies(undefined, SHA_A, NOW)).toBe(false);
  });
});

describe("hasPredeployScript", () => {
  it.each([
    ['{"scripts":{"dokku":{"predeploy":"python manage.py migrate"}}}', true],
    ['{"scripts":{"dokku":{"postdeploy":"echo hi"}}}', false],
    ['{"scripts":{"dokku":{"predeploy":"  "}}}', false],
    ["{not json", false],
    [undefined, false],
  ])("%j → %s", (text, expected) => {
    expect(hasPredeployScript(text)).toBe(expected);
  });
});
