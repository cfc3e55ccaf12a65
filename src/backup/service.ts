import type { Context } from "../context.js";
import { isServiceName } from "./id.js";
import { databaseUrlHost, isPostgresLinked, isPostgresServiceHost, linkedPostgresHosts, listPostgresServices, postgresServiceHost } from "../dokku/postgres.js";
import { serviceLinks } from "../dokku/services.js";
import { UserError } from "../errors.js";
import { PropertyStore } from "../io/properties.js";

/** The Postgres service an app uses now, and how we know. */
export interface AppPostgres {
  service: string;
  /** `property`: the postgres-service setting; `link`: the URL a postgres:link wrote. */
  from: "property" | "link";
}

const chooseHint = (app: string) => `name the right one with \`dokku pegasus:set ${app} postgres-service NAME\``;

/**
 * The Postgres service the app uses now: the one its DATABASE_URL points at, which is what a
 * Django app reads. A second link or `postgres:promote` moves the other services to aliases
 * (DOKKU_POSTGRES_<COLOR>_URL) the app does not read, so an alias never decides. The
 * `postgres-service` property (pegasus:setup records it) names the service when DATABASE_URL
 * does not: none, or one outside dokku-postgres (a pooler in front of the service). When it
 * names another service than DATABASE_URL does, it is stale (a promote, a relink): DATABASE_URL
 * wins and a warning says how to put the setting right. DATABASE_URL's host is matched against
 * `postgres:list`, one read-only call, skipped when the property already names that host.
 */
export async function currentPostgresService(
  app: string,
  config: Record<string, string>,
  context: Context,
  services?: readonly string[],
): Promise<AppPostgres> {
  const chosen = await new PropertyStore(context.paths.propertiesDir).get(app, "postgres-service");
  // A property file is data on disk: it goes into a dokku argv only if it is a name.
  if (chosen && !isServiceName(chosen)) {
    throw new UserError(`The postgres-service property of ${app} is not a Postgres service name; ${chooseHint(app)}`);
  }
  const host = databaseUrlHost(config);
  if (host && isPostgresServiceHost(host)) {
    if (chosen && postgresServiceHost(chosen) === host) return { service: chosen, from: "property" };
    const all = services ?? (await listPostgresServices(context.dokku));
    const matching = all.filter((service) => postgresServiceHost(service) === host);
    if (matching.length === 0) {
      throw new UserError(
        `${app}'s DATABASE_URL points at ${host}, but no Postgres service of that name exists ` +
          `(services: ${all.length > 0 ? all.join(", ") : "none"}). Relink with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`,
      );
    }
    if (matching.length > 1) {
      throw new UserError(`${app}'s DATABASE_URL points at ${host}, the alias of several services: ${matching.sort().join(", ")}. Choose one: ${chooseHint(app)}`);
    }
    const service = matching[0]!;
    if (chosen) {
      context.log.warn(
        `The postgres-service setting of ${app} names ${chosen}, but its DATABASE_URL points at ${service}, the database ${app} reads: ` +
          `using ${service}. Put the setting right with \`dokku pegasus:set ${app} postgres-service ${service}\``,
      );
    }
    return { service, from: "link" };
  }
  if (chosen) return { service: chosen, from: "property" };
  const aliases = linkedPostgresHosts(config);
  const aliasNote = aliases.length > 0 ? ` (${aliases.join(", ")} ${aliases.length === 1 ? "is" : "are"} linked under another name, which ${app} does not read as its database)` : "";
  if (host !== undefined) {
    throw new UserError(
      `${app}'s DATABASE_URL points at ${host ?? "a database that is not a postgres:// URL"}, outside dokku-postgres: there is no dokku-postgres service of ${app}'s to back up or restore${aliasNote}. ` +
        `If that URL reaches a dokku-postgres service (through a pooler), ${chooseHint(app)}`,
    );
  }
  throw new UserError(
    `No Postgres service is linked to ${app} as its DATABASE_URL${aliasNote}. ` +
      `Link one with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`,
  );
}

