var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// pegasus-lazy-builtin:node:crypto
var require_node_crypto = __commonJS({
  "pegasus-lazy-builtin:node:crypto"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "Certificate": { enumerable: true, get: () => require("node:crypto")["Certificate"] },
      "Cipher": { enumerable: true, get: () => require("node:crypto")["Cipher"] },
      "Cipheriv": { enumerable: true, get: () => require("node:crypto")["Cipheriv"] },
      "Decipher": { enumerable: true, get: () => require("node:crypto")["Decipher"] },
      "Decipheriv": { enumerable: true, get: () => require("node:crypto")["Decipheriv"] },
      "DiffieHellman": { enumerable: true, get: () => require("node:crypto")["DiffieHellman"] },
      "DiffieHellmanGroup": { enumerable: true, get: () => require("node:crypto")["DiffieHellmanGroup"] },
      "ECDH": { enumerable: true, get: () => require("node:crypto")["ECDH"] },
      "Hash": { enumerable: true, get: () => require("node:crypto")["Hash"] },
      "Hmac": { enumerable: true, get: () => require("node:crypto")["Hmac"] },
      "KeyObject": { enumerable: true, get: () => require("node:crypto")["KeyObject"] },
      "Sign": { enumerable: true, get: () => require("node:crypto")["Sign"] },
      "Verify": { enumerable: true, get: () => require("node:crypto")["Verify"] },
      "X509Certificate": { enumerable: true, get: () => require("node:crypto")["X509Certificate"] },
      "checkPrime": { enumerable: true, get: () => require("node:crypto")["checkPrime"] },
      "checkPrimeSync": { enumerable: true, get: () => require("node:crypto")["checkPrimeSync"] },
      "constants": { enumerable: true, get: () => require("node:crypto")["constants"] },
      "createCipheriv": { enumerable: true, get: () => require("node:crypto")["createCipheriv"] },
      "createDecipheriv": { enumerable: true, get: () => require("node:crypto")["createDecipheriv"] },
      "createDiffieHellman": { enumerable: true, get: () => require("node:crypto")["createDiffieHellman"] },
      "createDiffieHellmanGroup": { enumerable: true, get: () => require("node:crypto")["createDiffieHellmanGroup"] },
      "createECDH": { enumerable: true, get: () => require("node:crypto")["createECDH"] },
      "createHash": { enumerable: true, get: () => require("node:crypto")["createHash"] },
      "createHmac": { enumerable: true, get: () => require("node:crypto")["createHmac"] },
      "createPrivateKey": { enumerable: true, get: () => require("node:crypto")["createPrivateKey"] },
      "createPublicKey": { enumerable: true, get: () => require("node:crypto")["createPublicKey"] },
      "createSecretKey": { enumerable: true, get: () => require("node:crypto")["createSecretKey"] },
      "createSign": { enumerable: true, get: () => require("node:crypto")["createSign"] },
      "createVerify": { enumerable: true, get: () => require("node:crypto")["createVerify"] },
      "diffieHellman": { enumerable: true, get: () => require("node:crypto")["diffieHellman"] },
      "generateKey": { enumerable: true, get: () => require("node:crypto")["generateKey"] },
      "generateKeyPair": { enumerable: true, get: () => require("node:crypto")["generateKeyPair"] },
      "generateKeyPairSync": { enumerable: true, get: () => require("node:crypto")["generateKeyPairSync"] },
      "generateKeySync": { enumerable: true, get: () => require("node:crypto")["generateKeySync"] },
      "generatePrime": { enumerable: true, get: () => require("node:crypto")["generatePrime"] },
      "generatePrimeSync": { enumerable: true, get: () => require("node:crypto")["generatePrimeSync"] },
      "getCipherInfo": { enumerable: true, get: () => require("node:crypto")["getCipherInfo"] },
      "getCiphers": { enumerable: true, get: () => require("node:crypto")["getCiphers"] },
      "getCurves": { enumerable: true, get: () => require("node:crypto")["getCurves"] },
      "getDiffieHellman": { enumerable: true, get: () => require("node:crypto")["getDiffieHellman"] },
      "getFips": { enumerable: true, get: () => require("node:crypto")["getFips"] },
      "getHashes": { enumerable: true, get: () => require("node:crypto")["getHashes"] },
      "getRandomValues": { enumerable: true, get: () => require("node:crypto")["getRandomValues"] },
      "hkdf": { enumerable: true, get: () => require("node:crypto")["hkdf"] },
      "hkdfSync": { enumerable: true, get: () => require("node:crypto")["hkdfSync"] },
      "pbkdf2": { enumerable: true, get: () => require("node:crypto")["pbkdf2"] },
      "pbkdf2Sync": { enumerable: true, get: () => require("node:crypto")["pbkdf2Sync"] },
      "privateDecrypt": { enumerable: true, get: () => require("node:crypto")["privateDecrypt"] },
      "privateEncrypt": { enumerable: true, get: () => require("node:crypto")["privateEncrypt"] },
      "publicDecrypt": { enumerable: true, get: () => require("node:crypto")["publicDecrypt"] },
      "publicEncrypt": { enumerable: true, get: () => require("node:crypto")["publicEncrypt"] },
      "randomBytes": { enumerable: true, get: () => require("node:crypto")["randomBytes"] },
      "randomFill": { enumerable: true, get: () => require("node:crypto")["randomFill"] },
      "randomFillSync": { enumerable: true, get: () => require("node:crypto")["randomFillSync"] },
      "randomInt": { enumerable: true, get: () => require("node:crypto")["randomInt"] },
      "randomUUID": { enumerable: true, get: () => require("node:crypto")["randomUUID"] },
      "scrypt": { enumerable: true, get: () => require("node:crypto")["scrypt"] },
      "scryptSync": { enumerable: true, get: () => require("node:crypto")["scryptSync"] },
      "secureHeapUsed": { enumerable: true, get: () => require("node:crypto")["secureHeapUsed"] },
      "setEngine": { enumerable: true, get: () => require("node:crypto")["setEngine"] },
      "setFips": { enumerable: true, get: () => require("node:crypto")["setFips"] },
      "sign": { enumerable: true, get: () => require("node:crypto")["sign"] },
      "subtle": { enumerable: true, get: () => require("node:crypto")["subtle"] },
      "timingSafeEqual": { enumerable: true, get: () => require("node:crypto")["timingSafeEqual"] },
      "verify": { enumerable: true, get: () => require("node:crypto")["verify"] },
      "webcrypto": { enumerable: true, get: () => require("node:crypto")["webcrypto"] }
    });
  }
});

