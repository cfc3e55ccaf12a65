import type { Readable } from "node:stream";
import type { DokkuClient } from "./client.js";
import { listServices, serviceHost } from "./services.js";

/**
 * dokku-postgres commands used by backups. Service creation and linking live with setup
 * (src/dokku/services.ts); export and list live here.
 */

/** `postgres:list`: the service names. */
export async function listPostgresServices(dokku: DokkuClient): Promise<string[]> {
  return listServices(dokku, "postgres");
}

/**
 * `postgres:linked <svc> <app>`: dokku-postgres's own check that the app's config holds the
 * service's URL under any alias (exit 1 when not).
 */
export async function isPostgresLinked(dokku: DokkuClient, service: string, app: string): Promise<boolean> {
  const { exitCode } = await dokku.run(["postgres:linked", service, app], { mutating: false, quiet: true, okExitCodes: [1] });
  return exitCode === 0;
}

/**
 * `postgres:export <svc>`: `pg_dump -Fc` on stdout, handed to `consume` as it arrives. The
 * exit code and signal are returned, not thrown: the caller decides what a failure means for
 * the file it was writing.
 */
export async function exportPostgres(
  dokku: DokkuClient,
  service: string,
  consume: (stdout: Readable) => Promise<void>,
): Promise<{ exitCode: number; signal?: string; stderr: string }> {
  return dokku.stream(["postgres:export", service], { mutating: false, consumeStdout: consume });
}

/**
 * The DNS alias dokku-postgres gives a service's container (`dokku-postgres-<svc>`, with `.`
 * and `_` turned into `-`); a link writes it as the host of the app's DATABASE_URL.
 */
export function postgresServiceHost(service: string): string {
  return serviceHost("postgres", service);
}

/**
 * The hosts of every Postgres URL in an app's config that a dokku-postgres link wrote:
 * `DATABASE_URL` or `DOKKU_POSTGRES_<COLOR>_URL` pointing at `dokku-postgres-*`. Values are
 * read here and never returned or printed: they hold the password.
 */
export function linkedPostgresHosts(config: Record<string, string>): string[] {
  const hosts = new Set<string>();
  for (const [key, value] of Object.entries(config)) {
    if (key !== "DATABASE_URL" && !/^DOKKU_POSTGRES_[A-Z]+_URL$/.test(key)) continue;
    const host = postgresUrlHost(value);
    if (host && isPostgresServiceHost(host)) hosts.add(host);
  }
  return [...hosts].sort();
}

/**
 * The host of the app's DATABASE_URL: the database a Django app reads (a second link, or
 * `postgres:promote`, moves the other services to DOKKU_POSTGRES_<COLOR>_URL aliases, which the
 * app does not read). Undefined when the app has none, null when it is not a postgres:// URL.
 * The host only: the URL holds the password.
 */
export function databaseUrlHost(config: Record<string, string>): string | null | undefined {
  return config.DATABASE_URL ? (postgresUrlHost(config.DATABASE_URL) ?? null) : undefined;
}

/** Whether a URL's host is a dokku-postgres service's alias (what postgres:link writes). */
export function isPostgresServiceHost(host: string): boolean {
  return host.startsWith("dokku-postgres-");
}

/**
 * The host of a Postgres URL as Python's urlsplit (dj-database-url) reads it: the authority ends
 * at the first `/`, `?` or `#`, and the host follows its last `@`, so a password holding an `@` is
 * never taken for the host. Schemes: those dokku-postgres writes (`postgres`, or its
 * POSTGRES_DATABASE_SCHEME such as `postgis`) and Django's spellings of them.
 */
function postgresUrlHost(url: string): string | undefined {
  const authority = /^(?:postgres(?:ql)?|postgis)(?:\+[a-z0-9]+)?:\/\/([^/?#]*)/i.exec(url)?.[1];
  if (authority === undefined) return undefined;
  const hostAndPort = authority.slice(authority.lastIndexOf("@") + 1);
  const host = hostAndPort.startsWith("[") ? hostAndPort.slice(0, hostAndPort.indexOf("]") + 1) : hostAndPort.split(":")[0]!;
  return host === "" ? undefined : host;
}
