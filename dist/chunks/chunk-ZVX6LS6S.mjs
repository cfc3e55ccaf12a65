import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isMissing,
  unreadableState
} from "./chunk-IQVX3673.mjs";
import {
  compactUtc
} from "./chunk-YDC6S6T6.mjs";

// src/io/app-data.ts
import { mkdir, readdir, rename, rmdir, stat } from "node:fs/promises";
import path from "node:path";
function appDataDir(paths, app) {
  return path.join(paths.dataDir, app);
}
function deletedAppDataRoot(paths, app) {
  return path.join(paths.dataDir, ".deleted", app);
}
async function listDeletedAppData(paths, app) {
  const root = deletedAppDataRoot(paths, app);
  try {
    return (await readdir(root)).sort().map((stamp) => path.join(root, stamp));
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(root, error, `the kept data of the destroyed app ${app}`, `Check its owner and mode: \`ls -ld ${root}\``);
  }
}
async function moveAppDataAside(paths, app, now) {
  const source = appDataDir(paths, app);
  try {
    await stat(source);
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw error;
  }
  const stamp = compactUtc(now);
  const target = path.join(deletedAppDataRoot(paths, app), stamp);
  await mkdir(path.dirname(target), { recursive: true, mode: 448 });
  try {
    await rename(source, target);
  } catch (error) {
    if (!isMissing(error)) throw error;
    await removeIfEmpty(deletedAppDataRoot(paths, app));
    await removeIfEmpty(path.join(paths.dataDir, ".deleted"));
    return void 0;
  }
  return target;
}
async function removeIfEmpty(dir) {
  try {
    await rmdir(dir);
  } catch (error) {
    const code = error.code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "ENOENT") throw error;
  }
}
async function moveAppData(paths, from, to, now) {
  try {
    await moveAppDataAside(paths, to, now);
    await rename(appDataDir(paths, from), appDataDir(paths, to));
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

export {
  appDataDir,
  listDeletedAppData,
  moveAppDataAside,
  moveAppData
};
