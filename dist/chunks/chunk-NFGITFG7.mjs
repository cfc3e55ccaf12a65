import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  booleanOption,
  stringListOption,
  stringOption
} from "./chunk-RDISS7JH.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/core/setup-options.ts
import { createHash } from "node:crypto";
var SETUP_DEFAULTS = {
  dockerfile: "Dockerfile.web",
  storageDir: "/code/media",
  storageUid: 1e3,
  storageSize: "1Gi",
  scale: [["worker", 1]]
};
var DOMAIN_RULE = /^[a-z0-9.*-]*[a-z0-9*-]$/;
var EMAIL_RULE = /^[^\s@,;"'<>()\\]+@[^\s@,;"'<>()\\]+\.[^\s@,;"'<>()\\]+$/;
var PROCESS_TYPE_RULE = /^[a-z][a-z0-9-]*$/;
var STORAGE_NAME_RULE = /^[A-Za-z0-9_-]+$/;
var SERVICE_NAME_RULE = /^[A-Za-z0-9_-]+$/;
var ENTRY_NAME_RULE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var MAX_ENTRY_NAME = 45;
var QUANTITY_RULE = /^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;
var STORAGE_CLASS_RULE = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
var IMAGE_RULE = /^[a-z0-9][a-z0-9._/:-]*$/;
var IMAGE_TAG_RULE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
var SAFE_PATH_RULE = /^[A-Za-z0-9._/-]+$/;
var MAX_SCALE = 1e3;
var CONTRADICTED_BY = { "no-postgres": "postgres-service", "no-redis": "redis-service" };
function parseSetupOptions(args) {
  const app = verifyAppName(args.positionals[0]);
  if (args.positionals.length > 1) {
    throw new UserError(
      `Unexpected argument ${JSON.stringify(args.positionals[1])}. Usage: dokku pegasus:setup <app> [--domain D]... (see dokku pegasus:help)`
    );
  }
  const { options } = args;
  for (const [off, service] of Object.entries(CONTRADICTED_BY)) {
    if (booleanOption(options, off) && options[service] !== void 0) {
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
    letsencryptEmail: email === void 0 ? void 0 : parseEmail(email),
    postgresImage: postgresImage === void 0 ? void 0 : parseImage(postgresImage),
    postgresImageVersion: postgresImageVersion === void 0 ? void 0 : parseImageVersion(postgresImageVersion),
    postgres: !booleanOption(options, "no-postgres"),
    redis: !booleanOption(options, "no-redis"),
    storage: !booleanOption(options, "no-storage"),
    letsencrypt: !booleanOption(options, "no-letsencrypt"),
    dockerfile: parseDockerfilePath(stringOption(options, "dockerfile") ?? SETUP_DEFAULTS.dockerfile),
    port: port === void 0 ? void 0 : parseInteger("--port", port, 1, 65535),
    storageDir: parseStorageDir(stringOption(options, "storage-dir") ?? SETUP_DEFAULTS.storageDir),
    storageUid: uid === void 0 ? SETUP_DEFAULTS.storageUid : parseInteger("--storage-uid", uid, 0, 65535),
    storageName: storageNameFor(app),
    storageEntry: storageEntryNameFor(app),
    storageMode: storageMode === void 0 ? void 0 : parseStorageMode(storageMode),
    storageSize: storageSize === void 0 ? SETUP_DEFAULTS.storageSize : parseStorageSize(storageSize),
    storageClass: storageClass === void 0 ? void 0 : parseStorageClass(storageClass),
    postgresService: postgresService === void 0 ? derivedServiceName(app, "postgres") : parseServiceName("--postgres-service", postgresService),
    redisService: redisService === void 0 ? derivedServiceName(app, "redis") : parseServiceName("--redis-service", redisService),
    postgresServiceGiven: postgresService !== void 0,
    redisServiceGiven: redisService !== void 0,
    scale: scaleArgs.length === 0 ? SETUP_DEFAULTS.scale.map(([t, n]) => [t, n]) : parseScale(scaleArgs),
    dryRun: booleanOption(options, "dry-run")
  };
}
function parseDomains(values) {
  const domains = [];
  for (const raw of values) {
    const domain = raw.toLowerCase();
    if (domain !== "_" && !DOMAIN_RULE.test(domain)) {
      throw new UserError(
        `--domain ${JSON.stringify(raw)} is not a valid domain: use letters, digits, dots, hyphens and * (e.g. --domain app.example.com)`
      );
    }
    if (!domains.includes(domain)) domains.push(domain);
  }
  return domains;
}
function isEmailAddress(value) {
  return value.length <= 254 && EMAIL_RULE.test(value);
}
function parseEmail(value) {
  if (!isEmailAddress(value)) {
    throw new UserError(
      `--letsencrypt-email ${JSON.stringify(value)} is not an email address: pass one like --letsencrypt-email ops@example.com`
    );
  }
  return value;
}
function parseImage(value) {
  const tagged = value.lastIndexOf(":") > value.lastIndexOf("/");
  if (!IMAGE_RULE.test(value) || tagged) {
    throw new UserError(
      `--postgres-image ${JSON.stringify(value)} is not a Docker image name: pass the name without a tag, e.g. --postgres-image pgvector/pgvector --postgres-image-version pg17`
    );
  }
  return value;
}
function parseImageVersion(value) {
  if (!IMAGE_TAG_RULE.test(value)) {
    throw new UserError(
      `--postgres-image-version ${JSON.stringify(value)} is not a Docker tag: pass one like --postgres-image-version pg17`
    );
  }
  return value;
}
function parseDockerfilePath(value) {
  const segments = value.split("/");
  if (value === "" || value.startsWith("/") || !SAFE_PATH_RULE.test(value) || segments.some((segment) => segment === ".." || segment === "")) {
    throw new UserError(
      `--dockerfile ${JSON.stringify(value)} must be a path relative to the repository root, without "..", e.g. --dockerfile Dockerfile.web`
    );
  }
  return value;
}
function parseStorageDir(value) {
  const segments = value.split("/").slice(1);
  if (!value.startsWith("/") || value === "/" || !SAFE_PATH_RULE.test(value) || segments.some((segment) => segment === ".." || segment === "." || segment === "")) {
    throw new UserError(
      `--storage-dir ${JSON.stringify(value)} must be an absolute path inside the container, e.g. --storage-dir /code/media`
    );
  }
  return value;
}
function parseInteger(flag, value, min, max) {
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UserError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}
function parseScale(values) {
  const scale = [];
  for (const value of values) {
    const match = /^([^=]*)=(.*)$/.exec(value);
    const type = match?.[1] ?? "";
    const count = match?.[2] ?? "";
    if (!match || !PROCESS_TYPE_RULE.test(type) || !/^\d{1,4}$/.test(count) || Number(count) > MAX_SCALE) {
      throw new UserError(
        `--scale ${JSON.stringify(value)} must be TYPE=N with a Procfile process type and a count from 0 to ${MAX_SCALE}, e.g. --scale worker=1`
      );
    }
    if (type === "release") {
      throw new UserError(
        "--scale release=N is refused: Dokku runs the Procfile release command as the release task, never as a process"
      );
    }
    if (scale.some(([seen]) => seen === type)) {
      throw new UserError(`--scale ${type} is given twice: pass each process type once`);
    }
    scale.push([type, Number(count)]);
  }
  return scale;
}
function storageNameFor(app) {
  const name = app.replace(/\./g, "_");
  if (!STORAGE_NAME_RULE.test(name)) {
    throw new UserError(`Cannot derive a storage directory name from ${JSON.stringify(app)}; pass --no-storage`);
  }
  return name;
}
function derivedServiceName(app, kind) {
  return `${app.replace(/[^A-Za-z0-9_-]/g, "-")}${kind === "postgres" ? "-db" : "-redis"}`;
}
function parseServiceName(flag, value) {
  if (!SERVICE_NAME_RULE.test(value)) {
    throw new UserError(
      `${flag} ${JSON.stringify(value)} is not a service name: use letters, digits, _ and - (as dokku-postgres and dokku-redis do), e.g. ${flag} shop-db`
    );
  }
  return value;
}
function storageEntryNameFor(app) {
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
function parseStorageMode(value) {
  if (!/^[0-7]{3,4}$/.test(value)) {
    throw new UserError(`--storage-mode ${JSON.stringify(value)} must be a 3 or 4 digit octal mode, e.g. --storage-mode 0750`);
  }
  return value.length === 3 ? `0${value}` : value;
}
function parseStorageSize(value) {
  if (!QUANTITY_RULE.test(value)) {
    throw new UserError(`--storage-size ${JSON.stringify(value)} is not a Kubernetes size: pass one like --storage-size 5Gi`);
  }
  return value;
}
function parseStorageClass(value) {
  if (value.length > 253 || !STORAGE_CLASS_RULE.test(value)) {
    throw new UserError(
      `--storage-class ${JSON.stringify(value)} is not a StorageClass name (lowercase letters, digits, - and .), e.g. --storage-class longhorn`
    );
  }
  return value;
}

export {
  SETUP_DEFAULTS,
  parseSetupOptions,
  isEmailAddress,
  parseEmail,
  storageNameFor,
  derivedServiceName,
  storageEntryNameFor
};
