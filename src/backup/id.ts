import type { MediaArchive } from "./media/plan.js";
import { ordinal } from "../core/ordinal.js";

/**
 * Backup identity and retention, pure. An id is the UTC time and the short commit that was
 * live, e.g. `20261126T070102Z-1a2b3c4`, so ids sort by time and say which code matches
 * the data; `none` stands for an app that was never deployed.
 */

export const BACKUP_REASONS = ["manual", "deploy", "schedule", "pre-restore"] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** The manifest written beside each dump (`<id>.json`); the CLI contract's record plus more. */
export interface BackupRecord {
  id: string;
  app: string;
  service: string;
  file: string;
  created_at: string;
  /** The full commit that was live when the backup was taken, or "none". */
  git_rev: string;
  size: number;
  sha256: string;
  verified: boolean;
  reason: BackupReason;
  /** The PostgreSQL server version from the archive header, e.g. "15.18". */
  pg_version: string;
  duration_ms: number;
  /** The commit being deployed when the deploy gate took this backup. */
  deploying_rev?: string;
  /**
   * The app's storage directories archived beside the dump (`backup-media true`), or null.
   * Absent in manifests written before media backups existed; listings show it as null.
   */
  media?: MediaArchive | null;
  archive: {
    format_version: string;
    pg_dump_version: string;
    compression: string;
    toc_entries: number;
    data_blocks: number;
    large_objects: number;
  };
  /**
   * Where the backup's off-site copy is, from `<id>.offsite.json` (never in the manifest: it
   * changes after the manifest is sealed); null when it has none. Absent in a manifest.
   */
  offsite?: OffsiteCopy | null;
}

export interface OffsiteCopy {
  /** `s3://<bucket>/<prefix>/<app>/<id>.dump.age` */
  url: string;
  /** Bytes of the object as stored (encrypted), checked by a HEAD request after the upload. */
  size: number;
  uploaded_at: string;
  encrypted: boolean;
  /** The media archive's object (`<id>.media.tar.age`) when the backup has one, else null. */
  media?: { url: string; size: number } | null;
}

const ID_PATTERN = /^(\d{8}T\d{6}Z)-([0-9a-f]{7}|none)$/;
/** A git commit as we record and pass it on: lowercase hex only, so never an option nor a range. */
export const REV_PATTERN = /^[0-9a-f]{7,64}$/;

export function isRev(value: string): boolean {
  return REV_PATTERN.test(value);
}

export { isServiceName } from "../core/service-name.js";

/** The commit as recorded: a lowercase hex sha, or "none" when there is no usable one. */
export function normalizeRev(rev: string | undefined): string {
  const trimmed = (rev ?? "").trim().toLowerCase();
  return REV_PATTERN.test(trimmed) ? trimmed : "none";
}

export function shortRev(rev: string): string {
  return rev === "none" ? "none" : rev.slice(0, 7);
}

/** `20261126T070102Z`: the UTC time to the second, safe in a file name. */
export function compactUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

export function backupId(date: Date, rev: string): string {
  return `${compactUtc(date)}-${shortRev(normalizeRev(rev))}`;
}

export function isBackupId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** Newest first: ids sort by time; created_at breaks a tie within one second. */
export function newestFirst<T extends Pick<BackupRecord, "id" | "created_at">>(records: readonly T[]): T[] {
  return [...records].sort((a, b) =>
    a.created_at === b.created_at ? ordinal(b.id, a.id) : ordinal(b.created_at, a.created_at),
  );
}

/**
 * The backups to delete, oldest first, so that at most `keep` remain (0 keeps all). Never
 * the newest backup, nor the newest of each reason: a daily schedule must not push out the
 * only deploy backup, nor the other way round, so a few more than `keep` may remain. Nor any
 * id in `protect`: a restore's safety backup must not prune the very backup being restored.
 */
export function planRetention<T extends Pick<BackupRecord, "id" | "created_at" | "reason">>(
  records: readonly T[],
  keep: number,
  /** Ids the caller still needs, e.g. the backup a restore is about to import. */
  protect: readonly string[] = [],
): T[] {
  if (keep <= 0) return [];
  const ordered = newestFirst(records);
  const protectedIds = new Set<string>(protect);
  if (ordered[0]) protectedIds.add(ordered[0].id);
  const seenReasons = new Set<string>();
  for (const record of ordered) {
    if (seenReasons.has(record.reason)) continue;
    seenReasons.add(record.reason);
    protectedIds.add(record.id);
  }
  const doomed: T[] = [];
  let remaining = ordered.length;
  for (const record of ordered.reverse()) {
    if (remaining <= keep) break;
    if (protectedIds.has(record.id)) continue;
    doomed.push(record);
    remaining--;
  }
  return doomed;
}

/** The space a backup may need: the last one's size and a fifth more, plus 64 MiB. */
export function requiredFreeBytes(lastBackupSize: number | undefined): number {
  return Math.ceil((lastBackupSize ?? 0) * 1.2) + 64 * 1024 * 1024;
}

const UNITS = ["B", "KB", "MB", "GB", "TB"];

/** Sizes as people read them: 1000-based, one decimal from KB on. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** One progress line: bytes so far and the average rate. */
export function progressLine(bytes: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (bytes * 1000) / elapsedMs : 0;
  return `${formatBytes(bytes)} written (${formatBytes(Math.round(rate))}/s)`;
}

/** The `pegasus:backups` table: one aligned line per backup, newest first; MEDIA is the media archive's size, or `-`. */
export function renderBackupTable(records: readonly BackupRecord[]): string[] {
  return alignColumns([
    ["ID", "CREATED", "REASON", "COMMIT", "SIZE", "VERIFIED", "MEDIA"],
    ...records.map((record) => [
      record.id,
      record.created_at.replace(/\.\d{3}Z$/, "Z"),
      record.reason,
      shortRev(record.git_rev),
      formatBytes(record.size),
      record.verified ? "yes" : "no",
      record.media ? formatBytes(record.media.size) : "-",
    ]),
  ]);
}

/**
 * The `pegasus:backups --offsite` table: the bucket's copies, and whether each is also here.
 * MEDIA is the media archive's size, `-` without one, `missing` when its object is not there.
 */
export function renderOffsiteTable(
  copies: readonly { record: BackupRecord; stored_size: number; encrypted: boolean; local: boolean; media: { size: number } | null }[],
): string[] {
  return alignColumns([
    ["ID", "CREATED", "REASON", "COMMIT", "SIZE", "STORED", "ENCRYPTED", "MEDIA", "LOCAL"],
    ...copies.map(({ record, stored_size: stored, encrypted, local, media }) => [
      record.id,
      record.created_at.replace(/\.\d{3}Z$/, "Z"),
      record.reason,
      shortRev(record.git_rev),
      formatBytes(record.size),
      formatBytes(stored),
      encrypted ? "age" : "no",
      record.media ? (media ? formatBytes(record.media.size) : "missing") : "-",
      local ? "yes" : "no",
    ]),
  ]);
}

function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join("  "),
  );
}
