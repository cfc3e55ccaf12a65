import { UserError } from "../errors.js";
import type { Step, StepReport } from "./plan.js";
import { derivedServiceName, type SetupOptions } from "./setup-options.js";

/**
 * `pegasus:setup` as a pure function: what the server looks like (facts, gathered with
 * read-only calls) and what was asked (options) decide the steps; `actions` are the only
 * things a step may do, so this module never touches a process or a file.
 */

export type ServiceKind = "postgres" | "redis";

export interface ServiceFacts {
  exists: boolean;
  /** `image:tag` the service runs, e.g. `pgvector/pgvector:pg17` ("" when unknown). */
  image: string;
  /** `<plugin>:linked`: the service's URL is somewhere in the app's config (under any alias). */
  linked: boolean;
  /** Apps the service is linked to, read only when it exists and is not linked to this one. */
  otherLinks: string[];
  /**
   * The host of the app's DATABASE_URL / REDIS_URL (undefined when unset). A link is effective
   * only when this is the service's own alias: dokku-postgres gives a second link a colour
   * alias (DOKKU_POSTGRES_AQUA_URL) and leaves DATABASE_URL as it was.
   */
  variableHost?: string;
  /** The existing service behind `variableHost` when it is another one of this plugin's. */
  variableService?: string;
  /** `variableHost` is this service's, but the value is not its URL (or the service does not exist). */
  variableStale?: boolean;
}

export interface Mount {
  hostPath: string;
  containerPath: string;
  /** Dokku 0.38+: the storage entry (`legacy-<hash>` for a mount made in the colon form). */
  entryName?: string;
}

/** A named storage entry (Dokku 0.38+), from `storage:info <name> --format json`. */
export interface EntryFacts {
  scheduler: string;
  hostPath: string;
  size: string;
  accessMode: string;
  storageClass: string;
  chown: string;
  mode: string;
}

export interface SetupFacts {
  appExists: boolean;
  /** Dokku 0.38+: named storage entries (`storage:create`); before, directories and colon mounts. */
  storageEntries: boolean;
  /** Dokku 0.38.27+: `storage:create --mode`. */
  storageModeFlag: boolean;
  /** The app's scheduler (`scheduler:report`), the global one for an app not created yet. */
  scheduler: string;
  deployed: boolean;
  builderSelected: string;
  dockerfilePath: string;
  postgres: ServiceFacts;
  redis: ServiceFacts;
  /** Our `postgres-service` property for the app, if set. */
  postgresServiceProperty?: string;
  /** `$DOKKU_LIB_ROOT/data/storage` */
  storageRoot: string;
  /** Owner of the directory setup manages: `<entry>` on Dokku 0.38+, `<storageName>` before. */
  storageDirectory: { exists: boolean; uid?: number };
  /** Dokku 0.38+: the app's entry, when one by that name exists (looked up unless a legacy mount serves). */
  storageEntry?: EntryFacts;
  /** Other apps that mount the app's entry, read when it exists and this app does not mount it. */
  storageEntryMountedBy?: string[];
  /** k3s apps: the scheduler of another entry already mounted at --storage-dir. */
  servingEntryScheduler?: string;
  mounts: Mount[];
  domains: string[];
  portMap: string[];
  scale: Record<string, number>;
  letsencrypt: { appEmail: string; globalEmail: string; autorenew: boolean; active: boolean };
  /** k3s apps: the scheduler's own Let's Encrypt email (app value, and the one in effect). */
  k3sLetsencrypt: { app: string; computed: string };
}

export interface SetupActions {
  createApp(): Promise<void>;
  selectDockerfileBuilder(): Promise<void>;
  setDockerfilePath(path: string): Promise<void>;
  createService(kind: ServiceKind, service: string, image?: string, imageVersion?: string): Promise<void>;
  linkService(kind: ServiceKind, service: string): Promise<void>;
  recordPostgresService(service: string): Promise<void>;
  ensureStorageDirectory(name: string, uid: number): Promise<void>;
  mountStorage(hostPath: string, containerPath: string): Promise<void>;
  createStorageEntry(name: string, how: { chown?: number; mode?: string; k3s?: { size: string; accessMode: string; storageClass?: string } }): Promise<void>;
  mountStorageEntry(name: string, containerPath: string): Promise<void>;
  waitForStorageEntry(name: string): Promise<void>;
  setK3sLetsencryptEmail(email: string): Promise<void>;
  addDomains(domains: string[]): Promise<void>;
  setPorts(portMap: string[]): Promise<void>;
  scale(pairs: [string, number][]): Promise<void>;
  setLetsencryptEmail(email: string): Promise<void>;
  addLetsencryptCron(): Promise<void>;
  enableLetsencrypt(): Promise<void>;
}

export const PLUGIN_REPOSITORIES: Record<string, string> = {
  postgres: "https://github.com/dokku/dokku-postgres.git",
  redis: "https://github.com/dokku/dokku-redis.git",
  letsencrypt: "https://github.com/dokku/dokku-letsencrypt.git",
};

export const K3S = "k3s";

/**
 * The Dokku plugins this run needs, in the order they are checked. On k3s the scheduler's own
 * cert-manager issues certificates, so dokku-letsencrypt is not needed there.
 */
