import type { Context } from "../context.js";
import { isServiceName } from "./id.js";
import { isPostgresLinked, linkedPostgresHosts, listPostgresServices, postgresServiceHost } from "../dokku/postgres.js";
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
 * The app's Postgres service: the `postgres-service` property when set; otherwise the service
 * whose DNS alias is the host of a Postgres URL in the app's config (what `postgres:link`
 * writes, and what `postgres:linked` itself checks), matched against `postgres:list`. That is
 * one extra read-only call whatever the number of services, instead of one `postgres:linked`
 * per service, and it never reads another plugin's files.
 */
export async function currentPostgresService(
  app: string,
  config: Record<string, string>,
  context: Context,
  services?: readonly string[],
): Promise<AppPostgres> {
  const chosen = await new PropertyStore(context.paths.propertiesDir).get(app, "postgres-service");
  if (chosen) {
    // A property file is data on disk: it goes into a dokku argv only if it is a name.
    if (!isServiceName(chosen)) {
      throw new UserError(`The postgres-service property of ${app} is not a Postgres service name; ${chooseHint(app)}`);
    }
    return { service: chosen, from: "property" };
  }
  const hosts = linkedPostgresHosts(config);
  if (hosts.length === 0) {
    throw new UserError(
      `No Postgres service is linked to ${app} (no DATABASE_URL or DOKKU_POSTGRES_*_URL points at a dokku-postgres service). ` +
        `Link one with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`,
    );
  }
  const all = services ?? (await listPostgresServices(context.dokku));
  const linked = all.filter((service) => hosts.includes(postgresServiceHost(service)));
  if (linked.length === 1) return { service: linked[0]!, from: "link" };
  if (linked.length === 0) {
    throw new UserError(
      `${app} points at ${hosts.join(", ")}, but no Postgres service of that name exists ` +
        `(services: ${all.length > 0 ? all.join(", ") : "none"}). Relink with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`,
    );
  }
  throw new UserError(`Several Postgres services are linked to ${app}: ${[...linked].sort().join(", ")}. Choose one: ${chooseHint(app)}`);
}

/** Where a restore writes, and whether the operator had to say so. */
export interface RestoreTarget {
  service: string;
  /** Chosen with --into-service: not (or not only) what the app uses now. */
  explicit: boolean;
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
      throw new UserError(
        `--into-service ${JSON.stringify(intoService)} is not an existing Postgres service ` +
          `(services: ${services.length > 0 ? services.join(", ") : "none"}). Nothing was changed.`,
      );
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
    return { service: intoService, explicit: true };
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
  return { service: current.service, explicit: false };
}
