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

/** `<plugin>:links <service>`: the apps the service is linked to, one a line. */
export async function serviceLinks(dokku: DokkuClient, plugin: ServicePlugin, service: string): Promise<string[]> {
  const { stdout } = await dokku.run([`${plugin}:links`, service], { mutating: false });
  return stdout
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("=====>") && !line.startsWith("-----> "));
}

/**
 * The host a link writes into the app's URL: the service's DNS alias `dokku-<plugin>-<service>`
 * with `.` and `_` turned into `-` (service_dns_hostname in the plugins' common-functions).
 */
export function serviceHost(plugin: ServicePlugin, service: string): string {
  return `dokku-${plugin}-${service.replace(/[._]/g, "-")}`;
}

/**
 * Whether `url` is the service's own URL (`<plugin>:info --dsn`), as `<plugin>:linked` matches a
 * config value, scheme aside (a link may write POSTGRES_DATABASE_SCHEME's). Only the answer
 * leaves: the URL and the DSN hold the password.
 */
export async function isServiceUrl(dokku: DokkuClient, plugin: ServicePlugin, service: string, url: string): Promise<boolean> {
  const { stdout } = await dokku.run([`${plugin}:info`, service, "--dsn"], { mutating: false });
  const withoutScheme = (value: string) => value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const dsn = withoutScheme(stdout);
  const value = withoutScheme(url);
  return dsn !== "" && (value === dsn || value.startsWith(`${dsn}?`));
}

/** The host of a `scheme://user:password@host:port/...` URL, without ever returning the rest. */
export function urlHost(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^:/?#]+)/i.exec(url)?.[1] ?? "";
}

/** `<plugin>:list`: the service names (dokku-postgres 1.48 prints names under a heading; older ones a table). */
export async function listServices(dokku: DokkuClient, plugin: ServicePlugin): Promise<string[]> {
  const { stdout } = await dokku.run([`${plugin}:list`], { mutating: false });
  const names: string[] = [];
  for (const line of stdout.split("\n")) {
    if (/^\s*(=====>|-----> |!)/.test(line) || line.startsWith(" !")) continue;
    const first = line.trim().split(/\s+/)[0] ?? "";
    if (first === "" || first === "NAME") continue;
    if (/^[A-Za-z0-9_-]+$/.test(first)) names.push(first);
  }
  return names;
}