export function requiredPlugins(options: SetupOptions, scheduler = "docker-local"): string[] {
  return [
    ...(options.postgres ? ["postgres"] : []),
    ...(options.redis ? ["redis"] : []),
    ...(options.letsencrypt && scheduler !== K3S ? ["letsencrypt"] : []),
  ];
}

/** Refuses to start when a plugin is missing, naming the commands that install it. */
export function verifyPlugins(options: SetupOptions, isPresent: (plugin: string) => boolean, scheduler?: string): void {
  const missing = requiredPlugins(options, scheduler).filter((plugin) => !isPresent(plugin));
  if (missing.length === 0) return;
  const flags = missing.map((plugin) => `--no-${plugin}`).join(" ");
  throw new UserError(
    [
      `The ${missing.join(", ")} plugin${missing.length > 1 ? "s are" : " is"} not installed. Install ${missing.length > 1 ? "them" : "it"} as root:`,
      ...missing.map((plugin) => `  sudo dokku plugin:install ${PLUGIN_REPOSITORIES[plugin]} ${plugin}`),
      `then re-run pegasus:setup (or pass ${flags} to do without). Nothing was changed.`,
    ].join("\n"),
  );
}

/** The service setup creates for an app, and the one its report and backups assume when no property names one. */
export function serviceName(app: string, kind: ServiceKind): string {
  return derivedServiceName(app, kind);
}

const URL_VARIABLE: Record<ServiceKind, string> = { postgres: "DATABASE_URL", redis: "REDIS_URL" };
const TITLE: Record<ServiceKind, string> = { postgres: "Postgres", redis: "Redis" };

/** The alias a link writes as the URL's host (service_dns_hostname: `.` and `_` become `-`). */
function aliasOf(kind: ServiceKind, service: string): string {
  return `dokku-${kind}-${service.replace(/[._]/g, "-")}`;
}

/**
 * What makes setup refuse before any change: each reason says what is wrong and what to run.
 * Found from the facts alone, so `--dry-run` refuses exactly as a real run would.
 */
