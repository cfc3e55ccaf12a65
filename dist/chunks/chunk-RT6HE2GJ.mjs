import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-3CEZ2N6Z.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-WOOJPRL6.mjs";

// node_modules/dotenv/package.json
var require_package = __commonJS({
  "node_modules/dotenv/package.json"(exports, module) {
    module.exports = {
      name: "dotenv",
      version: "16.6.1",
      description: "Loads environment variables from .env file",
      main: "lib/main.js",
      types: "lib/main.d.ts",
      exports: {
        ".": {
          types: "./lib/main.d.ts",
          require: "./lib/main.js",
          default: "./lib/main.js"
        },
        "./config": "./config.js",
        "./config.js": "./config.js",
        "./lib/env-options": "./lib/env-options.js",
        "./lib/env-options.js": "./lib/env-options.js",
        "./lib/cli-options": "./lib/cli-options.js",
        "./lib/cli-options.js": "./lib/cli-options.js",
        "./package.json": "./package.json"
      },
      scripts: {
        "dts-check": "tsc --project tests/types/tsconfig.json",
        lint: "standard",
        pretest: "npm run lint && npm run dts-check",
        test: "tap run --allow-empty-coverage --disable-coverage --timeout=60000",
        "test:coverage": "tap run --show-full-coverage --timeout=60000 --coverage-report=text --coverage-report=lcov",
        prerelease: "npm test",
        release: "standard-version"
      },
      repository: {
        type: "git",
        url: "git://github.com/motdotla/dotenv.git"
      },
      homepage: "https://github.com/motdotla/dotenv#readme",
      funding: "https://dotenvx.com",
      keywords: [
        "dotenv",
        "env",
        ".env",
        "environment",
        "variables",
        "config",
        "settings"
      ],
      readmeFilename: "README.md",
      license: "BSD-2-Clause",
      devDependencies: {
        "@types/node": "^18.11.3",
        decache: "^4.6.2",
        sinon: "^14.0.1",
        standard: "^17.0.0",
        "standard-version": "^9.5.0",
        tap: "^19.2.0",
        typescript: "^4.8.4"
      },
      engines: {
        node: ">=12"
      },
      browser: {
        fs: false
      }
    };
  }
});

