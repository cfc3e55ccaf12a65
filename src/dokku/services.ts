import type { DokkuClient } from "./client.js";

/** The datastore plugins built on dokku's shared service-plugin code. */
export type ServicePlugin = "postgres" | "redis";

/** `<plugin>:exists` exits 1 for a missing service (not 20 as apps do). */
export async function serviceExists(dokku: DokkuClient, plugin: ServicePlugin, service: string): Promise<boolean> {
  const result = await dokku.run([`${plugin}:exists`, service], { mutating: false, okExitCodes: [1] });
  return result.exitCode === 0;
}

/** `<plugin>:info --version`: the `image:tag` the service was created with. */
export async function serviceImage(dokku: DokkuClient, plugin: ServicePlugin, service: string): Promise<string> {
  const { stdout } = await dokku.run([`${plugin}:info`, service, "--version"], { mutating: false });
  return stdout.trim();
}

/** `<plugin>:linked` exits 1 when the service's DSN is not in the app's config. */
export async function serviceLinked(
  dokku: DokkuClient,
  plugin: ServicePlugin,
  service: string,
  app: string,
): Promise<boolean> {
  const result = await dokku.run([`${plugin}:linked`, service, app], { mutating: false, okExitCodes: [1] });
  return result.exitCode === 0;
}

/** Flags must follow the name: the plugins' getopts stops at the first non-flag. */
export async function createService(
  dokku: DokkuClient,
  plugin: ServicePlugin,
  service: string,
  image?: { image?: string; version?: string },
): Promise<void> {
  const args = [`${plugin}:create`, service];
  if (image?.image) args.push("--image", image.image);
  if (image?.version) args.push("--image-version", image.version);
  await dokku.run(args, { mutating: true });
}

/** Sets DATABASE_URL / REDIS_URL through config:set, which restarts a deployed app once. */
export async function linkService(dokku: DokkuClient, plugin: ServicePlugin, service: string, app: string): Promise<void> {
  await dokku.run([`${plugin}:link`, service, app], { mutating: true });
}
