import type { DokkuClient } from "./client.js";

/** `config:export --format json`: the app's env as Dokku stores it (one call, read-only). */
export async function exportConfig(dokku: DokkuClient, app: string): Promise<Record<string, string>> {
  const { stdout } = await dokku.run(["config:export", "--format", "json", app], { mutating: false });
  const parsed: unknown = JSON.parse(stdout.trim() || "{}");
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  return parsed as Record<string, string>;
}

/** `config:get`: exit 1 with no output means the key is not set. */
export async function getConfigValue(dokku: DokkuClient, app: string, key: string): Promise<string | undefined> {
  const result = await dokku.run(["config:get", app, key], { mutating: false, okExitCodes: [1] });
  if (result.exitCode !== 0) return undefined;
  return result.stdout.replace(/\n$/, "");
}
