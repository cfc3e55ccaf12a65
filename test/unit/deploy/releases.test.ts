import { describe, expect, it } from "vitest";
import type { BackupRecord } from "../../../src/backup/id.js";
import { parseReleases, renderReleaseTable, type ReleaseRecord } from "../../../src/core/releases.js";
import { restoreSteps } from "../../../src/backup/restore-plan.js";

const release = (rev: string, at: string, extra: Partial<ReleaseRecord> = {}): ReleaseRecord => ({
  rev,
  deployed_at: at,
  source: "git-hook",
  build_id: "b",
  backup_id: null,
  previous_rev: "none",
  ...extra,
});

describe("parseReleases", () => {
  it("returns newest first and skips a line cut short by a crash", () => {
    const text = [
      JSON.stringify(release("aaaaaaa1", "2026-01-01T00:00:00.000Z")),
      JSON.stringify(release("bbbbbbb2", "2026-01-02T00:00:00.000Z")),
      '{"rev":"ccccccc3","deployed_',
      "",
    ].join("\n");
    expect(parseReleases(text).map((r) => r.rev)).toEqual(["bbbbbbb2", "aaaaaaa1"]);
  });
});

describe("renderReleaseTable", () => {
  it("aligns columns and marks rollbacks", () => {
    const lines = renderReleaseTable([
      release("bbbbbbb2222", "2026-01-02T00:00:00.000Z", { source: "git:sync", restored_backup_id: "20260101T000000Z-aaaaaaa", previous_rev: "ccccccc" }),
      release("aaaaaaa1111", "2026-01-01T00:00:00.000Z", { backup_id: "20260101T000000Z-none" }),
    ]);
    expect(lines).toEqual([
      "DEPLOYED              COMMIT   SOURCE               BACKUP                    PREVIOUS",
      "2026-01-02T00:00:00Z  bbbbbbb  git:sync (rollback)  20260101T000000Z-aaaaaaa  ccccccc",
      "2026-01-01T00:00:00Z  aaaaaaa  git-hook             20260101T000000Z-none     none",
    ]);
  });
});

describe("restoreSteps", () => {
  const record = { id: "20260101T000000Z-aaaaaaa", service: "web-db" } as BackupRecord;
  const target = { service: "web-db", explicit: false };

  it("stops a deployed app before the safety backup, so nothing it writes after it is lost, and starts it after the import", () => {
    const steps = restoreSteps({ app: "web", record, target, deployed: true, stoppedByOperator: false });
    expect(steps.map((step) => step.split(" ")[0])).toEqual(["stop", "back", "import", "start"]);
  });

  it("starts an app that an interrupted restore stopped, saying it replaces that restore", () => {
    const steps = restoreSteps({ app: "web", record, target, deployed: true, stoppedByOperator: true, interrupted: { backup_id: "20251231T000000Z-bbbbbbb", stopped_app: true } });
    expect(steps.map((step) => step.split(" ")[0])).toEqual(["replace", "back", "import", "start"]);
    expect(steps[0]).toContain("interrupted restore of 20251231T000000Z-bbbbbbb");
  });

  it("names the other apps of a shared service chosen with --into-service", () => {
    const steps = restoreSteps({ app: "staging", record, target: { service: "web-db", explicit: true, sharedWith: ["web"] }, deployed: true, stoppedByOperator: false });
    expect(steps[2]).toMatch(/; web also uses it and is not stopped$/);
  });

  it("neither stops nor starts an app never deployed", () => {
    expect(restoreSteps({ app: "web", record, target, deployed: false, stoppedByOperator: false })).toHaveLength(2);
  });

  it("ends a rollback with the deploy of the commit instead of a start", () => {
    const steps = restoreSteps({ app: "web", record, target, deployed: true, stoppedByOperator: false, rollbackSha: "a".repeat(40), repo: "/home/dokku/web" });
    expect(steps.at(-1)).toContain(`git:sync --build web /home/dokku/web ${"a".repeat(40)}`);
  });

  it("names the service it overwrites, and says when --into-service chose another than the backup's", () => {
    const own = restoreSteps({ app: "web", record, target, deployed: false, stoppedByOperator: false });
    expect(own[1]).toBe(
      "import 20260101T000000Z-aaaaaaa into web-db, the database web uses now (postgres:import: drops and re-creates every object the backup holds)",
    );
    const other = restoreSteps({ app: "web", record, target: { service: "web-db2", explicit: true }, deployed: true, stoppedByOperator: false });
    expect(other[1]).toContain("back up the current database of web-db2");
    expect(other[2]).toContain("import 20260101T000000Z-aaaaaaa, taken of web-db, into web-db2 (chosen with --into-service)");
  });

  it("neither stops nor starts an app the operator stopped, and says it stays stopped", () => {
    const steps = restoreSteps({ app: "web", record, target, deployed: true, stoppedByOperator: true });
    expect(steps.map((step) => step.split(" ")[0])).toEqual(["back", "import", "leave"]);
  });
});
