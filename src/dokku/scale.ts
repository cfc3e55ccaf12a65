import type { DokkuClient } from "./client.js";

/**
 * `ps:scale --format=json`: `[{"process_type","quantity"}]`. The `=` form keeps `json` from
 * reading as a `type=n` argument to anything that counts positionals to tell a read from a write.
 */
export async function getScale(dokku: DokkuClient, app: string): Promise<Record<string, number>> {
  const { stdout } = await dokku.run(["ps:scale", "--format=json", app], { mutating: false });
  const parsed: unknown = JSON.parse(stdout.trim() || "[]");
  const scale: Record<string, number> = {};
  if (!Array.isArray(parsed)) return scale;
  for (const entry of parsed as Record<string, unknown>[]) {
    if (typeof entry?.process_type === "string" && typeof entry.quantity === "number") {
      scale[entry.process_type] = entry.quantity;
    }
  }
  return scale;
}

/** `--skip-deploy`: only the scale file is written; the counts apply at the next deploy or restart. */
export async function setScale(dokku: DokkuClient, app: string, pairs: readonly [string, number][]): Promise<void> {
  await dokku.run(["ps:scale", "--skip-deploy", app, ...pairs.map(([type, count]) => `${type}=${count}`)], {
    mutating: true,
  });
}