// pegasus-lazy-builtin:node:fs/promises
var require_promises = __commonJS({
  "pegasus-lazy-builtin:node:fs/promises"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "access": { enumerable: true, get: () => require("node:fs/promises")["access"] },
      "appendFile": { enumerable: true, get: () => require("node:fs/promises")["appendFile"] },
      "chmod": { enumerable: true, get: () => require("node:fs/promises")["chmod"] },
      "chown": { enumerable: true, get: () => require("node:fs/promises")["chown"] },
      "constants": { enumerable: true, get: () => require("node:fs/promises")["constants"] },
      "copyFile": { enumerable: true, get: () => require("node:fs/promises")["copyFile"] },
      "cp": { enumerable: true, get: () => require("node:fs/promises")["cp"] },
      "lchmod": { enumerable: true, get: () => require("node:fs/promises")["lchmod"] },
      "lchown": { enumerable: true, get: () => require("node:fs/promises")["lchown"] },
      "link": { enumerable: true, get: () => require("node:fs/promises")["link"] },
      "lstat": { enumerable: true, get: () => require("node:fs/promises")["lstat"] },
      "lutimes": { enumerable: true, get: () => require("node:fs/promises")["lutimes"] },
      "mkdir": { enumerable: true, get: () => require("node:fs/promises")["mkdir"] },
      "mkdtemp": { enumerable: true, get: () => require("node:fs/promises")["mkdtemp"] },
      "open": { enumerable: true, get: () => require("node:fs/promises")["open"] },
      "opendir": { enumerable: true, get: () => require("node:fs/promises")["opendir"] },
      "readFile": { enumerable: true, get: () => require("node:fs/promises")["readFile"] },
      "readdir": { enumerable: true, get: () => require("node:fs/promises")["readdir"] },
      "readlink": { enumerable: true, get: () => require("node:fs/promises")["readlink"] },
      "realpath": { enumerable: true, get: () => require("node:fs/promises")["realpath"] },
      "rename": { enumerable: true, get: () => require("node:fs/promises")["rename"] },
      "rm": { enumerable: true, get: () => require("node:fs/promises")["rm"] },
      "rmdir": { enumerable: true, get: () => require("node:fs/promises")["rmdir"] },
      "stat": { enumerable: true, get: () => require("node:fs/promises")["stat"] },
      "statfs": { enumerable: true, get: () => require("node:fs/promises")["statfs"] },
      "symlink": { enumerable: true, get: () => require("node:fs/promises")["symlink"] },
      "truncate": { enumerable: true, get: () => require("node:fs/promises")["truncate"] },
      "unlink": { enumerable: true, get: () => require("node:fs/promises")["unlink"] },
      "utimes": { enumerable: true, get: () => require("node:fs/promises")["utimes"] },
      "watch": { enumerable: true, get: () => require("node:fs/promises")["watch"] },
      "writeFile": { enumerable: true, get: () => require("node:fs/promises")["writeFile"] }
    });
  }
});

