import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { DRY_RUN_OPTION, FORMAT_OPTION, formatOption, type ParsedArgs } from "../core/args.js";
import type { Subcommand } from "../core/command.js";
import { applyPlan, renderStepLine } from "../core/plan.js";
import { parseEmail, parseSetupOptions, SETUP_DEFAULTS, type SetupOptions } from "../core/setup-options.js";
import {
  K3S,
  planSetup,
  SETUP_STEPS,
  setupRefusals,
  summarizeSetup,
  verifyPlugins,
  type ServiceFacts,
  type ServiceKind,
  type SetupActions,
  type SetupFacts,
} from "../core/setup-plan.js";
import type { Context } from "../context.js";
import { verifyAppName } from "../core/app-name.js";
import { appExists, createApp } from "../dokku/apps.js";
import { getDockerfilePath, getSelectedBuilder, selectBuilder, setDockerfilePath } from "../dokku/builder.js";
import { addDomains, appDomains } from "../dokku/domains.js";
import {
  addCronJob,
  appLetsencrypt,
  cronJobEnabled,
  enableLetsencrypt,
  setLetsencryptEmail,
} from "../dokku/letsencrypt.js";
import { portMap, setPortMap } from "../dokku/ports.js";
import { isDeployed } from "../dokku/ps.js";
import { getScale, setScale } from "../dokku/scale.js";
import { getConfigValue } from "../dokku/config.js";
import { k3sLetsencryptEmail, selectedScheduler, setK3sLetsencryptEmail } from "../dokku/scheduler.js";
import {
  createService,
  isServiceUrl,
  linkService,
  listServices,
  serviceExists,
  serviceHost,
  serviceImage,
  serviceLinked,
  serviceLinks,
  urlHost,
} from "../dokku/services.js";
import {
  appsMountingEntry,
  createStorageEntry,
  ensureStorageDirectory,
  listMounts,
  mountStorage,
  mountStorageEntry,
  storageEntry,
  waitForStorageEntry,
} from "../dokku/storage.js";
import { dokkuVersion, versionAtLeast } from "../dokku/version.js";
import { ExitCode, UserError } from "../errors.js";
import { withConfigLock } from "../io/config-lock.js";
import { isMissing, PropertyStore } from "../io/properties.js";

const POSTGRES_SERVICE_PROPERTY = "postgres-service";
const LETSENCRYPT_EMAIL_PROPERTY = "letsencrypt-email";
const STEP_WIDTH = Math.max(...SETUP_STEPS.map((name) => name.length)) + 2;

