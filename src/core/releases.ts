import { shortRev } from "../backup/id.js";

/**
 * One successful deploy that brought new code, as `post-deploy` records it: one JSON line of
 * `releases.jsonl`, appended and never rewritten.
 */
export interface ReleaseRecord {
  /** The commit now live ("none" when Dokku gave no commit). */
  rev: string;
  deployed_at: string;
  /** `$DOKKU_BUILD_SOURCE`: git-hook, git:sync, ps:rebuild, ... */
  source: string;
  build_id: string | null;
  /** The deploy backup taken before this release's migrations, or null when none was. */
  backup_id: string | null;
  /** The commit that was live before, whose code matches that backup. */
  previous_rev: string;
  /** Set when pegasus:rollback made this release: the backup it restored first. */
  restored_backup_id?: string;
  /** Copied by apps:clone from this app's history (its backup ids are not the clone's). */
  cloned_from?: string;
}

/** Parses `releases.jsonl`, newest first; a line cut short by a crash is skipped, not fatal. */
export function parseReleases(text: string): ReleaseRecord[] {
  const records: ReleaseRecord[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const parsed = JSON.parse(line) as Partial<ReleaseRecord>;
      if (typeof parsed.rev === "string" && typeof parsed.deployed_at === "string") records.push(parsed as ReleaseRecord);
    } catch {
      continue;
    }
  }
  return records.reverse();
}

/** The `pegasus:releases` table, newest first. */
export function renderReleaseTable(records: readonly ReleaseRecord[]): string[] {
  const rows = [
    ["DEPLOYED", "COMMIT", "SOURCE", "BACKUP", "PREVIOUS"],
    ...records.map((record) => [
      record.deployed_at.replace(/\.\d{3}Z$/, "Z"),
      shortRev(record.rev),
      record.restored_backup_id ? `${record.source} (rollback)` : record.source,
      record.backup_id ?? record.restored_backup_id ?? "-",
      shortRev(record.previous_rev),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join("  "));
}