// src/triggers/post-app-rename-setup.ts
var post_app_rename_setup_exports = {};
__export(post_app_rename_setup_exports, {
  postAppRenameSetup: () => postAppRenameSetup
});

// src/errors.ts
var ExitCode = {
  ok: 0,
  userError: 1,
  notImplemented: 10,
  appMissing: 20
};
var UserError = class extends Error {
  constructor(message, exitCode = ExitCode.userError) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
};
var HelpRequested = class extends Error {
  constructor(text) {
    super("help requested");
    this.text = text;
    this.name = "HelpRequested";
  }
};
var AppMissingError = class extends UserError {
  constructor(app) {
    super(`App ${app} does not exist`, ExitCode.appMissing);
    this.app = app;
    this.name = "AppMissingError";
  }
};
var DokkuCommandError = class extends UserError {
  constructor(command, dokkuExitCode, dokkuMessage2) {
    super(
      `${describeCommand(command)} failed (exit ${dokkuExitCode})${dokkuMessage2 ? `: ${dokkuMessage2}` : ""}`,
      dokkuExitCode === ExitCode.appMissing ? ExitCode.appMissing : ExitCode.userError
    );
    this.command = command;
    this.dokkuExitCode = dokkuExitCode;
    this.dokkuMessage = dokkuMessage2;
    this.name = "DokkuCommandError";
  }
};
function describeCommand(command) {
  return command.startsWith("plugn:") ? `plugn trigger ${command.slice("plugn:".length)}` : `dokku ${command}`;
}

// src/core/app-name.ts
var LEGACY_LOOKUP_RULE = /^[a-z0-9][a-z0-9._-]*$/;
function isValidAppName(name) {
  return LEGACY_LOOKUP_RULE.test(name);
}

// src/core/setup-options.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var EMAIL_RULE = /^[^\s@,;"'<>()\\]+@[^\s@,;"'<>()\\]+\.[^\s@,;"'<>()\\]+$/;
function isEmailAddress(value) {
  return value.length <= 254 && EMAIL_RULE.test(value);
}

