import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/id.ts
var ID_PATTERN = /^(\d{8}T\d{6}Z)-([0-9a-f]{7}|none)$/;
var REV_PATTERN = /^[0-9a-f]{7,64}$/;
var SERVICE_PATTERN = /^[A-Za-z0-9_-]+$/;
function isRev(value) {
  return REV_PATTERN.test(value);
}
function isServiceName(value) {
  return SERVICE_PATTERN.test(value) && !value.startsWith("-");
}
function normalizeRev(rev) {
  const trimmed = (rev ?? "").trim().toLowerCase();
  return REV_PATTERN.test(trimmed) ? trimmed : "none";
}
function shortRev(rev) {
  return rev === "none" ? "none" : rev.slice(0, 7);
}
function compactUtc(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}
function backupId(date, rev) {
  return `${compactUtc(date)}-${shortRev(normalizeRev(rev))}`;
}
function isBackupId(value) {
  return ID_PATTERN.test(value);
}
function newestFirst(records) {
  return [...records].sort(
    (a, b) => a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at)
  );
}
function planRetention(records, keep, protect = []) {
  if (keep <= 0) return [];
  const ordered = newestFirst(records);
  const protectedIds = new Set(protect);
  if (ordered[0]) protectedIds.add(ordered[0].id);
  const seenReasons = /* @__PURE__ */ new Set();
  for (const record of ordered) {
    if (seenReasons.has(record.reason)) continue;
    seenReasons.add(record.reason);
    protectedIds.add(record.id);
  }
  const doomed = [];
  let remaining = ordered.length;
  for (const record of ordered.reverse()) {
    if (remaining <= keep) break;
    if (protectedIds.has(record.id)) continue;
    doomed.push(record);
    remaining--;
  }
  return doomed;
}
function requiredFreeBytes(lastBackupSize) {
  return Math.ceil((lastBackupSize ?? 0) * 1.2) + 64 * 1024 * 1024;
}
var UNITS = ["B", "KB", "MB", "GB", "TB"];
function formatBytes(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1e3 && unit < UNITS.length - 1) {
    value /= 1e3;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
function progressLine(bytes, elapsedMs) {
  const rate = elapsedMs > 0 ? bytes * 1e3 / elapsedMs : 0;
  return `${formatBytes(bytes)} written (${formatBytes(Math.round(rate))}/s)`;
}
function renderBackupTable(records) {
  return alignColumns([
    ["ID", "CREATED", "REASON", "COMMIT", "SIZE", "VERIFIED", "MEDIA"],
    ...records.map((record) => [
      record.id,
      record.created_at.replace(/\.\d{3}Z$/, "Z"),
      record.reason,
      shortRev(record.git_rev),
      formatBytes(record.size),
      record.verified ? "yes" : "no",
      record.media ? formatBytes(record.media.size) : "-"
    ])
  ]);
}
function renderOffsiteTable(copies) {
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
      record.media ? media ? formatBytes(record.media.size) : "missing" : "-",
      local ? "yes" : "no"
    ])
  ]);
}
function alignColumns(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map(
    (row) => row.map((cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])).join("  ")
  );
}

// src/io/disk-full.ts
import { statfs } from "node:fs/promises";
import path from "node:path";
function isDiskFull(error) {
  const code = error?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}
function diskFullInDokkuMessage(error) {
  const message = error instanceof Error ? error.message : "";
  if (/no space left on device|ENOSPC/i.test(message)) return Object.assign(new Error(message), { code: "ENOSPC" });
  if (/disk quota exceeded|EDQUOT/i.test(message)) return Object.assign(new Error(message), { code: "EDQUOT" });
  return void 0;
}
function dirInDokkuMessage(message) {
  const file = /(\/[^\s:;]+): (?:no space left on device|disk quota exceeded)/i.exec(message)?.[1];
  return file ? path.dirname(file) : void 0;
}
async function freeBytes(dir, probe = statfs) {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      const stats = await probe(current);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      if (path.dirname(current) === current) return void 0;
    }
  }
}
async function diskFullError(error, where) {
  const free = await freeBytes(where.dir);
  const quota = error.code === "EDQUOT";
  const freeText = free === void 0 ? "free space unknown" : `${formatBytes(free)} free`;
  const needed = `${formatBytes(where.needed)} needed${where.neededBasis ? ` (${where.neededBasis})` : ""}`;
  return new UserError(
    [
      quota ? `The disk quota of the dokku user is used up: writing ${where.what} to ${where.dir} failed (EDQUOT). ${needed}.` : `No space left on the disk holding ${where.dir}: writing ${where.what} failed (ENOSPC). ${freeText} there, ${needed}.`,
      `${where.left ?? "Nothing half-written was kept."} Free space on that filesystem${quota ? " or raise the quota" : ""} (${quota ? "`quota -u dokku`" : `\`df -h ${where.dir}\``} shows it; \`dokku cleanup\` removes unused containers and images)${where.advice ? `, ${where.advice}` : ""}, then run this again.`
    ].join("\n")
  );
}
async function explainDiskFull(where, write) {
  try {
    return await write();
  } catch (error) {
    if (isDiskFull(error)) throw await diskFullError(error, where);
    throw error;
  }
}
function smallFileNeeds(content) {
  const bytes = typeof content === "string" ? Buffer.byteLength(content) : content.length;
  return (Math.ceil(bytes / 4096) + 1) * 4096;
}

export {
  isRev,
  isServiceName,
  normalizeRev,
  shortRev,
  compactUtc,
  backupId,
  isBackupId,
  newestFirst,
  planRetention,
  requiredFreeBytes,
  formatBytes,
  progressLine,
  renderBackupTable,
  renderOffsiteTable,
  isDiskFull,
  diskFullInDokkuMessage,
  dirInDokkuMessage,
  diskFullError,
  explainDiskFull,
  smallFileNeeds
};
