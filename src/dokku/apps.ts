import { statSync } from "node:fs";
import { join } from "node:path";
import { AppMissingError } from "../errors.js";
import type { DokkuPaths } from "../paths.js";
import type { DokkuClient } from "./client.js";

/** `apps:create` fails on an existing app ("Name is already taken"): check with appExists first. */
export async function createApp(dokku: DokkuClient, app: string): Promise<void> {
  await dokku.run(["apps:create", app], { mutating: true });
}

/**
 * Whether `app` (a name verifyAppName passed) exists, as Dokku itself decides it: an app is a
 * directory `$DOKKU_ROOT/<app>` (`VerifyAppName` in plugins/common of Dokku's Go plugins,
 * `verify_app_name` of its bash ones, and `apps:exists` behind both). Reading it, as Dokku's own
 * plugins do, spares every command a `dokku apps:exists` process (a Node or Go start of its own).
 */
export function appExists(paths: Pick<DokkuPaths, "dokkuRoot">, app: string): boolean {
  try {
    return statSync(join(paths.dokkuRoot, app)).isDirectory();
  } catch {
    // As Dokku's `[[ -d ]]` and Go's DirectoryExists: whatever stat cannot reach (a name too
    // long, a symlink loop, an unreadable DOKKU_ROOT) is no app.
    return false;
  }
}

/** Throws Dokku's own "App X does not exist" (exit 20) for a missing app. */
export function verifyAppExists(paths: Pick<DokkuPaths, "dokkuRoot">, app: string): void {
  if (!appExists(paths, app)) throw new AppMissingError(app);
}

/**
 * `apps:locked <app>`: exit 0 while the app's deploy lock exists, which a git deploy holds from
 * its build to its end (acquire_app_deploy_lock), and `apps:lock` sets by hand; exit 1 without.
 */
export async function isDeployLocked(dokku: DokkuClient, app: string): Promise<boolean> {
  const { exitCode } = await dokku.run(["apps:locked", app], { mutating: false, quiet: true, okExitCodes: [1] });
  return exitCode === 0;
}
