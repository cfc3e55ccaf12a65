import { describe, expect, it } from "vitest";
import {
  backupId,
  formatBytes,
  isBackupId,
  normalizeRev,
  planRetention,
  requiredFreeBytes,
  type BackupReason,
} from "../../../src/backup/id.js";

function record(minute: number, reason: BackupReason) {
  const created = new Date(Date.UTC(2026, 10, 26, 7, minute, 0));
  return { id: backupId(created, "1a2b3c4d"), created_at: created.toISOString(), reason };
}

const ids = (records: { id: string }[]) => records.map((entry) => entry.id.slice(9, 13));

describe("backup ids", () => {
  it("are the UTC second and the short commit, or none", () => {
    const at = new Date("2026-11-26T07:01:02.789Z");
    expect(backupId(at, "1A2B3C4D5E6F")).toBe("20261126T070102Z-1a2b3c4");
    expect(backupId(at, "")).toBe("20261126T070102Z-none");
    expect(backupId(at, "HEAD")).toBe("20261126T070102Z-none");
    expect(isBackupId("20261126T070102Z-1a2b3c4")).toBe(true);
    expect(isBackupId("../../etc/passwd")).toBe(false);
    expect(normalizeRev(" 1a2b3c4d \n")).toBe("1a2b3c4d");
  });

  it("need the last backup's size, a fifth more, and 64 MiB", () => {
    expect(requiredFreeBytes(undefined)).toBe(64 * 1024 * 1024);
    expect(requiredFreeBytes(1000)).toBe(1200 + 64 * 1024 * 1024);
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(1_234_567)).toBe("1.2 MB");
  });
});

describe("planRetention", () => {
  it("deletes the oldest beyond keep", () => {
    const records = [1, 2, 3, 4, 5].map((minute) => record(minute, "deploy"));
    expect(ids(planRetention(records, 3))).toEqual(["0701", "0702"]);
  });

  it("keeps everything with 0, or with no more than keep", () => {
    const records = [1, 2, 3].map((minute) => record(minute, "manual"));
    expect(planRetention(records, 0)).toEqual([]);
    expect(planRetention(records, 3)).toEqual([]);
    expect(planRetention([], 1)).toEqual([]);
  });

  it("never deletes the newest backup, even with keep 1", () => {
    const records = [1, 2, 3].map((minute) => record(minute, "schedule"));
    expect(ids(planRetention(records, 1))).toEqual(["0701", "0702"]);
  });

  it("never deletes the newest backup of each reason, so more than keep may remain", () => {
    const records = [record(1, "deploy"), record(2, "manual"), record(3, "schedule"), record(4, "schedule"), record(5, "schedule")];
    expect(ids(planRetention(records, 2))).toEqual(["0703", "0704"]);
    expect(ids(planRetention(records, 1))).toEqual(["0703", "0704"]);
  });

  it("orders by time whatever the input order", () => {
    const records = [record(3, "deploy"), record(1, "deploy"), record(2, "deploy")];
    expect(ids(planRetention(records, 1))).toEqual(["0701", "0702"]);
  });
});
