import { createHash } from "node:crypto";
import { UserError } from "../errors.js";
import { verifyAppName } from "./app-name.js";
import { isServiceName, SERVICE_NAME_HINT } from "./service-name.js";
import { booleanOption, type ParsedArgs, stringListOption, stringOption } from "./options.js";

/** Everything `pegasus:setup` was asked to do, validated; no Dokku call has happened yet. */
export interface SetupOptions {
  app: string;
  domains: string[];
  letsencryptEmail?: string;
  /** `pegasus:set [--global] letsencrypt-email`: used when the flag is absent and the app has none. */
  letsencryptEmailDefault?: string;
  postgresImage?: string;
  postgresImageVersion?: string;
  postgres: boolean;
  redis: boolean;
  storage: boolean;
  letsencrypt: boolean;
  dockerfile: string;
  port?: number;
  storageDir: string;
  storageUid: number;
  /** Before Dokku 0.38: the storage directory's name under `$DOKKU_LIB_ROOT/data/storage`. */
  storageName: string;
  /** Dokku 0.38+: the named storage entry (a DNS-1123 label of at most 45 characters). */
  storageEntry: string;
  /** `--storage-mode`: octal bits of the entry's host directory (docker-local, Dokku 0.38.27+). */
  storageMode?: string;
  /** k3s: the claim's size and storage class. */
  storageSize: string;
  storageClass?: string;
  /** The Postgres / Redis services: `--postgres-service` / `--redis-service`, else derived from the app. */
  postgresService: string;
  redisService: string;
  /** Whether the user named the service (then setup may adopt one that other apps also use). */
  postgresServiceGiven: boolean;
  redisServiceGiven: boolean;
  /** Process type → count, in the order given. */
  scale: [string, number][];
  dryRun: boolean;
}

export const SETUP_DEFAULTS = {
  dockerfile: "Dockerfile.web",
  storageDir: "/code/media",
  storageUid: 1000,
  storageSize: "1Gi",
  scale: [["worker", 1]] as [string, number][],
} as const;

// Dokku's domains:add rule (plugins/domains/functions), applied to the lower-cased name.
const DOMAIN_RULE = /^[a-z0-9.*-]*[a-z0-9*-]$/;
const EMAIL_RULE = /^[^\s@,;"'<>()\\]+@[^\s@,;"'<>()\\]+\.[^\s@,;"'<>()\\]+$/;
const PROCESS_TYPE_RULE = /^[a-z][a-z0-9-]*$/;
const STORAGE_NAME_RULE = /^[A-Za-z0-9_-]+$/;
// dokku-postgres / dokku-redis is_valid_service_name.
// plugins/storage entry.go: a Kubernetes DNS-1123 label, at most 45 characters, not legacy-*.
const ENTRY_NAME_RULE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_ENTRY_NAME = 45;
// A Kubernetes quantity as a PVC size takes it (binary or decimal suffix).
const QUANTITY_RULE = /^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;
// A StorageClass name: a DNS-1123 subdomain.
const STORAGE_CLASS_RULE = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
// Docker's reference grammar, loosely: registry host (with port), path components.
const IMAGE_RULE = /^[a-z0-9][a-z0-9._/:-]*$/;
const IMAGE_TAG_RULE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const SAFE_PATH_RULE = /^[A-Za-z0-9._/-]+$/;
const MAX_SCALE = 1000;

/**
 * A service named to adopt and link, and the flag that links none: one of them is a mistake, and
 * ignoring the name would leave the app without the database (and its backups) it was meant to
 * use. (An image or an email beside its `--no-<x>` is only unused: a wrapper may always pass it.)
 */
const CONTRADICTED_BY: Record<string, string> = { "no-postgres": "postgres-service", "no-redis": "redis-service" };