export const setup: Subcommand = {
  name: "setup",
  args: "<app>",
  summary: "Provision an app for SaaS Pegasus: services and storage and domains and TLS (safe to re-run)",
  options: {
    domain: { type: "string", multiple: true, value: "DOMAIN", description: "add a domain to the app (repeatable)" },
    "letsencrypt-email": {
      type: "string",
      value: "EMAIL",
      description:
        "Let's Encrypt email for the app (default: pegasus:set letsencrypt-email, else letsencrypt's global email)",
    },
    "postgres-image": {
      type: "string",
      value: "IMAGE",
      description: "image for a new Postgres service, e.g. pgvector/pgvector (default: the plugin's)",
    },
    "postgres-image-version": {
      type: "string",
      value: "TAG",
      description: "image tag for a new Postgres service, e.g. pg17",
    },
    "postgres-service": {
      type: "string",
      value: "NAME",
      description: "the Postgres service to create or adopt and link (default <app>-db, dots turned into hyphens)",
    },
    "redis-service": {
      type: "string",
      value: "NAME",
      description: "the Redis service to create or adopt and link (default <app>-redis, dots turned into hyphens)",
    },
    "no-postgres": { type: "boolean", description: "do not create or link a Postgres service" },
    "no-redis": { type: "boolean", description: "do not create or link a Redis service" },
    "no-storage": { type: "boolean", description: "do not create or mount the media storage directory" },
    "no-letsencrypt": { type: "boolean", description: "do not configure Let's Encrypt TLS" },
    dockerfile: {
      type: "string",
      value: "PATH",
      description: `Dockerfile to build, relative to the repository root (default ${SETUP_DEFAULTS.dockerfile})`,
    },
    port: {
      type: "string",
      value: "N",
      description: "container port the proxy sends http (and https after TLS) to: 8080 for Pegasus's Dockerfile.web",
    },
    "storage-dir": {
      type: "string",
      value: "DIR",
      description: `where the media directory is mounted in the container (default ${SETUP_DEFAULTS.storageDir})`,
    },
    "storage-uid": {
      type: "string",
      value: "UID",
      description: `owner of the media directory: the image's user (default ${SETUP_DEFAULTS.storageUid}, Pegasus's django user)`,
    },
    "storage-mode": {
      type: "string",
      value: "MODE",
      description: "octal permissions of the media directory, e.g. 0750 (Dokku 0.38.27+; default: Dokku's)",
    },
    "storage-size": {
      type: "string",
      value: "SIZE",
      description: `k3s apps: size of the media volume's claim (default ${SETUP_DEFAULTS.storageSize})`,
    },
    "storage-class": {
      type: "string",
      value: "NAME",
      description: "k3s apps: StorageClass of the media volume's claim (default: the cluster's)",
    },
    scale: {
      type: "string",
      multiple: true,
      value: "TYPE=N",
      description: "process count, applied at the next deploy (repeatable; default worker=1)",
    },
    ...DRY_RUN_OPTION,
    ...FORMAT_OPTION,
  },
  notes: [
    "Creates what is missing and leaves what exists: the app, the dockerfile builder, Postgres <app>-db and",
    "Redis <app>-redis (linked), $DOKKU_LIB_ROOT/data/storage/<app> mounted at --storage-dir (Dokku 0.38+: the",
    "storage entry <app>), domains, the port mapping, the process scale and Let's Encrypt (email, renewal cron;",
    "TLS once the app is deployed). On Dokku's k3s scheduler: a volume claim, the scheduler's own Let's Encrypt,",
    "and no dokku-postgres/redis services unless --postgres-service/--redis-service name reachable ones.",
    "A DATABASE_URL or REDIS_URL that belongs to another service is refused, never shadowed by an alias.",
    "A re-run changes nothing that is already in place; after a failure, fix the cause and re-run.",
    "Service links are made the ordinary way: on a deployed app Dokku restarts it once per new link, and both",
    "links come before every other change. Scale and mounts never restart: run ps:restart when setup says so.",
    "Find the uid of your image's user with: docker run --rm --entrypoint id <image>",
    "An existing service is never recreated, even when it runs another image than --postgres-image asks for.",
    "Requires the postgres, redis and letsencrypt plugins (unless --no-postgres, --no-redis, --no-letsencrypt).",
  ],
  printsData: (args: ParsedArgs) => formatOption(args.options) === "json",
  // One config change of an app at a time (env-import takes the same lock); a dry run changes nothing.
  run: (args, ctx) => (args.options["dry-run"] ? run(args, ctx) : withConfigLock(args.positionals[0] ?? "", ctx, () => run(args, ctx))),
};

async function run(args: ParsedArgs, ctx: Context): Promise<number> {
  const format = formatOption(args.options);
  const options = parseSetupOptions(args);
  const pluginPresent = (plugin: string) => existsSync(join(ctx.paths.pluginEnabledPath, plugin));
  // The service plugins are needed whatever the scheduler; dokku-letsencrypt only off k3s.
  verifyPlugins({ ...options, letsencrypt: false }, pluginPresent);
  const properties = new PropertyStore(ctx.paths.propertiesDir);
  const emailDefault = await properties.computed(options.app, LETSENCRYPT_EMAIL_PROPERTY, "");
  if (emailDefault) options.letsencryptEmailDefault = parseEmail(emailDefault);

  const exists = appExists(ctx.paths, options.app);
  if (!exists) verifyAppName(options.app, { forCreate: true });
  const scheduler = await selectedScheduler(ctx.dokku, exists ? options.app : "--global");
  verifyPlugins(options, pluginPresent, scheduler);

  ctx.log.info1(`${options.dryRun ? "Checking" : "Setting up"} ${options.app} for SaaS Pegasus`);
  const facts = await gatherFacts(options, ctx, properties, exists, scheduler);
  const refusals = setupRefusals(options, facts);
  if (refusals.length > 0) {
    throw new UserError([...refusals, "Nothing was changed."].join("\n"));
  }
  const steps = planSetup(options, facts, actions(options, ctx, properties));
  const result = await applyPlan(steps, {
    dryRun: options.dryRun,
    onStep: (report) => ctx.log.verbose(renderStepLine(report, STEP_WIDTH)),
  });

  if (format === "json") {
    ctx.stdout.write(
      `${JSON.stringify({ app: options.app, dry_run: options.dryRun, changed: result.changed, steps: result.steps })}\n`,
    );
  }

  if (result.failure) {
    const { step, error, fix } = result.failure;
    if (!(error instanceof UserError)) throw error;
    ctx.log.fail(`Step ${step} failed: ${error.message}`);
    if (fix) ctx.log.fail(`To fix: ${fix}`);
    ctx.log.fail(`Then re-run dokku pegasus:setup ${options.app} with the same flags: steps already done are skipped`);
    return error.exitCode === ExitCode.ok ? ExitCode.userError : error.exitCode;
  }

  const host = await serverName(ctx);
  const [headline, ...rest] = summarizeSetup(options, result.steps, {
    dryRun: options.dryRun,
    deployed: facts.deployed,
    host,
  });
  ctx.log.info2(headline ?? "");
  for (const line of rest) ctx.log.verbose(line);
  return ExitCode.ok;
}

