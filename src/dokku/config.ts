import { UserError } from "../errors.js";
import type { DokkuClient } from "./client.js";

/**
 * `config:export --format json`: the app's env as Dokku stores it (one call, read-only), as a
 * null-prototype object: `config.constructor` is the app's key or undefined, never Object's, and
 * a `__proto__` key (Dokku accepts it) is an ordinary own key.
 */
export async function exportConfig(dokku: DokkuClient, app: string): Promise<Record<string, string>> {
  const { stdout } = await dokku.run(["config:export", "--format", "json", app], { mutating: false });
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout.trim() || "{}");
  } catch {
    // V8's SyntaxError quotes the text around the fault, i.e. the app's values: never pass it on.
    throw notJson(app);
  }
  // Go marshals an empty (nil) map as `null`.
  if (parsed === null) return Object.create(null) as Record<string, string>;
  if (typeof parsed !== "object" || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== "string")) {
    throw notJson(app);
  }
  // JSON.parse makes `__proto__` an own key; assigning onto a null prototype keeps it one.
  return Object.assign(Object.create(null) as Record<string, string>, parsed);
}

/** The same read as a Map, for code that compares, adds and removes keys. */
export async function exportConfigMap(dokku: DokkuClient, app: string): Promise<Map<string, string>> {
  return new Map(Object.entries(await exportConfig(dokku, app)));
}

function notJson(app: string): UserError {
  return new UserError(
    `dokku config:export --format json ${app} did not print a JSON object of strings (its output is not shown: it holds the app's values). ` +
      `Run that command as the dokku user to see what it prints; if this Dokku does not know --format json, upgrade Dokku`,
  );
}

/** `config:get`: exit 1 with no output means the key is not set. */
export async function getConfigValue(dokku: DokkuClient, app: string, key: string): Promise<string | undefined> {
  const result = await dokku.run(["config:get", app, key], { mutating: false, okExitCodes: [1] });
  if (result.exitCode !== 0) return undefined;
  return result.stdout.replace(/\n$/, "");
}