// node_modules/dotenv/lib/main.js
var require_main = __commonJS({
  "node_modules/dotenv/lib/main.js"(exports, module) {
    var fs = __require("fs");
    var path4 = __require("path");
    var os = __require("os");
    var crypto = __require("crypto");
    var packageJson = require_package();
    var version = packageJson.version;
    var LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;
    function parse(src) {
      const obj = {};
      let lines = src.toString();
      lines = lines.replace(/\r\n?/mg, "\n");
      let match;
      while ((match = LINE.exec(lines)) != null) {
        const key = match[1];
        let value = match[2] || "";
        value = value.trim();
        const maybeQuote = value[0];
        value = value.replace(/^(['"`])([\s\S]*)\1$/mg, "$2");
        if (maybeQuote === '"') {
          value = value.replace(/\\n/g, "\n");
          value = value.replace(/\\r/g, "\r");
        }
        obj[key] = value;
      }
      return obj;
    }
    function _parseVault(options) {
      options = options || {};
      const vaultPath = _vaultPath(options);
      options.path = vaultPath;
      const result = DotenvModule.configDotenv(options);
      if (!result.parsed) {
        const err = new Error(`MISSING_DATA: Cannot parse ${vaultPath} for an unknown reason`);
        err.code = "MISSING_DATA";
        throw err;
      }
      const keys = _dotenvKey(options).split(",");
      const length = keys.length;
      let decrypted;
      for (let i = 0; i < length; i++) {
        try {
          const key = keys[i].trim();
          const attrs = _instructions(result, key);
          decrypted = DotenvModule.decrypt(attrs.ciphertext, attrs.key);
          break;
        } catch (error) {
          if (i + 1 >= length) {
            throw error;
          }
        }
      }
      return DotenvModule.parse(decrypted);
    }
    function _warn(message) {
      console.log(`[dotenv@${version}][WARN] ${message}`);
    }
    function _debug(message) {
      console.log(`[dotenv@${version}][DEBUG] ${message}`);
    }
    function _log(message) {
      console.log(`[dotenv@${version}] ${message}`);
    }
    function _dotenvKey(options) {
      if (options && options.DOTENV_KEY && options.DOTENV_KEY.length > 0) {
        return options.DOTENV_KEY;
      }
      if (process.env.DOTENV_KEY && process.env.DOTENV_KEY.length > 0) {
        return process.env.DOTENV_KEY;
      }
      return "";
    }
    function _instructions(result, dotenvKey) {
      let uri;
      try {
        uri = new URL(dotenvKey);
      } catch (error) {
        if (error.code === "ERR_INVALID_URL") {
          const err = new Error("INVALID_DOTENV_KEY: Wrong format. Must be in valid uri format like dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=development");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        }
        throw error;
      }
      const key = uri.password;
      if (!key) {
        const err = new Error("INVALID_DOTENV_KEY: Missing key part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environment = uri.searchParams.get("environment");
      if (!environment) {
        const err = new Error("INVALID_DOTENV_KEY: Missing environment part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environmentKey = `DOTENV_VAULT_${environment.toUpperCase()}`;
      const ciphertext = result.parsed[environmentKey];
      if (!ciphertext) {
        const err = new Error(`NOT_FOUND_DOTENV_ENVIRONMENT: Cannot locate environment ${environmentKey} in your .env.vault file.`);
        err.code = "NOT_FOUND_DOTENV_ENVIRONMENT";
        throw err;
      }
      return { ciphertext, key };
    }
    function _vaultPath(options) {
      let possibleVaultPath = null;
      if (options && options.path && options.path.length > 0) {
        if (Array.isArray(options.path)) {
          for (const filepath of options.path) {
            if (fs.existsSync(filepath)) {
              possibleVaultPath = filepath.endsWith(".vault") ? filepath : `${filepath}.vault`;
            }
          }
        } else {
          possibleVaultPath = options.path.endsWith(".vault") ? options.path : `${options.path}.vault`;
        }
      } else {
        possibleVaultPath = path4.resolve(process.cwd(), ".env.vault");
      }
      if (fs.existsSync(possibleVaultPath)) {
        return possibleVaultPath;
      }
      return null;
    }
    function _resolveHome(envPath) {
      return envPath[0] === "~" ? path4.join(os.homedir(), envPath.slice(1)) : envPath;
    }
    function _configVault(options) {
      const debug = Boolean(options && options.debug);
      const quiet = options && "quiet" in options ? options.quiet : true;
      if (debug || !quiet) {
        _log("Loading env from encrypted .env.vault");
      }
      const parsed = DotenvModule._parseVault(options);
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      DotenvModule.populate(processEnv, parsed, options);
      return { parsed };
    }
    function configDotenv(options) {
      const dotenvPath = path4.resolve(process.cwd(), ".env");
      let encoding = "utf8";
      const debug = Boolean(options && options.debug);
      const quiet = options && "quiet" in options ? options.quiet : true;
      if (options && options.encoding) {
        encoding = options.encoding;
      } else {
        if (debug) {
          _debug("No encoding is specified. UTF-8 is used by default");
        }
      }
      let optionPaths = [dotenvPath];
      if (options && options.path) {
        if (!Array.isArray(options.path)) {
          optionPaths = [_resolveHome(options.path)];
        } else {
          optionPaths = [];
          for (const filepath of options.path) {
            optionPaths.push(_resolveHome(filepath));
          }
        }
      }
      let lastError;
      const parsedAll = {};
      for (const path5 of optionPaths) {
        try {
          const parsed = DotenvModule.parse(fs.readFileSync(path5, { encoding }));
          DotenvModule.populate(parsedAll, parsed, options);
        } catch (e) {
          if (debug) {
            _debug(`Failed to load ${path5} ${e.message}`);
          }
          lastError = e;
        }
      }
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      DotenvModule.populate(processEnv, parsedAll, options);
      if (debug || !quiet) {
        const keysCount = Object.keys(parsedAll).length;
        const shortPaths = [];
        for (const filePath of optionPaths) {
          try {
            const relative = path4.relative(process.cwd(), filePath);
            shortPaths.push(relative);
          } catch (e) {
            if (debug) {
              _debug(`Failed to load ${filePath} ${e.message}`);
            }
            lastError = e;
          }
        }
        _log(`injecting env (${keysCount}) from ${shortPaths.join(",")}`);
      }
      if (lastError) {
        return { parsed: parsedAll, error: lastError };
      } else {
        return { parsed: parsedAll };
      }
    }
    function config(options) {
      if (_dotenvKey(options).length === 0) {
        return DotenvModule.configDotenv(options);
      }
      const vaultPath = _vaultPath(options);
      if (!vaultPath) {
        _warn(`You set DOTENV_KEY but you are missing a .env.vault file at ${vaultPath}. Did you forget to build it?`);
        return DotenvModule.configDotenv(options);
      }
      return DotenvModule._configVault(options);
    }
    function decrypt(encrypted, keyStr) {
      const key = Buffer.from(keyStr.slice(-64), "hex");
      let ciphertext = Buffer.from(encrypted, "base64");
      const nonce = ciphertext.subarray(0, 12);
      const authTag = ciphertext.subarray(-16);
      ciphertext = ciphertext.subarray(12, -16);
      try {
        const aesgcm = crypto.createDecipheriv("aes-256-gcm", key, nonce);
        aesgcm.setAuthTag(authTag);
        return `${aesgcm.update(ciphertext)}${aesgcm.final()}`;
      } catch (error) {
        const isRange = error instanceof RangeError;
        const invalidKeyLength = error.message === "Invalid key length";
        const decryptionFailed = error.message === "Unsupported state or unable to authenticate data";
        if (isRange || invalidKeyLength) {
          const err = new Error("INVALID_DOTENV_KEY: It must be 64 characters long (or more)");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        } else if (decryptionFailed) {
          const err = new Error("DECRYPTION_FAILED: Please check your DOTENV_KEY");
          err.code = "DECRYPTION_FAILED";
          throw err;
        } else {
          throw error;
        }
      }
    }
    function populate(processEnv, parsed, options = {}) {
      const debug = Boolean(options && options.debug);
      const override = Boolean(options && options.override);
      if (typeof parsed !== "object") {
        const err = new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");
        err.code = "OBJECT_REQUIRED";
        throw err;
      }
      for (const key of Object.keys(parsed)) {
        if (Object.prototype.hasOwnProperty.call(processEnv, key)) {
          if (override === true) {
            processEnv[key] = parsed[key];
          }
          if (debug) {
            if (override === true) {
              _debug(`"${key}" is already defined and WAS overwritten`);
            } else {
              _debug(`"${key}" is already defined and was NOT overwritten`);
            }
          }
        } else {
          processEnv[key] = parsed[key];
        }
      }
    }
    var DotenvModule = {
      configDotenv,
      _configVault,
      _parseVault,
      config,
      decrypt,
      parse,
      populate
    };
    module.exports.configDotenv = DotenvModule.configDotenv;
    module.exports._configVault = DotenvModule._configVault;
    module.exports._parseVault = DotenvModule._parseVault;
    module.exports.config = DotenvModule.config;
    module.exports.decrypt = DotenvModule.decrypt;
    module.exports.parse = DotenvModule.parse;
    module.exports.populate = DotenvModule.populate;
    module.exports = DotenvModule;
  }
});

// src/core/backup-id.ts
var ID_PATTERN = /^(\d{8}T\d{6}Z)-([0-9a-f]{7}|none)$/;
var REV_PATTERN = /^[0-9a-f]{7,64}$/;
var SERVICE_PATTERN = /^[A-Za-z0-9_-]+$/;
function isRev(value) {
  return REV_PATTERN.test(value);
}
function isServiceName(value) {
  return SERVICE_PATTERN.test(value) && !value.startsWith("-");
}
function normalizeRev(rev) {
  const trimmed = (rev ?? "").trim().toLowerCase();
  return REV_PATTERN.test(trimmed) ? trimmed : "none";
}
function shortRev(rev) {
  return rev === "none" ? "none" : rev.slice(0, 7);
}
function compactUtc(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}
function backupId(date, rev) {
  return `${compactUtc(date)}-${shortRev(normalizeRev(rev))}`;
}
function isBackupId(value) {
  return ID_PATTERN.test(value);
}
function newestFirst(records) {
  return [...records].sort(
    (a, b) => a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at)
  );
}
function planRetention(records, keep, protect = []) {
  if (keep <= 0) return [];
  const ordered = newestFirst(records);
  const protectedIds = new Set(protect);
  if (ordered[0]) protectedIds.add(ordered[0].id);
  const seenReasons = /* @__PURE__ */ new Set();
  for (const record of ordered) {
    if (seenReasons.has(record.reason)) continue;
    seenReasons.add(record.reason);
    protectedIds.add(record.id);
  }
  const doomed = [];
  let remaining = ordered.length;
  for (const record of ordered.reverse()) {
    if (remaining <= keep) break;
    if (protectedIds.has(record.id)) continue;
    doomed.push(record);
    remaining--;
  }
  return doomed;
}
function requiredFreeBytes(lastBackupSize) {
  return Math.ceil((lastBackupSize ?? 0) * 1.2) + 64 * 1024 * 1024;
}
var UNITS = ["B", "KB", "MB", "GB", "TB"];
function formatBytes(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1e3 && unit < UNITS.length - 1) {
    value /= 1e3;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
function progressLine(bytes, elapsedMs) {
  const rate = elapsedMs > 0 ? bytes * 1e3 / elapsedMs : 0;
  return `${formatBytes(bytes)} written (${formatBytes(Math.round(rate))}/s)`;
}
function renderBackupTable(records) {
  return alignColumns([
    ["ID", "CREATED", "REASON", "COMMIT", "SIZE", "VERIFIED"],
    ...records.map((record) => [
      record.id,
      record.created_at.replace(/\.\d{3}Z$/, "Z"),
      record.reason,
      shortRev(record.git_rev),
      formatBytes(record.size),
      record.verified ? "yes" : "no"
    ])
  ]);
}
function renderOffsiteTable(copies) {
  return alignColumns([
    ["ID", "CREATED", "REASON", "COMMIT", "SIZE", "STORED", "ENCRYPTED", "LOCAL"],
    ...copies.map(({ record, stored_size: stored, encrypted, local }) => [
      record.id,
      record.created_at.replace(/\.\d{3}Z$/, "Z"),
      record.reason,
      shortRev(record.git_rev),
      formatBytes(record.size),
      formatBytes(stored),
      encrypted ? "age" : "no",
      local ? "yes" : "no"
    ])
  ]);
}
function alignColumns(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map(
    (row) => row.map((cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])).join("  ")
  );
}

// src/backup/offsite/config.ts
var import_dotenv = __toESM(require_main(), 1);
var OFFSITE_KEYS = {
  url: "offsite-url",
  endpoint: "offsite-endpoint",
  region: "offsite-region",
  pathStyle: "offsite-path-style",
  recipient: "offsite-recipient",
  keep: "offsite-keep",
  required: "offsite-required"
};
var DEFAULT_REGION = "us-east-1";
var DEFAULT_OFFSITE_KEEP = 30;
var BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
var PREFIX_SEGMENT = /^[A-Za-z0-9._-]+$/;
var RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
var REGION = /^[a-z0-9-]{1,40}$/;
function parseOffsiteUrl(value) {
  const usage = "offsite-url must look like s3://BUCKET or s3://BUCKET/PREFIX";
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(value);
  if (!match) throw new UserError(`${usage}, got ${JSON.stringify(value)}`);
  const bucket = match[1];
  if (!BUCKET.test(bucket) || bucket.includes("..")) {
    throw new UserError(`${usage}; ${JSON.stringify(bucket)} is not a bucket name (3 to 63 of a-z, 0-9, . and -)`);
  }
  const prefix = (match[2] ?? "").replace(/\/+$/, "");
  const segments = prefix === "" ? [] : prefix.split("/");
  if (segments.some((segment) => !PREFIX_SEGMENT.test(segment) || segment === "." || segment === "..")) {
    throw new UserError(`${usage}; the prefix may hold only A-Z a-z 0-9 . _ - between slashes, got ${JSON.stringify(prefix)}`);
  }
  return { bucket, prefix };
}
function validateEndpoint(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`offsite-endpoint must be an https:// (or http://) URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError(`offsite-endpoint must start with https:// (or http://), got ${JSON.stringify(url.protocol)}`);
  }
  if (url.username || url.password) {
    throw new UserError("offsite-endpoint must not hold credentials; give them on stdin to dokku pegasus:offsite-auth");
  }
  if (url.search || url.hash) throw new UserError("offsite-endpoint must not have a ?query or #fragment");
  return value.replace(/\/+$/, "");
}
function validateRecipients(value) {
  const keys = value.trim().split(/\s+/);
  if (keys.length === 1 && keys[0] === "none") return "none";
  const bad = keys.find((key) => !RECIPIENT.test(key));
  if (bad !== void 0) {
    throw new UserError(
      `offsite-recipient must be age public keys (age1\u2026, space separated) or none; ${JSON.stringify(bad.slice(0, 80))} is not one. Make a key pair on your own machine with \`age-keygen -o pegasus-offsite.key\` and set the public key it prints`
    );
  }
  return [...new Set(keys)].join(" ");
}
function validateRegion(value) {
  if (!REGION.test(value)) throw new UserError(`offsite-region must be a region name like eu-central or us-east-1, got ${JSON.stringify(value)}`);
  return value;
}
function validateBoolean(key, value) {
  if (value !== "true" && value !== "false") throw new UserError(`${key} must be true or false, got ${JSON.stringify(value)}`);
  return value;
}
function validateKeep(value) {
  if (!/^\d{1,5}$/.test(value)) throw new UserError(`offsite-keep must be a whole number from 0 to 99999, got ${JSON.stringify(value)}`);
  return String(Number(value));
}
function resolveOffsiteConfig(values, target) {
  const raw = values["offsite-url"] ?? "";
  if (raw === "") return void 0;
  const recipient = values["offsite-recipient"] ?? "";
  if (recipient === "") {
    throw new UserError(
      `offsite-url is set for ${target} but offsite-recipient is not, and copies leave this server only encrypted. On your own machine run \`age-keygen -o pegasus-offsite.key\` (keep that file off the server), then \`dokku pegasus:set ${target} offsite-recipient age1\u2026\` with the public key it prints (or \`dokku pegasus:set ${target} offsite-recipient none\` to upload unencrypted, knowingly)`
    );
  }
  const recipients = validateRecipients(recipient);
  return {
    url: parseOffsiteUrl(raw),
    endpoint: values["offsite-endpoint"] ? validateEndpoint(values["offsite-endpoint"]) : "",
    region: validateRegion(values["offsite-region"] || DEFAULT_REGION),
    pathStyle: (values["offsite-path-style"] || "false") === "true",
    recipients: recipients === "none" ? [] : recipients.split(" "),
    encrypted: recipients !== "none",
    keep: Number(validateKeep(values["offsite-keep"] || String(DEFAULT_OFFSITE_KEEP))),
    required: (values["offsite-required"] || "false") === "true"
  };
}
function appPrefix(config, app) {
  return config.url.prefix === "" ? `${app}/` : `${config.url.prefix}/${app}/`;
}
function dumpObjectName(config, app, id) {
  return `${appPrefix(config, app)}${id}${config.encrypted ? ".dump.age" : ".dump"}`;
}
function manifestObjectName(config, app, id) {
  return `${appPrefix(config, app)}${id}.json`;
}
function objectUrl(config, key) {
  return `s3://${config.url.bucket}/${key}`;
}
function groupBucketObjects(prefix, objects) {
  const copies = /* @__PURE__ */ new Map();
  for (const { key, size } of objects) {
    if (!key.startsWith(prefix)) continue;
    const match = /^(.+?)\.(dump\.age|dump|json)$/.exec(key.slice(prefix.length));
    if (!match || !isBackupId(match[1])) continue;
    const id = match[1];
    const copy = copies.get(id) ?? { id };
    if (match[2] === "json") copy.manifest = { key, size };
    else if (!copy.dump || match[2] === "dump.age") copy.dump = { key, size, encrypted: match[2] === "dump.age" };
    copies.set(id, copy);
  }
  return [...copies.values()].sort((a, b) => b.id.localeCompare(a.id));
}
function planOffsiteRetention(ids, keep, protect) {
  if (keep <= 0) return [];
  const ordered = [...ids].sort((a, b) => b.localeCompare(a));
  const kept = new Set(protect);
  if (ordered[0] !== void 0) kept.add(ordered[0]);
  const doomed = [];
  let remaining = ordered.length;
  for (const id of [...ordered].reverse()) {
    if (remaining <= keep) break;
    if (kept.has(id)) continue;
    doomed.push(id);
    remaining--;
  }
  return doomed;
}
function newestOfEachReason(records) {
  const seen = /* @__PURE__ */ new Map();
  for (const record of newestFirst(records)) if (!seen.has(record.reason)) seen.set(record.reason, record.id);
  return [...seen.values()];
}
var CREDENTIAL_KEYS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];
function parseCredentials(text) {
  const values = (0, import_dotenv.parse)(text);
  const unknown = Object.keys(values).filter((key) => !CREDENTIAL_KEYS.includes(key));
  if (unknown.length > 0) {
    throw new UserError(`Unexpected key(s) ${unknown.join(", ")}: give exactly AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines`);
  }
  const missing = CREDENTIAL_KEYS.filter((key) => !values[key]);
  if (missing.length > 0) {
    throw new UserError(`Missing ${missing.join(" and ")}: give AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines on stdin`);
  }
  for (const key of CREDENTIAL_KEYS) {
    if (/[\s"'\\]/.test(values[key])) throw new UserError(`${key} holds whitespace, a quote or a backslash; credentials never do`);
  }
  return { accessKeyId: values.AWS_ACCESS_KEY_ID, secretAccessKey: values.AWS_SECRET_ACCESS_KEY };
}
function renderCredentials(credentials) {
  return `AWS_ACCESS_KEY_ID=${credentials.accessKeyId}
AWS_SECRET_ACCESS_KEY=${credentials.secretAccessKey}
`;
}
function keyIdHint(accessKeyId) {
  return `\u2026${accessKeyId.slice(-4)}`;
}
function parseIdentities(text) {
  const identities = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (!/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/.test(trimmed)) {
      throw new UserError(
        `Line ${index + 1} of the identity on stdin is not an age X25519 identity (AGE-SECRET-KEY-1\u2026). Give the file age-keygen wrote: --identity - < pegasus-offsite.key`
      );
    }
    identities.push(trimmed);
  }
  if (identities.length === 0) {
    throw new UserError("No age identity on stdin. Give the file age-keygen wrote: --identity - < pegasus-offsite.key");
  }
  return identities;
}

// src/backup/lock.ts
import { link, readFile as readFile2, rename as rename2, rm as rm2, stat, writeFile as writeFile2 } from "node:fs/promises";
import { hostname } from "node:os";

// src/io/properties.ts
import { mkdir, readdir, readFile, rename, rm, writeFile, cp } from "node:fs/promises";
import path from "node:path";
var GLOBAL = "--global";
var PropertyStore = class {
  constructor(root) {
    this.root = root;
  }
  file(app, key) {
    return path.join(this.root, app, key);
  }
  async get(app, key) {
    try {
      return await readFile(this.file(app, key), "utf8");
    } catch (error) {
      if (isMissing(error)) return void 0;
      throw error;
    }
  }
  async set(app, key, value) {
    const dir = path.join(this.root, app);
    await mkdir(dir, { recursive: true, mode: 493 });
    const temporary = path.join(dir, `.${key}.${process.pid}.tmp`);
    await writeFile(temporary, value, { mode: 384 });
    await rename(temporary, this.file(app, key));
  }
  async delete(app, key) {
    await rm(this.file(app, key), { force: true });
  }
  async all(app) {
    let names;
    try {
      names = await readdir(path.join(this.root, app));
    } catch (error) {
      if (isMissing(error)) return {};
      throw error;
    }
    const values = {};
    for (const name of names.filter((n) => !n.startsWith(".")).sort()) {
      values[name] = await readFile(this.file(app, name), "utf8");
    }
    return values;
  }
  /** Copies every property of `from` to `to` (apps:clone, apps:rename). */
  async clone(from, to) {
    const source = path.join(this.root, from);
    try {
      await cp(source, path.join(this.root, to), { recursive: true, force: true });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  async destroy(app) {
    await rm(path.join(this.root, app), { recursive: true, force: true });
  }
  /** App value, then global value, then the default. */
  async computed(app, key, fallback) {
    return await this.get(app, key) ?? await this.get(GLOBAL, key) ?? fallback;
  }
};
function isMissing(error) {
  return error?.code === "ENOENT";
}

// src/backup/lock.ts
var UNREADABLE_LOCK_GRACE_MS = 6e4;
async function acquireBackupLock(lockFile, options) {
  const isAlive = options.isAlive ?? processIsAlive;
  const mine = { pid: process.pid, started_at: options.now.toISOString(), hostname: hostname() };
  const content = `${JSON.stringify(mine)}
`;
  const staging = `${lockFile}.${process.pid}.${Date.now()}.tmp`;
  await writeFile2(staging, content, { mode: 384 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(staging, lockFile);
        return () => releaseLock(lockFile, content);
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      const seen = await readLock(lockFile);
      if (seen === void 0) continue;
      const holder = parseHolder(seen.text);
      const stale = holder ? holder.hostname === mine.hostname && !isAlive(holder.pid) : options.now.getTime() - seen.mtimeMs > UNREADABLE_LOCK_GRACE_MS;
      if (!stale) throw busy(options.app, lockFile, holder);
      if (await removeIfUnchanged(lockFile, seen.text)) {
        options.log.warn(
          holder ? `Recovered the backup lock of ${options.app} left by pid ${holder.pid} (started ${holder.started_at}), which is no longer running` : `Recovered an unreadable backup lock of ${options.app}`
        );
      }
    }
    throw busy(options.app, lockFile, void 0);
  } finally {
    await rm2(staging, { force: true });
  }
}
function busy(app, lockFile, holder) {
  const who = holder ? ` (pid ${holder.pid} on ${holder.hostname} since ${holder.started_at})` : "";
  return new UserError(
    `A backup of ${app} is running${who}. Wait for it to finish and run this again; if no backup is running, remove ${lockFile}`
  );
}
async function readLock(lockFile) {
  try {
    const [text, info] = await Promise.all([readFile2(lockFile, "utf8"), stat(lockFile)]);
    return { text, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw error;
  }
}
function parseHolder(text) {
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed.pid === "number" && typeof parsed.started_at === "string" && typeof parsed.hostname === "string") {
      return parsed;
    }
  } catch {
  }
  return void 0;
}
async function removeIfUnchanged(lockFile, staleText) {
  const aside = `${lockFile}.stale.${process.pid}`;
  try {
    await rename2(lockFile, aside);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const moved = await readFile2(aside, "utf8");
  if (moved !== staleText) {
    await link(aside, lockFile).catch(() => void 0);
    await rm2(aside, { force: true });
    return false;
  }
  await rm2(aside, { force: true });
  return true;
}
async function releaseLock(lockFile, content) {
  try {
    if (await readFile2(lockFile, "utf8") === content) await rm2(lockFile, { force: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}
function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/backup/store.ts
import { chmod, mkdir as mkdir2, open, readdir as readdir2, readFile as readFile3, rename as rename3, rm as rm3, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
function backupPaths(dataDir, app) {
  return backupPathsAt(path2.join(dataDir, app));
}
function backupPathsAt(appDir) {
  const dir = path2.join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: path2.join(dir, ".lock"),
    lastScheduled: path2.join(appDir, "last-scheduled.json"),
    dump: (id) => path2.join(dir, `${id}.dump`),
    manifest: (id) => path2.join(dir, `${id}.json`),
    partial: (id) => path2.join(dir, `.${id}.dump.partial`),
    offsite: (id) => path2.join(dir, `${id}.offsite.json`),
    lastOffsite: path2.join(appDir, "last-offsite.json")
  };
}
async function ensureBackupDir(paths) {
  await mkdir2(paths.appDir, { recursive: true, mode: 493 });
  await mkdir2(paths.dir, { recursive: true, mode: 448 });
  const { mode } = await stat2(paths.dir);
  if ((mode & 511) !== 448) await chmod(paths.dir, 448);
}
async function listBackups(paths) {
  let names;
  try {
    names = await readdir2(paths.dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const present = new Set(names);
  const records = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -".json".length);
    if (!isBackupId(id) || !present.has(`${id}.dump`)) continue;
    const record = await readManifest(paths.manifest(id));
    if (record?.verified === true && record.id === id) {
      records.push({ ...record, file: paths.dump(id), offsite: await readOffsiteCopy(paths, id) });
    }
  }
  return newestFirst(records);
}
async function readManifest(file) {
  try {
    return parseManifest(await readFile3(file, "utf8"));
  } catch {
    return void 0;
  }
}
function parseManifest(text) {
  try {
    const parsed = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return void 0;
    return isSoundManifest(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function isSoundManifest(record) {
  const { id, service, git_rev: gitRev, size, sha256, created_at: createdAt } = record;
  return typeof id === "string" && isBackupId(id) && typeof service === "string" && isServiceName(service) && typeof gitRev === "string" && (gitRev === "none" || isRev(gitRev)) && typeof size === "number" && Number.isSafeInteger(size) && size >= 0 && typeof sha256 === "string" && /^[0-9a-f]{64}$/.test(sha256) && typeof createdAt === "string";
}
async function readOffsiteCopy(paths, id) {
  const copy = await readJsonFile(paths.offsite(id));
  return copy && typeof copy.url === "string" && typeof copy.size === "number" ? copy : null;
}
async function writeOffsiteCopy(paths, id, copy) {
  await writeFileAtomic(paths.offsite(id), `${JSON.stringify(copy)}
`);
}
async function backupExists(paths, id) {
  for (const file of [paths.dump(id), paths.manifest(id)]) {
    try {
      await stat2(file);
      return true;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return false;
}
async function writeFileAtomic(file, content) {
  const temporary = path2.join(path2.dirname(file), `.${path2.basename(file)}.${process.pid}.tmp`);
  const handle = await open(temporary, "w", 384);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename3(temporary, file);
  await syncDirectory(path2.dirname(file));
}
async function syncDirectory(dir) {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function writeManifest(paths, record) {
  await writeFileAtomic(paths.manifest(record.id), `${JSON.stringify(record, null, 2)}
`);
}
function filesOfBackup(paths, id) {
  return [paths.manifest(id), paths.dump(id), paths.offsite(id)];
}
async function deleteBackup(paths, id) {
  for (const file of filesOfBackup(paths, id)) await rm3(file, { force: true });
}
async function removePartials(paths) {
  const names = await readdir2(paths.dir);
  const partials = names.filter((name) => name.startsWith(".") && name.endsWith(".dump.partial"));
  for (const name of partials) await rm3(path2.join(paths.dir, name), { force: true });
  return partials;
}
async function writeLastScheduled(paths, result) {
  await mkdir2(paths.appDir, { recursive: true, mode: 493 });
  await writeFileAtomic(paths.lastScheduled, `${JSON.stringify(result)}
`);
}
async function readLastScheduled(paths) {
  return readJsonFile(paths.lastScheduled);
}
async function readJsonFile(file) {
  try {
    return JSON.parse(await readFile3(file, "utf8"));
  } catch (error) {
    if (isMissing(error) || error instanceof SyntaxError) return void 0;
    throw error;
  }
}

// src/backup/offsite/state.ts
import { chmod as chmod2, mkdir as mkdir3, readFile as readFile4 } from "node:fs/promises";
import path3 from "node:path";
async function readOffsiteValues(context, target) {
  const store = new PropertyStore(context.paths.propertiesDir);
  const values = {};
  for (const key of Object.values(OFFSITE_KEYS)) {
    const value = target === GLOBAL ? await store.get(GLOBAL, key) : await store.computed(target, key, "");
    if (value) values[key] = value;
  }
  return values;
}
async function offsiteEnabled(context, target) {
  return Boolean((await readOffsiteValues(context, target))["offsite-url"]);
}
async function offsiteRequired(context, app) {
  return await new PropertyStore(context.paths.propertiesDir).computed(app, OFFSITE_KEYS.required, "false") === "true";
}
async function readOffsiteConfig(context, target) {
  return resolveOffsiteConfig(await readOffsiteValues(context, target), target);
}
function credentialsFile(context, target) {
  return target === GLOBAL ? path3.join(context.paths.dataDir, ".offsite-credentials.env") : path3.join(backupPaths(context.paths.dataDir, target).appDir, "offsite-credentials.env");
}
async function writeCredentials(context, target, credentials) {
  const file = credentialsFile(context, target);
  await mkdir3(path3.dirname(file), { recursive: true, mode: 493 });
  await writeFileAtomic(file, renderCredentials(credentials));
  await chmod2(file, 384);
  return file;
}
async function readCredentials(context, target) {
  const candidates = target === GLOBAL ? [[GLOBAL, "global"]] : [[target, "app"], [GLOBAL, "global"]];
  for (const [candidate, scope] of candidates) {
    let text;
    try {
      text = await readFile4(credentialsFile(context, candidate), "utf8");
    } catch (error) {
      if (isMissing(error)) continue;
      throw error;
    }
    try {
      return { credentials: parseCredentials(text), scope };
    } catch {
      throw new UserError(
        `The stored off-site credentials of ${candidate === GLOBAL ? "--global" : candidate} cannot be read; store them again with \`dokku pegasus:offsite-auth ${candidate === GLOBAL ? "--global" : candidate} < credentials.env\``
      );
    }
  }
  return void 0;
}
async function requireCredentials(context, app) {
  const found = await readCredentials(context, app);
  if (!found) {
    throw new UserError(
      `No off-site credentials for ${app}: give them on stdin with \`dokku pegasus:offsite-auth ${app} < credentials.env\` (AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines; --global for every app)`
    );
  }
  return found.credentials;
}
async function writeLastOffsite(context, app, outcome) {
  const paths = backupPaths(context.paths.dataDir, app);
  await mkdir3(paths.appDir, { recursive: true, mode: 493 });
  await writeFileAtomic(paths.lastOffsite, `${JSON.stringify(outcome)}
`);
}
async function readLastOffsite(context, app) {
  return readJsonFile(backupPaths(context.paths.dataDir, app).lastOffsite);
}
async function offsiteReportFields(app, context, records) {
  const values = await readOffsiteValues(context, app);
  const found = await readCredentials(context, app).catch(() => void 0);
  const last = await readLastOffsite(context, app);
  const recipient = values["offsite-recipient"] ?? "";
  const on = Boolean(values["offsite-url"]);
  return {
    "offsite-credentials": found ? `set (${found.scope}, key id ${keyIdHint(found.credentials.accessKeyId)})` : "unset",
    "offsite-encryption": !on ? "" : recipient === "none" ? "none (offsite-recipient none)" : recipient ? `age (${recipient.split(" ").length} recipient(s))` : "missing recipient (uploads refused)",
    "offsite-transport": !on ? "" : values["offsite-endpoint"]?.startsWith("http://") ? "http (not encrypted in transit)" : "https",
    "offsite-last": !last ? "" : last.status === "ok" ? `ok ${last.at} (${last.uploaded?.length ?? 0} uploaded)` : `failed ${last.at}: ${(last.message ?? "").replace(/\s*\n\s*/g, " ")}`.trim(),
    "offsite-pending": on ? String(records.filter((record) => !record.offsite).length) : ""
  };
}
var STDIN_LIMIT = 64 * 1024;
async function readSecretStdin(context, what, howTo) {
  const stream = context.stdin();
  if (stream.isTTY) throw new UserError(`No ${what} on stdin. ${howTo}`);
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > STDIN_LIMIT) throw new UserError(`stdin is larger than 64 KiB; that is not ${what}. ${howTo}`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export {
  isRev,
  isServiceName,
  normalizeRev,
  shortRev,
  compactUtc,
  backupId,
  isBackupId,
  newestFirst,
  planRetention,
  requiredFreeBytes,
  formatBytes,
  progressLine,
  renderBackupTable,
  renderOffsiteTable,
  parseOffsiteUrl,
  validateEndpoint,
  validateRecipients,
  validateRegion,
  validateBoolean,
  validateKeep,
  resolveOffsiteConfig,
  appPrefix,
  dumpObjectName,
  manifestObjectName,
  objectUrl,
  groupBucketObjects,
  planOffsiteRetention,
  newestOfEachReason,
  parseCredentials,
  keyIdHint,
  parseIdentities,
  GLOBAL,
  PropertyStore,
  isMissing,
  acquireBackupLock,
  backupPaths,
  backupPathsAt,
  ensureBackupDir,
  listBackups,
  parseManifest,
  readOffsiteCopy,
  writeOffsiteCopy,
  backupExists,
  writeFileAtomic,
  syncDirectory,
  writeManifest,
  deleteBackup,
  removePartials,
  writeLastScheduled,
  readLastScheduled,
  readJsonFile,
  readOffsiteValues,
  offsiteEnabled,
  offsiteRequired,
  readOffsiteConfig,
  credentialsFile,
  writeCredentials,
  requireCredentials,
  writeLastOffsite,
  offsiteReportFields,
  readSecretStdin
};
