import type { DokkuClient } from "./client.js";

export interface StorageMount {
  hostPath: string;
  containerPath: string;
}

/** `storage:list --format json`: the app's deploy-phase mounts. */
export async function listMounts(dokku: DokkuClient, app: string): Promise<StorageMount[]> {
  const { stdout } = await dokku.run(["storage:list", app, "--format", "json"], { mutating: false });
  const parsed: unknown = JSON.parse(stdout.trim() || "[]");
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: Record<string, unknown>) =>
    typeof entry?.host_path === "string" && typeof entry?.container_path === "string"
      ? [{ hostPath: entry.host_path, containerPath: entry.container_path }]
      : [],
  );
}

/** `mkdir -p` and `chown -R` under `$DOKKU_LIB_ROOT/data/storage`, done by Dokku's sudo helper. */
export async function ensureStorageDirectory(dokku: DokkuClient, name: string, uid: number): Promise<void> {
  await dokku.run(["storage:ensure-directory", "--chown", String(uid), name], { mutating: true });
}

/** The legacy `host:container` form; repeating a mount fails, so callers check storage:list first. */
export async function mountStorage(dokku: DokkuClient, app: string, hostPath: string, containerPath: string): Promise<void> {
  await dokku.run(["storage:mount", app, `${hostPath}:${containerPath}`], { mutating: true });
}
