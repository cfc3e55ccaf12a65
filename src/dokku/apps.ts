import type { DokkuClient } from "./client.js";

/** `apps:create` fails on an existing app ("Name is already taken"): check with appExists first. */
export async function createApp(dokku: DokkuClient, app: string): Promise<void> {
  await dokku.run(["apps:create", app], { mutating: true });
}