export function parseSetupOptions(args: ParsedArgs): SetupOptions {
  // The lookup rule: an app created before Dokku's stricter rule (`my_shop`) can still be set up;
  // setup applies the create rule itself to an app it is about to create.
  const app = verifyAppName(args.positionals[0]);
  if (args.positionals.length > 1) {
    throw new UserError(
      `Unexpected argument ${JSON.stringify(args.positionals[1])}. Usage: dokku pegasus:setup <app> [--domain D]... (see dokku pegasus:help)`,
    );
  }
  const { options } = args;
  for (const [off, service] of Object.entries(CONTRADICTED_BY)) {
    if (booleanOption(options, off) && options[service] !== undefined) {
      throw new UserError(`--${service} names a service to link, --${off} links none; drop one of them`);
    }
  }
  const email = stringOption(options, "letsencrypt-email");
  const port = stringOption(options, "port");
  const uid = stringOption(options, "storage-uid");
  const postgresImage = stringOption(options, "postgres-image");
  const postgresImageVersion = stringOption(options, "postgres-image-version");
  const scaleArgs = stringListOption(options, "scale");
  const postgresService = stringOption(options, "postgres-service");
  const redisService = stringOption(options, "redis-service");
  const storageMode = stringOption(options, "storage-mode");
  const storageSize = stringOption(options, "storage-size");
  const storageClass = stringOption(options, "storage-class");
  return {
    app,
    domains: parseDomains(stringListOption(options, "domain")),
    letsencryptEmail: email === undefined ? undefined : parseEmail(email),
    postgresImage: postgresImage === undefined ? undefined : parseImage(postgresImage),
    postgresImageVersion:
      postgresImageVersion === undefined ? undefined : parseImageVersion(postgresImageVersion),
    postgres: !booleanOption(options, "no-postgres"),
    redis: !booleanOption(options, "no-redis"),
    storage: !booleanOption(options, "no-storage"),
    letsencrypt: !booleanOption(options, "no-letsencrypt"),
    dockerfile: parseDockerfilePath(stringOption(options, "dockerfile") ?? SETUP_DEFAULTS.dockerfile),
    port: port === undefined ? undefined : parseInteger("--port", port, 1, 65535),
    storageDir: parseStorageDir(stringOption(options, "storage-dir") ?? SETUP_DEFAULTS.storageDir),
    storageUid: uid === undefined ? SETUP_DEFAULTS.storageUid : parseInteger("--storage-uid", uid, 0, 65535),
    storageName: storageNameFor(app),
    storageEntry: storageEntryNameFor(app),
    storageMode: storageMode === undefined ? undefined : parseStorageMode(storageMode),
    storageSize: storageSize === undefined ? SETUP_DEFAULTS.storageSize : parseStorageSize(storageSize),
    storageClass: storageClass === undefined ? undefined : parseStorageClass(storageClass),
    postgresService: postgresService === undefined ? derivedServiceName(app, "postgres") : parseServiceName("--postgres-service", postgresService),
    redisService: redisService === undefined ? derivedServiceName(app, "redis") : parseServiceName("--redis-service", redisService),
    postgresServiceGiven: postgresService !== undefined,
    redisServiceGiven: redisService !== undefined,
    scale: scaleArgs.length === 0 ? SETUP_DEFAULTS.scale.map(([t, n]) => [t, n]) : parseScale(scaleArgs),
    dryRun: booleanOption(options, "dry-run"),
  };
}

export function parseDomains(values: readonly string[]): string[] {
  const domains: string[] = [];
  for (const raw of values) {
    const domain = raw.toLowerCase();
    if (domain !== "_" && !DOMAIN_RULE.test(domain)) {
      throw new UserError(
        `--domain ${JSON.stringify(raw)} is not a valid domain: use letters, digits, dots, hyphens and * (e.g. --domain app.example.com)`,
      );
    }
    if (!domains.includes(domain)) domains.push(domain);
  }
  return domains;
}

/**
 * The one email rule, for `pegasus:setup --letsencrypt-email` and `pegasus:set letsencrypt-email`
 * alike: setup re-checks a stored default with it, so `pegasus:set` must accept exactly the same
 * addresses or a default it took would make every later setup fail.
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL_RULE.test(value);
}

export function parseEmail(value: string): string {
  if (!isEmailAddress(value)) {
    throw new UserError(
      `--letsencrypt-email ${JSON.stringify(value)} is not an email address: pass one like --letsencrypt-email ops@example.com`,
    );
  }
  return value;
}

function parseImage(value: string): string {
  // A colon after the last slash is a tag (a colon before it is a registry port).
  const tagged = value.lastIndexOf(":") > value.lastIndexOf("/");
  if (!IMAGE_RULE.test(value) || tagged) {
    throw new UserError(
      `--postgres-image ${JSON.stringify(value)} is not a Docker image name: pass the name without a tag, e.g. --postgres-image pgvector/pgvector --postgres-image-version pg17`,
    );
  }
  return value;
}

function parseImageVersion(value: string): string {
  if (!IMAGE_TAG_RULE.test(value)) {
    throw new UserError(
      `--postgres-image-version ${JSON.stringify(value)} is not a Docker tag: pass one like --postgres-image-version pg17`,
    );
  }
  return value;
}

export function parseDockerfilePath(value: string): string {
  const segments = value.split("/");
  if (
    value === "" ||
    value.startsWith("/") ||
    !SAFE_PATH_RULE.test(value) ||
    segments.some((segment) => segment === ".." || segment === "")
  ) {
    throw new UserError(
      `--dockerfile ${JSON.stringify(value)} must be a path relative to the repository root, without "..", e.g. --dockerfile Dockerfile.web`,
    );
  }
  return value;
}

export function parseStorageDir(value: string): string {
  const segments = value.split("/").slice(1);
  if (
    !value.startsWith("/") ||
    value === "/" ||
    !SAFE_PATH_RULE.test(value) ||
    segments.some((segment) => segment === ".." || segment === "." || segment === "")
  ) {
    throw new UserError(
      `--storage-dir ${JSON.stringify(value)} must be an absolute path inside the container, e.g. --storage-dir /code/media`,
    );
  }
  return value;
}

export function parseInteger(flag: string, value: string, min: number, max: number): number {
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UserError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

export function parseScale(values: readonly string[]): [string, number][] {
  const scale: [string, number][] = [];
  for (const value of values) {
    const match = /^([^=]*)=(.*)$/.exec(value);
    const type = match?.[1] ?? "";
    const count = match?.[2] ?? "";
    if (!match || !PROCESS_TYPE_RULE.test(type) || !/^\d{1,4}$/.test(count) || Number(count) > MAX_SCALE) {
      throw new UserError(
        `--scale ${JSON.stringify(value)} must be TYPE=N with a Procfile process type and a count from 0 to ${MAX_SCALE}, e.g. --scale worker=1`,
      );
    }
    if (type === "release") {
      throw new UserError(
        "--scale release=N is refused: Dokku runs the Procfile release command as the release task, never as a process",
      );
    }
    if (scale.some(([seen]) => seen === type)) {
      throw new UserError(`--scale ${type} is given twice: pass each process type once`);
    }
    scale.push([type, Number(count)]);
  }
  return scale;
}

/**
 * Storage directory names may not contain dots but app names may; an underscore is the one
 * character a storage name allows and a new app name does not, so no other app can collide.
 */
