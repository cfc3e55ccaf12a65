import { describe, expect, it } from "vitest";
import type { BackupRecord } from "../../../src/core/backup-id.js";
import { parseReleases, renderReleaseTable, type ReleaseRecord } from "../../../src/core/releases.js";
import { restoreSteps } from "../../../src/core/restore-plan.js";

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

  it("stops and starts a deployed app around the import", () => {
    const steps = restoreSteps({ app: "web", record, deployed: true });
    expect(steps.map((step) => step.split(" ")[0])).toEqual(["back", "stop", "import", "start"]);
  });

  it("neither stops nor starts an app never deployed", () => {
    expect(restoreSteps({ app: "web", record, deployed: false })).toHaveLength(2);
  });

  it("ends a rollback with the deploy of the commit instead of a start", () => {
    const steps = restoreSteps({ app: "web", record, deployed: true, rollbackSha: "a".repeat(40), repo: "/home/dokku/web" });
    expect(steps.at(-1)).toContain(`git:sync --build web /home/dokku/web ${"a".repeat(40)}`);
  });
});
