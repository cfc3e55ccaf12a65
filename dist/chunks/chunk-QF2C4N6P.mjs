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
    var path6 = __require("path");
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
        possibleVaultPath = path6.resolve(process.cwd(), ".env.vault");
      }
      if (fs.existsSync(possibleVaultPath)) {
        return possibleVaultPath;
      }
      return null;
    }
    function _resolveHome(envPath) {
      return envPath[0] === "~" ? path6.join(os.homedir(), envPath.slice(1)) : envPath;
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
      const dotenvPath = path6.resolve(process.cwd(), ".env");
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
      for (const path7 of optionPaths) {
        try {
          const parsed = DotenvModule.parse(fs.readFileSync(path7, { encoding }));
          DotenvModule.populate(parsedAll, parsed, options);
        } catch (e) {
          if (debug) {
            _debug(`Failed to load ${path7} ${e.message}`);
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
            const relative = path6.relative(process.cwd(), filePath);
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

// src/io/disk-full.ts
import { statfs } from "node:fs/promises";
import path from "node:path";
function isDiskFull(error) {
  const code = error?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}
function diskFullInDokkuMessage(error) {
  const message = error instanceof Error ? error.message : "";
  if (/no space left on device|ENOSPC/i.test(message)) return Object.assign(new Error(message), { code: "ENOSPC" });
  if (/disk quota exceeded|EDQUOT/i.test(message)) return Object.assign(new Error(message), { code: "EDQUOT" });
  return void 0;
}
async function freeBytes(dir, probe = statfs) {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      const stats = await probe(current);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      if (path.dirname(current) === current) return void 0;
    }
  }
}
async function diskFullError(error, where) {
  const free = await freeBytes(where.dir);
  const quota = error.code === "EDQUOT";
  const freeText = free === void 0 ? "free space unknown" : `${formatBytes(free)} free`;
  const needed = `${formatBytes(where.needed)} needed${where.neededBasis ? ` (${where.neededBasis})` : ""}`;
  return new UserError(
    [
      quota ? `The disk quota of the dokku user is used up: writing ${where.what} to ${where.dir} failed (EDQUOT). ${needed}.` : `No space left on the disk holding ${where.dir}: writing ${where.what} failed (ENOSPC). ${freeText} there, ${needed}.`,
      `${where.left ?? "Nothing half-written was kept."} Free space on that filesystem${quota ? " or raise the quota" : ""} (${quota ? "`quota -u dokku`" : `\`df -h ${where.dir}\``} shows it; \`dokku cleanup\` removes unused containers and images)${where.advice ? `, ${where.advice}` : ""}, then run this again.`
    ].join("\n")
  );
}
async function explainDiskFull(where, write) {
  try {
    return await write();
  } catch (error) {
    if (isDiskFull(error)) throw await diskFullError(error, where);
    throw error;
  }
}
function smallFileNeeds(content) {
  const bytes = typeof content === "string" ? Buffer.byteLength(content) : content.length;
  return (Math.ceil(bytes / 4096) + 1) * 4096;
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
var CREDENTIALS_ON_STDIN = "give them on stdin to dokku pegasus:offsite-auth";
function parseOffsiteUrl(value) {
  const usage = "offsite-url must look like s3://BUCKET or s3://BUCKET/PREFIX";
  if (/^s3:\/\/[^/]*@/.test(value)) throw new UserError(`offsite-url must not hold credentials; ${CREDENTIALS_ON_STDIN}`);
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
    const shown = value.includes("@") ? "a value with an @ (credentials are never given here)" : JSON.stringify(value);
    throw new UserError(`offsite-endpoint must be an https:// (or http://) URL, got ${shown}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError(`offsite-endpoint must start with https:// (or http://), got ${JSON.stringify(url.protocol)}`);
  }
  if (url.username || url.password) {
    throw new UserError(`offsite-endpoint must not hold credentials; ${CREDENTIALS_ON_STDIN}`);
  }
  if (url.search || url.hash) throw new UserError("offsite-endpoint must not have a ?query or #fragment");
  return value.replace(/\/+$/, "");
}
function validateRecipients(value) {
  const keys = value.trim().split(/\s+/);
  if (keys.length === 1 && keys[0] === "none") return "none";
  if (keys.some((key) => /^AGE-SECRET-KEY-/i.test(key))) {
    throw new UserError(
      "offsite-recipient was given an age private key (AGE-SECRET-KEY-\u2026), which must stay off this server: set the public key instead (age1\u2026; `age-keygen -y pegasus-offsite.key` prints it), and treat that private key as exposed"
    );
  }
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
function otherDumpObjectName(dumpKey) {
  return dumpKey.endsWith(".dump.age") ? dumpKey.slice(0, -".age".length) : `${dumpKey}.age`;
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
function planOffsitePush(local, copied, bucketIds, keep) {
  const candidates = [.../* @__PURE__ */ new Set([...bucketIds, ...local.map((record) => record.id)])];
  const remove = new Set(planOffsiteRetention(candidates, keep, newestOfEachReason(local)));
  return { upload: local.filter((record) => !copied(record) && !remove.has(record.id)), remove };
}
function newestOfEachReason(records) {
  const seen = /* @__PURE__ */ new Map();
  for (const record of newestFirst(records)) if (!seen.has(record.reason)) seen.set(record.reason, record.id);
  return [...seen.values()];
}
var CREDENTIAL_KEYS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];
function parseCredentials(text) {
  checkCredentialLines(text);
  const values = (0, import_dotenv.parse)(text);
  const missing = CREDENTIAL_KEYS.filter((key) => !values[key]);
  if (missing.length > 0) {
    throw new UserError(`Missing ${missing.join(" and ")}: give AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines on stdin`);
  }
  for (const key of CREDENTIAL_KEYS) {
    if (/[\s"'\\]/.test(values[key])) throw new UserError(`${key} holds whitespace, a quote or a backslash; credentials never do`);
  }
  return { accessKeyId: values.AWS_ACCESS_KEY_ID, secretAccessKey: values.AWS_SECRET_ACCESS_KEY };
}
var DOTENV_LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(.*)$/;
function checkCredentialLines(text) {
  const give = "give exactly AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines";
  for (const [index, line] of text.split(/\r\n?|\n/).entries()) {
    const match = DOTENV_LINE.exec(line);
    if (!match) continue;
    const [, key, raw] = match;
    if (!CREDENTIAL_KEYS.includes(key)) {
      throw new UserError(`line ${index + 1} on stdin holds another key (not shown: it may be a secret); ${give}`);
    }
    const value = raw.trim();
    const hash = value.indexOf("#");
    if (!/^["'`]/.test(value) && hash >= 0 && (hash === 0 || !/\s/.test(value[hash - 1]))) {
      throw new UserError(`${key} holds a #, where dotenv would cut it short (a comment): quote the value, ${key}="\u2026"`);
    }
  }
}
function renderCredentials(credentials) {
  return `AWS_ACCESS_KEY_ID="${credentials.accessKeyId}"
AWS_SECRET_ACCESS_KEY="${credentials.secretAccessKey}"
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

// src/io/lock-file.ts
import { readFileSync } from "node:fs";
import { link, readFile as readFile2, rename as rename2, rm as rm2, stat, writeFile as writeFile2 } from "node:fs/promises";
import { hostname } from "node:os";
import path3 from "node:path";

// src/io/properties.ts
import { mkdir, readdir, readFile, rename, rm, writeFile, cp } from "node:fs/promises";
import path2 from "node:path";
var GLOBAL = "--global";
var PropertyStore = class {
  constructor(root) {
    this.root = root;
  }
  file(app, key) {
    return path2.join(this.root, app, key);
  }
  async get(app, key) {
    const file = this.file(app, key);
    try {
      return await readFile(file, "utf8");
    } catch (error) {
      if (isMissing(error)) return void 0;
      throw unreadableProperty(file, error, app, key);
    }
  }
  async set(app, key, value) {
    const dir = path2.join(this.root, app);
    const temporary = path2.join(dir, `.${key}.${process.pid}.tmp`);
    try {
      await explainDiskFull({ dir, what: `the pegasus property ${key}`, needed: smallFileNeeds(value) }, async () => {
        await mkdir(dir, { recursive: true, mode: 493 });
        await writeFile(temporary, value, { mode: 384 });
        await rename(temporary, this.file(app, key));
      });
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => void 0);
      if (error instanceof UserError || !error.code) throw error;
      const file = this.file(app, key);
      throw unreadableState(file, error, `the pegasus property ${key} of ${app}`, `Remove what is there with \`rm -r ${file}\` and run this again`, "write");
    }
  }
  async delete(app, key) {
    await rm(this.file(app, key), { force: true });
  }
  async all(app) {
    let names;
    const dir = path2.join(this.root, app);
    try {
      names = await readdir(dir);
    } catch (error) {
      if (isMissing(error)) return {};
      throw unreadableState(dir, error, `the pegasus properties of ${app}`, `Check its owner and mode: \`ls -ld ${dir}\``);
    }
    const values = {};
    for (const name of names.filter((n) => !n.startsWith(".")).sort()) {
      const value = await this.get(app, name);
      if (value !== void 0) values[name] = value;
    }
    return values;
  }
  /** Copies every property of `from` to `to` (apps:clone, apps:rename). */
  async clone(from, to) {
    const source = path2.join(this.root, from);
    try {
      await cp(source, path2.join(this.root, to), { recursive: true, force: true });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  async destroy(app) {
    await rm(path2.join(this.root, app), { recursive: true, force: true });
  }
  /** App value, then global value, then the default. */
  async computed(app, key, fallback) {
    return await this.get(app, key) ?? await this.get(GLOBAL, key) ?? fallback;
  }
};
function isMissing(error) {
  return error?.code === "ENOENT";
}
function unreadableProperty(file, error, app, key) {
  const whose = app === GLOBAL ? "the global pegasus property" : `the pegasus property ${key} of ${app}`;
  return unreadableState(
    file,
    error,
    app === GLOBAL ? `${whose} ${key}` : whose,
    `Remove it with \`rm -r ${file}\`, then set it again if it is needed`
  );
}
function unreadableState(file, error, what, remedy, verb = "read") {
  const code = error?.code;
  const reason = code === "EISDIR" ? "it is a directory" : code === "ENOTDIR" ? "a part of its path is not a directory" : code === "EACCES" || code === "EPERM" ? "permission denied (it should belong to the dokku user)" : `${code ?? "error"}: ${error instanceof Error ? error.message : String(error)}`;
  return new UserError(`Cannot ${verb} ${what} (${file}): ${reason}. ${remedy}`);
}

// src/io/lock-file.ts
var systemProbe = {
  isAlive: processIsAlive,
  startOf: processStartTicks,
  bootId: () => readProc("/proc/sys/kernel/random/boot_id")?.trim() || void 0,
  bootTimeMs: () => {
    const btime = /^btime (\d+)$/m.exec(readProc("/proc/stat") ?? "")?.[1];
    return btime ? Number(btime) * 1e3 : void 0;
  }
};
function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function processStartTicks(pid) {
  const stat3 = readProc(`/proc/${pid}/stat`);
  if (!stat3) return void 0;
  const afterName = stat3.slice(stat3.lastIndexOf(")") + 2).split(" ");
  const ticks = afterName[22 - 3];
  return ticks && /^\d+$/.test(ticks) ? ticks : void 0;
}
function readProc(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
}
var UNREADABLE_LOCK_GRACE_MS = 6e4;
function judgeHolder(holder, lock, now, probe = systemProbe) {
  if (!holder) {
    return now.getTime() - lock.mtimeMs > UNREADABLE_LOCK_GRACE_MS ? { live: false, why: "its content cannot be read" } : { live: true, why: "" };
  }
  if (holder.hostname !== hostname()) return { live: true, why: "" };
  const bootId = probe.bootId();
  if (holder.boot_id && bootId && holder.boot_id !== bootId) {
    return { live: false, why: "the server has restarted since" };
  }
  if (!probe.isAlive(holder.pid)) return { live: false, why: "that process is no longer running" };
  if (holder.process_start) {
    const start = probe.startOf(holder.pid);
    if (start !== void 0 && start !== holder.process_start) {
      return { live: false, why: `pid ${holder.pid} is now another process` };
    }
    return { live: true, why: "" };
  }
  const bootTime = probe.bootTimeMs();
  if (bootTime !== void 0 && lock.mtimeMs < bootTime) return { live: false, why: "the server has restarted since" };
  return { live: true, why: "" };
}
async function acquireLockFile(file, options) {
  const probe = { ...systemProbe, ...options.probe };
  const mine = {
    pid: process.pid,
    started_at: options.now.toISOString(),
    hostname: hostname(),
    ...optional("boot_id", probe.bootId()),
    ...optional("process_start", probe.startOf(process.pid))
  };
  const content = `${JSON.stringify(mine)}
`;
  const staging = `${file}.${process.pid}.${Date.now()}.tmp`;
  const waitMs = options.waitMs ?? 0;
  const progressMs = options.progressMs ?? 5e3;
  const began = Date.now();
  let nextProgress = 0;
  await writeFile2(staging, content, { mode: 384 });
  try {
    for (let clearings = 0; clearings < 100; ) {
      try {
        await link(staging, file);
        return () => releaseLock(file, content);
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      const seen = await readLock(file);
      if (seen === void 0) {
        clearings++;
        continue;
      }
      const holder = parseHolder(seen.text);
      const verdict = judgeHolder(holder, seen, /* @__PURE__ */ new Date(), probe);
      if (!verdict.live) {
        clearings++;
        if (await removeIfUnchanged(file, seen.text)) options.recovered?.(holder, verdict.why);
        continue;
      }
      const waited = Date.now() - began;
      if (waited >= waitMs) throw options.busy(holder);
      if (waited >= nextProgress) {
        options.waiting?.(holder, waited);
        nextProgress = waited + progressMs;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs ?? 200, waitMs - waited)));
    }
    throw options.busy(void 0);
  } finally {
    await rm2(staging, { force: true });
  }
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
async function inspectLockFile(file, now, probe) {
  const seen = await readLock(file);
  if (!seen) return void 0;
  const holder = parseHolder(seen.text);
  return { holder, mtimeMs: seen.mtimeMs, verdict: judgeHolder(holder, seen, now, { ...systemProbe, ...probe }) };
}
function lockScratchPid(lockFile, name) {
  const base = path3.basename(lockFile);
  if (!name.startsWith(`${base}.`)) return void 0;
  const match = /^(?:(\d+)\.\d+\.tmp|stale\.(\d+))$/.exec(name.slice(base.length + 1));
  return match ? Number(match[1] ?? match[2]) : void 0;
}
async function readLock(file) {
  try {
    const [text, info] = await Promise.all([readFile2(file, "utf8"), stat(file)]);
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
async function removeIfUnchanged(file, staleText) {
  const aside = `${file}.stale.${process.pid}`;
  try {
    await rename2(file, aside);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const moved = await readFile2(aside, "utf8");
  if (moved !== staleText) {
    await link(aside, file).catch(() => void 0);
    await rm2(aside, { force: true });
    return false;
  }
  await rm2(aside, { force: true });
  return true;
}
async function releaseLock(file, content) {
  try {
    if (await readFile2(file, "utf8") === content) await rm2(file, { force: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

// src/backup/lock.ts
var LockBusyError = class extends UserError {
};
async function acquireBackupLock(lockFile, options) {
  const { app, log } = options;
  const kind = options.kind ?? "backup";
  const waitMs = options.waitMs ?? 0;
  const howToSee = kind === "backup" ? `\`dokku pegasus:backups ${app}\` shows the lock` : `the lock is ${lockFile}`;
  return acquireLockFile(lockFile, {
    now: options.now,
    waitMs,
    progressMs: options.progressIntervalMs,
    probe: { ...options.probe, ...options.isAlive ? { isAlive: options.isAlive } : {} },
    busy: (holder) => new LockBusyError(
      waitMs > 0 ? `A ${kind} of ${app} is still running${describeHolder(holder)} after waiting ${formatWait(waitMs)}. Run this again when it has finished (${howToSee})` : `A ${kind} of ${app} is running${describeHolder(holder)}. Wait for it to finish and run this again (${howToSee})`
    ),
    recovered: (holder, why) => log.warn(
      holder ? `Recovered the ${kind} lock of ${app} left by pid ${holder.pid} (started ${holder.started_at}): ${why}` : `Recovered an unreadable ${kind} lock of ${app}`
    ),
    waiting: (holder, waitedMs) => options.progress?.write(
      `       Waiting for the running ${kind} of ${app}${describeHolder(holder)} to finish: ${formatWait(waitedMs)} so far, at most ${formatWait(waitMs)}
`
    )
  });
}
function describeHolder(holder) {
  return holder ? ` (pid ${holder.pid} on ${holder.hostname} since ${holder.started_at})` : "";
}
function formatWait(ms) {
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes}m ${seconds % 60}s` : `${minutes}m`;
  return minutes % 60 ? `${Math.floor(minutes / 60)}h ${minutes % 60}m` : `${Math.floor(minutes / 60)}h`;
}

// src/backup/store.ts
import { chmod, mkdir as mkdir2, open, readdir as readdir2, readFile as readFile3, rename as rename3, rm as rm3, stat as stat2 } from "node:fs/promises";
import path4 from "node:path";
function backupPaths(dataDir, app) {
  return backupPathsAt(path4.join(dataDir, app));
}
function backupPathsAt(appDir) {
  const dir = path4.join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: path4.join(dir, ".lock"),
    lastScheduled: path4.join(appDir, "last-scheduled.json"),
    dump: (id) => path4.join(dir, `${id}.dump`),
    manifest: (id) => path4.join(dir, `${id}.json`),
    partial: (id) => path4.join(dir, `.${id}.dump.partial`),
    offsite: (id) => path4.join(dir, `${id}.offsite.json`),
    lastOffsite: path4.join(appDir, "last-offsite.json")
  };
}
async function ensureBackupDir(paths) {
  await mkdir2(paths.appDir, { recursive: true, mode: 493 });
  await mkdir2(paths.dir, { recursive: true, mode: 448 });
  const { mode } = await stat2(paths.dir);
  if ((mode & 511) !== 448) await chmod(paths.dir, 448);
}
async function listBackups(paths) {
  const names = await readBackupDir(paths);
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
async function readBackupDir(paths) {
  try {
    return await readdir2(paths.dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(paths.dir, error, "the backups directory", `Check its owner and mode (dokku, 0700): \`ls -ld ${paths.dir}\``);
  }
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
  for (const file of filesOfBackup(paths, id)) {
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
  const dir = path4.dirname(file);
  const temporary = path4.join(dir, `.${path4.basename(file)}.${process.pid}.tmp`);
  try {
    await explainDiskFull({ dir, what: path4.basename(file), needed: smallFileNeeds(content) }, async () => {
      const handle = await open(temporary, "w", 384);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename3(temporary, file);
    });
  } catch (error) {
    await rm3(temporary, { force: true }).catch(() => void 0);
    throw error;
  }
  await syncDirectory(dir);
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
  return [paths.manifest(id), paths.dump(id), paths.partial(id), paths.offsite(id)];
}
async function deleteBackup(paths, id) {
  for (const file of filesOfBackup(paths, id)) await rm3(file, { force: true });
}
var ID_PREFIX = /^\d{8}T\d{6}Z-(?:[0-9a-f]{7}|none)/;
var TEMPORARY = /^\.(.+)\.(\d+)\.tmp$/;
async function findLeftovers(paths, listed, options) {
  const isAlive = options.isAlive ?? processIsAlive;
  const names = await readBackupDir(paths);
  const listedIds = new Set(listed.map((record) => record.id));
  const leftovers = [];
  for (const name of names.sort()) {
    const file = path4.join(paths.dir, name);
    const lockPid = lockScratchPid(paths.lock, name);
    if (lockPid !== void 0) {
      if (!isAlive(lockPid)) {
        leftovers.push({ file, why: `a scratch file of the lock, left by pid ${lockPid}, which is gone`, removable: true });
      }
      continue;
    }
    const temporary = TEMPORARY.exec(name);
    const base = temporary ? temporary[1] : name;
    const id = ID_PREFIX.exec(base.replace(/^\./, ""))?.[0];
    if (!id || !filesOfBackup(paths, id).some((owned) => path4.basename(owned) === base)) continue;
    if (temporary) {
      const pid = Number(temporary[2]);
      if (!isAlive(pid)) leftovers.push({ file, id, why: `a write by pid ${pid} that never finished`, removable: true });
    } else if (file === paths.partial(id)) {
      if (!options.backupRunning) leftovers.push({ file, id, why: "the partial dump of an interrupted backup", removable: true });
    } else if (!listedIds.has(id) && !options.backupRunning) {
      const sealed = names.includes(path4.basename(paths.manifest(id)));
      leftovers.push({ file, id, why: unlistedReason(names, paths, id), removable: !sealed });
    }
  }
  return leftovers;
}
function unlistedReason(names, paths, id) {
  const has = (file) => names.includes(path4.basename(file));
  if (!has(paths.manifest(id))) return `backup ${id} has no manifest (interrupted before it was written), so it was never listed`;
  if (!has(paths.dump(id))) return `backup ${id} has no dump, so it is not listed`;
  return `backup ${id} is not listed: its manifest does not vouch for its dump`;
}
async function removeLeftovers(paths, listed, log, isAlive) {
  const found = await findLeftovers(paths, listed, { backupRunning: false, isAlive });
  const leftovers = found.filter((leftover) => leftover.removable);
  for (const leftover of leftovers) {
    await rm3(leftover.file, { force: true });
    log.warn(`Removed ${leftover.file}: ${leftover.why}`);
  }
  return leftovers;
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
    throw unreadableState(file, error, `the pegasus state file ${path4.basename(file)}`, `Remove it with \`rm -r ${file}\``);
  }
}

// src/backup/offsite/state.ts
import { chmod as chmod2, mkdir as mkdir3, readFile as readFile4 } from "node:fs/promises";
import path5 from "node:path";
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
  return target === GLOBAL ? path5.join(context.paths.dataDir, ".offsite-credentials.env") : path5.join(backupPaths(context.paths.dataDir, target).appDir, "offsite-credentials.env");
}
async function writeCredentials(context, target, credentials) {
  const file = credentialsFile(context, target);
  await mkdir3(path5.dirname(file), { recursive: true, mode: 493 });
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
    "offsite-pending": on ? String(planOffsitePush(records, (record) => Boolean(record.offsite), [], reportKeep(values)).upload.length) : ""
  };
}
function reportKeep(values) {
  const keep = Number(values["offsite-keep"] || DEFAULT_OFFSITE_KEEP);
  return Number.isSafeInteger(keep) ? keep : DEFAULT_OFFSITE_KEEP;
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
  isDiskFull,
  diskFullInDokkuMessage,
  diskFullError,
  explainDiskFull,
  smallFileNeeds,
  require_main,
  parseOffsiteUrl,
  validateEndpoint,
  validateRecipients,
  validateRegion,
  validateBoolean,
  validateKeep,
  resolveOffsiteConfig,
  appPrefix,
  dumpObjectName,
  otherDumpObjectName,
  manifestObjectName,
  objectUrl,
  groupBucketObjects,
  planOffsitePush,
  parseCredentials,
  keyIdHint,
  parseIdentities,
  GLOBAL,
  PropertyStore,
  isMissing,
  unreadableState,
  inspectLockFile,
  LockBusyError,
  acquireBackupLock,
  formatWait,
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
  findLeftovers,
  removeLeftovers,
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
