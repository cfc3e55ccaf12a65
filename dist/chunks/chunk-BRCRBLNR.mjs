import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isBackupId,
  isRev,
  isServiceName,
  newestFirst
} from "./chunk-7AVTMNRI.mjs";
import {
  isMissing
} from "./chunk-BG523PJ5.mjs";

// src/backup/store.ts
import { chmod, mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
function backupPaths(dataDir, app) {
  return backupPathsAt(path.join(dataDir, app));
}
function backupPathsAt(appDir) {
  const dir = path.join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: path.join(dir, ".lock"),
    lastScheduled: path.join(appDir, "last-scheduled.json"),
    dump: (id) => path.join(dir, `${id}.dump`),
    manifest: (id) => path.join(dir, `${id}.json`),
    partial: (id) => path.join(dir, `.${id}.dump.partial`)
  };
}
async function ensureBackupDir(paths) {
  await mkdir(paths.appDir, { recursive: true, mode: 493 });
  await mkdir(paths.dir, { recursive: true, mode: 448 });
  const { mode } = await stat(paths.dir);
  if ((mode & 511) !== 448) await chmod(paths.dir, 448);
}
async function listBackups(paths) {
  let names;
  try {
    names = await readdir(paths.dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const present = new Set(names);
  const records = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -".json".length);
    if (!isBackupId(id) || !present.has(`${id}.dump`)) continue;
    const record = await readManifest(paths.manifest(id));
    if (record?.verified === true && record.id === id) records.push({ ...record, file: paths.dump(id) });
  }
  return newestFirst(records);
}
async function readManifest(file) {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8"));
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return void 0;
    return isSoundManifest(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function isSoundManifest(record) {
  const { id, service, git_rev: gitRev, size, sha256, created_at: createdAt } = record;
  return typeof id === "string" && isBackupId(id) && typeof service === "string" && isServiceName(service) && typeof gitRev === "string" && (gitRev === "none" || isRev(gitRev)) && typeof size === "number" && Number.isSafeInteger(size) && size >= 0 && typeof sha256 === "string" && /^[0-9a-f]{64}$/.test(sha256) && typeof createdAt === "string";
}
async function backupExists(paths, id) {
  for (const file of [paths.dump(id), paths.manifest(id)]) {
    try {
      await stat(file);
      return true;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return false;
}
async function writeFileAtomic(file, content) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const handle = await open(temporary, "w", 384);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  await syncDirectory(path.dirname(file));
}
async function syncDirectory(dir) {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function writeManifest(paths, record) {
  await writeFileAtomic(paths.manifest(record.id), `${JSON.stringify(record, null, 2)}
`);
}
async function deleteBackup(paths, id) {
  await rm(paths.manifest(id), { force: true });
  await rm(paths.dump(id), { force: true });
}
async function removePartials(paths) {
  const names = await readdir(paths.dir);
  const partials = names.filter((name) => name.startsWith(".") && name.endsWith(".dump.partial"));
  for (const name of partials) await rm(path.join(paths.dir, name), { force: true });
  return partials;
}
async function writeLastScheduled(paths, result) {
  await mkdir(paths.appDir, { recursive: true, mode: 493 });
  await writeFileAtomic(paths.lastScheduled, `${JSON.stringify(result)}
`);
}
async function readLastScheduled(paths) {
  return readJsonFile(paths.lastScheduled);
}
async function readJsonFile(file) {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if (isMissing(error) || error instanceof SyntaxError) return void 0;
    throw error;
  }
}

export {
  backupPaths,
  backupPathsAt,
  ensureBackupDir,
  listBackups,
  backupExists,
  writeFileAtomic,
  syncDirectory,
  writeManifest,
  deleteBackup,
  removePartials,
  writeLastScheduled,
  readLastScheduled,
  readJsonFile
};