export function setupRefusals(options: SetupOptions, facts: SetupFacts): string[] {
  const { app } = options;
  const reasons: string[] = [];
  if (facts.scheduler === K3S) {
    const unreachable = (["postgres", "redis"] as const).filter(
      (kind) => options[kind] && !options[kind === "postgres" ? "postgresServiceGiven" : "redisServiceGiven"],
    );
    if (unreachable.length > 0) {
      reasons.push(
        `${app} runs on Dokku's k3s scheduler, and dokku-postgres and dokku-redis run their services as containers on this ` +
          "Dokku host, which pods on other k3s nodes cannot reach. Pass --no-postgres --no-redis and give the app external " +
          `databases with pegasus:env-import (DATABASE_URL, REDIS_URL), or name services you have made reachable from the cluster ` +
          `with ${unreachable.map((kind) => `--${kind}-service NAME`).join(" ")}`,
      );
    }
    for (const kind of ["postgres", "redis"] as const) {
      const given = kind === "postgres" ? options.postgresServiceGiven : options.redisServiceGiven;
      if (options[kind] && given && !facts[kind].exists) {
        const service = kind === "postgres" ? options.postgresService : options.redisService;
        reasons.push(
          `On k3s, --${kind}-service must name an existing service you have made reachable from the cluster; ` +
            `${service} does not exist, and setup would create it as a container only this host reaches`,
        );
      }
    }
  }
  for (const kind of ["postgres", "redis"] as const) {
    if (!options[kind]) continue;
    const service = kind === "postgres" ? options.postgresService : options.redisService;
    const given = kind === "postgres" ? options.postgresServiceGiven : options.redisServiceGiven;
    const flag = `--${kind}-service`;
    const variable = URL_VARIABLE[kind];
    const current = facts[kind];
    if (current.exists && !current.linked && current.otherLinks.length > 0 && !given) {
      reasons.push(
        `The ${TITLE[kind]} service ${service} already exists and is linked to ${current.otherLinks.join(", ")}, not to ${app}: ` +
          `setup will not share another app's ${kind === "postgres" ? "database" : "Redis"} by accident. Name another service with ${flag} NAME, ` +
          `or pass ${flag} ${service} to share it knowingly`,
      );
      continue;
    }
    const host = current.variableHost;
    if (host === undefined) {
      if (current.linked) {
        reasons.push(
          `${service} is linked to ${app} only under an alias: ${variable} is not set, so the app does not use it. ` +
            `Run dokku ${kind}:unlink ${service} ${app}, then re-run pegasus:setup (the new link sets ${variable})`,
        );
      }
      continue;
    }
    if (host === aliasOf(kind, service)) {
      if (current.variableStale) {
        reasons.push(
          `${variable} of ${app} names ${service}'s host but is not ${service}'s URL${current.exists ? "" : ` (${service} does not exist yet)`}: ` +
            `a value from another server or an old service, which connects nowhere, and a link would only add an alias beside it. ` +
            `Remove it with dokku config:unset --no-restart ${app} ${variable}${current.linked ? ` and dokku ${kind}:unlink ${service} ${app}` : ""}, ` +
            `then re-run pegasus:setup (the link sets ${variable})`,
        );
      }
      continue;
    }
    if (current.variableService === undefined && host.startsWith(`dokku-${kind}-`)) {
      // Unlinking needs the service, and adopting it by name would create a new, empty one.
      reasons.push(
        `${variable} of ${app} points at ${host}, which no existing ${TITLE[kind]} service answers to (destroyed, or unlinked by hand?): ` +
          `a link would only add an alias the app does not read. Remove it with dokku config:unset --no-restart ${app} ${variable} ` +
          `and re-run pegasus:setup, or keep it with --no-${kind}`,
      );
    } else if (current.variableService !== undefined) {
      const other = current.variableService;
      reasons.push(
        `${variable} of ${app} belongs to the ${TITLE[kind]} service ${other}, not ${service}: a link would only add an alias ` +
          `(DOKKU_${kind.toUpperCase()}_<COLOUR>_URL) that the app does not read. Either run dokku ${kind}:unlink ${other} ${app} ` +
          `and re-run pegasus:setup, or keep ${other} with ${flag} ${other}`,
      );
    } else {
      reasons.push(
        `${variable} of ${app} is set and is not a dokku-${kind} link (an external ${kind === "postgres" ? "database" : "Redis"}?): ` +
          `a link would only add an alias the app does not read. Keep it with --no-${kind}, or remove it with ` +
          `dokku config:unset --no-restart ${app} ${variable} and re-run pegasus:setup`,
      );
    }
  }
  if (options.storage && facts.storageEntries) {
    const entry = facts.storageEntry;
    const wanted = facts.scheduler === K3S ? K3S : "docker-local";
    const mountedHere = facts.mounts.some((m) => m.entryName === options.storageEntry && m.containerPath === options.storageDir);
    if (entry && entry.scheduler !== wanted) {
      reasons.push(
        `The storage entry ${options.storageEntry} exists for the ${entry.scheduler} scheduler, but ${app} runs on ${facts.scheduler}. ` +
          // Mounting a second entry at the same path beside it would give the container two volumes there.
          `Copy its data out, then ${mountedHere ? `dokku storage:unmount ${app} ${options.storageEntry} --container-dir ${options.storageDir} and ` : ""}` +
          `dokku storage:destroy ${options.storageEntry}, and re-run pegasus:setup to create it for ${facts.scheduler}; ` +
          `or mount an entry of your own at ${options.storageDir} ${mountedHere ? "in its place " : ""}(setup keeps it)`,
      );
    }
    const others = facts.storageEntryMountedBy ?? [];
    if (entry && others.length > 0) {
      reasons.push(
        `The storage entry ${options.storageEntry}${options.storageEntry === app ? "" : ` (the entry name derived from ${app})`} is mounted by ` +
          `${others.join(", ")}: setup will not share another app's media by accident. Give ${app} its own entry with ` +
          `dokku storage:create NAME --chown ${options.storageUid} and dokku storage:mount ${app} NAME --container-dir ${options.storageDir}, ` +
          "then re-run pegasus:setup (it keeps a mount in place), or pass --no-storage",
      );
    }
    const serving = facts.mounts.find((m) => m.containerPath === options.storageDir && m.entryName !== options.storageEntry);
    if (facts.scheduler === K3S && serving?.entryName && facts.servingEntryScheduler !== undefined && facts.servingEntryScheduler !== K3S) {
      reasons.push(
        `${options.storageDir} of ${app} is mounted from the ${facts.servingEntryScheduler} storage entry ${serving.entryName} (${serving.hostPath}), ` +
          `which Dokku's k3s scheduler refuses at deploy (a host directory does not reach the pods). Copy its data out, run ` +
          `dokku storage:unmount ${app} ${serving.entryName} --container-dir ${options.storageDir}, then re-run pegasus:setup to create a k3s volume`,
      );
    }
    if (options.storageMode !== undefined && !facts.storageModeFlag && facts.scheduler !== K3S) {
      reasons.push("--storage-mode needs Dokku 0.38.27 or newer (storage:create --mode); upgrade Dokku or leave it out");
    }
  }
  if (options.storage && !facts.storageEntries && facts.scheduler === K3S) {
    reasons.push(
      `${app} runs on Dokku's k3s scheduler, whose volumes are storage entries (storage:create --scheduler k3s, Dokku 0.38+); ` +
        "a host directory mounted in the colon form does not reach its pods. Upgrade Dokku, or pass --no-storage",
    );
  }
  if (options.storageMode !== undefined && options.storage && !facts.storageEntries) {
    reasons.push("--storage-mode needs Dokku 0.38.27 or newer (storage:create --mode); upgrade Dokku or leave it out");
  }
  return reasons;
}

/** Step names in run order; also the names shown in reports and JSON. */
export const SETUP_STEPS = [
  "preflight",
  "app",
  "builder",
  "dockerfile-path",
  "postgres-service",
  "redis-service",
  "postgres-link",
  "redis-link",
  "backup-service",
  "storage-directory",
  "storage-mount",
  "storage-wait",
  "domains",
  "ports",
  "scale",
  "letsencrypt-email",
  "letsencrypt-cron",
  "letsencrypt-enable",
  "restart",
] as const;

