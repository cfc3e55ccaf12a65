import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  appDataDir
} from "./chunk-ZVX6LS6S.mjs";
import {
  readJsonFile,
  writeFileAtomic
} from "./chunk-N57HPFOI.mjs";

// src/io/deploy-state.ts
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
function file(paths, app, name) {
  return path.join(appDataDir(paths, app), name);
}
async function writeJson(paths, app, name, value) {
  await mkdir(appDataDir(paths, app), { recursive: true, mode: 493 });
  await writeFileAtomic(file(paths, app, name), `${JSON.stringify(value)}
`);
}
var readPendingDeploy = (paths, app) => readJsonFile(file(paths, app, "pending-deploy.json"));
var writePendingDeploy = (paths, app, pending) => writeJson(paths, app, "pending-deploy.json", pending);
var clearPendingDeploy = (paths, app) => rm(file(paths, app, "pending-deploy.json"), { force: true });
var readRollbackMarker = (paths, app) => readJsonFile(file(paths, app, "rollback.json"));
var writeRollbackMarker = (paths, app, marker) => writeJson(paths, app, "rollback.json", marker);
var clearRollbackMarker = (paths, app) => rm(file(paths, app, "rollback.json"), { force: true });
var readBuildMarker = (paths, app) => readJsonFile(file(paths, app, "build.json"));
var writeBuildMarker = (paths, app, marker) => writeJson(paths, app, "build.json", marker);
var clearBuildMarker = (paths, app) => rm(file(paths, app, "build.json"), { force: true });

export {
  readPendingDeploy,
  writePendingDeploy,
  clearPendingDeploy,
  readRollbackMarker,
  writeRollbackMarker,
  clearRollbackMarker,
  readBuildMarker,
  writeBuildMarker,
  clearBuildMarker
};
