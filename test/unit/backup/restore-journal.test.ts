import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { describeInterruptedRestore, readRestoreJournal, restoreJournalTo, writeRestoreJournal, type RestoreJournal } from "../../../src/backup/restore-journal.js";
import { backupPaths } from "../../../src/backup/store.js";

const JOURNAL: RestoreJournal = {
  backup_id: "20261126T070102Z-1a2b3c4",
  service: "web-db",
  stopped_app: true,
  safety_backup_id: "20261202T080000Z-1a2b3c4",
  import_started_at: "2026-12-02T08:01:00.000Z",
  imported_at: null,
  explicit: false,
  started_at: "2026-12-02T08:00:00.000Z",
};

describe("the restore journal", () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });
  const paths = async () => {
    root = await mkdtemp(path.join(tmpdir(), "journal-"));
    const found = backupPaths(root, "web");
    await mkdir(found.appDir, { recursive: true });
    return found;
  };

  it("reads back what a restore wrote, and is gone once a restore completes", async () => {
    const at = await paths();
    expect(await readRestoreJournal(at)).toBeUndefined();
    await writeRestoreJournal(at, JOURNAL);
    expect(await readRestoreJournal(at)).toEqual(JOURNAL);
    await restoreJournalTo(at, undefined);
    expect(await readRestoreJournal(at)).toBeUndefined();
  });

  it.each([
    ["not JSON", "{ torn"],
    ["a path for an id", JSON.stringify({ ...JOURNAL, backup_id: "../../etc/passwd" })],
    ["a flag for a service", JSON.stringify({ ...JOURNAL, service: "--force" })],
    ["null", "null"],
  ])("reads a journal it cannot trust (%s) as an interrupted restore that may have begun its import", async (_name, text) => {
    const at = await paths();
    await writeFile(path.join(at.appDir, "restore.json"), text);
    const journal = await readRestoreJournal(at);
    expect(journal).toMatchObject({ backup_id: "unknown", import_started_at: "unknown", safety_backup_id: null });
    expect(describeInterruptedRestore("web", journal!)).toContain("may be partly restored");
    expect(describeInterruptedRestore("web", journal!)).not.toContain("etc/passwd");
  });

  it("names --into-service in the command it prints when the restore was told the service", () => {
    expect(describeInterruptedRestore("web", { ...JOURNAL, service: "other-db", explicit: true })).toContain(
      "dokku pegasus:restore web 20261202T080000Z-1a2b3c4 --force --into-service other-db",
    );
  });

  it("says the database was not touched only when the journal says the import had not begun", () => {
    expect(describeInterruptedRestore("web", { ...JOURNAL, import_started_at: null, safety_backup_id: null })).toContain(
      "was interrupted before its import: the database of web-db was not touched",
    );
    expect(describeInterruptedRestore("web", JOURNAL)).toContain(
      "may be partly restored; the database as it was before is in safety backup 20261202T080000Z-1a2b3c4: dokku pegasus:restore web 20261202T080000Z-1a2b3c4 --force",
    );
  });
});