export const PENDING = "pending: ";

export function planSetup(options: SetupOptions, facts: SetupFacts, actions: SetupActions): Step[] {
  const { app } = options;
  const fresh = !facts.appExists;
  const steps: Step[] = [];

  const plugins = requiredPlugins(options, facts.scheduler);
  const scheduler = facts.scheduler === "docker-local" ? "" : `; scheduler ${facts.scheduler}`;
  steps.push({
    name: "preflight",
    state: "ok",
    detail: `${plugins.length > 0 ? `plugins present: ${plugins.join(", ")}` : "no service plugins needed"}${scheduler}`,
  });

  steps.push(
    fresh
      ? {
          name: "app",
          state: "change",
          detail: `create app ${app}`,
          apply: async () => {
            await actions.createApp();
            return `created app ${app}`;
          },
          fix: `check that ${app} is a free name (dokku apps:list)`,
        }
      : { name: "app", state: "ok", detail: `app ${app} exists` },
  );

  steps.push(
    facts.builderSelected === "dockerfile"
      ? { name: "builder", state: "ok", detail: "dockerfile builder selected" }
      : {
          name: "builder",
          state: "change",
          detail: `select the dockerfile builder (now ${facts.builderSelected || "auto-detected"})`,
          apply: () => actions.selectDockerfileBuilder(),
          fix: `run dokku builder:report ${app} to see the builder settings`,
        },
  );

  steps.push(
    facts.dockerfilePath === options.dockerfile
      ? { name: "dockerfile-path", state: "ok", detail: `dockerfile-path is ${options.dockerfile}` }
      : {
          name: "dockerfile-path",
          state: "change",
          detail: `set dockerfile-path to ${options.dockerfile}${facts.dockerfilePath ? ` (was ${facts.dockerfilePath})` : ""}`,
          apply: () => actions.setDockerfilePath(options.dockerfile),
          fix: `run dokku builder-dockerfile:report ${app} to see the current setting`,
        },
  );

  steps.push(serviceStep(options, facts, actions, "postgres"));
  steps.push(serviceStep(options, facts, actions, "redis"));
  steps.push(linkStep(options, facts, actions, "postgres"));
  steps.push(linkStep(options, facts, actions, "redis"));
  steps.push(backupServiceStep(options, facts, actions));
  steps.push(...storageSteps(options, facts, actions));
  steps.push(domainsStep(options, facts, actions));
  steps.push(portsStep(options, facts, actions));
  const scale = scaleStep(options, facts, actions);
  steps.push(scale);
  steps.push(...(facts.scheduler === K3S ? k3sLetsencryptSteps(options, facts, actions) : letsencryptSteps(options, facts, actions)));

  const mount = steps.find((step) => step.name === "storage-mount");
  const needsRestart = facts.deployed && (mount?.state === "change" || scale.state === "change");
  steps.push(
    needsRestart
      ? {
          name: "restart",
          state: "skip",
          detail: `${PENDING}run dokku ps:restart ${app} so the new ${[
            mount?.state === "change" ? "mount" : "",
            scale.state === "change" ? "scale" : "",
          ]
            .filter(Boolean)
            .join(" and ")} take effect`,
        }
      : { name: "restart", state: "ok", detail: facts.deployed ? "no restart needed" : "not deployed yet" },
  );
  return steps;
}

function serviceStep(options: SetupOptions, facts: SetupFacts, actions: SetupActions, kind: ServiceKind): Step {
  const name = `${kind}-service`;
  if (!options[kind]) return { name, state: "skip", detail: `--no-${kind}` };
  const service = chosenService(options, kind);
  const wanted = kind === "postgres" ? wantedImage(options) : undefined;
  const current = facts[kind];
  if (current.exists) {
    const mismatch = wanted && current.image && !imageMatches(current.image, wanted);
    return {
      name,
      state: "ok",
      detail: mismatch
        ? `${service} exists with image ${current.image}, not ${describeWanted(wanted)}; left as it is (recreating would lose its data)`
        : `${service} exists${current.image ? ` (${current.image})` : ""}`,
    };
  }
  const image = wanted ? ` with image ${describeWanted(wanted)}` : "";
  return {
    name,
    state: "change",
    detail: `create ${kind} service ${service}${image}`,
    apply: async () => {
      await actions.createService(kind, service, wanted?.image, wanted?.version);
      return `created ${kind} service ${service}${image}`;
    },
    fix: `check docker can pull the image and that dokku ${kind}:info ${service} shows nothing half-made (dokku ${kind}:destroy ${service} removes a failed one)`,
  };
}

function linkStep(options: SetupOptions, facts: SetupFacts, actions: SetupActions, kind: ServiceKind): Step {
  const name = `${kind}-link`;
  if (!options[kind]) return { name, state: "skip", detail: `--no-${kind}` };
  const service = chosenService(options, kind);
  const variable = URL_VARIABLE[kind];
  // setupRefusals has stopped every case where the link exists but the app reads another URL.
  if (facts[kind].linked && facts[kind].variableHost === aliasOf(kind, service)) {
    return { name, state: "ok", detail: `${service} linked to ${options.app} (${variable})` };
  }
  return {
    name,
    state: "change",
    detail: `link ${service} to ${options.app} (sets ${variable}${facts.deployed ? "; Dokku restarts the app" : ""})`,
    apply: () => actions.linkService(kind, service),
    fix: `run dokku ${kind}:info ${service} and dokku config:keys ${options.app} to see the service and the app's variables`,
  };
}