/** Read-only: an app that does not exist yet has nothing to ask Dokku about. */
async function gatherFacts(
  options: SetupOptions,
  ctx: Context,
  properties: PropertyStore,
  exists: boolean,
  scheduler: string,
): Promise<SetupFacts> {
  const { dokku } = ctx;
  const { app } = options;
  const service = async (kind: ServiceKind): Promise<ServiceFacts> => {
    if (!options[kind]) return { exists: false, image: "", linked: false, otherLinks: [] };
    const name = kind === "postgres" ? options.postgresService : options.redisService;
    const serviceThere = await serviceExists(dokku, kind, name);
    const variable = exists ? await linkVariable(ctx, app, kind, name, serviceThere) : {};
    if (!serviceThere) return { exists: false, image: "", linked: false, otherLinks: [], ...variable };
    const wantsImage =
      kind === "postgres" && (options.postgresImage !== undefined || options.postgresImageVersion !== undefined);
    const linked = exists ? await serviceLinked(dokku, kind, name, app) : false;
    return {
      exists: true,
      image: wantsImage ? await serviceImage(dokku, kind, name) : "",
      linked,
      otherLinks: linked ? [] : (await serviceLinks(dokku, kind, name)).filter((other) => other !== app),
      ...variable,
    };
  };
  const storageRoot = join(ctx.paths.libRoot, "data", "storage");
  const version = await dokkuVersion(dokku, ctx.paths.libRoot);
  const storageEntries = versionAtLeast(version, [0, 38, 0]);
  const mounts = exists && options.storage ? await listMounts(dokku, app) : [];
  // A mount of another entry at --storage-dir is left as it is (setup-plan), so its entry is not looked up.
  const servedByOther = mounts.some((m) => m.containerPath === options.storageDir && m.entryName !== options.storageEntry);
  const entry =
    options.storage && storageEntries && !servedByOther ? await storageEntry(dokku, options.storageEntry) : undefined;
  // An entry by our name that this app does not mount may be another app's media (`my.shop` and
  // `my-shop` derive the same entry name): whoever mounts it decides whether it is ours to take.
  const mountedHere = mounts.some((m) => m.entryName === options.storageEntry);
  const entryMountedBy =
    entry && !mountedHere ? (await appsMountingEntry(dokku, options.storageEntry)).filter((other) => other !== app) : [];
  // On k3s a docker-local entry (a pre-0.38 mount's legacy-<hash> among them) fails the deploy.
  const serving = mounts.find((m) => m.containerPath === options.storageDir && m.entryName !== options.storageEntry);
  const servingEntry =
    options.storage && storageEntries && scheduler === K3S && serving?.entryName
      ? await storageEntry(dokku, serving.entryName)
      : undefined;
  const directoryName = storageEntries && !servedByOther ? options.storageEntry : options.storageName;

  return {
    appExists: exists,
    storageEntries,
    storageModeFlag: versionAtLeast(version, [0, 38, 27]),
    scheduler,
    deployed: exists ? await isDeployed(dokku, app) : false,
    builderSelected: exists ? await getSelectedBuilder(dokku, app) : "",
    dockerfilePath: exists ? await getDockerfilePath(dokku, app) : "",
    postgres: await service("postgres"),
    redis: await service("redis"),
    postgresServiceProperty: options.postgres ? await properties.get(app, POSTGRES_SERVICE_PROPERTY) : undefined,
    storageRoot,
    storageDirectory:
      options.storage && scheduler !== K3S ? await directoryOwner(join(storageRoot, directoryName)) : { exists: false },
    storageEntry: entry,
    storageEntryMountedBy: entryMountedBy,
    servingEntryScheduler: servingEntry?.scheduler,
    mounts,
    domains: exists ? await appDomains(dokku, app) : [],
    // Read even without --port: the step reports the mapping in place.
    portMap: exists ? await portMap(dokku, app) : [],
    scale: exists ? await getScale(dokku, app) : {},
    k3sLetsencrypt:
      scheduler === K3S && options.letsencrypt && exists ? await k3sLetsencryptEmail(dokku, app) : { app: "", computed: "" },
    letsencrypt: !options.letsencrypt || scheduler === K3S
      ? { appEmail: "", globalEmail: "", autorenew: false, active: false }
      : exists
        ? await appLetsencrypt(dokku, app)
        : {
            appEmail: "",
            globalEmail: await globalLetsencryptEmail(ctx),
            autorenew: await cronJobEnabled(dokku),
            active: false,
          },
  };
}

