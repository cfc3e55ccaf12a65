import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  appDataDir
} from "./chunk-SKJ6A7NB.mjs";
import {
  shortRev
} from "./chunk-7AVTMNRI.mjs";
import {
  isMissing
} from "./chunk-BG523PJ5.mjs";

// src/core/releases.ts
function parseReleases(text) {
  const records = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const parsed = JSON.parse(line);
      if (typeof parsed.rev === "string" && typeof parsed.deployed_at === "string") records.push(parsed);
    } catch {
      continue;
    }
  }
  return records.reverse();
}
function renderReleaseTable(records) {
  const rows = [
    ["DEPLOYED", "COMMIT", "SOURCE", "BACKUP", "PREVIOUS"],
    ...records.map((record) => [
      record.deployed_at.replace(/\.\d{3}Z$/, "Z"),
      shortRev(record.rev),
      record.restored_backup_id ? `${record.source} (rollback)` : record.source,
      record.backup_id ?? record.restored_backup_id ?? "-",
      shortRev(record.previous_rev)
    ])
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])).join("  "));
}

// src/io/releases.ts
import { appendFile, copyFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
function releasesFile(paths, app) {
  return path.join(appDataDir(paths, app), "releases.jsonl");
}
async function appendRelease(paths, app, record) {
  await mkdir(appDataDir(paths, app), { recursive: true, mode: 493 });
  await appendFile(releasesFile(paths, app), `${JSON.stringify(record)}
`, { mode: 384 });
}
async function readReleases(paths, app) {
  try {
    return parseReleases(await readFile(releasesFile(paths, app), "utf8"));
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}
async function copyReleaseHistory(paths, from, to) {
  try {
    await mkdir(appDataDir(paths, to), { recursive: true, mode: 493 });
    await copyFile(releasesFile(paths, from), releasesFile(paths, to));
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

export {
  renderReleaseTable,
  appendRelease,
  readReleases,
  copyReleaseHistory
};
