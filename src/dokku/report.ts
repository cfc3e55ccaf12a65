import type { DokkuClient } from "./client.js";

/** Dokku reads used only by pegasus:report; all read-only. */

/** `config:keys <app>`: key names only, one a line; values never leave Dokku. */
export async function configKeyCount(dokku: DokkuClient, app: string): Promise<number> {
  const { stdout } = await dokku.run(["config:keys", app], { mutating: false });
  return stdout.split("\n").filter((line) => line.trim() !== "").length;
}

/** `apps:list --format json`: every app, sorted; `[]` when there is none. */
export async function listApps(dokku: DokkuClient): Promise<string[]> {
  const { stdout } = await dokku.run(["apps:list", "--format", "json"], { mutating: false });
  const parsed: unknown = JSON.parse(stdout.trim() || "[]");
  return Array.isArray(parsed) ? parsed.filter((app): app is string => typeof app === "string") : [];
}

/** `letsencrypt:active <app>`: `true` only when the installed certificate is the plugin's. */
export async function letsencryptActive(dokku: DokkuClient, app: string): Promise<boolean> {
  const { stdout } = await dokku.run(["letsencrypt:active", app], { mutating: false });
  return stdout.trim() === "true";
}
