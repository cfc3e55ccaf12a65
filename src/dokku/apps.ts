import { AppMissingError } from "../errors.js";
import type { DokkuClient } from "./client.js";

/** `apps:create` fails on an existing app ("Name is already taken"): check with appExists first. */
export async function createApp(dokku: DokkuClient, app: string): Promise<void> {
  await dokku.run(["apps:create", app], { mutating: true });
}

/** `apps:exists`: exit 0 when the app exists, 20 when it does not. */
export async function appExists(dokku: DokkuClient, app: string): Promise<boolean> {
  const result = await dokku.run(["apps:exists", app], { mutating: false, okExitCodes: [20] });
  return result.exitCode === 0;
}

/** Throws Dokku's own "App X does not exist" (exit 20) for a missing app. */
export async function verifyAppExists(dokku: DokkuClient, app: string): Promise<void> {
  if (!(await appExists(dokku, app))) throw new AppMissingError(app);
}