/** Where a restore writes, and whether the operator had to say so. */
export interface RestoreTarget {
  service: string;
  /** Chosen with --into-service: not (or not only) what the app uses now. */
  explicit: boolean;
  /** Other apps linked to the service (a clone shares its original's): their data is replaced too. */
  sharedWith: string[];
}

/**
 * The one database a restore or rollback may overwrite: the service the app uses now. Refused,
 * before anything is touched, when that is not the service the backup was taken of (the app
 * was relinked, cloned or renamed since), or when the postgres-service setting names a service
 * the app is not linked to (a setting carried over from another app). `--into-service NAME`
 * is the operator saying, explicitly, which service to overwrite; it must exist.
 */
export async function restoreTarget(
  app: string,
  backup: { id: string; service: string },
  intoService: string | undefined,
  config: Record<string, string>,
  context: Context,
): Promise<RestoreTarget> {
  const services = await listPostgresServices(context.dokku);
  if (intoService !== undefined) {
    if (!isServiceName(intoService) || !services.includes(intoService)) {
      // Not repeated: what was typed there may be a pasted secret; the list says what exists.
      throw new UserError(`--into-service names no existing Postgres service (services: ${services.length > 0 ? services.join(", ") : "none"}). Nothing was changed.`);
    }
    // Saying which service to overwrite is not saying whose data to overwrite: a service linked
    // only to other apps is their database, and a slip of the name would wipe it.
    const users = await serviceLinks(context.dokku, "postgres", intoService);
    if (users.length > 0 && !users.includes(app)) {
      throw new UserError(
        [
          `--into-service ${intoService} is refused: it is the database of ${users.join(", ")}, not of ${app}. Nothing was changed.`,
          `To restore ${users.length === 1 ? `${users[0]}'s` : "their"} data, run the restore for that app. ` +
            `If ${app} is to use ${intoService} now, link it first: dokku postgres:link ${intoService} ${app}`,
        ].join("\n"),
      );
    }
    return { service: intoService, explicit: true, sharedWith: users.filter((user) => user !== app) };
  }
  const explicitly = (service: string) => `To overwrite ${service} anyway, say so: --into-service ${service}`;
  const current = await currentPostgresService(app, config, context, services);
  if (current.from === "property" && !(await isPostgresLinked(context.dokku, current.service, app))) {
    throw new UserError(
      [
        `Restore of ${app} refused: its postgres-service setting names ${current.service}, which is not linked to ${app}. Nothing was changed.`,
        `If ${app} uses another database now, unset the setting (\`dokku pegasus:set ${app} postgres-service\`) or set it to that service.`,
        explicitly(current.service),
      ].join("\n"),
    );
  }
  if (current.service !== backup.service) {
    throw new UserError(
      [
        `Restore of ${app} refused: backup ${backup.id} was taken of ${backup.service}, but ${app} uses ${current.service} now ` +
          `(${current.from === "property" ? "postgres-service setting" : "its link"}). Nothing was changed.`,
        explicitly(current.service),
      ].join("\n"),
    );
  }
  // apps:clone links the clone to its original's service: a restore of the clone would replace
  // the original's data while the original keeps running and writing, and the app stopped would
  // be the wrong one. Only an operator who names the service may do that.
  const sharedWith = (await serviceLinks(context.dokku, "postgres", current.service)).filter((user) => user !== app);
  if (sharedWith.length > 0) {
    const them = sharedWith.join(", ");
    throw new UserError(
      [
        `Restore of ${app} refused: ${current.service} is also the database of ${them} (\`dokku postgres:links ${current.service}\`), ` +
          `whose data it would replace while ${sharedWith.length === 1 ? "that app keeps" : "those apps keep"} running. Nothing was changed.`,
        `A clone shares its original's database. To give ${app} one of its own: dokku postgres:unlink ${current.service} ${app}, ` +
          `then dokku postgres:create NAME and dokku postgres:link NAME ${app}.`,
        `To replace the data of all of them anyway, stop ${them} first (dokku ps:stop APP) and say so: --into-service ${current.service}`,
      ].join("\n"),
    );
  }
  return { service: current.service, explicit: false, sharedWith };
}
