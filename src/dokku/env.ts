import { DokkuCommandError } from "../errors.js";
import { dokkuMessage, type DokkuClient } from "./client.js";
import { exportConfig } from "./config.js";

/**
 * The config writes behind `pegasus:env-import`. Values travel on stdin (config:import) or,
 * on a Dokku older than 0.37, base64-encoded and redacted from every record; Dokku's own
 * messages are scrubbed of known values before they can reach an error.
 */

/**
 * `config:export --format json`, with Dokku's error scrubbed: when the ENV file cannot be
 * parsed, godotenv's message quotes the file.
 */
export async function readConfig(
  dokku: DokkuClient,
  app: string,
  secrets: readonly string[],
): Promise<Record<string, string>> {
  try {
    return await exportConfig(dokku, app);
  } catch (error) {
    if (!(error instanceof DokkuCommandError)) throw error;
    throw new DokkuCommandError(error.command, error.dokkuExitCode, scrubMessage(error.dokkuMessage, secrets));
  }
}

/** Where the values went, so the caller can say so (the fallback puts them in argv). */
export type WriteMethod = "config:import" | "config:set";

/**
 * Writes `values` with one `config:import --format json --no-restart` call, falling back to one
 * `config:set --encoded --no-restart` when this Dokku has no config:import. No restart either way.
 */
export async function writeConfig(
  dokku: DokkuClient,
  app: string,
  values: Readonly<Record<string, string>>,
  secrets: readonly string[],
): Promise<WriteMethod> {
  const imported = await dokku.run(["config:import", "--format", "json", "--no-restart", app, "-"], {
    mutating: true,
    quiet: true,
    input: JSON.stringify(values),
    okExitCodes: [1],
  });
  if (imported.exitCode === 0) return "config:import";
  if (!/`config:import` is not a dokku command/.test(imported.stderr + imported.stdout)) {
    throw scrubbed("config:import", imported, secrets);
  }
  const pairs = Object.entries(values).map(([key, value]) => `${key}=${Buffer.from(value, "utf8").toString("base64")}`);
  const args = ["config:set", "--encoded", "--no-restart", app, ...pairs];
  const set = await dokku.run(args, { mutating: true, quiet: true, redactFrom: 4, okExitCodes: [1] });
  if (set.exitCode !== 0) throw scrubbed("config:set", set, secrets);
  return "config:set";
}

/** One `config:unset --no-restart` for every key; Dokku would restart even when none was set. */
export async function unsetConfig(
  dokku: DokkuClient,
  app: string,
  keys: readonly string[],
  secrets: readonly string[],
): Promise<void> {
  const result = await dokku.run(["config:unset", "--no-restart", app, ...keys], {
    mutating: true,
    quiet: true,
    okExitCodes: [1],
  });
  if (result.exitCode !== 0) throw scrubbed("config:unset", result, secrets);
}

/**
 * Dokku's failure text with every known value replaced: godotenv's parse errors quote the ENV
 * file (`near "…"`), which holds every secret of the app.
 */
export function scrubMessage(message: string, secrets: readonly string[]): string {
  let text = message.replace(/ near .*$/gm, " near <redacted>");
  const longestFirst = [...new Set(secrets)].filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
  for (const secret of longestFirst) text = text.split(secret).join("<redacted>");
  return text;
}

function scrubbed(
  command: string,
  result: { exitCode: number; stdout: string; stderr: string },
  secrets: readonly string[],
): DokkuCommandError {
  return new DokkuCommandError(command, result.exitCode, scrubMessage(dokkuMessage(result.stderr, result.stdout), secrets));
}

export interface RestartState {
  deployed: boolean;
  /** False after `ps:stop`: Dokku's own config commands then leave the app stopped. */
  restore: boolean;
}

/** Both facts from one `ps:report --format json` read (keys without the `ps-` prefix). */
export async function restartState(dokku: DokkuClient, app: string): Promise<RestartState> {
  const { stdout } = await dokku.run(["ps:report", app, "--format", "json"], { mutating: false });
  const report = JSON.parse(stdout.trim() || "{}") as Record<string, unknown>;
  return {
    deployed: String(report.deployed) === "true",
    restore: String(report.restore ?? report["ps-restore"] ?? "true") !== "false",
  };
}