export function storageNameFor(app: string): string {
  const name = app.replace(/\./g, "_");
  if (!STORAGE_NAME_RULE.test(name)) {
    throw new UserError(`Cannot derive a storage directory name from ${JSON.stringify(app)}; pass --no-storage`);
  }
  return name;
}

/**
 * The service setup creates for an app when none is named: `<app>-db` / `<app>-redis`, with the
 * dots an app name may hold (and a service name may not) turned into hyphens: `my.shop-db`
 * would fail at `postgres:create`, so `my.shop` gets `my-shop-db`.
 */
export function derivedServiceName(app: string, kind: "postgres" | "redis"): string {
  return `${app.replace(/[^A-Za-z0-9_-]/g, "-")}${kind === "postgres" ? "-db" : "-redis"}`;
}

export function parseServiceName(flag: string, value: string): string {
  if (!isServiceName(value)) {
    throw new UserError(`${flag} ${JSON.stringify(value)} is not a service name: use ${SERVICE_NAME_HINT}, e.g. ${flag} shop-db`);
  }
  return value;
}

/**
 * Dokku 0.38's entry name for an app's media: the app name when it is already a DNS-1123 label
 * of at most 45 characters (so the host directory stays `data/storage/<app>`, as before);
 * otherwise dots and underscores become hyphens, and a name still too long is cut to 36
 * characters plus 8 of its sha256, so two long names that share a start stay apart. Dokku
 * reserves `legacy-` for migrated mounts: such an app's entry is `app-legacy-...`.
 */
export function storageEntryNameFor(app: string): string {
  let name = app.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/^-+|-+$/g, "");
  if (name.startsWith("legacy-")) name = `app-${name}`;
  if (name.length > MAX_ENTRY_NAME) {
    const digest = createHash("sha256").update(app).digest("hex").slice(0, 8);
    name = `${name.slice(0, MAX_ENTRY_NAME - 9).replace(/-+$/, "")}-${digest}`;
  }
  if (!ENTRY_NAME_RULE.test(name)) {
    throw new UserError(`Cannot derive a storage entry name from ${JSON.stringify(app)}; pass --no-storage`);
  }
  return name;
}

function parseStorageMode(value: string): string {
  if (!/^[0-7]{3,4}$/.test(value)) {
    throw new UserError(`--storage-mode ${JSON.stringify(value)} must be a 3 or 4 digit octal mode, e.g. --storage-mode 0750`);
  }
  return value.length === 3 ? `0${value}` : value;
}

function parseStorageSize(value: string): string {
  if (!QUANTITY_RULE.test(value)) {
    throw new UserError(`--storage-size ${JSON.stringify(value)} is not a Kubernetes size: pass one like --storage-size 5Gi`);
  }
  return value;
}

function parseStorageClass(value: string): string {
  if (value.length > 253 || !STORAGE_CLASS_RULE.test(value)) {
    throw new UserError(
      `--storage-class ${JSON.stringify(value)} is not a StorageClass name (lowercase letters, digits, - and .), e.g. --storage-class longhorn`,
    );
  }
  return value;
}