function backupServiceStep(options: SetupOptions, facts: SetupFacts, actions: SetupActions): Step {
  const name = "backup-service";
  if (!options.postgres) return { name, state: "skip", detail: "--no-postgres" };
  const service = options.postgresService;
  const current = facts.postgresServiceProperty;
  if (current === service) return { name, state: "ok", detail: `backups use ${service}` };
  if (current && !options.postgresServiceGiven) {
    return { name, state: "ok", detail: `backups use ${current} (set with pegasus:set; left as it is)` };
  }
  return {
    name,
    state: "change",
    detail: `record ${service} as the service pegasus backs up${current ? ` (was ${current})` : ""}`,
    apply: () => actions.recordPostgresService(service),
    fix: "check that the dokku user can write under $DOKKU_LIB_ROOT/config/pegasus",
  };
}

function chosenService(options: SetupOptions, kind: ServiceKind): string {
  return kind === "postgres" ? options.postgresService : options.redisService;
}

function storageSteps(options: SetupOptions, facts: SetupFacts, actions: SetupActions): Step[] {
  if (!options.storage) {
    return [
      { name: "storage-directory", state: "skip", detail: "--no-storage" },
      { name: "storage-mount", state: "skip", detail: "--no-storage" },
      { name: "storage-wait", state: "skip", detail: "--no-storage" },
    ];
  }
  if (facts.storageEntries) return entryStorageSteps(options, facts, actions);
  const hostPath = `${facts.storageRoot}/${options.storageName}`;
  const { exists, uid } = facts.storageDirectory;
  const directory: Step =
    exists && uid === options.storageUid
      ? { name: "storage-directory", state: "ok", detail: `${hostPath} owned by uid ${options.storageUid}` }
      : {
          name: "storage-directory",
          state: "change",
          detail: exists
            ? `chown ${hostPath} to uid ${options.storageUid} (now ${uid ?? "unknown"})`
            : `create ${hostPath} owned by uid ${options.storageUid}`,
          apply: () => actions.ensureStorageDirectory(options.storageName, options.storageUid),
          fix: "Dokku 0.38.22 or later is needed for a numeric --storage-uid other than 1000, 2000, 32767 or 0",
        };
  const exact = facts.mounts.some((m) => m.hostPath === hostPath && m.containerPath === options.storageDir);
  const other = facts.mounts.find((m) => m.containerPath === options.storageDir);
  const mount: Step = exact
    ? { name: "storage-mount", state: "ok", detail: `${hostPath} mounted at ${options.storageDir}` }
    : other
      ? {
          name: "storage-mount",
          state: "ok",
          detail: `${options.storageDir} is already mounted from ${other.hostPath}; left as it is`,
        }
      : {
          name: "storage-mount",
          state: "change",
          detail: `mount ${hostPath} at ${options.storageDir}`,
          apply: () => actions.mountStorage(hostPath, options.storageDir),
          fix: `run dokku storage:list ${options.app} to see the app's mounts`,
        };
  return [directory, mount, { name: "storage-wait", state: "ok", detail: "docker-local: the directory is ready at once" }];
}

/** What Dokku's `--chown` presets stand for (plugins/storage ResolveChownID). */
const CHOWN_PRESETS: Record<string, number> = { herokuish: 32767, heroku: 1000, paketo: 2000, packeto: 2000, root: 0 };

function chownUid(chown: string): number | undefined {
  if (chown in CHOWN_PRESETS) return CHOWN_PRESETS[chown];
  return /^\d+$/.test(chown) ? Number(chown) : undefined;
}

/**
 * Dokku 0.38+: one named entry per app (`storage:create`, `storage:mount --container-dir`). An
 * app set up before 0.38 keeps its migrated `legacy-<hash>` entry: it is the same directory at
 * the same path, so it is in place and nothing is re-made or migrated.
 */
