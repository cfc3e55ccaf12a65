import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { readJsonFile, writeFileAtomic } from "../backup/store.js";
import type { BuildMarker, PendingDeploy, RollbackMarker } from "../core/deploy-gate.js";
import type { DokkuPaths } from "../paths.js";
import { appDataDir } from "./app-data.js";

/**
 * What one deploy's triggers tell each other. Each trigger is its own process, so the gate's
 * decision (and the backup it took) is handed on in `pending-deploy.json`, and pegasus:rollback
 * hands "this build restores, don't back up" to the gate in `rollback.json`.
 */
function file(paths: DokkuPaths, app: string, name: string): string {
  return join(appDataDir(paths, app), name);
}

async function writeJson(paths: DokkuPaths, app: string, name: string, value: unknown): Promise<void> {
  await mkdir(appDataDir(paths, app), { recursive: true, mode: 0o755 });
  await writeFileAtomic(file(paths, app, name), `${JSON.stringify(value)}\n`);
}

export const readPendingDeploy = (paths: DokkuPaths, app: string) =>
  readJsonFile<PendingDeploy>(file(paths, app, "pending-deploy.json"));
export const writePendingDeploy = (paths: DokkuPaths, app: string, pending: PendingDeploy) =>
  writeJson(paths, app, "pending-deploy.json", pending);
export const clearPendingDeploy = (paths: DokkuPaths, app: string) =>
  rm(file(paths, app, "pending-deploy.json"), { force: true });

export const readRollbackMarker = (paths: DokkuPaths, app: string) =>
  readJsonFile<RollbackMarker>(file(paths, app, "rollback.json"));
export const writeRollbackMarker = (paths: DokkuPaths, app: string, marker: RollbackMarker) =>
  writeJson(paths, app, "rollback.json", marker);
export const clearRollbackMarker = (paths: DokkuPaths, app: string) =>
  rm(file(paths, app, "rollback.json"), { force: true });

export const readBuildMarker = (paths: DokkuPaths, app: string) => readJsonFile<BuildMarker>(file(paths, app, "build.json"));
export const writeBuildMarker = (paths: DokkuPaths, app: string, marker: BuildMarker) => writeJson(paths, app, "build.json", marker);
export const clearBuildMarker = (paths: DokkuPaths, app: string) => rm(file(paths, app, "build.json"), { force: true });
