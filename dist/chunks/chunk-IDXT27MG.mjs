import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  appDataDir
} from "./chunk-ZVX6LS6S.mjs";
import {
  isMissing,
  unreadableState
} from "./chunk-IQVX3673.mjs";
import {
  explainDiskFull,
  shortRev,
  smallFileNeeds
} from "./chunk-YDC6S6T6.mjs";

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
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
function releasesFile(paths, app) {
  return path.join(appDataDir(paths, app), "releases.jsonl");
}
async function appendRelease(paths, app, record) {
  const line = `${JSON.stringify(record)}
`;
  await explainDiskFull({ dir: appDataDir(paths, app), what: "the release history", needed: smallFileNeeds(line) }, async () => {
    await mkdir(appDataDir(paths, app), { recursive: true, mode: 493 });
    await appendFile(releasesFile(paths, app), line, { mode: 384 });
  });
}
async function readReleases(paths, app) {
  const file = releasesFile(paths, app);
  try {
    return parseReleases(await readFile(file, "utf8"));
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(
      file,
      error,
      `the release history of ${app}`,
      `Move it aside (\`mv ${file} ${file}.broken\`); pegasus then starts a new history with the next deploy`
    );
  }
}
async function copyReleaseHistory(paths, from, to) {
  let records;
  try {
    records = parseReleases(await readFile(releasesFile(paths, from), "utf8"));
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const copied = records.reverse().map(({ restored_backup_id: _restored, ...record }) => `${JSON.stringify({ ...record, backup_id: null, cloned_from: from })}
`);
  await mkdir(appDataDir(paths, to), { recursive: true, mode: 493 });
  await writeFile(releasesFile(paths, to), copied.join(""), { mode: 384 });
  return true;
}

export {
  renderReleaseTable,
  appendRelease,
  readReleases,
  copyReleaseHistory
};