function entryStorageSteps(options: SetupOptions, facts: SetupFacts, actions: SetupActions): Step[] {
  const { app, storageEntry: name, storageDir } = options;
  const k3s = facts.scheduler === K3S;
  const defaultPath = `${facts.storageRoot}/${name}`;
  const oldPaths = [`${facts.storageRoot}/${options.storageName}`, defaultPath];
  // Whatever already serves --storage-dir stays: a pre-0.38 mount (Dokku migrated it into a
  // legacy-<hash> entry), the entry a renamed or cloned app carries, or the user's own.
  const serving = facts.mounts.find((m) => m.containerPath === storageDir && m.entryName !== name);
  if (serving && !k3s) {
    const legacy = serving.entryName?.startsWith("legacy-") && oldPaths.includes(serving.hostPath);
    const owner = facts.storageDirectory.uid;
    const source = serving.entryName ? `entry ${serving.entryName} (${serving.hostPath})` : serving.hostPath;
    return [
      legacy
        ? {
            name: "storage-directory",
            state: "ok",
            detail: `legacy entry ${serving.entryName}: ${serving.hostPath}${owner === undefined ? "" : ` owned by uid ${owner}`} (set up before Dokku 0.38; left as it is)`,
          }
        : { name: "storage-directory", state: "ok", detail: `${storageDir} is served by ${source}; no entry ${name} needed` },
      legacy
        ? { name: "storage-mount", state: "ok", detail: `legacy entry ${serving.entryName} mounted at ${storageDir}` }
        : { name: "storage-mount", state: "ok", detail: `${storageDir} is already mounted from ${source}; left as it is` },
      { name: "storage-wait", state: "ok", detail: "docker-local: the directory is ready at once" },
    ];
  }
  const derived = name === app ? "" : ` (entry name derived from ${app}: entry names are lowercase DNS-1123 labels of at most 45 characters)`;
  const entry = facts.storageEntry;
  let directory: Step;
  if (k3s) {
    const claim = `a k3s claim of ${options.storageSize}, ReadWriteOnce${options.storageClass ? `, class ${options.storageClass}` : ""}`;
    const writable = "no host directory to chown: the image's user (uid 1000 for Pegasus) must be able to write the volume";
    directory = entry
      ? {
          name: "storage-directory",
          state: "ok",
          detail: `entry ${name}: k3s claim of ${entry.size || "?"}${entry.accessMode ? `, ${entry.accessMode}` : ""}${entry.storageClass ? `, class ${entry.storageClass}` : ""}${entry.size && entry.size !== options.storageSize ? ` (not ${options.storageSize}; change it with dokku storage:set ${name} size ${options.storageSize})` : ""}`,
        }
      : {
          name: "storage-directory",
          state: "change",
          detail: `create storage entry ${name}: ${claim}${derived}; ${writable}`,
          apply: () =>
            actions.createStorageEntry(name, {
              k3s: { size: options.storageSize, accessMode: "ReadWriteOnce", storageClass: options.storageClass },
            }),
          fix: `run dokku storage:list-entries --scheduler k3s and dokku scheduler-k3s:report ${app}; the cluster must have a default StorageClass or --storage-class must name one`,
        };
  } else if (entry && entry.hostPath !== defaultPath) {
    directory = {
      name: "storage-directory",
      state: "ok",
      detail: `entry ${name} uses ${entry.hostPath}; Dokku chowns only its default path, so its owner is yours to manage`,
    };
  } else {
    const { exists, uid } = facts.storageDirectory;
    const modeOk = options.storageMode === undefined || entry?.mode === options.storageMode;
    const mode = options.storageMode ? `, mode ${options.storageMode}` : "";
    directory =
      entry && exists && uid === options.storageUid && chownUid(entry.chown) === options.storageUid && modeOk
        ? { name: "storage-directory", state: "ok", detail: `entry ${name}: ${defaultPath} owned by uid ${options.storageUid}${mode}` }
        : {
            name: "storage-directory",
            state: "change",
            detail: entry
              ? `re-apply entry ${name}: ${defaultPath} owned by uid ${options.storageUid}${mode} (now uid ${uid ?? "unknown"}${entry.mode ? `, mode ${entry.mode}` : ""})`
              : `create storage entry ${name}: ${defaultPath} owned by uid ${options.storageUid}${mode}${derived}`,
            apply: () => actions.createStorageEntry(name, { chown: options.storageUid, mode: options.storageMode }),
            fix: `run dokku storage:info ${name} to see the entry`,
          };
  }
  const exact = facts.mounts.some((m) => m.entryName === name && m.containerPath === storageDir);
  const other = facts.mounts.find((m) => m.containerPath === storageDir);
  const mount: Step = exact
    ? { name: "storage-mount", state: "ok", detail: `entry ${name} mounted at ${storageDir}` }
    : other
      ? {
          name: "storage-mount",
          state: "ok",
          detail: `${storageDir} is already mounted from ${other.entryName ? `entry ${other.entryName} (${other.hostPath})` : other.hostPath}; left as it is`,
        }
      : {
          name: "storage-mount",
          state: "change",
          detail: `mount entry ${name} at ${storageDir}`,
          apply: () => actions.mountStorageEntry(name, storageDir),
          fix: `run dokku storage:list ${app} to see the app's mounts`,
        };
  const wait: Step = !k3s
    ? { name: "storage-wait", state: "ok", detail: "docker-local: the directory is ready at once" }
    : directory.state === "change" || mount.state === "change"
      ? {
          name: "storage-wait",
          state: "change",
          detail: `wait until the claim of entry ${name} is bound`,
          apply: async () => {
            await actions.waitForStorageEntry(name);
            return `the claim of entry ${name} is bound`;
          },
          fix: `run dokku storage:wait ${name}; a claim stays Pending while the cluster cannot provision it (kubectl describe pvc)`,
        }
      : { name: "storage-wait", state: "ok", detail: `entry ${name} in place (dokku storage:wait ${name} checks its claim)` };
  return [directory, mount, wait];
}

