import type { DokkuClient } from "./client.js";

/** `ports:report --ports-map`: the explicit mappings (`scheme:host:container`), none when detected. */
export async function portMap(dokku: DokkuClient, app: string): Promise<string[]> {
  const { stdout } = await dokku.run(["ports:report", app, "--ports-map"], { mutating: false });
  return stdout.trim().split(/\s+/).filter(Boolean);
}

/** Replaces every mapping; the proxy is reconfigured, the app is not restarted. */
export async function setPortMap(dokku: DokkuClient, app: string, mappings: readonly string[]): Promise<void> {
  await dokku.run(["ports:set", app, ...mappings], { mutating: true });
}
