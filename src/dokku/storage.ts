import { DokkuCommandError } from "../errors.js";
import type { EntryFacts } from "../core/setup-plan.js";
import { dokkuMessage, type DokkuClient } from "./client.js";

export interface StorageMount {
  hostPath: string;
  containerPath: string;
  /** The storage entry behind the mount (Dokku 0.38+; `legacy-<hash>` for a colon-form mount). */
  entryName?: string;
}

/** `storage:list --format json`: the app's deploy-phase mounts. */
export async function listMounts(dokku: DokkuClient, app: string): Promise<StorageMount[]> {
  const { stdout } = await dokku.run(["storage:list", app, "--format", "json"], { mutating: false });
  const parsed: unknown = JSON.parse(stdout.trim() || "[]");
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: Record<string, unknown>) =>
    typeof entry?.host_path === "string" && typeof entry?.container_path === "string"
      ? [
          {
            hostPath: entry.host_path,
            containerPath: entry.container_path,
            ...(typeof entry.entry_name === "string" && entry.entry_name ? { entryName: entry.entry_name } : {}),
          },
        ]
      : [],
  );
}

/** Dokku before 0.38: `mkdir -p` and `chown -R` under `$DOKKU_LIB_ROOT/data/storage`, by Dokku's sudo helper. */
export async function ensureStorageDirectory(dokku: DokkuClient, name: string, uid: number): Promise<void> {
  await dokku.run(["storage:ensure-directory", "--chown", String(uid), name], { mutating: true });
}

/** Dokku before 0.38: the `host:container` form; repeating a mount fails, so callers check storage:list first. */
export async function mountStorage(dokku: DokkuClient, app: string, hostPath: string, containerPath: string): Promise<void> {
  await dokku.run(["storage:mount", app, `${hostPath}:${containerPath}`], { mutating: true });
}

/** A named storage entry as `storage:info <name> --format json` prints it (plugins/storage entry.go). */
export interface StorageEntry extends EntryFacts {
  name: string;
}

/** `storage:info <name> --format json`; undefined when no entry has that name (Dokku exits 1). */
export async function storageEntry(dokku: DokkuClient, name: string): Promise<StorageEntry | undefined> {
  const result = await dokku.run(["storage:info", name, "--format", "json"], { mutating: false, okExitCodes: [1] });
  if (result.exitCode !== 0) {
    const message = dokkuMessage(result.stderr, result.stdout);
    if (message.includes(`storage entry "${name}" does not exist`)) return undefined;
    throw new DokkuCommandError("storage:info", result.exitCode, message);
  }
  const raw = JSON.parse(result.stdout.trim() || "{}") as Record<string, unknown>;
  const text = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  return {
    name: text("name") || name,
    scheduler: text("scheduler") || "docker-local",
    hostPath: text("host_path"),
    size: text("size"),
    accessMode: text("access_mode"),
    storageClass: text("storage_class"),
    chown: text("chown"),
    mode: text("mode"),
  };
}

/**
 * The apps that mount an entry, from `storage:report --global --format json` (Dokku 0.38:
 * every entry with its `mounted_by`); [] when no entry has that name.
 */
export async function appsMountingEntry(dokku: DokkuClient, name: string): Promise<string[]> {
  const { stdout } = await dokku.run(["storage:report", "--global", "--format", "json"], { mutating: false });
  const parsed: unknown = JSON.parse(stdout.trim() || "[]");
  if (!Array.isArray(parsed)) return [];
  const row = parsed.find((r: { entry?: { name?: unknown } }) => r?.entry?.name === name) as { mounted_by?: unknown } | undefined;
  return Array.isArray(row?.mounted_by) ? row.mounted_by.filter((app): app is string => typeof app === "string") : [];
}

export interface CreateEntryOptions {
  /** docker-local: uid that owns the default host directory. */
  chown?: number;
  /** docker-local, Dokku 0.38.27+: octal permission bits of the host directory. */
  mode?: string;
  /** k3s: a PersistentVolumeClaim of this size (e.g. 1Gi). */
  k3s?: { size: string; accessMode: string; storageClass?: string };
}

/**
 * `storage:create <name>`: registers the entry (and on docker-local creates and chowns
 * `$DOKKU_LIB_ROOT/data/storage/<name>`); re-running it re-applies chown and mode.
 */
export async function createStorageEntry(dokku: DokkuClient, name: string, options: CreateEntryOptions): Promise<void> {
  const args = ["storage:create", name];
  if (options.k3s) {
    args.push("--scheduler", "k3s", "--size", options.k3s.size, "--access-mode", options.k3s.accessMode);
    if (options.k3s.storageClass) args.push("--storage-class-name", options.k3s.storageClass);
  } else {
    if (options.chown !== undefined) args.push("--chown", String(options.chown));
    if (options.mode) args.push("--mode", options.mode);
  }
  await dokku.run(args, { mutating: true });
}

/** `storage:mount <app> <name> --container-dir <dir>` (Dokku updates an existing one in place). */
export async function mountStorageEntry(dokku: DokkuClient, app: string, name: string, containerDir: string): Promise<void> {
  await dokku.run(["storage:mount", app, name, "--container-dir", containerDir], { mutating: true });
}

/** `storage:wait <name>`: returns once a k3s entry's claim is Bound; fails with Dokku's status otherwise. */
export async function waitForStorageEntry(dokku: DokkuClient, name: string): Promise<void> {
  await dokku.run(["storage:wait", name], { mutating: false });
}