function domainsStep(options: SetupOptions, facts: SetupFacts, actions: SetupActions): Step {
  const current = facts.domains.length > 0 ? facts.domains.join(" ") : "none";
  if (options.domains.length === 0) {
    return { name: "domains", state: "skip", detail: `no --domain given (current: ${current})` };
  }
  const missing = options.domains.filter((domain) => !facts.domains.includes(domain));
  if (missing.length === 0) return { name: "domains", state: "ok", detail: options.domains.join(" ") };
  return {
    name: "domains",
    state: "change",
    detail: `add ${missing.join(" ")}`,
    apply: () => actions.addDomains(missing),
    fix: `run dokku domains:report ${options.app} to see the app's domains`,
  };
}

/**
 * `ports:set` replaces every mapping, so the ones we do not manage are kept. https:443 is
 * ours only once TLS is active: when a certificate is installed Dokku derives it from http:80.
 */
function portsStep(options: SetupOptions, facts: SetupFacts, actions: SetupActions): Step {
  if (options.port === undefined) {
    return {
      name: "ports",
      state: "skip",
      detail: `no --port given (current: ${facts.portMap.join(" ") || "Dokku's default"})`,
    };
  }
  const managed = [`http:80:${options.port}`];
  if (options.letsencrypt && facts.letsencrypt.active) managed.push(`https:443:${options.port}`);
  const kept = facts.portMap.filter((entry) => !/^(http:80|https:443):/.test(entry));
  const wanted = [...kept, ...managed].sort();
  if (managed.every((entry) => facts.portMap.includes(entry))) {
    return { name: "ports", state: "ok", detail: managed.join(" ") };
  }
  return {
    name: "ports",
    state: "change",
    detail: `set ${managed.join(" ")}${facts.portMap.length > 0 ? ` (was ${facts.portMap.join(" ")})` : ""}`,
    apply: () => actions.setPorts(wanted),
    fix: `run dokku ports:report ${options.app} to see the app's port mappings`,
  };
}

function scaleStep(options: SetupOptions, facts: SetupFacts, actions: SetupActions): Step {
  // A Procfile type may be named `constructor`: only the app's own counts are read.
  const current = (type: string) => (Object.hasOwn(facts.scale, type) ? facts.scale[type]! : 0);
  const changes = options.scale.filter(([type, count]) => current(type) !== count);
  const wanted = options.scale.map(([type, count]) => `${type}=${count}`).join(" ");
  if (changes.length === 0) return { name: "scale", state: "ok", detail: wanted };
  return {
    name: "scale",
    state: "change",
    detail: `scale ${changes
      .map(([type, count]) => `${type}=${count} (was ${current(type)})`)
      .join(" ")}, applied at the next deploy`,
    apply: () => actions.scale(changes),
    fix: `run dokku ps:report ${options.app} --ps-can-scale: an app.json formation forbids manual scaling, and a type must be in the Procfile`,
  };
}

function letsencryptSteps(options: SetupOptions, facts: SetupFacts, actions: SetupActions): Step[] {
  if (!options.letsencrypt) {
    return ["letsencrypt-email", "letsencrypt-cron", "letsencrypt-enable"].map((name) => ({
      name,
      state: "skip" as const,
      detail: "--no-letsencrypt",
    }));
  }
  const { app } = options;
  const le = facts.letsencrypt;
  const steps: Step[] = [];

  const asked = options.letsencryptEmail ?? (le.appEmail ? undefined : options.letsencryptEmailDefault);
  let email = le.appEmail || le.globalEmail;
  if (asked === undefined || asked === le.appEmail) {
    steps.push(
      email
        ? { name: "letsencrypt-email", state: "ok", detail: `${email}${le.appEmail ? "" : " (global)"}` }
        : {
            name: "letsencrypt-email",
            state: "skip",
            detail: `${PENDING}no email set; re-run with --letsencrypt-email you@example.com`,
          },
    );
  } else {
    email = asked;
    const target = asked;
    steps.push({
      name: "letsencrypt-email",
      state: "change",
      detail: `set email to ${target}${le.appEmail ? ` (was ${le.appEmail})` : ""}`,
      apply: () => actions.setLetsencryptEmail(target),
      fix: `run dokku letsencrypt:report ${app} to see the current settings`,
    });
  }

  steps.push(
    le.autorenew
      ? { name: "letsencrypt-cron", state: "ok", detail: "renewal cron job enabled" }
      : {
          name: "letsencrypt-cron",
          state: "change",
          detail: "add the renewal cron job",
          apply: () => actions.addLetsencryptCron(),
          fix: "run dokku letsencrypt:cron-job to see its status",
        },
  );

  const domains = [...new Set([...facts.domains, ...options.domains])].filter((domain) => domain !== "_");
  const enableCommand = `dokku letsencrypt:enable ${app}`;
  let enable: Step;
  if (le.active) {
    enable = { name: "letsencrypt-enable", state: "ok", detail: "TLS active" };
  } else if (domains.length === 0) {
    enable = {
      name: "letsencrypt-enable",
      state: "skip",
      detail: `${PENDING}no domain; re-run with --domain D, then after the first deploy run ${enableCommand}`,
    };
  } else if (!email) {
    enable = {
      name: "letsencrypt-enable",
      state: "skip",
      detail: `${PENDING}no email; re-run with --letsencrypt-email E, then after the first deploy run ${enableCommand}`,
    };
  } else if (!facts.deployed) {
    enable = {
      name: "letsencrypt-enable",
      state: "skip",
      detail: `${PENDING}after the first deploy run ${enableCommand}`,
    };
  } else {
    enable = {
      name: "letsencrypt-enable",
      state: "change",
      detail: `enable TLS for ${domains.join(" ")}`,
      apply: () => actions.enableLetsencrypt(),
      fix: `the domains must resolve to this server and port 80 must be reachable; see /var/log/dokku/letsencrypt.log, then re-run or run ${enableCommand}`,
    };
  }
  steps.push(enable);
  return steps;
}

