import { DokkuCommandError, UserError } from "../errors.js";
import { dokkuMessage, type DokkuClient } from "./client.js";

/**
 * The config writes behind `pegasus:env-import`. Values travel on stdin only (config:import):
 * argv is readable by every user on the host (/proc/<pid>/cmdline), so there is no `config:set`
 * fallback for a Dokku without config:import. Dokku's failure messages are redacted by the
 * client (godotenv quotes an unparsable ENV file).
 */

export const NEEDS_CONFIG_IMPORT =
  "pegasus:env-import needs Dokku 0.37 or newer (config:import reads values from stdin); upgrade Dokku";

/** Writes `values` with one `config:import --format json --no-restart` call (no restart). */
export async function writeConfig(dokku: DokkuClient, app: string, values: ReadonlyMap<string, string>): Promise<void> {
  const imported = await dokku.run(["config:import", "--format", "json", "--no-restart", app, "-"], {
    mutating: true,
    quiet: true,
    // fromEntries defines own keys, so even `__proto__` is written as a key.
    input: JSON.stringify(Object.fromEntries(values)),
    // Exit 1 is read here rather than thrown: a Dokku without config:import says so with it.
    okExitCodes: [1],
  });
  if (imported.exitCode === 0) return;
  // Dokku quotes the whole argv (`$*`) in this message, so match the command and what follows.
  if (/`config:import(?: [^`]*)?` is not a dokku command/.test(imported.stderr + imported.stdout)) {
    throw new UserError(NEEDS_CONFIG_IMPORT);
  }
  throw new DokkuCommandError("config:import", imported.exitCode, dokkuMessage(imported.stderr, imported.stdout));
}

/** One `config:unset --no-restart` for every key; Dokku would restart even when none was set. */
export async function unsetConfig(dokku: DokkuClient, app: string, keys: readonly string[]): Promise<void> {
  await dokku.run(["config:unset", "--no-restart", app, ...keys], { mutating: true, quiet: true });
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
