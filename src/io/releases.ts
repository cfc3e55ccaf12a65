import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseReleases, type ReleaseRecord } from "../core/releases.js";
import type { DokkuPaths } from "../paths.js";
import { appDataDir } from "./app-data.js";
import { explainDiskFull, smallFileNeeds } from "./disk-full.js";
import { isMissing, unreadableState } from "./properties.js";

/**
 * The release history: `$DOKKU_LIB_ROOT/data/pegasus/<app>/releases.jsonl`, one JSON line per
 * deploy. Append-only, so a crash can at worst cut the last line short (which parseReleases
 * skips) and never loses an earlier release.
 */
export function releasesFile(paths: DokkuPaths, app: string): string {
  return join(appDataDir(paths, app), "releases.jsonl");
}

export async function appendRelease(paths: DokkuPaths, app: string, record: ReleaseRecord): Promise<void> {
  const line = `${JSON.stringify(record)}\n`;
  await explainDiskFull({ dir: appDataDir(paths, app), what: "the release history", needed: smallFileNeeds(line) }, async () => {
    await mkdir(appDataDir(paths, app), { recursive: true, mode: 0o755 });
    // One write call with O_APPEND: two deploys finishing together never interleave a line.
    await appendFile(releasesFile(paths, app), line, { mode: 0o600 });
  });
}

/** Newest first. */
export async function readReleases(paths: DokkuPaths, app: string): Promise<ReleaseRecord[]> {
  const file = releasesFile(paths, app);
  try {
    return parseReleases(await readFile(file, "utf8"));
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(
      file,
      error,
      `the release history of ${app}`,
      `Move it aside (\`mv ${file} ${file}.broken\`); pegasus then starts a new history with the next deploy`,
    );
  }
}

/**
 * apps:clone: the clone starts with the original's release history (which commits were live,
 * so its backups know the live commit) and nothing else of its data: the backups hold the
 * original's database, so the copied releases name none of them, and the deploy markers belong
 * to the original's builds.
 */
export async function copyReleaseHistory(paths: DokkuPaths, from: string, to: string): Promise<boolean> {
  let records: ReleaseRecord[];
  try {
    records = parseReleases(await readFile(releasesFile(paths, from), "utf8"));
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const copied = records
    .reverse()
    .map(({ restored_backup_id: _restored, ...record }) => `${JSON.stringify({ ...record, backup_id: null, cloned_from: from })}\n`);
  await mkdir(appDataDir(paths, to), { recursive: true, mode: 0o755 });
  await writeFile(releasesFile(paths, to), copied.join(""), { mode: 0o600 });
  return true;
}