/**
 * On k3s, TLS is the scheduler's own: cert-manager issues and renews a certificate for the
 * app's domains with `letsencrypt-email-prod`, so there is no cron job and nothing to enable.
 */
function k3sLetsencryptSteps(options: SetupOptions, facts: SetupFacts, actions: SetupActions): Step[] {
  const handled = "k3s: the scheduler's cert-manager issues and renews certificates";
  if (!options.letsencrypt) {
    return ["letsencrypt-email", "letsencrypt-cron", "letsencrypt-enable"].map((name) => ({
      name,
      state: "skip" as const,
      detail: "--no-letsencrypt",
    }));
  }
  const { app } = options;
  const current = facts.k3sLetsencrypt;
  const asked = options.letsencryptEmail ?? (current.app ? undefined : options.letsencryptEmailDefault);
  let email: Step;
  if (asked === undefined || asked === current.app) {
    email = current.computed
      ? { name: "letsencrypt-email", state: "ok", detail: `${current.computed}${current.app ? "" : " (global)"} (scheduler-k3s letsencrypt-email-prod)` }
      : { name: "letsencrypt-email", state: "skip", detail: `${PENDING}no email set; re-run with --letsencrypt-email you@example.com` };
  } else {
    const target = asked;
    email = {
      name: "letsencrypt-email",
      state: "change",
      detail: `set scheduler-k3s letsencrypt-email-prod to ${target}${current.app ? ` (was ${current.app})` : ""}`,
      apply: () => actions.setK3sLetsencryptEmail(target),
      fix: `run dokku scheduler-k3s:report ${app} to see the scheduler's settings`,
    };
  }
  return [
    email,
    { name: "letsencrypt-cron", state: "skip", detail: handled },
    { name: "letsencrypt-enable", state: "skip", detail: `${handled} for the app's domains at deploy` },
  ];
}

function wantedImage(options: SetupOptions): { image?: string; version?: string } | undefined {
  if (options.postgresImage === undefined && options.postgresImageVersion === undefined) return undefined;
  return { image: options.postgresImage, version: options.postgresImageVersion };
}

function describeWanted(wanted: { image?: string; version?: string }): string {
  return `${wanted.image ?? "postgres"}${wanted.version ? `:${wanted.version}` : ""}`;
}

/** Splits `registry:5000/name:tag` at the tag's colon (the last one after the last slash). */
export function splitImage(reference: string): { image: string; version: string } {
  const slash = reference.lastIndexOf("/");
  const colon = reference.lastIndexOf(":");
  if (colon > slash) return { image: reference.slice(0, colon), version: reference.slice(colon + 1) };
  return { image: reference, version: "" };
}

function imageMatches(current: string, wanted: { image?: string; version?: string }): boolean {
  const { image, version } = splitImage(current);
  return (wanted.image === undefined || wanted.image === image) && (wanted.version === undefined || wanted.version === version);
}

/** The closing lines: what changed, what is pending, and what to run next. */
export function summarizeSetup(
  options: SetupOptions,
  reports: readonly StepReport[],
  context: { dryRun: boolean; deployed: boolean; host: string },
): string[] {
  const count = (status: string) => reports.filter((report) => report.status === status).length;
  const changed = count("changed");
  const planned = count("planned");
  const pending = reports.filter((report) => report.detail.startsWith(PENDING));
  const lines = [
    context.dryRun
      ? `Dry run: ${planned} step${planned === 1 ? "" : "s"} would change; nothing was changed`
      : `${changed} step${changed === 1 ? "" : "s"} changed, ${count("ok")} already in place${pending.length ? `, ${pending.length} pending` : ""}`,
  ];
  for (const report of pending) lines.push(`Pending ${report.name}: ${report.detail.slice(PENDING.length)}`);
  if (!context.deployed) {
    lines.push(
      // Settings first, so the first deploy's release task already sees them; Dokku deploys
      // only its deploy branch, master unless `git:set <app> deploy-branch` says otherwise.
      "Next, from your project:",
      `  ssh dokku@${context.host} pegasus:env-import ${options.app} < .env`,
      `  git remote add dokku dokku@${context.host}:${options.app}`,
      "  git push dokku main:master",
    );
  } else {
    lines.push("Next, to update the app's settings:", `  ssh dokku@${context.host} pegasus:env-import ${options.app} < .env`);
  }
  return lines;
}
