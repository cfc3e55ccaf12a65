import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dokkuMessage
} from "./chunk-RVFNLFNF.mjs";
import {
  DokkuCommandError
} from "./chunk-VTI63AYM.mjs";

// src/dokku/storage.ts
async function listMounts(dokku, app) {
  const { stdout } = await dokku.run(["storage:list", app, "--format", "json"], { mutating: false });
  const parsed = JSON.parse(stdout.trim() || "[]");
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap(
    (entry) => typeof entry?.host_path === "string" && typeof entry?.container_path === "string" ? [
      {
        hostPath: entry.host_path,
        containerPath: entry.container_path,
        ...typeof entry.entry_name === "string" && entry.entry_name ? { entryName: entry.entry_name } : {}
      }
    ] : []
  );
}
async function ensureStorageDirectory(dokku, name, uid) {
  await dokku.run(["storage:ensure-directory", "--chown", String(uid), name], { mutating: true });
}
async function mountStorage(dokku, app, hostPath, containerPath) {
  await dokku.run(["storage:mount", app, `${hostPath}:${containerPath}`], { mutating: true });
}
async function storageEntry(dokku, name) {
  const result = await dokku.run(["storage:info", name, "--format", "json"], { mutating: false, okExitCodes: [1] });
  if (result.exitCode !== 0) {
    const message = dokkuMessage(result.stderr, result.stdout);
    if (message.includes(`storage entry "${name}" does not exist`)) return void 0;
    throw new DokkuCommandError("storage:info", result.exitCode, message);
  }
  const raw = JSON.parse(result.stdout.trim() || "{}");
  const text = (key) => typeof raw[key] === "string" ? raw[key] : "";
  return {
    name: text("name") || name,
    scheduler: text("scheduler") || "docker-local",
    hostPath: text("host_path"),
    size: text("size"),
    accessMode: text("access_mode"),
    storageClass: text("storage_class"),
    chown: text("chown"),
    mode: text("mode")
  };
}
async function appsMountingEntry(dokku, name) {
  const { stdout } = await dokku.run(["storage:report", "--global", "--format", "json"], { mutating: false });
  const parsed = JSON.parse(stdout.trim() || "[]");
  if (!Array.isArray(parsed)) return [];
  const row = parsed.find((r) => r?.entry?.name === name);
  return Array.isArray(row?.mounted_by) ? row.mounted_by.filter((app) => typeof app === "string") : [];
}
async function createStorageEntry(dokku, name, options) {
  const args = ["storage:create", name];
  if (options.k3s) {
    args.push("--scheduler", "k3s", "--size", options.k3s.size, "--access-mode", options.k3s.accessMode);
    if (options.k3s.storageClass) args.push("--storage-class-name", options.k3s.storageClass);
  } else {
    if (options.chown !== void 0) args.push("--chown", String(options.chown));
    if (options.mode) args.push("--mode", options.mode);
  }
  await dokku.run(args, { mutating: true });
}
async function mountStorageEntry(dokku, app, name, containerDir) {
  await dokku.run(["storage:mount", app, name, "--container-dir", containerDir], { mutating: true });
}
async function waitForStorageEntry(dokku, name) {
  await dokku.run(["storage:wait", name], { mutating: false });
}

export {
  listMounts,
  ensureStorageDirectory,
  mountStorage,
  storageEntry,
  appsMountingEntry,
  createStorageEntry,
  mountStorageEntry,
  waitForStorageEntry
};