function actions(options: SetupOptions, ctx: Context, properties: PropertyStore): SetupActions {
  const { dokku } = ctx;
  const { app } = options;
  return {
    createApp: async () => {
      try {
        await createApp(dokku, app);
      } catch (error) {
        // Two setups of a new app both saw it missing (the config lock lives in the app's
        // directory, which did not exist yet): the other one created it first.
        if (!appExists(ctx.paths, app)) throw error;
        throw new UserError(
          `${app} was created meanwhile by another command (a second pegasus:setup ${app}?). This run changed nothing. ` +
            `Run dokku pegasus:setup ${app} again: it waits for the other run and converges.`,
        );
      }
    },
    selectDockerfileBuilder: () => selectBuilder(dokku, app, "dockerfile"),
    setDockerfilePath: (dockerfile) => setDockerfilePath(dokku, app, dockerfile),
    createService: (kind, name, image, version) =>
      createService(dokku, kind, name, kind === "postgres" ? { image, version } : undefined),
    linkService: (kind, name) => linkService(dokku, kind, name, app),
    recordPostgresService: (name) => properties.set(app, POSTGRES_SERVICE_PROPERTY, name),
    ensureStorageDirectory: (name, uid) => ensureStorageDirectory(dokku, name, uid),
    mountStorage: (hostPath, containerPath) => mountStorage(dokku, app, hostPath, containerPath),
    createStorageEntry: (name, how) => createStorageEntry(dokku, name, how),
    mountStorageEntry: (name, containerPath) => mountStorageEntry(dokku, app, name, containerPath),
    waitForStorageEntry: (name) => waitForStorageEntry(dokku, name),
    setK3sLetsencryptEmail: (email) => setK3sLetsencryptEmail(dokku, app, email),
    addDomains: (domains) => addDomains(dokku, app, domains),
    setPorts: (mappings) => setPortMap(dokku, app, mappings),
    scale: (pairs) => setScale(dokku, app, pairs),
    setLetsencryptEmail: (email) => setLetsencryptEmail(dokku, app, email),
    addLetsencryptCron: () => addCronJob(dokku),
    enableLetsencrypt: () => enableLetsencrypt(dokku, app),
  };
}

/**
 * The host of the app's DATABASE_URL / REDIS_URL, and which existing service it belongs to when
 * it is another one of the plugin's. The value holds a password: only its host leaves here.
 */
async function linkVariable(
  ctx: Context,
  app: string,
  kind: ServiceKind,
  ours: string,
  oursExists: boolean,
): Promise<Pick<ServiceFacts, "variableHost" | "variableService" | "variableStale">> {
  const value = await getConfigValue(ctx.dokku, app, kind === "postgres" ? "DATABASE_URL" : "REDIS_URL");
  if (value === undefined) return {};
  const host = urlHost(value);
  if (host === serviceHost(kind, ours)) {
    // Our service's host with another password or database (a .env from another server, a
    // destroyed and re-created service) connects nowhere, and a link would only add an alias.
    const stale = !oursExists || !(await isServiceUrl(ctx.dokku, kind, ours, value));
    return stale ? { variableHost: host, variableStale: true } : { variableHost: host };
  }
  if (!host.startsWith(`dokku-${kind}-`)) return { variableHost: host };
  const owner = (await listServices(ctx.dokku, kind)).find((service) => serviceHost(kind, service) === host);
  return owner === undefined ? { variableHost: host } : { variableHost: host, variableService: owner };
}

async function directoryOwner(directory: string): Promise<{ exists: boolean; uid?: number }> {
  try {
    const info = await stat(directory);
    return info.isDirectory() ? { exists: true, uid: info.uid } : { exists: false };
  } catch (error) {
    if (isMissing(error)) return { exists: false };
    throw error;
  }
}

/**
 * For an app that does not exist yet: the letsencrypt plugin's global email, read from the
 * property file the plugin keeps it in (one file read instead of a Dokku call).
 */
async function globalLetsencryptEmail(ctx: Context): Promise<string> {
  try {
    return (await readFile(join(ctx.paths.libRoot, "config", "letsencrypt", "--global", "email"), "utf8")).trim();
  } catch (error) {
    if (isMissing(error)) return "";
    throw error;
  }
}

/** The name users ssh to: Dokku's installer records it in $DOKKU_ROOT/HOSTNAME. */
async function serverName(ctx: Context): Promise<string> {
  try {
    const name = (await readFile(join(ctx.paths.dokkuRoot, "HOSTNAME"), "utf8")).trim().split(/\s+/)[0];
    if (name) return name;
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  return hostname();
}
