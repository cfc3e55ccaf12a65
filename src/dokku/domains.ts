import type { DokkuClient } from "./client.js";

/** `domains:report --domains-app-vhosts`: the app's domains, space-separated. */
export async function appDomains(dokku: DokkuClient, app: string): Promise<string[]> {
  const { stdout } = await dokku.run(["domains:report", app, "--domains-app-vhosts"], { mutating: false });
  return stdout.trim().split(/\s+/).filter(Boolean);
}

/** Also re-enables vhosts when apps:create disabled them (no global vhost); no restart. */
export async function addDomains(dokku: DokkuClient, app: string, domains: readonly string[]): Promise<void> {
  await dokku.run(["domains:add", app, ...domains], { mutating: true });
}