// src/backup/id.ts
function compactUtc(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
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

// src/backup/offsite/config.ts
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

// src/core/settings.ts
var SERVICE_NAME = /^[A-Za-z0-9_-]+$/;
var SETTINGS = [
  {
    key: "postgres-service",
    description: "the Postgres service backed up for this app (default: the one linked to it)",
    fallback: "",
    global: false,
    // A clone starts linked to the original's database and is given its own later: the setting
    // would keep pointing its backups and restores at the original's. A rename keeps its
    // database (dokku-postgres moves the link), so it keeps the setting.
    notCarriedBy: ["apps:clone"],
    validate: (value) => {
      if (!SERVICE_NAME.test(value)) {
        throw new UserError(`postgres-service must be a service name ([A-Za-z0-9_-]+), got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-keep",
    description: "how many backups to keep per app; 0 keeps all (default 10)",
    fallback: "10",
    global: true,
    validate: (value) => {
      if (!/^\d{1,5}$/.test(value)) {
        throw new UserError(`backup-keep must be a whole number from 0 to 99999, got ${JSON.stringify(value)}`);
      }
      return String(Number(value));
    }
  },
  {
    key: "backup-on-deploy",
    description: "back up the database before each deploy's migrations; true or false (default true)",
    fallback: "true",
    global: true,
    validate: (value) => {
      if (value !== "true" && value !== "false") {
        throw new UserError(`backup-on-deploy must be true or false, got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-media",
    description: "also archive the app's mounted storage (media) with every backup; true or false (default false)",
    fallback: "false",
    global: true,
    validate: (value) => {
      if (value !== "true" && value !== "false") {
        throw new UserError(`backup-media must be true or false, got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-skip-next",
    description: "true lets the next deploy pass the backup gate once (the gate then unsets it)",
    fallback: "",
    global: false,
    // Meant for one deploy of the app it was set on: never for a clone's first deploy, nor for
    // the rebuild apps:rename runs.
    notCarriedBy: ["apps:clone", "apps:rename"],
    validate: (value) => {
      if (value !== "true") {
        throw new UserError(`backup-skip-next can only be set to true (unset it with no value), got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-lock-wait",
    description: "seconds a deploy waits for a running backup of the app before it gives up (default 900)",
    fallback: "900",
    global: true,
    validate: (value) => {
      if (!/^\d{1,6}$/.test(value)) {
        throw new UserError(`backup-lock-wait must be a whole number of seconds from 0 to 999999, got ${JSON.stringify(value)}`);
      }
      return String(Number(value));
    }
  },
  {
    key: "letsencrypt-email",
    description: "the email pegasus:setup gives Let's Encrypt when --letsencrypt-email is absent",
    fallback: "",
    global: true,
    validate: (value) => {
      if (!isEmailAddress(value)) throw new UserError(`letsencrypt-email must be an email address, got ${JSON.stringify(value)}`);
      return value;
    }
  },
  {
    key: "offsite-url",
    description: "s3://BUCKET/PREFIX: an encrypted copy of every backup goes there (empty: off)",
    fallback: "",
    global: true,
    validate: (value) => {
      parseOffsiteUrl(value);
      return value.replace(/\/+$/, "");
    }
  },
  {
    key: "offsite-endpoint",
    description: "https://\u2026 of an S3-compatible store (Hetzner, B2, R2, MinIO; empty: AWS)",
    fallback: "",
    global: true,
    validate: validateEndpoint
  },
  {
    key: "offsite-region",
    description: "the store's region (default us-east-1)",
    fallback: "us-east-1",
    global: true,
    validate: validateRegion
  },
  {
    key: "offsite-path-style",
    description: "true for stores that need path-style URLs (MinIO, most self-hosted; default false)",
    fallback: "false",
    global: true,
    validate: (value) => validateBoolean("offsite-path-style", value)
  },
  {
    key: "offsite-recipient",
    description: "age public keys (age1\u2026, space separated) copies are encrypted to; none uploads unencrypted",
    fallback: "",
    global: true,
    validate: validateRecipients
  },
  {
    key: "offsite-keep",
    description: "how many off-site copies to keep per app; 0 keeps all (default 30)",
    fallback: "30",
    global: true,
    validate: validateKeep
  },
  {
    key: "offsite-required",
    description: "true makes a failed off-site copy stop the deploy too (default false)",
    fallback: "false",
    global: true,
    validate: (value) => validateBoolean("offsite-required", value)
  }
];
function settingsNotCarriedBy(command) {
  return SETTINGS.filter((setting) => setting.notCarriedBy?.includes(command)).map((setting) => setting.key);
}

// src/io/app-data.ts
var import_promises4 = __toESM(require_promises(), 1);
var import_node_path4 = __toESM(require("node:path"), 1);

// src/io/properties.ts
var import_promises3 = __toESM(require_promises(), 1);
var import_node_path3 = __toESM(require("node:path"), 1);

// src/io/disk-full.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require("node:path"), 1);
function isDiskFull(error) {
  const code = error?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}
async function freeBytes(dir, probe = import_promises.statfs) {
  for (let current = dir; ; current = import_node_path.default.dirname(current)) {
    try {
      const stats = await probe(current);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      if (import_node_path.default.dirname(current) === current) return void 0;
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

// src/io/temporary-files.ts
var import_promises2 = __toESM(require_promises(), 1);
var import_node_path2 = __toESM(require("node:path"), 1);

// src/io/processes.ts
var import_node_fs = require("node:fs");
function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === "EPERM";
  }
  return !isZombie(pid);
}
function isZombie(pid) {
  const stat2 = readProc(`/proc/${pid}/stat`);
  return stat2 !== void 0 && stat2.slice(stat2.lastIndexOf(")") + 2).startsWith("Z");
}
function readProc(file) {
  try {
    return (0, import_node_fs.readFileSync)(file, "utf8");
  } catch {
    return void 0;
  }
}

// src/io/temporary-files.ts
function temporaryName(file) {
  return import_node_path2.default.join(import_node_path2.default.dirname(file), `.${import_node_path2.default.basename(file)}.${process.pid}.tmp`);
}
async function removeDeadTemporaries(file, isAlive = processIsAlive) {
  const dir = import_node_path2.default.dirname(file);
  const prefix = `.${import_node_path2.default.basename(file)}.`;
  let names;
  try {
    names = await (0, import_promises2.readdir)(dir);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = name.slice(prefix.length, -".tmp".length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    await (0, import_promises2.rm)(import_node_path2.default.join(dir, name), { force: true });
    removed.push(import_node_path2.default.join(dir, name));
  }
  return removed;
}

// src/io/properties.ts
var GLOBAL = "--global";
var PropertyStore = class {
  constructor(root) {
    this.root = root;
  }
  file(app, key) {
    return import_node_path3.default.join(this.root, app, key);
  }
  async get(app, key) {
    const file = this.file(app, key);
    try {
      return await (0, import_promises3.readFile)(file, "utf8");
    } catch (error) {
      if (isMissing(error)) return void 0;
      throw unreadableProperty(file, error, app, key);
    }
  }
  async set(app, key, value) {
    const dir = import_node_path3.default.join(this.root, app);
    const temporary = temporaryName(this.file(app, key));
    try {
      await explainDiskFull({ dir, what: `the pegasus property ${key}`, needed: smallFileNeeds(value) }, async () => {
        await (0, import_promises3.mkdir)(dir, { recursive: true, mode: 493 });
        await removeDeadTemporaries(this.file(app, key));
        await (0, import_promises3.writeFile)(temporary, value, { mode: 384 });
        await (0, import_promises3.rename)(temporary, this.file(app, key));
      });
    } catch (error) {
      await (0, import_promises3.rm)(temporary, { force: true }).catch(() => void 0);
      if (error instanceof UserError || !error.code) throw error;
      const file = this.file(app, key);
      throw unreadableState(file, error, `the pegasus property ${key} of ${app}`, `Remove what is there with \`rm -r ${file}\` and run this again`, "write");
    }
  }
  async delete(app, key) {
    await (0, import_promises3.rm)(this.file(app, key), { force: true });
  }
  async all(app) {
    let names;
    const dir = import_node_path3.default.join(this.root, app);
    try {
      names = await (0, import_promises3.readdir)(dir);
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
  /** Copies every property of `from` to `to` but the keys in `except` (apps:clone, apps:rename). */
  async clone(from, to, except = []) {
    const source = import_node_path3.default.join(this.root, from);
    try {
      await (0, import_promises3.cp)(source, import_node_path3.default.join(this.root, to), {
        recursive: true,
        force: true,
        filter: (file) => file === source || !except.includes(import_node_path3.default.basename(file))
      });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  async destroy(app) {
    await (0, import_promises3.rm)(import_node_path3.default.join(this.root, app), { recursive: true, force: true });
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
  const reason = code === "EISDIR" ? "it is a directory" : code === "ENOTDIR" ? "a part of its path is not a directory" : code === "EEXIST" ? "it or a part of its path is a file, not a directory" : code === "EACCES" || code === "EPERM" ? "permission denied (it should belong to the dokku user)" : code === "ELOOP" ? "it is a loop of symbolic links" : code === "ENOTREG" ? "it is not a regular file" : `${code ?? "error"}: ${error instanceof Error ? error.message : String(error)}`;
  return new UserError(`Cannot ${verb} ${what} (${file}): ${reason}. ${remedy}`);
}

// src/io/app-data.ts
function appDataDir(paths, app) {
  return import_node_path4.default.join(paths.dataDir, app);
}
function deletedAppDataRoot(paths, app) {
  return import_node_path4.default.join(paths.dataDir, ".deleted", app);
}
async function moveAppDataAside(paths, app, now) {
  const source = appDataDir(paths, app);
  try {
    await (0, import_promises4.stat)(source);
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw error;
  }
  const stamp = compactUtc(now);
  const target = import_node_path4.default.join(deletedAppDataRoot(paths, app), stamp);
  await (0, import_promises4.mkdir)(import_node_path4.default.dirname(target), { recursive: true, mode: 448 });
  try {
    await (0, import_promises4.rename)(source, target);
  } catch (error) {
    if (!isMissing(error)) throw error;
    await removeIfEmpty(deletedAppDataRoot(paths, app));
    await removeIfEmpty(import_node_path4.default.join(paths.dataDir, ".deleted"));
    return void 0;
  }
  return target;
}
async function removeIfEmpty(dir) {
  try {
    await (0, import_promises4.rmdir)(dir);
  } catch (error) {
    const code = error.code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "ENOENT") throw error;
  }
}
async function moveAppData(paths, from, to, now) {
  try {
    await moveAppDataAside(paths, to, now);
    await (0, import_promises4.rename)(appDataDir(paths, from), appDataDir(paths, to));
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

// src/triggers/post-app-rename-setup.ts
var postAppRenameSetup = {
  name: "post-app-rename-setup",
  async run([oldApp, newApp], context) {
    if (!oldApp || !newApp || !isValidAppName(oldApp) || !isValidAppName(newApp)) return;
    await new PropertyStore(context.paths.propertiesDir).clone(oldApp, newApp, settingsNotCarriedBy("apps:rename"));
    if (await moveAppData(context.paths, oldApp, newApp, context.now())) {
      context.log.verbose(`pegasus: backups and release history of ${oldApp} now belong to ${newApp}`);
    }
  }
};

// src/dokku/client.ts
var STRIPPED_ENV = [
  "DOKKU_APP_NAME",
  "DOKKU_QUIET_OUTPUT",
  "DOKKU_TRACE",
  "DOKKU_APPS_FORCE_DELETE",
  "DOKKU_GLOBAL_FLAGS"
];
var DokkuClient = class {
  constructor(options) {
    this.options = options;
    const env = { ...options.env };
    for (const name of STRIPPED_ENV) delete env[name];
    this.childEnv = env;
  }
  calls = [];
  childEnv;
  get mutatingCalls() {
    return this.calls.filter((call) => call.mutating).length;
  }
  /** Runs `dokku [--quiet] <args>`; throws DokkuCommandError unless the exit code is accepted. */
  async run(args, options) {
    const argv = options.quiet ? ["--quiet", ...args] : [...args];
    const shown = showArgs(args, options.redactFrom);
    this.options.trace?.(`dokku ${shown.join(" ")}`);
    const result = await this.options.runner.run(this.options.bin, argv, {
      env: this.childEnv,
      input: options.input,
      inputFile: options.inputFile
    });
    this.record(args, shown, options.mutating, result.exitCode);
    this.check(args, result.exitCode, result.stderr, result.stdout, options.okExitCodes);
    return result;
  }
  /**
   * Runs `plugn trigger <name> <args…>` directly, as Dokku's Go core does (CallPlugnTrigger sits
   * on CallExecCommand): unlike `dokku plugin:trigger`, which the dokku script refuses to anyone
   * but root, it runs as whoever we are (the dokku user inside a subcommand or trigger). Same
   * runner and stripped environment as `run`; recorded as command `plugn:<name>`.
   */
  async trigger(name, args, options) {
    const argv = ["trigger", name, ...args];
    const shown = showArgs(argv, options.redactFrom === void 0 ? void 0 : options.redactFrom + 1);
    this.options.trace?.(`plugn ${shown.join(" ")}`);
    const result = await this.options.runner.run(this.options.plugnBin ?? "plugn", argv, {
      env: this.childEnv,
      input: options.input,
      inputFile: options.inputFile
    });
    this.calls.push({ command: `plugn:${name}`, shownArgs: shown, mutating: options.mutating, exitCode: result.exitCode });
    this.check([`plugn:${name}`], result.exitCode, result.stderr, result.stdout, options.okExitCodes);
    return result;
  }
  /** Runs a dokku command whose stdout is streamed to `consumeStdout` (e.g. postgres:export). */
  async stream(args, options) {
    const argv = options.quiet ? ["--quiet", ...args] : [...args];
    const shown = showArgs(args, options.redactFrom);
    this.options.trace?.(`dokku ${shown.join(" ")}`);
    const result = await this.options.runner.stream(this.options.bin, argv, {
      env: this.childEnv,
      input: options.input,
      consumeStdout: options.consumeStdout
    });
    this.record(args, shown, options.mutating, result.exitCode);
    return result;
  }
  record(args, shownArgs, mutating, exitCode) {
    this.calls.push({ command: args[0] ?? "", shownArgs, mutating, exitCode });
  }
  check(args, exitCode, stderr, stdout, okExitCodes = []) {
    if (exitCode === ExitCode.ok || okExitCodes.includes(exitCode)) return;
    const command = args[0] ?? "";
    const message = dokkuMessage(stderr, stdout);
    if (exitCode === ExitCode.appMissing && /^App .* does not exist$/m.test(message)) {
      const app = /^App (\S+) does not exist$/m.exec(message)?.[1] ?? "";
      throw new AppMissingError(app);
    }
    throw new DokkuCommandError(command, exitCode, message);
  }
};
function showArgs(args, redactFrom) {
  if (redactFrom === void 0) return [...args];
  return args.map((arg, index) => index >= redactFrom ? redact(arg) : arg);
}
function redact(arg) {
  const eq = arg.indexOf("=");
  return eq > 0 ? `${arg.slice(0, eq)}=<redacted>` : "<redacted>";
}
function dokkuMessage(stderr, stdout) {
  const marked = (text) => text.split("\n").filter((line) => line.startsWith(" !     ")).map((line) => line.slice(7).trim());
  const lines = [...marked(stderr), ...marked(stdout)];
  const chosen = lines.length > 0 ? lines : stderr.trim().split("\n").filter(Boolean).slice(-3);
  return chosen.map(redactDokkuLine).join("; ");
}
function redactDokkuLine(line) {
  return line.replace(/(unexpected character ).*?( in variable name near ).*$/, "$1<redacted>$2<redacted>").replace(/ near .*$/, " near <redacted>").replace(/(unterminated quoted value).*$/, "$1 <redacted>");
}

// src/main.ts
var import_node_path6 = __toESM(require("node:path"), 1);

// src/io/log.ts
function createLog(options) {
  const info = options.dataOnStdout ? options.stderr : options.stdout;
  const lines = (prefix, message) => message.split("\n").map((line) => `${prefix}${line}
`).join("");
  const say = (prefix) => (message) => {
    if (!options.quiet) info.write(lines(prefix, message));
  };
  return {
    info1: say("-----> "),
    info2: say("=====> "),
    verbose: say("       "),
    warn: (message) => options.stderr.write(lines(" !     ", message)),
    fail: (message) => options.stderr.write(lines(" !     ", message)),
    trace: (message) => {
      if (options.trace) options.stderr.write(lines("+ pegasus: ", message));
    }
  };
}

// src/io/runner.ts
var loadExeca = async () => (await Promise.resolve().then(() => __toESM(require("../vendor/execa.cjs"), 1))).execa;
var execaRunner = {
  async run(command, args, options) {
    const execa = await loadExeca();
    const result = await execa(command, [...args], {
      env: options.env,
      extendEnv: false,
      input: options.input,
      inputFile: options.inputFile,
      stdin: options.input === void 0 && options.inputFile === void 0 ? "ignore" : void 0,
      reject: false,
      stripFinalNewline: false,
      encoding: "utf8"
    });
    return {
      exitCode: result.exitCode ?? 1,
      stdout: String(result.stdout ?? ""),
      stderr: String(result.stderr ?? "")
    };
  },
  async stream(command, args, options) {
    const execa = await loadExeca();
    const child = execa(command, [...args], {
      env: options.env,
      extendEnv: false,
      input: options.input,
      stdin: options.input === void 0 ? "ignore" : void 0,
      reject: false,
      buffer: { stdout: false, stderr: true },
      encoding: "buffer"
    });
    const consumed = options.consumeStdout(child.stdout).catch(async (error) => {
      child.kill();
      await child;
      throw error;
    });
    const [result] = await Promise.all([child, consumed]);
    return {
      exitCode: result.exitCode ?? 1,
      signal: result.signal ?? void 0,
      stderr: Buffer.from(result.stderr ?? new Uint8Array()).toString("utf8")
    };
  }
};

// src/io/standard-output.ts
var import_node_fs2 = require("node:fs");
function standardOutput(fd, open) {
  let stream;
  let broken;
  let failure;
  const opened = () => {
    if (stream) return stream;
    stream = open();
    stream.on("error", (error) => {
      if (error.code !== "EPIPE") failure ??= error;
      broken = error;
    });
    return stream;
  };
  const listen = (method, event, listener) => {
    if (event === "error" && broken) {
      const earlier = broken;
      queueMicrotask(() => listener(earlier));
      if (method === "once") return;
    }
    opened()[method](event, listener);
  };
  const writeDirect = (chunk) => {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let written = 0;
    try {
      while (written < bytes.length) written += (0, import_node_fs2.writeSync)(fd, bytes, written, bytes.length - written);
      return true;
    } catch (error) {
      const code = error.code;
      if (code === "EPIPE") {
        broken = error;
        return false;
      }
      if (code === "EAGAIN") return opened().write(bytes.subarray(written));
      failure ??= error;
      broken = failure;
      return false;
    }
  };
  return {
    get failure() {
      return failure;
    },
    get isTTY() {
      return opened().isTTY === true;
    },
    write(chunk) {
      if (broken) return false;
      return stream ? stream.write(chunk) : writeDirect(chunk);
    },
    on: (event, listener) => listen("on", event, listener),
    once: (event, listener) => listen("once", event, listener),
    off: (event, listener) => void opened().off(event, listener)
  };
}

// src/paths.ts
var import_node_path5 = __toESM(require("node:path"), 1);
var PLUGIN_NAME = "pegasus";
function dokkuPaths(env) {
  const dokkuRoot = env.DOKKU_ROOT || "/home/dokku";
  const libRoot = env.DOKKU_LIB_ROOT || env.DOKKU_LIB_PATH || "/var/lib/dokku";
  const pluginPath = env.PLUGIN_PATH || import_node_path5.default.join(libRoot, "plugins");
  return {
    dokkuRoot,
    libRoot,
    dataDir: import_node_path5.default.join(libRoot, "data", PLUGIN_NAME),
    propertiesDir: import_node_path5.default.join(libRoot, "config", PLUGIN_NAME),
    pluginAvailablePath: env.PLUGIN_AVAILABLE_PATH || import_node_path5.default.join(pluginPath, "available"),
    pluginEnabledPath: env.PLUGIN_ENABLED_PATH || import_node_path5.default.join(pluginPath, "enabled")
  };
}

// src/main.ts
async function startTrigger(module2, name) {
  const trigger = commandIn(module2, name);
  process.exitCode = await main(process.argv.slice(4), process.env, (rest, _env, makeContext) => trigger.run(rest, makeContext(false)));
}
function commandIn(module2, name) {
  const command = Object.values(module2).find(
    (value) => typeof value === "object" && value !== null && value.name === name && typeof value.run === "function"
  );
  if (!command) throw new Error(`pegasus: the module of ${name} exports no command named ${name}`);
  return command;
}
async function main(rest, env, run) {
  const stdout = standardOutput(1, () => process.stdout);
  const stderr = standardOutput(2, () => process.stderr);
  const trace = Boolean(env.DOKKU_TRACE);
  const makeContext = (dataOnStdout) => {
    const log = createLog({
      stdout,
      stderr,
      dataOnStdout,
      quiet: Boolean(env.DOKKU_QUIET_OUTPUT),
      trace
    });
    return {
      dokku: new DokkuClient({
        runner: execaRunner,
        bin: env.PEGASUS_DOKKU_BIN || "dokku",
        env,
        trace: log.trace
      }),
      runner: execaRunner,
      log,
      stdout,
      stderr,
      stdin: () => process.stdin,
      paths: dokkuPaths(env),
      env,
      now: () => /* @__PURE__ */ new Date()
    };
  };
  const exitCode = await runExplained(run, rest, env, makeContext, { stdout, stderr }, trace);
  for (const [name, output] of [["stdout", stdout], ["stderr", stderr]]) {
    if (!output.failure) continue;
    stderr.write(` !     pegasus: writing to ${name} failed (${output.failure.code ?? output.failure.message}): what it printed is incomplete. Free space where ${name} goes, or send it elsewhere
`);
    return exitCode === ExitCode.ok ? ExitCode.userError : exitCode;
  }
  return exitCode;
}
async function runExplained(run, rest, env, makeContext, { stdout, stderr }, trace) {
  try {
    return await run(rest, env, makeContext) ?? ExitCode.ok;
  } catch (error) {
    if (error instanceof HelpRequested) {
      stdout.write(error.text);
      return ExitCode.ok;
    }
    const explained = isDiskFull(error) ? await diskFullError(error, backstopWhere(error)) : error;
    if (explained instanceof UserError) {
      for (const line of explained.message.split("\n")) stderr.write(` !     ${line}
`);
      return explained.exitCode;
    }
    stderr.write(` !     pegasus: unexpected error: ${error instanceof Error ? error.message : String(error)}
`);
    if (trace && error instanceof Error && error.stack) stderr.write(`${error.stack}
`);
    stderr.write(" !     Please re-run with `dokku --trace` and report this as a bug.\n");
    return ExitCode.userError;
  }
}
function backstopWhere(error) {
  const file = error.path;
  return {
    dir: file ? import_node_path6.default.dirname(file) : dokkuPaths(process.env).dataDir,
    what: file ? import_node_path6.default.basename(file) : "a file of pegasus",
    needed: smallFileNeeds(""),
    neededBasis: "at least"
  };
}

// pegasus-entry:pegasus-entry:trigger/post-app-rename-setup
void startTrigger(post_app_rename_setup_exports, "post-app-rename-setup");
