import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dokkuMessage
} from "./chunk-RVFNLFNF.mjs";
import {
  DokkuCommandError,
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/dokku/env.ts
var NEEDS_CONFIG_IMPORT = "pegasus:env-import needs Dokku 0.37 or newer (config:import reads values from stdin); upgrade Dokku";
async function writeConfig(dokku, app, values) {
  const imported = await dokku.run(["config:import", "--format", "json", "--no-restart", app, "-"], {
    mutating: true,
    quiet: true,
    // fromEntries defines own keys, so even `__proto__` is written as a key.
    input: JSON.stringify(Object.fromEntries(values)),
    // Exit 1 is read here rather than thrown: a Dokku without config:import says so with it.
    okExitCodes: [1]
  });
  if (imported.exitCode === 0) return;
  if (/`config:import(?: [^`]*)?` is not a dokku command/.test(imported.stderr + imported.stdout)) {
    throw new UserError(NEEDS_CONFIG_IMPORT);
  }
  throw new DokkuCommandError("config:import", imported.exitCode, dokkuMessage(imported.stderr, imported.stdout));
}
async function unsetConfig(dokku, app, keys) {
  await dokku.run(["config:unset", "--no-restart", app, ...keys], { mutating: true, quiet: true });
}
async function restartState(dokku, app) {
  const { stdout } = await dokku.run(["ps:report", app, "--format", "json"], { mutating: false });
  const report = JSON.parse(stdout.trim() || "{}");
  return {
    deployed: String(report.deployed) === "true",
    restore: String(report.restore ?? report["ps-restore"] ?? "true") !== "false"
  };
}

export {
  writeConfig,
  unsetConfig,
  restartState
};
