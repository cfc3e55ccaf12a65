var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
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

// src/errors.ts
function describeCommand(command) {
  return command.startsWith("plugn:") ? `plugn trigger ${command.slice("plugn:".length)}` : `dokku ${command}`;
}
var ExitCode, UserError, HelpRequested, AppMissingError, DokkuCommandError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ExitCode = {
      ok: 0,
      userError: 1,
      notImplemented: 10,
      appMissing: 20
    };
    UserError = class extends Error {
      constructor(message, exitCode = ExitCode.userError) {
        super(message);
        this.exitCode = exitCode;
        this.name = "UserError";
      }
    };
    HelpRequested = class extends Error {
      constructor(text) {
        super("help requested");
        this.text = text;
        this.name = "HelpRequested";
      }
    };
    AppMissingError = class extends UserError {
      constructor(app) {
        super(`App ${app} does not exist`, ExitCode.appMissing);
        this.app = app;
        this.name = "AppMissingError";
      }
    };
    DokkuCommandError = class extends UserError {
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
  }
});

// src/backup/id.ts
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
var ID_PATTERN, REV_PATTERN, SERVICE_PATTERN, UNITS;
var init_id = __esm({
  "src/backup/id.ts"() {
    "use strict";
    ID_PATTERN = /^(\d{8}T\d{6}Z)-([0-9a-f]{7}|none)$/;
    REV_PATTERN = /^[0-9a-f]{7,64}$/;
    SERVICE_PATTERN = /^[A-Za-z0-9_-]+$/;
    UNITS = ["B", "KB", "MB", "GB", "TB"];
  }
});

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

// pegasus-lazy-builtin:os
var require_os = __commonJS({
  "pegasus-lazy-builtin:os"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "EOL": { enumerable: true, get: () => require("os")["EOL"] },
      "arch": { enumerable: true, get: () => require("os")["arch"] },
      "availableParallelism": { enumerable: true, get: () => require("os")["availableParallelism"] },
      "constants": { enumerable: true, get: () => require("os")["constants"] },
      "cpus": { enumerable: true, get: () => require("os")["cpus"] },
      "devNull": { enumerable: true, get: () => require("os")["devNull"] },
      "endianness": { enumerable: true, get: () => require("os")["endianness"] },
      "freemem": { enumerable: true, get: () => require("os")["freemem"] },
      "getPriority": { enumerable: true, get: () => require("os")["getPriority"] },
      "homedir": { enumerable: true, get: () => require("os")["homedir"] },
      "hostname": { enumerable: true, get: () => require("os")["hostname"] },
      "loadavg": { enumerable: true, get: () => require("os")["loadavg"] },
      "machine": { enumerable: true, get: () => require("os")["machine"] },
      "networkInterfaces": { enumerable: true, get: () => require("os")["networkInterfaces"] },
      "platform": { enumerable: true, get: () => require("os")["platform"] },
      "release": { enumerable: true, get: () => require("os")["release"] },
      "setPriority": { enumerable: true, get: () => require("os")["setPriority"] },
      "tmpdir": { enumerable: true, get: () => require("os")["tmpdir"] },
      "totalmem": { enumerable: true, get: () => require("os")["totalmem"] },
      "type": { enumerable: true, get: () => require("os")["type"] },
      "uptime": { enumerable: true, get: () => require("os")["uptime"] },
      "userInfo": { enumerable: true, get: () => require("os")["userInfo"] },
      "version": { enumerable: true, get: () => require("os")["version"] }
    });
  }
});

// pegasus-lazy-builtin:crypto
var require_crypto = __commonJS({
  "pegasus-lazy-builtin:crypto"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "Certificate": { enumerable: true, get: () => require("crypto")["Certificate"] },
      "Cipher": { enumerable: true, get: () => require("crypto")["Cipher"] },
      "Cipheriv": { enumerable: true, get: () => require("crypto")["Cipheriv"] },
      "Decipher": { enumerable: true, get: () => require("crypto")["Decipher"] },
      "Decipheriv": { enumerable: true, get: () => require("crypto")["Decipheriv"] },
      "DiffieHellman": { enumerable: true, get: () => require("crypto")["DiffieHellman"] },
      "DiffieHellmanGroup": { enumerable: true, get: () => require("crypto")["DiffieHellmanGroup"] },
      "ECDH": { enumerable: true, get: () => require("crypto")["ECDH"] },
      "Hash": { enumerable: true, get: () => require("crypto")["Hash"] },
      "Hmac": { enumerable: true, get: () => require("crypto")["Hmac"] },
      "KeyObject": { enumerable: true, get: () => require("crypto")["KeyObject"] },
      "Sign": { enumerable: true, get: () => require("crypto")["Sign"] },
      "Verify": { enumerable: true, get: () => require("crypto")["Verify"] },
      "X509Certificate": { enumerable: true, get: () => require("crypto")["X509Certificate"] },
      "checkPrime": { enumerable: true, get: () => require("crypto")["checkPrime"] },
      "checkPrimeSync": { enumerable: true, get: () => require("crypto")["checkPrimeSync"] },
      "constants": { enumerable: true, get: () => require("crypto")["constants"] },
      "createCipheriv": { enumerable: true, get: () => require("crypto")["createCipheriv"] },
      "createDecipheriv": { enumerable: true, get: () => require("crypto")["createDecipheriv"] },
      "createDiffieHellman": { enumerable: true, get: () => require("crypto")["createDiffieHellman"] },
      "createDiffieHellmanGroup": { enumerable: true, get: () => require("crypto")["createDiffieHellmanGroup"] },
      "createECDH": { enumerable: true, get: () => require("crypto")["createECDH"] },
      "createHash": { enumerable: true, get: () => require("crypto")["createHash"] },
      "createHmac": { enumerable: true, get: () => require("crypto")["createHmac"] },
      "createPrivateKey": { enumerable: true, get: () => require("crypto")["createPrivateKey"] },
      "createPublicKey": { enumerable: true, get: () => require("crypto")["createPublicKey"] },
      "createSecretKey": { enumerable: true, get: () => require("crypto")["createSecretKey"] },
      "createSign": { enumerable: true, get: () => require("crypto")["createSign"] },
      "createVerify": { enumerable: true, get: () => require("crypto")["createVerify"] },
      "diffieHellman": { enumerable: true, get: () => require("crypto")["diffieHellman"] },
      "generateKey": { enumerable: true, get: () => require("crypto")["generateKey"] },
      "generateKeyPair": { enumerable: true, get: () => require("crypto")["generateKeyPair"] },
      "generateKeyPairSync": { enumerable: true, get: () => require("crypto")["generateKeyPairSync"] },
      "generateKeySync": { enumerable: true, get: () => require("crypto")["generateKeySync"] },
      "generatePrime": { enumerable: true, get: () => require("crypto")["generatePrime"] },
      "generatePrimeSync": { enumerable: true, get: () => require("crypto")["generatePrimeSync"] },
      "getCipherInfo": { enumerable: true, get: () => require("crypto")["getCipherInfo"] },
      "getCiphers": { enumerable: true, get: () => require("crypto")["getCiphers"] },
      "getCurves": { enumerable: true, get: () => require("crypto")["getCurves"] },
      "getDiffieHellman": { enumerable: true, get: () => require("crypto")["getDiffieHellman"] },
      "getFips": { enumerable: true, get: () => require("crypto")["getFips"] },
      "getHashes": { enumerable: true, get: () => require("crypto")["getHashes"] },
      "getRandomValues": { enumerable: true, get: () => require("crypto")["getRandomValues"] },
      "hkdf": { enumerable: true, get: () => require("crypto")["hkdf"] },
      "hkdfSync": { enumerable: true, get: () => require("crypto")["hkdfSync"] },
      "pbkdf2": { enumerable: true, get: () => require("crypto")["pbkdf2"] },
      "pbkdf2Sync": { enumerable: true, get: () => require("crypto")["pbkdf2Sync"] },
      "privateDecrypt": { enumerable: true, get: () => require("crypto")["privateDecrypt"] },
      "privateEncrypt": { enumerable: true, get: () => require("crypto")["privateEncrypt"] },
      "publicDecrypt": { enumerable: true, get: () => require("crypto")["publicDecrypt"] },
      "publicEncrypt": { enumerable: true, get: () => require("crypto")["publicEncrypt"] },
      "randomBytes": { enumerable: true, get: () => require("crypto")["randomBytes"] },
      "randomFill": { enumerable: true, get: () => require("crypto")["randomFill"] },
      "randomFillSync": { enumerable: true, get: () => require("crypto")["randomFillSync"] },
      "randomInt": { enumerable: true, get: () => require("crypto")["randomInt"] },
      "randomUUID": { enumerable: true, get: () => require("crypto")["randomUUID"] },
      "scrypt": { enumerable: true, get: () => require("crypto")["scrypt"] },
      "scryptSync": { enumerable: true, get: () => require("crypto")["scryptSync"] },
      "secureHeapUsed": { enumerable: true, get: () => require("crypto")["secureHeapUsed"] },
      "setEngine": { enumerable: true, get: () => require("crypto")["setEngine"] },
      "setFips": { enumerable: true, get: () => require("crypto")["setFips"] },
      "sign": { enumerable: true, get: () => require("crypto")["sign"] },
      "subtle": { enumerable: true, get: () => require("crypto")["subtle"] },
      "timingSafeEqual": { enumerable: true, get: () => require("crypto")["timingSafeEqual"] },
      "verify": { enumerable: true, get: () => require("crypto")["verify"] },
      "webcrypto": { enumerable: true, get: () => require("crypto")["webcrypto"] }
    });
  }
});

// node_modules/dotenv/package.json
var require_package = __commonJS({
  "node_modules/dotenv/package.json"(exports2, module2) {
    module2.exports = {
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
  "node_modules/dotenv/lib/main.js"(exports2, module2) {
    var fs = require("fs");
    var path14 = require("path");
    var os = require_os();
    var crypto = require_crypto();
    var packageJson = require_package();
    var version2 = packageJson.version;
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
      console.log(`[dotenv@${version2}][WARN] ${message}`);
    }
    function _debug(message) {
      console.log(`[dotenv@${version2}][DEBUG] ${message}`);
    }
    function _log(message) {
      console.log(`[dotenv@${version2}] ${message}`);
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
        possibleVaultPath = path14.resolve(process.cwd(), ".env.vault");
      }
      if (fs.existsSync(possibleVaultPath)) {
        return possibleVaultPath;
      }
      return null;
    }
    function _resolveHome(envPath) {
      return envPath[0] === "~" ? path14.join(os.homedir(), envPath.slice(1)) : envPath;
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
      const dotenvPath = path14.resolve(process.cwd(), ".env");
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
      for (const path15 of optionPaths) {
        try {
          const parsed = DotenvModule.parse(fs.readFileSync(path15, { encoding }));
          DotenvModule.populate(parsedAll, parsed, options);
        } catch (e) {
          if (debug) {
            _debug(`Failed to load ${path15} ${e.message}`);
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
            const relative = path14.relative(process.cwd(), filePath);
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
    module2.exports.configDotenv = DotenvModule.configDotenv;
    module2.exports._configVault = DotenvModule._configVault;
    module2.exports._parseVault = DotenvModule._parseVault;
    module2.exports.config = DotenvModule.config;
    module2.exports.decrypt = DotenvModule.decrypt;
    module2.exports.parse = DotenvModule.parse;
    module2.exports.populate = DotenvModule.populate;
    module2.exports = DotenvModule;
  }
});

// src/backup/offsite/config.ts
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
function otherKindObjectName(key) {
  return key.endsWith(".age") ? key.slice(0, -".age".length) : `${key}.age`;
}
function mediaObjectName(config, app, id) {
  return `${appPrefix(config, app)}${id}${config.encrypted ? ".media.tar.age" : ".media.tar"}`;
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
    const match = /^(.+?)\.(dump|media\.tar|json)(\.age)?$/.exec(key.slice(prefix.length));
    if (!match || !isBackupId(match[1]) || match[2] === "json" && match[3]) continue;
    const id = match[1];
    const copy = copies.get(id) ?? { id };
    const encrypted = match[3] !== void 0;
    if (match[2] === "json") copy.manifest = { key, size };
    else if (match[2] === "dump" && (!copy.dump || encrypted)) copy.dump = { key, size, encrypted };
    else if (match[2] === "media.tar" && (!copy.media || encrypted)) copy.media = { key, size, encrypted };
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
var import_dotenv, OFFSITE_KEYS, DEFAULT_REGION, DEFAULT_OFFSITE_KEEP, BUCKET, PREFIX_SEGMENT, RECIPIENT, REGION, CREDENTIALS_ON_STDIN, CREDENTIAL_KEYS, DOTENV_LINE;
var init_config = __esm({
  "src/backup/offsite/config.ts"() {
    "use strict";
    import_dotenv = __toESM(require_main(), 1);
    init_errors();
    init_id();
    OFFSITE_KEYS = {
      url: "offsite-url",
      endpoint: "offsite-endpoint",
      region: "offsite-region",
      pathStyle: "offsite-path-style",
      recipient: "offsite-recipient",
      keep: "offsite-keep",
      required: "offsite-required"
    };
    DEFAULT_REGION = "us-east-1";
    DEFAULT_OFFSITE_KEEP = 30;
    BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
    PREFIX_SEGMENT = /^[A-Za-z0-9._-]+$/;
    RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
    REGION = /^[a-z0-9-]{1,40}$/;
    CREDENTIALS_ON_STDIN = "give them on stdin to dokku pegasus:offsite-auth";
    CREDENTIAL_KEYS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];
    DOTENV_LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(.*)$/;
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

// pegasus-lazy-builtin:node:stream
var require_node_stream = __commonJS({
  "pegasus-lazy-builtin:node:stream"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "Duplex": { enumerable: true, get: () => require("node:stream")["Duplex"] },
      "PassThrough": { enumerable: true, get: () => require("node:stream")["PassThrough"] },
      "Readable": { enumerable: true, get: () => require("node:stream")["Readable"] },
      "Stream": { enumerable: true, get: () => require("node:stream")["Stream"] },
      "Transform": { enumerable: true, get: () => require("node:stream")["Transform"] },
      "Writable": { enumerable: true, get: () => require("node:stream")["Writable"] },
      "_isUint8Array": { enumerable: true, get: () => require("node:stream")["_isUint8Array"] },
      "_uint8ArrayToBuffer": { enumerable: true, get: () => require("node:stream")["_uint8ArrayToBuffer"] },
      "addAbortSignal": { enumerable: true, get: () => require("node:stream")["addAbortSignal"] },
      "compose": { enumerable: true, get: () => require("node:stream")["compose"] },
      "destroy": { enumerable: true, get: () => require("node:stream")["destroy"] },
      "finished": { enumerable: true, get: () => require("node:stream")["finished"] },
      "getDefaultHighWaterMark": { enumerable: true, get: () => require("node:stream")["getDefaultHighWaterMark"] },
      "isDestroyed": { enumerable: true, get: () => require("node:stream")["isDestroyed"] },
      "isDisturbed": { enumerable: true, get: () => require("node:stream")["isDisturbed"] },
      "isErrored": { enumerable: true, get: () => require("node:stream")["isErrored"] },
      "isReadable": { enumerable: true, get: () => require("node:stream")["isReadable"] },
      "isWritable": { enumerable: true, get: () => require("node:stream")["isWritable"] },
      "pipeline": { enumerable: true, get: () => require("node:stream")["pipeline"] },
      "promises": { enumerable: true, get: () => require("node:stream")["promises"] },
      "setDefaultHighWaterMark": { enumerable: true, get: () => require("node:stream")["setDefaultHighWaterMark"] }
    });
  }
});

// pegasus-lazy-builtin:node:stream/promises
var require_promises2 = __commonJS({
  "pegasus-lazy-builtin:node:stream/promises"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "finished": { enumerable: true, get: () => require("node:stream/promises")["finished"] },
      "pipeline": { enumerable: true, get: () => require("node:stream/promises")["pipeline"] }
    });
  }
});

// src/backup/media/plan.ts
function mediaFileName(id) {
  return `${id}.media.tar`;
}
function planMediaMounts(app, listed) {
  const byHost = /* @__PURE__ */ new Map();
  for (const { hostPath, containerPath } of listed) {
    const host = hostPath.replace(/\/+$/, "");
    if (!import_node_path.default.isAbsolute(host) || import_node_path.default.normalize(host) !== host) {
      throw new UserError(
        `The storage mounted at ${containerPath} is ${JSON.stringify(hostPath)}, not a host directory (a Docker named volume or a k3s volume), so it cannot be archived. Turn media backups off with \`dokku pegasus:set ${app} backup-media false\``
      );
    }
    if (!byHost.has(host)) byHost.set(host, { container_path: containerPath, host_path: host });
  }
  const mounts = [...byHost.values()].sort((a, b) => a.host_path.localeCompare(b.host_path));
  for (const outer of mounts) {
    for (const inner of mounts) {
      if (inner !== outer && inner.host_path.startsWith(`${outer.host_path}/`)) {
        throw new UserError(`${inner.host_path} is inside ${outer.host_path}: ${app}'s storage mounts overlap, so they cannot be archived one by one`);
      }
    }
  }
  const containers = /* @__PURE__ */ new Set();
  for (const mount of mounts) {
    if (containers.has(mount.container_path)) {
      throw new UserError(`Two host directories are mounted at ${mount.container_path} in ${app}; a restore could not tell which is which`);
    }
    containers.add(mount.container_path);
  }
  return mounts;
}
function archivePrefix(mount) {
  return mount.host_path.replace(/^\/+/, "");
}
function stagedDir(live) {
  return `${live}-pegasus-staged`;
}
function replacedDir(live) {
  return `${live}-pegasus-replaced`;
}
function isMediaJournal(value) {
  if (value === null || typeof value !== "object") return false;
  const journal = value;
  return typeof journal.id === "string" && (journal.phase === "staging" || journal.phase === "swapping") && Array.isArray(journal.lives) && journal.lives.every((live) => typeof live === "string" && import_node_path.default.isAbsolute(live) && import_node_path.default.normalize(live) === live && live !== "/");
}
function planLeftovers(live, phase, exists3) {
  const actions = [];
  if (exists3.staged && exists3.stagedIsOurs) {
    actions.push({ kind: "remove", dir: stagedDir(live), why: "an interrupted media restore's unpacked copy" });
  }
  if (exists3.replaced && phase === "swapping") {
    actions.push(
      exists3.live ? { kind: "remove", dir: replacedDir(live), why: "the media a finished restore replaced" } : { kind: "put-back", from: replacedDir(live), to: live, why: "a media restore was interrupted mid-swap" }
    );
  }
  return actions;
}
function isSoundMedia(value, id) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const media = value;
  return media.file === mediaFileName(id) && typeof media.size === "number" && Number.isSafeInteger(media.size) && media.size >= 1024 && typeof media.sha256 === "string" && /^[0-9a-f]{64}$/.test(media.sha256) && typeof media.entries === "number" && Number.isSafeInteger(media.entries) && media.entries >= 0 && Array.isArray(media.mounts) && media.mounts.every(
    (mount) => mount !== null && typeof mount === "object" && typeof mount.container_path === "string" && typeof mount.host_path === "string" && import_node_path.default.isAbsolute(mount.host_path) && import_node_path.default.normalize(mount.host_path) === mount.host_path && mount.host_path !== "/"
  );
}
var import_node_path, STAGED_MARKER;
var init_plan = __esm({
  "src/backup/media/plan.ts"() {
    "use strict";
    import_node_path = __toESM(require("node:path"), 1);
    init_errors();
    STAGED_MARKER = ".pegasus-media-restore";
  }
});

// src/backup/pg-archive.ts
function version(major, minor, rev) {
  return (major * 256 + minor) * 256 + rev;
}
async function verifyArchive(reader, options = {}) {
  const cursor = new Cursor(reader, options.windowSize ?? 1 << 20);
  const magic = await cursor.bytes(5, "the file header");
  if (Buffer.from(magic).toString("latin1") !== "PGDMP") {
    throw new ArchiveError("not a PostgreSQL custom-format archive (no PGDMP header)", 0);
  }
  const major = await cursor.byte("the archive version");
  const minor = await cursor.byte("the archive version");
  const rev = major > 1 || major === 1 && minor > 0 ? await cursor.byte("the archive version") : 0;
  const archiveVersion = version(major, minor, rev);
  if (archiveVersion < MIN_VERSION || archiveVersion > MAX_VERSION) {
    throw new ArchiveError(
      `archive format ${major}.${minor} is not supported (pg_dump 9.0 to 18 write 1.12 to 1.16)`,
      5
    );
  }
  const intSize = await cursor.byte("the header");
  if (intSize < 1 || intSize > 8) throw new ArchiveError(`implausible integer size ${intSize} in the header`, cursor.position - 1);
  const offSize = archiveVersion >= K_VERS_1_7 ? await cursor.byte("the header") : intSize;
  if (offSize < 1 || offSize > 8) throw new ArchiveError(`implausible offset size ${offSize} in the header`, cursor.position - 1);
  cursor.intSize = intSize;
  const format = await cursor.byte("the header");
  if (format !== ARCH_CUSTOM) {
    throw new ArchiveError(`archive format ${format} is not the custom format (pg_dump -Fc)`, cursor.position - 1);
  }
  let compression;
  if (archiveVersion >= K_VERS_1_15) {
    const algorithm = await cursor.byte("the header");
    const known = COMPRESSION[algorithm];
    if (!known) throw new ArchiveError(`unknown compression algorithm ${algorithm}`, cursor.position - 1);
    compression = known;
  } else {
    compression = await cursor.int("the header") !== 0 ? "gzip" : "none";
  }
  if (archiveVersion >= K_VERS_1_4) {
    for (let field = 0; field < 7; field++) await cursor.int("the creation date");
  }
  const database = archiveVersion >= K_VERS_1_4 ? await cursor.string("the header") ?? "" : "";
  let serverVersion = "";
  let dumpVersion = "";
  if (archiveVersion >= K_VERS_1_10) {
    serverVersion = await cursor.string("the header") ?? "";
    dumpVersion = await cursor.string("the header") ?? "";
  }
  const tocEntries = await cursor.int("the table of contents");
  if (tocEntries < 0) throw new ArchiveError(`negative TOC entry count ${tocEntries}`, cursor.position);
  const withData = /* @__PURE__ */ new Map();
  for (let index = 0; index < tocEntries; index++) {
    const where = `TOC entry ${index + 1} of ${tocEntries}`;
    const start = cursor.position;
    const dumpId = await cursor.int(where);
    if (dumpId <= 0) throw new ArchiveError(`${where} has dump id ${dumpId}: the table of contents is corrupt`, start);
    await cursor.int(where);
    if (archiveVersion >= K_VERS_1_8) await cursor.skipString(where);
    await cursor.skipString(where);
    const tag = await cursor.string(where) ?? "";
    const desc = await cursor.string(where) ?? "";
    if (archiveVersion >= K_VERS_1_11) await cursor.int(where);
    await cursor.skipString(where);
    await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_3) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_6) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_10) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_14) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_16) await cursor.int(where);
    await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_9) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_5) {
      while (await cursor.skipString(where)) {
      }
    }
    const flagAt = cursor.position;
    const flag = await cursor.byte(where);
    let offset = 0;
    for (let byte = 0; byte < offSize; byte++) offset += await cursor.byte(where) * 2 ** (8 * byte);
    if (flag !== K_OFFSET_POS_NOT_SET && flag !== K_OFFSET_POS_SET && flag !== K_OFFSET_NO_DATA) {
      throw new ArchiveError(`${where} has an unknown data offset flag ${flag}`, flagAt);
    }
    if (flag === K_OFFSET_NO_DATA) continue;
    if (withData.has(dumpId)) throw new ArchiveError(`${where} repeats dump id ${dumpId}`, start);
    withData.set(dumpId, {
      label: `${desc} ${tag}`.trim() + ` (dump id ${dumpId})`,
      offset: flag === K_OFFSET_POS_SET ? offset : void 0,
      found: false
    });
  }
  let dataBlocks = 0;
  let largeObjects = 0;
  while (!cursor.atEnd()) {
    const blockAt = cursor.position;
    const type = await cursor.byte("a data block header");
    const id = await cursor.int("a data block header");
    const entry = withData.get(id);
    if (!entry) throw new ArchiveError(`data block for dump id ${id}, which has no data in the table of contents`, blockAt);
    if (entry.found) throw new ArchiveError(`a second data block for ${entry.label}`, blockAt);
    if (entry.offset !== void 0 && entry.offset !== blockAt) {
      throw new ArchiveError(`the data of ${entry.label} is at byte ${blockAt}, the table of contents says ${entry.offset}`, blockAt);
    }
    if (type === BLK_DATA) {
      await cursor.skipChunks(`the data of ${entry.label}`);
    } else if (type === BLK_BLOBS) {
      for (; ; ) {
        const oid = await cursor.int(`the large objects of ${entry.label}`);
        if (oid === 0) break;
        await cursor.skipChunks(`large object ${oid >>> 0} of ${entry.label}`);
        largeObjects++;
      }
    } else {
      throw new ArchiveError(`unknown data block type ${type} for ${entry.label}`, blockAt);
    }
    entry.found = true;
    dataBlocks++;
  }
  for (const entry of withData.values()) {
    if (!entry.found) {
      throw new ArchiveError(`the archive ends before the data of ${entry.label}`, cursor.position);
    }
  }
  return {
    archiveVersion: `${major}.${minor}`,
    serverVersion: /^\d+(?:\.\d+)*/.exec(serverVersion)?.[0] ?? serverVersion,
    serverVersionString: serverVersion,
    dumpVersion,
    database,
    compression,
    intSize,
    offSize,
    tocEntries,
    dataBlocks,
    largeObjects,
    size: reader.size
  };
}
var ArchiveError, MIN_VERSION, MAX_VERSION, K_VERS_1_3, K_VERS_1_4, K_VERS_1_5, K_VERS_1_6, K_VERS_1_7, K_VERS_1_8, K_VERS_1_9, K_VERS_1_10, K_VERS_1_11, K_VERS_1_14, K_VERS_1_15, K_VERS_1_16, ARCH_CUSTOM, K_OFFSET_POS_NOT_SET, K_OFFSET_POS_SET, K_OFFSET_NO_DATA, BLK_DATA, BLK_BLOBS, COMPRESSION, Cursor;
var init_pg_archive = __esm({
  "src/backup/pg-archive.ts"() {
    "use strict";
    ArchiveError = class extends Error {
      constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = "ArchiveError";
      }
    };
    MIN_VERSION = version(1, 12, 0);
    MAX_VERSION = version(1, 16, 255);
    K_VERS_1_3 = version(1, 3, 0);
    K_VERS_1_4 = version(1, 4, 0);
    K_VERS_1_5 = version(1, 5, 0);
    K_VERS_1_6 = version(1, 6, 0);
    K_VERS_1_7 = version(1, 7, 0);
    K_VERS_1_8 = version(1, 8, 0);
    K_VERS_1_9 = version(1, 9, 0);
    K_VERS_1_10 = version(1, 10, 0);
    K_VERS_1_11 = version(1, 11, 0);
    K_VERS_1_14 = version(1, 14, 0);
    K_VERS_1_15 = version(1, 15, 0);
    K_VERS_1_16 = version(1, 16, 0);
    ARCH_CUSTOM = 1;
    K_OFFSET_POS_NOT_SET = 1;
    K_OFFSET_POS_SET = 2;
    K_OFFSET_NO_DATA = 3;
    BLK_DATA = 1;
    BLK_BLOBS = 3;
    COMPRESSION = { 0: "none", 1: "gzip", 2: "lz4", 3: "zstd" };
    Cursor = class {
      constructor(reader, windowSize) {
        this.reader = reader;
        this.windowSize = windowSize;
      }
      position = 0;
      intSize = 4;
      window = new Uint8Array(0);
      windowStart = 0;
      atEnd() {
        return this.position >= this.reader.size;
      }
      truncated(what) {
        return new ArchiveError(`the archive ends at byte ${this.reader.size}, inside ${what}`, this.reader.size);
      }
      /** Makes `length` bytes from the current position available in the window. */
      async fill(length, what) {
        const offset = this.position - this.windowStart;
        if (offset >= 0 && offset + length <= this.window.length) return;
        if (this.position + length > this.reader.size) throw this.truncated(what);
        const want = Math.max(length, Math.min(this.windowSize, this.reader.size - this.position));
        this.window = await this.reader.read(this.position, want);
        this.windowStart = this.position;
        if (this.window.length < length) throw this.truncated(what);
      }
      async byte(what) {
        await this.fill(1, what);
        const value = this.window[this.position - this.windowStart];
        this.position += 1;
        return value;
      }
      async bytes(length, what) {
        await this.fill(length, what);
        const start = this.position - this.windowStart;
        this.position += length;
        return this.window.subarray(start, start + length);
      }
      skip(length, what) {
        if (this.position + length > this.reader.size) {
          this.position = this.reader.size;
          throw this.truncated(what);
        }
        this.position += length;
      }
      /** ReadInt: a sign byte, then `intSize` bytes, least significant first. */
      async int(what) {
        const bytes = await this.bytes(1 + this.intSize, what);
        let value = 0;
        for (let index = 1; index < bytes.length; index++) value += bytes[index] * 2 ** (8 * (index - 1));
        if (!Number.isSafeInteger(value)) throw new ArchiveError(`an integer too large in ${what}`, this.position - bytes.length);
        return bytes[0] ? -value : value;
      }
      /** ReadStr: a length (negative for NULL), then that many bytes. Returns null for NULL. */
      async string(what) {
        const length = await this.int(what);
        if (length < 0) return null;
        if (length > this.windowSize) {
          this.skip(length, what);
          return "";
        }
        return Buffer.from(await this.bytes(length, what)).toString("utf8");
      }
      /** Like `string` without keeping it; returns false for NULL. */
      async skipString(what) {
        const length = await this.int(what);
        if (length < 0) return false;
        this.skip(length, what);
        return true;
      }
      /** A block's chunks: `length, bytes` repeated, closed by a zero length. */
      async skipChunks(what) {
        for (; ; ) {
          const at = this.position;
          const length = await this.int(what);
          if (length === 0) return;
          if (length < 0) throw new ArchiveError(`negative chunk length ${length} in ${what}`, at);
          this.skip(length, what);
        }
      }
    };
  }
});

// src/io/disk-full.ts
function isDiskFull(error) {
  const code = error?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}
async function freeBytes(dir, probe = import_promises.statfs) {
  for (let current = dir; ; current = import_node_path2.default.dirname(current)) {
    try {
      const stats = await probe(current);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      if (import_node_path2.default.dirname(current) === current) return void 0;
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
var import_promises, import_node_path2;
var init_disk_full = __esm({
  "src/io/disk-full.ts"() {
    "use strict";
    import_promises = __toESM(require_promises(), 1);
    import_node_path2 = __toESM(require("node:path"), 1);
    init_id();
    init_errors();
  }
});

// src/io/processes.ts
function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === "EPERM";
  }
  return !isZombie(pid);
}
function isZombie(pid) {
  const stat4 = readProc(`/proc/${pid}/stat`);
  return stat4 !== void 0 && stat4.slice(stat4.lastIndexOf(")") + 2).startsWith("Z");
}
function processStartTicks(pid) {
  const stat4 = readProc(`/proc/${pid}/stat`);
  if (!stat4) return void 0;
  const afterName = stat4.slice(stat4.lastIndexOf(")") + 2).split(" ");
  const ticks = afterName[22 - 3];
  return ticks && /^\d+$/.test(ticks) ? ticks : void 0;
}
function readProc(file2) {
  try {
    return (0, import_node_fs.readFileSync)(file2, "utf8");
  } catch {
    return void 0;
  }
}
var import_node_fs;
var init_processes = __esm({
  "src/io/processes.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
  }
});

// src/io/temporary-files.ts
function temporaryName(file2) {
  return import_node_path3.default.join(import_node_path3.default.dirname(file2), `.${import_node_path3.default.basename(file2)}.${process.pid}.tmp`);
}
async function removeDeadTemporaries(file2, isAlive = processIsAlive) {
  const dir = import_node_path3.default.dirname(file2);
  const prefix = `.${import_node_path3.default.basename(file2)}.`;
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
    await (0, import_promises2.rm)(import_node_path3.default.join(dir, name), { force: true });
    removed.push(import_node_path3.default.join(dir, name));
  }
  return removed;
}
var import_promises2, import_node_path3;
var init_temporary_files = __esm({
  "src/io/temporary-files.ts"() {
    "use strict";
    import_promises2 = __toESM(require_promises(), 1);
    import_node_path3 = __toESM(require("node:path"), 1);
    init_processes();
  }
});

// src/io/properties.ts
function isMissing(error) {
  return error?.code === "ENOENT";
}
function unreadableProperty(file2, error, app, key) {
  const whose = app === GLOBAL ? "the global pegasus property" : `the pegasus property ${key} of ${app}`;
  return unreadableState(
    file2,
    error,
    app === GLOBAL ? `${whose} ${key}` : whose,
    `Remove it with \`rm -r ${file2}\`, then set it again if it is needed`
  );
}
function unreadableState(file2, error, what, remedy, verb = "read") {
  const code = error?.code;
  const reason = code === "EISDIR" ? "it is a directory" : code === "ENOTDIR" ? "a part of its path is not a directory" : code === "EEXIST" ? "it or a part of its path is a file, not a directory" : code === "EACCES" || code === "EPERM" ? "permission denied (it should belong to the dokku user)" : code === "ELOOP" ? "it is a loop of symbolic links" : code === "ENOTREG" ? "it is not a regular file" : `${code ?? "error"}: ${error instanceof Error ? error.message : String(error)}`;
  return new UserError(`Cannot ${verb} ${what} (${file2}): ${reason}. ${remedy}`);
}
var import_promises3, import_node_path4, GLOBAL, PropertyStore;
var init_properties = __esm({
  "src/io/properties.ts"() {
    "use strict";
    import_promises3 = __toESM(require_promises(), 1);
    import_node_path4 = __toESM(require("node:path"), 1);
    init_errors();
    init_disk_full();
    init_temporary_files();
    GLOBAL = "--global";
    PropertyStore = class {
      constructor(root) {
        this.root = root;
      }
      file(app, key) {
        return import_node_path4.default.join(this.root, app, key);
      }
      async get(app, key) {
        const file2 = this.file(app, key);
        try {
          return await (0, import_promises3.readFile)(file2, "utf8");
        } catch (error) {
          if (isMissing(error)) return void 0;
          throw unreadableProperty(file2, error, app, key);
        }
      }
      async set(app, key, value) {
        const dir = import_node_path4.default.join(this.root, app);
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
          const file2 = this.file(app, key);
          throw unreadableState(file2, error, `the pegasus property ${key} of ${app}`, `Remove what is there with \`rm -r ${file2}\` and run this again`, "write");
        }
      }
      async delete(app, key) {
        await (0, import_promises3.rm)(this.file(app, key), { force: true });
      }
      async all(app) {
        let names;
        const dir = import_node_path4.default.join(this.root, app);
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
        const source = import_node_path4.default.join(this.root, from);
        try {
          await (0, import_promises3.cp)(source, import_node_path4.default.join(this.root, to), {
            recursive: true,
            force: true,
            filter: (file2) => file2 === source || !except.includes(import_node_path4.default.basename(file2))
          });
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
      async destroy(app) {
        await (0, import_promises3.rm)(import_node_path4.default.join(this.root, app), { recursive: true, force: true });
      }
      /** App value, then global value, then the default. */
      async computed(app, key, fallback) {
        return await this.get(app, key) ?? await this.get(GLOBAL, key) ?? fallback;
      }
    };
  }
});

// src/backup/archive-file.ts
async function fileDigest(file2) {
  const hash = (0, import_node_crypto2.createHash)("sha256");
  let size = 0;
  for await (const chunk of (0, import_node_fs2.createReadStream)(file2)) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest("hex") };
}
async function verifyArchiveFile(file2) {
  const handle = await (0, import_promises6.open)(file2, "r");
  try {
    const { size } = await handle.stat();
    let buffer = Buffer.allocUnsafe(0);
    const reader = {
      size,
      async read(position, length) {
        if (buffer.length < length) buffer = Buffer.allocUnsafe(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      }
    };
    return await verifyArchive(reader);
  } finally {
    await handle.close();
  }
}
var import_node_crypto2, import_node_fs2, import_promises6;
var init_archive_file = __esm({
  "src/backup/archive-file.ts"() {
    "use strict";
    import_node_crypto2 = __toESM(require_node_crypto(), 1);
    import_node_fs2 = require("node:fs");
    import_promises6 = __toESM(require_promises(), 1);
    init_pg_archive();
  }
});

// pegasus-lazy-builtin:node:os
var require_node_os = __commonJS({
  "pegasus-lazy-builtin:node:os"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "EOL": { enumerable: true, get: () => require("node:os")["EOL"] },
      "arch": { enumerable: true, get: () => require("node:os")["arch"] },
      "availableParallelism": { enumerable: true, get: () => require("node:os")["availableParallelism"] },
      "constants": { enumerable: true, get: () => require("node:os")["constants"] },
      "cpus": { enumerable: true, get: () => require("node:os")["cpus"] },
      "devNull": { enumerable: true, get: () => require("node:os")["devNull"] },
      "endianness": { enumerable: true, get: () => require("node:os")["endianness"] },
      "freemem": { enumerable: true, get: () => require("node:os")["freemem"] },
      "getPriority": { enumerable: true, get: () => require("node:os")["getPriority"] },
      "homedir": { enumerable: true, get: () => require("node:os")["homedir"] },
      "hostname": { enumerable: true, get: () => require("node:os")["hostname"] },
      "loadavg": { enumerable: true, get: () => require("node:os")["loadavg"] },
      "machine": { enumerable: true, get: () => require("node:os")["machine"] },
      "networkInterfaces": { enumerable: true, get: () => require("node:os")["networkInterfaces"] },
      "platform": { enumerable: true, get: () => require("node:os")["platform"] },
      "release": { enumerable: true, get: () => require("node:os")["release"] },
      "setPriority": { enumerable: true, get: () => require("node:os")["setPriority"] },
      "tmpdir": { enumerable: true, get: () => require("node:os")["tmpdir"] },
      "totalmem": { enumerable: true, get: () => require("node:os")["totalmem"] },
      "type": { enumerable: true, get: () => require("node:os")["type"] },
      "uptime": { enumerable: true, get: () => require("node:os")["uptime"] },
      "userInfo": { enumerable: true, get: () => require("node:os")["userInfo"] },
      "version": { enumerable: true, get: () => require("node:os")["version"] }
    });
  }
});

// src/io/lock-file.ts
function judgeHolder(holder, lock, now, probe = systemProbe) {
  if (!holder) {
    return Math.abs(now.getTime() - lock.mtimeMs) > UNREADABLE_LOCK_GRACE_MS ? { live: false, why: "its content cannot be read" } : { live: true, why: "" };
  }
  if (holder.hostname !== (0, import_node_os.hostname)()) return { live: true, why: "" };
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
async function acquireLockFile(file2, options) {
  const probe = { ...systemProbe, ...options.probe };
  const mine = {
    pid: process.pid,
    started_at: options.now.toISOString(),
    hostname: (0, import_node_os.hostname)(),
    ...optional("boot_id", probe.bootId()),
    ...optional("process_start", probe.startOf(process.pid))
  };
  const content = `${JSON.stringify(mine)}
`;
  const staging = `${file2}.${process.pid}.${Date.now()}.tmp`;
  const waitMs = options.waitMs ?? 0;
  const progressMs = options.progressMs ?? 5e3;
  const began = Date.now();
  let nextProgress = 0;
  try {
    await explainDiskFull(
      { dir: import_node_path7.default.dirname(file2), what: `the lock ${import_node_path7.default.basename(file2)}`, needed: smallFileNeeds(content) },
      () => (0, import_promises8.writeFile)(staging, content, { mode: 384 })
    );
    for (let clearings = 0; clearings < 100; ) {
      try {
        await (0, import_promises8.link)(staging, file2);
        return () => releaseLock(file2, content);
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      const seen = await readLock(file2);
      if (seen === void 0) {
        clearings++;
        continue;
      }
      const holder = parseHolder(seen.text);
      const verdict = judgeHolder(holder, seen, /* @__PURE__ */ new Date(), probe);
      if (!verdict.live) {
        clearings++;
        if (await removeIfUnchanged(file2, seen.text)) options.recovered?.(holder, verdict.why);
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
    await (0, import_promises8.rm)(staging, { force: true });
  }
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function lockScratchPid(lockFile, name) {
  const base = import_node_path7.default.basename(lockFile);
  if (!name.startsWith(`${base}.`)) return void 0;
  const match = /^(?:(\d+)\.\d+\.tmp|stale\.(\d+))$/.exec(name.slice(base.length + 1));
  return match ? Number(match[1] ?? match[2]) : void 0;
}
async function readLock(file2) {
  try {
    const handle = await (0, import_promises8.open)(file2, import_node_fs4.constants.O_RDONLY | import_node_fs4.constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw Object.assign(new Error("not a regular file"), { code: info.isDirectory() ? "EISDIR" : "ENOTREG" });
      return { text: await handle.readFile("utf8"), mtimeMs: info.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw unreadableState(file2, error, "the lock file", `Remove it with \`rm -r ${file2}\` and run this again`);
  }
}
function parseHolder(text) {
  try {
    const parsed = JSON.parse(text);
    const { pid } = parsed;
    if (typeof pid === "number" && Number.isSafeInteger(pid) && pid > 0 && typeof parsed.started_at === "string" && typeof parsed.hostname === "string") {
      return parsed;
    }
  } catch {
  }
  return void 0;
}
async function removeIfUnchanged(file2, staleText) {
  const aside = `${file2}.stale.${process.pid}`;
  try {
    await (0, import_promises8.rename)(file2, aside);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const moved = await (0, import_promises8.readFile)(aside, "utf8");
  if (moved !== staleText) {
    await (0, import_promises8.link)(aside, file2).catch(() => void 0);
    await (0, import_promises8.rm)(aside, { force: true });
    return false;
  }
  await (0, import_promises8.rm)(aside, { force: true });
  return true;
}
async function releaseLock(file2, content) {
  try {
    if (await (0, import_promises8.readFile)(file2, "utf8") === content) await (0, import_promises8.rm)(file2, { force: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}
var import_node_fs4, import_promises8, import_node_os, import_node_path7, systemProbe, UNREADABLE_LOCK_GRACE_MS;
var init_lock_file = __esm({
  "src/io/lock-file.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_promises8 = __toESM(require_promises(), 1);
    import_node_os = __toESM(require_node_os(), 1);
    import_node_path7 = __toESM(require("node:path"), 1);
    init_disk_full();
    init_properties();
    init_processes();
    systemProbe = {
      isAlive: processIsAlive,
      startOf: processStartTicks,
      bootId: () => readProc("/proc/sys/kernel/random/boot_id")?.trim() || void 0,
      bootTimeMs: () => {
        const btime = /^btime (\d+)$/m.exec(readProc("/proc/stat") ?? "")?.[1];
        return btime ? Number(btime) * 1e3 : void 0;
      }
    };
    UNREADABLE_LOCK_GRACE_MS = 6e4;
  }
});

// src/backup/store.ts
function backupPaths(dataDir, app) {
  return backupPathsAt(import_node_path8.default.join(dataDir, app));
}
function backupPathsAt(appDir) {
  const dir = import_node_path8.default.join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: import_node_path8.default.join(dir, ".lock"),
    lastScheduled: import_node_path8.default.join(appDir, "last-scheduled.json"),
    mediaJournal: import_node_path8.default.join(appDir, "media-restore.json"),
    dump: (id) => import_node_path8.default.join(dir, `${id}.dump`),
    manifest: (id) => import_node_path8.default.join(dir, `${id}.json`),
    partial: (id) => import_node_path8.default.join(dir, `.${id}.dump.partial`),
    media: (id) => import_node_path8.default.join(dir, mediaFileName(id)),
    mediaPartial: (id) => import_node_path8.default.join(dir, `.${mediaFileName(id)}.partial`),
    offsite: (id) => import_node_path8.default.join(dir, `${id}.offsite.json`),
    lastOffsite: import_node_path8.default.join(appDir, "last-offsite.json")
  };
}
async function ensureBackupDir(paths) {
  try {
    await (0, import_promises9.mkdir)(paths.appDir, { recursive: true, mode: 493 });
    await (0, import_promises9.mkdir)(paths.dir, { recursive: true, mode: 448 });
    const { mode } = await (0, import_promises9.stat)(paths.dir);
    if ((mode & 511) !== 448) await (0, import_promises9.chmod)(paths.dir, 448);
  } catch (error) {
    if (error instanceof UserError || isDiskFull(error)) throw error;
    throw unreadableState(
      paths.dir,
      error,
      "the backups directory",
      `It must be a directory owned by dokku (0700) inside ${paths.appDir}: \`ls -ld ${paths.appDir} ${paths.dir}\``,
      "create"
    );
  }
}
async function listBackups(paths) {
  const names = await readBackupDir(paths);
  const present = new Set(names);
  const records = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -".json".length);
    if (!isBackupId(id) || !present.has(`${id}.dump`)) continue;
    const read = await readManifest(paths.manifest(id));
    if (!("why" in read) && read.record.verified === true && read.record.id === id) {
      records.push({ ...read.record, media: read.record.media ?? null, file: paths.dump(id), offsite: await readOffsiteCopy(paths, id) });
    }
  }
  return newestFirst(records);
}
async function readBackupDir(paths) {
  return (await readBackupDirEntries(paths)).map((entry) => entry.name);
}
async function readBackupDirEntries(paths) {
  try {
    return await (0, import_promises9.readdir)(paths.dir, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(paths.dir, error, "the backups directory", `Check its owner and mode (dokku, 0700): \`ls -ld ${paths.dir}\``);
  }
}
function manifestSeal(manifest) {
  const { [SEAL_FIELD]: _ignored, ...fields } = manifest;
  return `sha256:${(0, import_node_crypto4.createHash)("sha256").update(canonicalJson(fields)).digest("hex")}`;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
async function readManifest(file2) {
  let text;
  try {
    text = await (0, import_promises9.readFile)(file2, "utf8");
  } catch (error) {
    return { why: `its manifest cannot be read (${error.code ?? String(error)})` };
  }
  return checkManifest(text);
}
function checkManifest(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { why: "its manifest is not JSON" };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { why: "its manifest is not a JSON object" };
  const manifest = parsed;
  const seal = manifest[SEAL_FIELD];
  if (seal !== void 0 && seal !== manifestSeal(manifest)) {
    return { why: "its manifest was changed after it was written (the seal does not match)" };
  }
  if (!isSoundManifest(manifest)) return { why: "its manifest lacks a field or holds a value that is not allowed" };
  const { [SEAL_FIELD]: _seal, ...record } = manifest;
  return { record, sealed: seal !== void 0 };
}
function isSoundManifest(record) {
  const { id, service, git_rev: gitRev, size, sha256, created_at: createdAt, media } = record;
  return (media === void 0 || media === null || typeof id === "string" && isSoundMedia(media, id)) && typeof id === "string" && isBackupId(id) && typeof service === "string" && isServiceName(service) && typeof gitRev === "string" && (gitRev === "none" || isRev(gitRev)) && typeof size === "number" && Number.isSafeInteger(size) && size >= 0 && typeof sha256 === "string" && /^[0-9a-f]{64}$/.test(sha256) && typeof createdAt === "string";
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
  for (const file2 of filesOfBackup(paths, id)) {
    try {
      await (0, import_promises9.stat)(file2);
      return true;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return false;
}
async function writeFileAtomic(file2, content) {
  const dir = import_node_path8.default.dirname(file2);
  const temporary = temporaryName(file2);
  try {
    await explainDiskFull({ dir, what: import_node_path8.default.basename(file2), needed: smallFileNeeds(content) }, async () => {
      await removeDeadTemporaries(file2);
      const handle = await (0, import_promises9.open)(temporary, "w", 384);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await (0, import_promises9.rename)(temporary, file2);
    });
  } catch (error) {
    await (0, import_promises9.rm)(temporary, { force: true }).catch(() => void 0);
    throw error;
  }
  await syncDirectory(dir);
}
async function syncDirectory(dir) {
  const handle = await (0, import_promises9.open)(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function writeManifest(paths, record) {
  const { [SEAL_FIELD]: _stale, ...fields } = record;
  const sealed = { ...fields, [SEAL_FIELD]: manifestSeal(fields) };
  await writeFileAtomic(paths.manifest(record.id), `${JSON.stringify(sealed, null, 2)}
`);
}
function filesOfBackup(paths, id) {
  return [paths.manifest(id), paths.dump(id), paths.media(id), paths.partial(id), paths.mediaPartial(id), paths.offsite(id)];
}
async function deleteBackup(paths, id) {
  for (const file2 of filesOfBackup(paths, id)) await (0, import_promises9.rm)(file2, { force: true });
}
async function findLeftovers(paths, listed, options) {
  const isAlive = options.isAlive ?? processIsAlive;
  const entries = await readBackupDirEntries(paths);
  const names = entries.map((entry) => entry.name);
  const directories = new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  const listedIds = new Set(listed.map((record) => record.id));
  const leftovers = [];
  for (const name of names.sort()) {
    if (directories.has(name)) continue;
    const file2 = import_node_path8.default.join(paths.dir, name);
    const lockPid = lockScratchPid(paths.lock, name);
    if (lockPid !== void 0) {
      if (!isAlive(lockPid)) {
        leftovers.push({ file: file2, why: `a scratch file of the lock, left by pid ${lockPid}, which is gone`, removable: true });
      }
      continue;
    }
    const temporary = TEMPORARY.exec(name);
    const base = temporary ? temporary[1] : name;
    const id = ID_PREFIX.exec(base.replace(/^\./, ""))?.[0];
    if (!id || !filesOfBackup(paths, id).some((owned) => import_node_path8.default.basename(owned) === base)) continue;
    if (temporary) {
      const pid = Number(temporary[2]);
      if (!isAlive(pid)) leftovers.push({ file: file2, id, why: `a write by pid ${pid} that never finished`, removable: true });
    } else if (file2 === paths.partial(id) || file2 === paths.mediaPartial(id)) {
      const what = file2 === paths.partial(id) ? "dump" : "media archive";
      if (!options.backupRunning) leftovers.push({ file: file2, id, why: `the partial ${what} of an interrupted backup`, removable: true });
    } else if (!listedIds.has(id) && !options.backupRunning) {
      const sealed = names.includes(import_node_path8.default.basename(paths.manifest(id)));
      leftovers.push({ file: file2, id, why: await unlistedReason(names, paths, id), removable: !sealed });
    }
  }
  return leftovers;
}
async function unlistedReason(names, paths, id) {
  const has = (file2) => names.includes(import_node_path8.default.basename(file2));
  if (!has(paths.manifest(id))) return `backup ${id} has no manifest (interrupted before it was written), so it was never listed`;
  if (!has(paths.dump(id))) return `backup ${id} has no dump, so it is not listed`;
  const read = await readManifest(paths.manifest(id));
  return `backup ${id} is not listed: ${"why" in read ? read.why : "its manifest does not vouch for its dump"}`;
}
async function removeLeftovers(paths, listed, log, isAlive) {
  const found = await findLeftovers(paths, listed, { backupRunning: false, isAlive });
  const leftovers = found.filter((leftover) => leftover.removable);
  for (const leftover of leftovers) {
    await (0, import_promises9.rm)(leftover.file, { force: true });
    log.warn(`Removed ${leftover.file}: ${leftover.why}`);
  }
  return leftovers;
}
async function writeLastScheduled(paths, result) {
  await (0, import_promises9.mkdir)(paths.appDir, { recursive: true, mode: 493 });
  await writeFileAtomic(paths.lastScheduled, `${JSON.stringify(result)}
`);
}
async function readJsonFile(file2) {
  try {
    return JSON.parse(await (0, import_promises9.readFile)(file2, "utf8"));
  } catch (error) {
    if (isMissing(error) || error instanceof SyntaxError) return void 0;
    throw unreadableState(file2, error, `the pegasus state file ${import_node_path8.default.basename(file2)}`, `Remove it with \`rm -r ${file2}\``);
  }
}
var import_node_crypto4, import_promises9, import_node_path8, SEAL_FIELD, ID_PREFIX, TEMPORARY;
var init_store = __esm({
  "src/backup/store.ts"() {
    "use strict";
    import_node_crypto4 = __toESM(require_node_crypto(), 1);
    import_promises9 = __toESM(require_promises(), 1);
    import_node_path8 = __toESM(require("node:path"), 1);
    init_id();
    init_plan();
    init_disk_full();
    init_errors();
    init_lock_file();
    init_processes();
    init_properties();
    init_temporary_files();
    SEAL_FIELD = "seal";
    ID_PREFIX = /^\d{8}T\d{6}Z-(?:[0-9a-f]{7}|none)/;
    TEMPORARY = /^\.(.+)\.(\d+)\.tmp$/;
  }
});

// src/backup/lock.ts
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
      (waitMs > 0 ? `A ${kind} of ${app} is still running${describeHolder(holder)} after waiting ${formatWait(waitMs)}. Run this again when it has finished (${howToSee})` : `A ${kind} of ${app} is running${describeHolder(holder)}. Wait for it to finish and run this again (${howToSee})`) + foreignHostAdvice(holder, lockFile)
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
function foreignHostAdvice(holder, lockFile) {
  if (!holder || holder.hostname === (0, import_node_os2.hostname)()) return "";
  return `
That lock was taken on host ${holder.hostname}, not on this one (${(0, import_node_os2.hostname)()}), so pegasus cannot check its process. If nothing runs there (the host was renamed, or Dokku's container recreated), remove it: rm ${lockFile}`;
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
var import_node_os2, LockBusyError;
var init_lock = __esm({
  "src/backup/lock.ts"() {
    "use strict";
    import_node_os2 = __toESM(require_node_os(), 1);
    init_errors();
    init_lock_file();
    init_processes();
    LockBusyError = class extends UserError {
    };
  }
});

// src/backup/offsite/state.ts
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
  return target === GLOBAL ? import_node_path10.default.join(context.paths.dataDir, ".offsite-credentials.env") : import_node_path10.default.join(backupPaths(context.paths.dataDir, target).appDir, "offsite-credentials.env");
}
async function readCredentials(context, target) {
  const candidates = target === GLOBAL ? [[GLOBAL, "global"]] : [[target, "app"], [GLOBAL, "global"]];
  for (const [candidate, scope] of candidates) {
    let text;
    try {
      text = await (0, import_promises11.readFile)(credentialsFile(context, candidate), "utf8");
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
  await (0, import_promises11.mkdir)(paths.appDir, { recursive: true, mode: 493 });
  await writeFileAtomic(paths.lastOffsite, `${JSON.stringify(outcome)}
`);
}
var import_promises11, import_node_path10, STDIN_LIMIT;
var init_state = __esm({
  "src/backup/offsite/state.ts"() {
    "use strict";
    import_promises11 = __toESM(require_promises(), 1);
    import_node_path10 = __toESM(require("node:path"), 1);
    init_errors();
    init_properties();
    init_store();
    init_config();
    STDIN_LIMIT = 64 * 1024;
  }
});

// src/backup/offsite/parts.ts
async function* cutParts(source, buffers) {
  if (buffers.length < 2) throw new Error("cutParts needs two buffers: one filling, one being sent");
  const size = buffers[0].length;
  if (size === 0 || buffers.some((buffer) => buffer.length !== size)) throw new Error("cutParts needs buffers of one non-zero size");
  let number = 1;
  let current = buffers[0];
  let used = 0;
  for await (const chunk of source) {
    let offset = 0;
    while (offset < chunk.length) {
      if (used === size) {
        yield { data: current, number, last: false };
        number += 1;
        current = buffers[(number - 1) % buffers.length];
        used = 0;
      }
      const take = Math.min(size - used, chunk.length - offset);
      current.set(chunk.subarray(offset, offset + take), used);
      used += take;
      offset += take;
    }
  }
  yield { data: current.subarray(0, used), number, last: true };
}
var init_parts = __esm({
  "src/backup/offsite/parts.ts"() {
    "use strict";
  }
});

// src/backup/offsite/s3.ts
function partSizeFor(bytes) {
  const needed = Math.ceil((bytes * 1.001 + MIB) / MAX_PARTS / MIB) * MIB;
  return Math.max(PART_SIZE, needed);
}
function silenceSdkNodeNotice() {
  const original = process.emitWarning;
  if (original.pegasusFiltered) return;
  const filtered = ((warning, ...rest) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (text.includes("AWS SDK for JavaScript (v3) will")) return;
    original.call(process, warning, ...rest);
  });
  filtered.pegasusFiltered = true;
  process.emitWarning = filtered;
}
function commonJs(namespace) {
  return namespace.default ?? namespace;
}
function storeName(config) {
  return config.endpoint || `AWS S3 (${config.region})`;
}
async function openBucket(config, credentials, { idleTimeoutMs = IDLE_TIMEOUT_MS } = {}) {
  silenceSdkNodeNotice();
  const sdk = commonJs(await Promise.resolve().then(() => __toESM(require("../vendor/aws-sdk-client-s3.cjs"), 1)));
  const client = new sdk.S3Client({
    region: config.region,
    ...config.endpoint ? { endpoint: config.endpoint } : {},
    forcePathStyle: config.pathStyle,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    // Since 3.729 the SDK adds CRC32 checksums to every upload, which many S3-compatible
    // stores reject; ask for them only where S3 requires one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
    requestHandler: { connectionTimeout: idleTimeoutMs, socketTimeout: idleTimeoutMs }
  });
  const Bucket = config.url.bucket;
  const fail = (what, error) => {
    throw new UserError(`Off-site ${what} failed: ${describeS3Error(error, config, idleTimeoutMs)}`);
  };
  let partBuffers;
  let partBuffersBusy = false;
  const uploadInParts = async (Key, body, ContentType, partSize) => {
    const shared = !partBuffersBusy;
    const fresh = () => [Buffer.allocUnsafe(partSize), Buffer.allocUnsafe(partSize)];
    if (shared && partBuffers?.[0]?.length !== partSize) partBuffers = fresh();
    const buffers = shared ? partBuffers : fresh();
    if (shared) partBuffersBusy = true;
    let UploadId;
    const sent = [];
    let sending;
    const sendPart = async (part) => {
      const { ETag } = await client.send(
        new sdk.UploadPartCommand({ Bucket, Key, UploadId, PartNumber: part.number, Body: part.data })
      );
      if (!ETag) throw new Error(`the store returned no ETag for part ${part.number}`);
      sent.push({ PartNumber: part.number, ETag });
    };
    try {
      for await (const part of cutParts(body, buffers)) {
        if (part.number === 1 && part.last) {
          await client.send(new sdk.PutObjectCommand({ Bucket, Key, Body: part.data, ContentType }));
          return { parts: 1 };
        }
        if (part.number > MAX_PARTS) throw new Error(`it would take more than ${MAX_PARTS} parts of ${partSize / MIB} MiB`);
        UploadId ??= (await client.send(new sdk.CreateMultipartUploadCommand({ Bucket, Key, ContentType }))).UploadId;
        await sending;
        sending = sendPart(part);
        sending.catch(() => void 0);
      }
      await sending;
      sent.sort((a, b) => a.PartNumber - b.PartNumber);
      await client.send(new sdk.CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: sent } }));
      return { parts: sent.length };
    } catch (error) {
      await sending?.catch(() => void 0);
      if (UploadId) await client.send(new sdk.AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => void 0);
      throw error;
    } finally {
      if (shared) partBuffersBusy = false;
    }
  };
  return {
    name: Bucket,
    async check() {
      try {
        const probe = `${config.url.prefix ? `${config.url.prefix}/` : ""}.pegasus-credentials-check`;
        await client.send(new sdk.ListObjectsV2Command({ Bucket, MaxKeys: 1, Prefix: probe }));
      } catch (error) {
        fail(`access to s3://${Bucket}`, error);
      }
    },
    async upload(key, body, contentType, expectedBytes = 0) {
      try {
        return await uploadInParts(key, body, contentType, partSizeFor(expectedBytes));
      } catch (error) {
        return fail(`upload of s3://${Bucket}/${key}`, error);
      }
    },
    async size(key) {
      try {
        const head = await client.send(new sdk.HeadObjectCommand({ Bucket, Key: key }));
        return head.ContentLength;
      } catch (error) {
        if (isNotFound(error)) return void 0;
        return fail(`check of s3://${Bucket}/${key}`, error);
      }
    },
    async list(prefix) {
      const objects = [];
      let token;
      try {
        do {
          const page = await client.send(new sdk.ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken: token }));
          for (const item of page.Contents ?? []) if (item.Key) objects.push({ key: item.Key, size: item.Size ?? 0 });
          token = page.IsTruncated ? page.NextContinuationToken : void 0;
        } while (token);
      } catch (error) {
        fail(`listing of s3://${Bucket}/${prefix}`, error);
      }
      return objects;
    },
    async read(key) {
      try {
        const object = await client.send(new sdk.GetObjectCommand({ Bucket, Key: key }));
        return { body: object.Body, size: object.ContentLength ?? 0, modified: object.LastModified };
      } catch (error) {
        if (isNotFound(error)) return void 0;
        return fail(`download of s3://${Bucket}/${key}`, error);
      }
    },
    async remove(key) {
      try {
        await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        fail(`deletion of s3://${Bucket}/${key}`, error);
      }
    }
  };
}
function isNotFound(error) {
  const { name, $metadata } = error ?? {};
  return name === "NotFound" || name === "NoSuchKey" || $metadata?.httpStatusCode === 404;
}
function describeS3Error(error, config, idleTimeoutMs = IDLE_TIMEOUT_MS) {
  const { name, code, $metadata } = error ?? {};
  const status = $metadata?.httpStatusCode;
  const store = storeName(config);
  const auth = "check them and store them again with `dokku pegasus:offsite-auth`";
  switch (name) {
    case "InvalidAccessKeyId":
      return `${store} does not know the access key id (403 InvalidAccessKeyId): ${auth}`;
    case "SignatureDoesNotMatch":
      return `${store} refused the secret access key (403 SignatureDoesNotMatch): ${auth}`;
    case "AccessDenied":
      return `${store} denied access to bucket ${config.url.bucket} (403 AccessDenied): give the key read, write, list and delete rights on it`;
    case "NoSuchBucket":
      return `bucket ${config.url.bucket} does not exist at ${store} (404 NoSuchBucket): create it, or fix offsite-url`;
    case "PermanentRedirect":
    case "AuthorizationHeaderMalformed":
      return `${store} says bucket ${config.url.bucket} lives in another region (${status ?? "?"} ${name}): fix offsite-region`;
  }
  if (code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|EPIPE)$/.test(code)) {
    return `cannot reach ${store} (${code}): check offsite-endpoint and the network`;
  }
  if (name === "TimeoutError") {
    return `${store} stopped answering (nothing for ${Math.round(idleTimeoutMs / 1e3)} s, three times): check the store and the network`;
  }
  if (status === 404) return `bucket ${config.url.bucket} does not exist at ${store} (404 ${name ?? "NotFound"}): create it, or fix offsite-url`;
  if (status === 403) return `${store} refused the request (403 ${name ?? "Forbidden"}): ${auth}`;
  if (status) return `${store} answered ${status} ${name ?? ""}`.trim();
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `${name ?? "error"}: ${message}`;
}
var PART_SIZE, MAX_PARTS, MIB, IDLE_TIMEOUT_MS;
var init_s3 = __esm({
  "src/backup/offsite/s3.ts"() {
    "use strict";
    init_errors();
    init_parts();
    PART_SIZE = 8 * 1024 * 1024;
    MAX_PARTS = 1e4;
    MIB = 1024 * 1024;
    IDLE_TIMEOUT_MS = 12e4;
  }
});

// src/backup/offsite/age.ts
var age_exports = {};
__export(age_exports, {
  WrongIdentityError: () => WrongIdentityError,
  decryptStream: () => decryptStream,
  encryptStream: () => encryptStream
});
async function loadAge() {
  return Promise.resolve().then(() => __toESM(require("../vendor/age-encryption.cjs"), 1));
}
async function encryptStream(plaintext, recipients) {
  const age = await loadAge();
  const encrypter = new age.Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  const web = import_node_stream.Readable.toWeb(plaintext);
  const encrypted = await encrypter.encrypt(web);
  return import_node_stream.Readable.fromWeb(encrypted);
}
async function decryptStream(ciphertext, identities) {
  const age = await loadAge();
  const decrypter = new age.Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  const web = import_node_stream.Readable.toWeb(ciphertext);
  let plaintext;
  try {
    plaintext = await decrypter.decrypt(web);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/no identity matched/i.test(message)) {
      throw new WrongIdentityError("the identity given does not open it (it was encrypted to another age key)");
    }
    throw new UserError(`it is not a readable age file (${message.split("\n")[0]})`);
  }
  return import_node_stream.Readable.fromWeb(plaintext);
}
var import_node_stream, WrongIdentityError;
var init_age = __esm({
  "src/backup/offsite/age.ts"() {
    "use strict";
    import_node_stream = __toESM(require_node_stream(), 1);
    init_errors();
    WrongIdentityError = class extends UserError {
    };
  }
});

// src/backup/offsite/push.ts
var push_exports = {};
__export(push_exports, {
  pushPending: () => pushPending
});
async function pushPending(app, context) {
  try {
    const result = await pushUnderLock(app, context);
    await writeLastOffsite(context, app, { status: "ok", at: context.now().toISOString(), uploaded: result.uploaded.map((u) => u.id) });
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await writeLastOffsite(context, app, { status: "failed", at: context.now().toISOString(), message }).catch(() => void 0);
    throw error;
  }
}
async function pushUnderLock(app, context) {
  const config = await readOffsiteConfig(context, app);
  if (!config) throw new UserError(`offsite-url is not set for ${app}: set it with \`dokku pegasus:set ${app} offsite-url s3://BUCKET/PREFIX\``);
  const credentials = await requireCredentials(context, app);
  const paths = backupPaths(context.paths.dataDir, app);
  await ensureBackupDir(paths);
  const lockFile = `${paths.dir}/.offsite.lock`;
  const release = await acquireBackupLock(lockFile, { app, now: context.now(), log: context.log, kind: "off-site upload" }).catch((error) => {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(
      `another off-site upload of ${app} is running (${lockFile}); once it is done, run \`dokku pegasus:offsite-push ${app}\``
    );
  });
  try {
    const bucket = await openBucket(config, credentials);
    const local = await listBackups(paths);
    const prefix = appPrefix(config, app);
    const copies = groupBucketObjects(prefix, await bucket.list(prefix));
    const complete = copies.filter((copy) => copy.dump && copy.manifest);
    const completeIds = new Set(complete.map((copy) => copy.id));
    const withMedia = new Set(complete.filter((copy) => copy.media).map((copy) => copy.id));
    const copied = (record) => completeIds.has(record.id) && (!record.media || withMedia.has(record.id)) && isCopiedTo(record, config, app);
    const bucketIds = complete.map((copy) => copy.id);
    let plan = planOffsitePush(local, copied, bucketIds, config.keep);
    const uploaded = [];
    const changed = /* @__PURE__ */ new Map();
    const attempted = /* @__PURE__ */ new Set();
    const gone = /* @__PURE__ */ new Set();
    for (; ; ) {
      const before = changed.size + gone.size;
      for (const record of plan.upload.filter((candidate) => !attempted.has(candidate.id))) {
        attempted.add(record.id);
        try {
          uploaded.push({ id: record.id, copy: await uploadBackup(app, record, paths, config, bucket, context, completeIds.has(record.id)) });
        } catch (error) {
          if (error instanceof RemovedMeanwhile) {
            context.log.verbose(`Backup ${record.id} was removed here (backup-keep) before its upload: not copied`);
            gone.add(record.id);
            continue;
          }
          if (!(error instanceof ChangedSinceVerified)) throw error;
          changed.set(record.id, error.message);
        }
      }
      if (changed.size + gone.size === before) break;
      plan = planOffsitePush(
        local.filter((record) => !changed.has(record.id) && !gone.has(record.id)),
        (record) => attempted.has(record.id) || copied(record),
        bucketIds,
        config.keep
      );
    }
    const { remove } = plan;
    const pruned = await pruneBucket(complete.filter((copy) => remove.has(copy.id)), config, bucket, paths, context);
    const incompleteRemoved = [];
    for (const copy of copies) {
      if (completeIds.has(copy.id) || uploaded.some((upload) => upload.id === copy.id)) continue;
      await removeCopyObjects(copy, bucket);
      context.log.verbose(`Removed the incomplete off-site copy ${copy.id} (${copy.manifest ? "no dump" : "no manifest"}: an upload or removal was interrupted)`);
      incompleteRemoved.push(copy.id);
    }
    const result = { uploaded, pruned, incompleteRemoved };
    if (changed.size) throw new LocalBackupChanged([...changed.keys()], [...changed.values()], app, paths.dir, result);
    return result;
  } finally {
    await release();
  }
}
function isCopiedTo(record, config, app) {
  return record.offsite?.url === objectUrl(config, dumpObjectName(config, app, record.id)) && (!record.media || Boolean(record.offsite.media));
}
async function uploadBackup(app, record, paths, config, bucket, context, replacing) {
  const dumpKey = dumpObjectName(config, app, record.id);
  await requirePresent(paths.dump(record.id), paths, record, "dump");
  if (record.media) await requirePresent(paths.media(record.id), paths, record, "media archive");
  if (replacing) {
    await checkUnchanged(paths.dump(record.id), record, "dump");
    if (record.media) await checkUnchanged(paths.media(record.id), { id: record.id, ...record.media }, "media archive");
  }
  const manifestKey = manifestObjectName(config, app, record.id);
  const url = objectUrl(config, dumpKey);
  context.log.info1(`Uploading backup ${record.id} to ${url}${config.encrypted ? " (age-encrypted)" : " (NOT encrypted: offsite-recipient none)"}`);
  const began = Date.now();
  const dumpSent = await uploadFile(paths.dump(record.id), dumpKey, record, "dump", config, bucket);
  let sent = dumpSent.sent;
  let parts = dumpSent.parts;
  let media = null;
  if (record.media) {
    const mediaKey = mediaObjectName(config, app, record.id);
    const mediaSent = await uploadFile(paths.media(record.id), mediaKey, { id: record.id, ...record.media }, "media archive", config, bucket).catch(
      async (error) => {
        if (error instanceof ChangedSinceVerified) await bucket.remove(dumpKey);
        throw error;
      }
    );
    media = { url: objectUrl(config, mediaKey), size: mediaSent.sent };
    sent += mediaSent.sent;
    parts += mediaSent.parts;
  }
  const manifest = await (0, import_promises12.readFile)(paths.manifest(record.id));
  await bucket.upload(manifestKey, import_node_stream2.Readable.from([manifest]), "application/json");
  const manifestStored = await bucket.size(manifestKey);
  if (manifestStored !== manifest.length) {
    throw new UserError(`the store holds ${manifestStored ?? "no"} bytes for ${objectUrl(config, manifestKey)} after ${manifest.length} were sent`);
  }
  await bucket.remove(otherKindObjectName(dumpKey));
  if (media) await bucket.remove(otherKindObjectName(mediaObjectName(config, app, record.id)));
  const copy = { url, size: dumpSent.sent, uploaded_at: context.now().toISOString(), encrypted: config.encrypted, media };
  if (await exists2(paths.dump(record.id))) await writeOffsiteCopy(paths, record.id, copy);
  const seconds = Math.max((Date.now() - began) / 1e3, 1e-3);
  context.log.verbose(
    `${formatBytes(sent)} uploaded in ${seconds.toFixed(1)} s (${formatBytes(Math.round(sent / seconds))}/s, ${parts === 1 ? "1 part" : `${parts} parts`}), size checked`
  );
  return copy;
}
async function uploadFile(file2, key, expected, what, config, bucket) {
  const plainHash = (0, import_node_crypto5.createHash)("sha256");
  let plainBytes = 0;
  const settled = () => void 0;
  const plain = (0, import_node_stream2.pipeline)(
    (0, import_node_fs5.createReadStream)(file2),
    new import_node_stream2.Transform({
      transform(chunk, _encoding, callback) {
        plainHash.update(chunk);
        plainBytes += chunk.length;
        callback(null, chunk);
      }
    }),
    settled
  );
  let sent = 0;
  const source = config.encrypted ? await (await Promise.resolve().then(() => (init_age(), age_exports))).encryptStream(plain, config.recipients) : plain;
  const counted = (0, import_node_stream2.pipeline)(
    source,
    new import_node_stream2.Transform({
      transform(chunk, _encoding, callback) {
        sent += chunk.length;
        callback(null, chunk);
      }
    }),
    settled
  );
  const plainType = what === "dump" ? "application/vnd.postgresql.custom" : "application/x-tar";
  const { parts } = await bucket.upload(key, counted, config.encrypted ? "application/octet-stream" : plainType, expected.size);
  const sha256 = plainHash.digest("hex");
  if (plainBytes !== expected.size || sha256 !== expected.sha256) {
    await bucket.remove(key);
    throw changedSinceVerified(what, expected, sha256, plainBytes);
  }
  const stored = await bucket.size(key);
  if (stored !== sent) {
    throw new UserError(`the store holds ${stored ?? "no"} bytes for ${objectUrl(config, key)} after ${sent} were sent; the copy does not count`);
  }
  return { sent, parts };
}
function changedSinceVerified(what, expected, sha256, bytes) {
  return new ChangedSinceVerified(
    `the local ${what} of ${expected.id} changed on this disk after it was verified (sha256 ${sha256}, ${bytes} bytes; its manifest says ${expected.sha256}, ${expected.size})`
  );
}
async function requirePresent(file2, paths, record, what) {
  if (await exists2(file2)) return;
  if (!await exists2(paths.manifest(record.id))) throw new RemovedMeanwhile();
  throw new ChangedSinceVerified(`the local ${what} of ${record.id} is missing on this disk after it was verified (no ${file2})`);
}
async function checkUnchanged(file2, expected, what) {
  const { size, sha256 } = await fileDigest(file2);
  if (size !== expected.size || sha256 !== expected.sha256) throw changedSinceVerified(what, expected, sha256, size);
}
async function exists2(file2) {
  try {
    await (0, import_promises12.stat)(file2);
    return true;
  } catch {
    return false;
  }
}
async function pruneBucket(doomed, config, bucket, paths, context) {
  for (const copy of doomed) {
    await removeCopyObjects(copy, bucket);
    await (0, import_promises12.rm)(paths.offsite(copy.id), { force: true });
    context.log.verbose(`Removed off-site copy ${copy.id} (offsite-keep ${config.keep})`);
  }
  return doomed.map((copy) => copy.id);
}
async function removeCopyObjects(copy, bucket) {
  if (copy.manifest) await bucket.remove(copy.manifest.key);
  for (const key of [copy.dump?.key, copy.media?.key]) {
    if (key === void 0) continue;
    await bucket.remove(key);
    await bucket.remove(otherKindObjectName(key));
  }
}
var import_node_crypto5, import_node_fs5, import_promises12, import_node_stream2, ChangedSinceVerified, RemovedMeanwhile;
var init_push = __esm({
  "src/backup/offsite/push.ts"() {
    "use strict";
    import_node_crypto5 = __toESM(require_node_crypto(), 1);
    import_node_fs5 = require("node:fs");
    import_promises12 = __toESM(require_promises(), 1);
    import_node_stream2 = __toESM(require_node_stream(), 1);
    init_id();
    init_errors();
    init_after_backup();
    init_lock();
    init_archive_file();
    init_store();
    init_config();
    init_s3();
    init_state();
    ChangedSinceVerified = class extends Error {
    };
    RemovedMeanwhile = class extends Error {
    };
  }
});

// src/backup/offsite/after-backup.ts
async function copyOffsite(app, record, context) {
  if (!await offsiteEnabled(context, app)) return { ...record, offsite: null };
  try {
    const { pushPending: pushPending2 } = await Promise.resolve().then(() => (init_push(), push_exports));
    await pushPending2(app, context);
  } catch (error) {
    if (error instanceof LocalBackupChanged) {
      if (error.ids.includes(record.id)) {
        throw new UserError(`Backup ${record.id} changed on this disk after it was verified: a restore would refuse it, so it protects nothing. ${error.message}`);
      }
      context.log.warn(error.message);
      return copiedOrFailed(app, record, context);
    }
    throw new OffsiteFailure({ ...record, offsite: null }, error instanceof Error ? error.message : String(error));
  }
  return copiedOrFailed(app, record, context);
}
async function copiedOrFailed(app, record, context) {
  const offsite = await readOffsiteCopy(backupPaths(context.paths.dataDir, app), record.id);
  if (offsite) return { ...record, offsite };
  throw new OffsiteFailure(
    { ...record, offsite: null },
    `offsite-keep left it out: the bucket holds as many copies newer than ${record.created_at} as it may keep (has this server's clock gone back?)`
  );
}
var OffsiteFailure, LocalBackupChanged;
var init_after_backup = __esm({
  "src/backup/offsite/after-backup.ts"() {
    "use strict";
    init_errors();
    init_store();
    init_state();
    OffsiteFailure = class extends UserError {
      constructor(record, reason) {
        super(
          `Backup ${record.id} is verified and kept on this server, but its off-site copy failed: ${reason}
The next backup uploads it, or now: dokku pegasus:offsite-push ${record.app}`
        );
        this.record = record;
        this.name = "OffsiteFailure";
      }
    };
    LocalBackupChanged = class extends UserError {
      constructor(ids, details, app, dir, pushed) {
        super(
          `${details.join("; ")}. ${ids.length === 1 ? "That backup was" : "Those backups were"} not copied off-site (the others were) and would be refused by a restore too. Local retention (backup-keep) removes ${ids.length === 1 ? "it" : "them"} in time, or remove ${ids.map((id) => `${id}.*`).join(" ")} from ${dir} by hand; until then every push of ${app} names ${ids.length === 1 ? "it" : "them"} and exits 1`
        );
        this.ids = ids;
        this.pushed = pushed;
        this.name = "LocalBackupChanged";
      }
    };
  }
});

// src/triggers/pre-release-builder.ts
var pre_release_builder_exports = {};
__export(pre_release_builder_exports, {
  preReleaseBuilder: () => preReleaseBuilder
});

// src/core/app-name.ts
init_errors();
var CREATE_RULE = /^[a-z0-9][a-z0-9.-]*$/;
var LEGACY_LOOKUP_RULE = /^[a-z0-9][a-z0-9._-]*$/;
var RULE_MESSAGE = "App name must begin with lowercase alphanumeric character, and may only contain lowercase alphanumerics, dots, and hyphens";
function isValidNewAppName(name) {
  return CREATE_RULE.test(name);
}
function isValidAppName(name) {
  return LEGACY_LOOKUP_RULE.test(name);
}
function verifyAppName(name, { forCreate = false } = {}) {
  if (name === void 0 || name === "") {
    throw new UserError("Please specify an app to run the command on");
  }
  const valid = forCreate ? isValidNewAppName(name) : isValidAppName(name);
  if (!valid) throw new UserError(RULE_MESSAGE);
  return name;
}

// src/deploy/gate.ts
init_id();

// src/core/deploy-gate.ts
init_id();
var CODE_ARRIVING_SOURCES = [
  "git-hook",
  "git:sync",
  "git:from-archive",
  "git:from-image",
  "git:load-image",
  "ps:rebuild"
];
function earlyPass(facts) {
  if (facts.buildSource !== void 0 && !isCodeArriving(facts.buildSource)) {
    return { action: "pass", reason: `no new code (${facts.buildSource}): no backup needed`, noNewCode: true };
  }
  if (facts.trigger === "post-build" && !facts.hasPredeploy) {
    return { action: "pass", reason: "no app.json predeploy: the backup is taken before the release task" };
  }
  return void 0;
}
function decideGate(facts) {
  const early = earlyPass(facts);
  if (early) return early;
  if (facts.buildSource === void 0 && facts.builtInThisRun === false) {
    return { action: "pass", reason: "no build ran in this dokku run (a restart): no backup needed", noNewCode: true };
  }
  if (facts.buildSource === void 0 && facts.builtInThisRun === void 0 && isSameCode(facts.deployingRev, facts.lastReleaseRev)) {
    return {
      action: "pass",
      reason: `no new code (${normalizeRev(facts.deployingRev)} is the last released commit): no backup needed`,
      noNewCode: true
    };
  }
  if (facts.alreadyTakenForBuild) return { action: "pass", reason: "the deploy backup for this build is already taken" };
  if (facts.rollback) {
    return { action: "pass", reason: "rollback: the database was just restored from a verified backup", consumeRollback: true };
  }
  if (!facts.backupOnDeploy) return { action: "pass", reason: "backup-on-deploy is false" };
  if (facts.skipNext) {
    return { action: "pass", reason: "backup-skip-next was set: skipping this deploy's backup once", consumeSkipNext: true };
  }
  if (!facts.hasPostgres) return { action: "pass", reason: "no Postgres service is linked to the app" };
  return { action: "backup" };
}
function isCodeArriving(buildSource) {
  return buildSource !== void 0 && CODE_ARRIVING_SOURCES.includes(buildSource);
}
function isSameCode(deployingRev, lastReleaseRev) {
  const deploying = normalizeRev(deployingRev);
  const last = normalizeRev(lastReleaseRev);
  return deploying !== "none" && deploying === last;
}
function liveRevFrom(lastReleaseRev, deploySourceMetadata2) {
  const fromHistory = (lastReleaseRev ?? "").trim().toLowerCase();
  if (isRev(fromHistory)) return fromHistory;
  const metadata = (deploySourceMetadata2 ?? "").trim();
  const candidate = (metadata.includes("#") ? metadata.slice(metadata.lastIndexOf("#") + 1) : metadata).toLowerCase();
  return isRev(candidate) ? candidate : "none";
}
var PENDING_WITHOUT_ID_MS = 60 * 60 * 1e3;
function pendingIsForBuild(pending, build, deployingRev, now) {
  if (!pending) return false;
  if (build.buildId || pending.build_id) return pending.build_id === build.buildId;
  const age = now.getTime() - Date.parse(pending.created_at);
  const recent = age >= 0 && age < PENDING_WITHOUT_ID_MS;
  if (build.dokkuPid || pending.dokku_pid) return pending.dokku_pid === build.dokkuPid && recent;
  return pending.deploying_rev === deployingRev && recent;
}
function buildMarkerIsForRun(marker, dokkuPid, now) {
  if (!marker || marker.dokku_pid !== dokkuPid) return false;
  const age = now.getTime() - Date.parse(marker.created_at);
  return age >= 0 && age < PENDING_WITHOUT_ID_MS;
}
function rollbackMarkerApplies(marker, deployingRev, now) {
  if (!marker || !isRev(marker.rev) || !isRev(deployingRev)) return false;
  const same = marker.rev.startsWith(deployingRev) || deployingRev.startsWith(marker.rev);
  return same && now.getTime() < Date.parse(marker.expires_at);
}

// src/core/settings.ts
init_errors();

// src/core/setup-options.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
init_errors();

// src/core/options.ts
init_errors();

// src/core/setup-options.ts
var EMAIL_RULE = /^[^\s@,;"'<>()\\]+@[^\s@,;"'<>()\\]+\.[^\s@,;"'<>()\\]+$/;
function isEmailAddress(value) {
  return value.length <= 254 && EMAIL_RULE.test(value);
}

// src/core/settings.ts
init_config();
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
function settingFallback(key) {
  return SETTINGS.find((setting) => setting.key === key)?.fallback ?? "";
}

// src/dokku/config.ts
init_errors();
async function exportConfig(dokku, app) {
  const { stdout } = await dokku.run(["config:export", "--format", "json", app], { mutating: false });
  let parsed;
  try {
    parsed = JSON.parse(stdout.trim() || "{}");
  } catch {
    throw notJson(app);
  }
  if (parsed === null) return /* @__PURE__ */ Object.create(null);
  if (typeof parsed !== "object" || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== "string")) {
    throw notJson(app);
  }
  return Object.assign(/* @__PURE__ */ Object.create(null), parsed);
}
function notJson(app) {
  return new UserError(
    `dokku config:export --format json ${app} did not print a JSON object of strings (its output is not shown: it holds the app's values). Run that command as the dokku user to see what it prints; if this Dokku does not know --format json, upgrade Dokku`
  );
}

// src/dokku/services.ts
function serviceHost(plugin, service) {
  return `dokku-${plugin}-${service.replace(/[._]/g, "-")}`;
}
async function listServices(dokku, plugin) {
  const { stdout } = await dokku.run([`${plugin}:list`], { mutating: false });
  const names = [];
  for (const line of stdout.split("\n")) {
    if (/^\s*(=====>|-----> |!)/.test(line) || line.startsWith(" !")) continue;
    const first = line.trim().split(/\s+/)[0] ?? "";
    if (first === "" || first === "NAME") continue;
    if (/^[A-Za-z0-9_-]+$/.test(first)) names.push(first);
  }
  return names;
}

// src/dokku/postgres.ts
async function listPostgresServices(dokku) {
  return listServices(dokku, "postgres");
}
async function exportPostgres(dokku, service, consume) {
  return dokku.stream(["postgres:export", service], { mutating: false, consumeStdout: consume });
}
function postgresServiceHost(service) {
  return serviceHost("postgres", service);
}
function linkedPostgresHosts(config) {
  const hosts = /* @__PURE__ */ new Set();
  for (const [key, value] of Object.entries(config)) {
    if (key !== "DATABASE_URL" && !/^DOKKU_POSTGRES_[A-Z]+_URL$/.test(key)) continue;
    const host = /^postgres(?:ql)?:\/\/[^@/]*@([^:/?#]+)/.exec(value)?.[1];
    if (host?.startsWith("dokku-postgres-")) hosts.add(host);
  }
  return [...hosts].sort();
}

// src/deploy/gate.ts
init_errors();

// src/backup/take.ts
var import_node_crypto6 = __toESM(require_node_crypto(), 1);
var import_promises13 = __toESM(require_promises(), 1);
var import_node_stream3 = __toESM(require_node_stream(), 1);
var import_promises14 = __toESM(require_promises2(), 1);
init_id();
init_plan();
init_pg_archive();

// src/dokku/client.ts
init_errors();
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

// src/deploy/live-rev.ts
init_id();

// src/dokku/deploy.ts
init_errors();
async function deploySourceMetadata(dokku, app) {
  const { stdout } = await dokku.run(["apps:report", app, "--app-deploy-source-metadata"], { mutating: false });
  return stdout.trim();
}

// src/deploy/live-rev.ts
init_errors();

// src/io/releases.ts
var import_promises5 = __toESM(require_promises(), 1);
var import_node_path6 = __toESM(require("node:path"), 1);

// src/core/releases.ts
init_id();
function parseReleases(text) {
  const records = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const parsed = JSON.parse(line);
      if (typeof parsed.rev === "string" && typeof parsed.deployed_at === "string") records.push(parsed);
    } catch {
      continue;
    }
  }
  return records.reverse();
}

// src/io/app-data.ts
var import_promises4 = __toESM(require_promises(), 1);
var import_node_path5 = __toESM(require("node:path"), 1);
init_id();
init_properties();
function appDataDir(paths, app) {
  return import_node_path5.default.join(paths.dataDir, app);
}

// src/io/releases.ts
init_disk_full();
init_properties();
function releasesFile(paths, app) {
  return import_node_path6.default.join(appDataDir(paths, app), "releases.jsonl");
}
async function readReleases(paths, app) {
  const file2 = releasesFile(paths, app);
  try {
    return parseReleases(await (0, import_promises5.readFile)(file2, "utf8"));
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(
      file2,
      error,
      `the release history of ${app}`,
      `Move it aside (\`mv ${file2} ${file2}.broken\`); pegasus then starts a new history with the next deploy`
    );
  }
}

// src/deploy/live-rev.ts
async function liveRevOf(app, context, releases) {
  const [last] = releases ?? await releasesOrWarn(app, context);
  if (last && normalizeRev(last.rev) !== "none") return normalizeRev(last.rev);
  return liveRevFrom(void 0, await deploySourceMetadata(context.dokku, app));
}
async function releasesOrWarn(app, context) {
  try {
    return await readReleases(context.paths, app);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    context.log.warn(`${error.message}. Meanwhile this deploy goes on as if ${app} had no release history`);
    return [];
  }
}

// src/backup/take.ts
init_errors();
init_archive_file();
init_disk_full();
init_properties();

// src/backup/media/archive.ts
var import_node_crypto3 = __toESM(require_node_crypto(), 1);
var import_node_fs3 = require("node:fs");
var import_promises7 = __toESM(require_promises(), 1);
init_plan();
init_errors();
init_disk_full();
var END_MARKER_BYTES = 1024;
async function writeMediaArchive(mounts, file2, onBytes) {
  for (const mount of mounts) await requireDirectory(mount);
  const tar = await Promise.resolve().then(() => __toESM(require("../vendor/tar.cjs"), 1));
  let entries = 0;
  const pack = tar.create(
    {
      cwd: "/",
      portable: false,
      strict: true,
      // One file at a time, read 1 MiB at a time: tar's defaults (4 jobs, 16 MiB reads) let
      // memory grow with the archive when the disk writes slower than files are read.
      jobs: 1,
      maxReadSize: 1024 * 1024,
      onWriteEntry: () => {
        entries++;
      }
    },
    mounts.map(archivePrefix)
  );
  const hash = (0, import_node_crypto3.createHash)("sha256");
  let size = 0;
  const handle = await (0, import_promises7.open)(file2, "wx", 384);
  try {
    for await (const chunk of pack) {
      hash.update(chunk);
      size += chunk.length;
      await writeFully(handle, chunk);
      onBytes?.(size);
    }
    await handle.sync();
  } catch (error) {
    if (isDiskFull(error)) throw error;
    throw new UserError(`Archiving the media failed: ${describe(error)}. Nothing was kept; run the backup again`);
  } finally {
    await handle.close();
  }
  return { size, sha256: hash.digest("hex"), entries };
}
function notADirectory(mount) {
  return new UserError(
    `The storage mounted at ${mount.container_path} is ${mount.host_path}, which is not a directory (a symbolic link or a file): media backups and restores handle real directories only, never what a link points at. Nothing was changed. Mount the directory itself (dokku storage:unmount, then dokku storage:mount), then run this again`
  );
}
async function requireDirectory(mount) {
  let isDirectory = false;
  try {
    const found = await (0, import_promises7.lstat)(mount.host_path);
    if (!found.isDirectory()) throw notADirectory(mount);
    isDirectory = true;
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  if (!isDirectory) {
    throw new UserError(
      `The storage mounted at ${mount.container_path} should be the directory ${mount.host_path}, which does not exist. Create it (dokku storage:ensure-directory), or unmount it, then run this again`
    );
  }
}
async function writeFully(handle, chunk) {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}
async function readMediaArchive(file2) {
  const tar = await Promise.resolve().then(() => __toESM(require("../vendor/tar.cjs"), 1));
  let entries = 0;
  const parser = new tar.Parser({
    strict: true,
    onReadEntry: (entry) => {
      entries++;
      entry.resume();
    }
  });
  const { size, sha256, tail } = await feed(file2, parser, "end");
  if (size < END_MARKER_BYTES || size % 512 !== 0 || tail.some((byte) => byte !== 0)) {
    throw new MediaArchiveError("it does not end with tar's end-of-archive marker (cut short?)");
  }
  return { size, sha256, entries };
}
var MediaArchiveError = class extends Error {
};
async function feed(file2, sink, doneEvent) {
  const hash = (0, import_node_crypto3.createHash)("sha256");
  let size = 0;
  let tail = Buffer.alloc(0);
  const input = (0, import_node_fs3.createReadStream)(file2);
  await new Promise((resolve, reject) => {
    let failure;
    const fail = (error) => {
      if (failure !== void 0) return;
      failure = error;
      input.destroy();
      const code = error?.code;
      const settled = () => reject(typeof code === "string" && code.startsWith("TAR_") ? new MediaArchiveError(describe(error)) : error);
      sink.once("end", settled);
      sink.once("close", settled);
      sink.end();
    };
    input.on("data", (chunk) => {
      hash.update(chunk);
      size += chunk.length;
      tail = chunk.length >= END_MARKER_BYTES ? chunk.subarray(chunk.length - END_MARKER_BYTES) : Buffer.concat([tail, chunk]).subarray(-END_MARKER_BYTES);
      if (!sink.write(chunk)) {
        input.pause();
        sink.once("drain", () => input.resume());
      }
    });
    input.on("end", () => sink.end());
    input.on("error", fail);
    sink.on("error", fail);
    sink.on(doneEvent, () => {
      if (failure === void 0) resolve();
    });
  });
  return { size, sha256: hash.digest("hex"), tail };
}
function describe(error) {
  if (error instanceof Error) {
    const code = error.code;
    const where = error.path;
    return `${error.message}${where && !error.message.includes(where) ? ` (${where})` : ""}${code && !error.message.includes(code) ? ` [${code}]` : ""}`;
  }
  return String(error);
}

// src/backup/media/restore.ts
var import_promises10 = __toESM(require_promises(), 1);
var import_node_path9 = __toESM(require("node:path"), 1);
init_plan();

// src/dokku/storage.ts
init_errors();
async function listMounts(dokku, app) {
  const { stdout } = await dokku.run(["storage:list", app, "--format", "json"], { mutating: false });
  const parsed = JSON.parse(stdout.trim() || "[]");
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap(
    (entry) => typeof entry?.host_path === "string" && typeof entry?.container_path === "string" ? [
      {
        hostPath: entry.host_path,
        containerPath: entry.container_path,
        ...typeof entry.entry_name === "string" && entry.entry_name ? { entryName: entry.entry_name } : {}
      }
    ] : []
  );
}
async function ensureStorageDirectory(dokku, name, uid) {
  await dokku.run(["storage:ensure-directory", "--chown", String(uid), name], { mutating: true });
}

// src/backup/media/restore.ts
init_errors();
init_store();
async function currentMediaMounts(context, app) {
  return planMediaMounts(app, await listMounts(context.dokku, app));
}
async function recoverMediaLeftovers(paths, context) {
  const journal = await readJsonFile(paths.mediaJournal);
  if (journal === void 0) return;
  if (!isMediaJournal(journal)) {
    context.log.warn(`Ignoring ${paths.mediaJournal}: it is not a media restore journal of ours`);
    return;
  }
  for (const live of journal.lives) {
    const staged = stagedDir(live);
    const actions = planLeftovers(live, journal.phase, {
      live: await exists(live),
      staged: await exists(staged),
      stagedIsOurs: await isOurStagedDir(staged),
      replaced: await exists(replacedDir(live))
    });
    for (const action of actions) {
      if (action.kind === "remove") {
        context.log.verbose(`Removing ${action.dir}: ${action.why}`);
        await removeOurs(action.dir, context);
      } else {
        context.log.warn(`Putting ${action.from} back as ${action.to}: ${action.why}`);
        await (0, import_promises10.rename)(action.from, action.to);
      }
    }
  }
  await (0, import_promises10.rm)(paths.mediaJournal, { force: true });
}
async function isOurStagedDir(dir) {
  try {
    const names = await (0, import_promises10.readdir)(dir);
    return names.length === 0 || names.includes(STAGED_MARKER);
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return false;
    throw error;
  }
}
async function removeOurs(dir, context) {
  try {
    await (0, import_promises10.rm)(dir, { recursive: true, force: true });
    return;
  } catch (error) {
    const code = error.code;
    const storageRoot = import_node_path9.default.join(context.paths.libRoot, "data", "storage");
    if (code !== "EACCES" && code !== "EPERM" || import_node_path9.default.dirname(dir) !== storageRoot) throw error;
  }
  await ensureStorageDirectory(context.dokku, import_node_path9.default.basename(dir), process.getuid?.() ?? 0);
  await (0, import_promises10.rm)(dir, { recursive: true, force: true });
}
async function exists(file2) {
  try {
    await (0, import_promises10.lstat)(file2);
    return true;
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw error;
  }
}

// src/backup/take.ts
init_lock();
init_after_backup();

// src/backup/service.ts
init_id();
init_errors();
init_properties();
var chooseHint = (app) => `name the right one with \`dokku pegasus:set ${app} postgres-service NAME\``;
async function currentPostgresService(app, config, context, services) {
  const chosen = await new PropertyStore(context.paths.propertiesDir).get(app, "postgres-service");
  if (chosen) {
    if (!isServiceName(chosen)) {
      throw new UserError(`The postgres-service property of ${app} is not a Postgres service name; ${chooseHint(app)}`);
    }
    return { service: chosen, from: "property" };
  }
  const hosts = linkedPostgresHosts(config);
  if (hosts.length === 0) {
    throw new UserError(
      `No Postgres service is linked to ${app} (no DATABASE_URL or DOKKU_POSTGRES_*_URL points at a dokku-postgres service). Link one with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`
    );
  }
  const all = services ?? await listPostgresServices(context.dokku);
  const linked = all.filter((service) => hosts.includes(postgresServiceHost(service)));
  if (linked.length === 1) return { service: linked[0], from: "link" };
  if (linked.length === 0) {
    throw new UserError(
      `${app} points at ${hosts.join(", ")}, but no Postgres service of that name exists (services: ${all.length > 0 ? all.join(", ") : "none"}). Relink with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`
    );
  }
  throw new UserError(`Several Postgres services are linked to ${app}: ${[...linked].sort().join(", ")}. Choose one: ${chooseHint(app)}`);
}

// src/backup/take.ts
init_store();
async function takeBackup(app, reason, context, options = {}) {
  verifyAppName(app);
  const paths = backupPaths(context.paths.dataDir, app);
  try {
    const record = await backupOnce(app, reason, context, options, paths);
    if (reason === "schedule") {
      await writeLastScheduled(paths, { status: "ok", at: record.created_at, id: record.id });
    }
    return await copyOffsite(app, record, context);
  } catch (error) {
    if (reason === "schedule" && !(error instanceof OffsiteFailure)) {
      const message = error instanceof Error ? error.message : String(error);
      await writeLastScheduled(paths, { status: "failed", at: context.now().toISOString(), message }).catch(() => void 0);
    }
    throw error;
  }
}
async function backupOnce(app, reason, context, options, paths) {
  const { dokku, log } = context;
  const properties = new PropertyStore(context.paths.propertiesDir);
  const config = options.config ?? await exportConfig(dokku, app);
  if (options.service !== void 0 && !isServiceName(options.service)) {
    throw new UserError(`${JSON.stringify(options.service)} is not a Postgres service name`);
  }
  const service = options.service ?? await serviceToBackUp(app, config, context);
  const gitRev = normalizeRev(options.liveRev ?? await liveRevOf(app, context));
  const wantsMedia = options.media ?? await properties.computed(app, "backup-media", settingFallback("backup-media")) === "true";
  let mounts = wantsMedia ? await currentMediaMounts(context, app) : void 0;
  if (mounts && reason === "pre-restore") {
    const present = await directoriesPresent(mounts);
    for (const mount of mounts.filter((candidate) => !present.includes(candidate))) {
      log.verbose(`No media to save at ${mount.container_path}: ${mount.host_path} does not exist yet`);
    }
    mounts = present;
  }
  const now = context.now();
  if (reason === "schedule") log.info1(`Scheduled backup of ${app} at ${now.toISOString()}`);
  log.info1(`Backing up ${app}: Postgres service ${service}, live commit ${shortRev(gitRev)}`);
  if (mounts && mounts.length === 0 && reason !== "pre-restore") log.warn(`backup-media is on, but ${app} has no storage mounted: this backup holds no media`);
  const estimate = { bytes: requiredFreeBytes(void 0), basis: "a 64 MiB margin" };
  try {
    return await backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate, mounts });
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    throw await diskFullError(error, {
      dir: paths.dir,
      what: `the backup of ${app}`,
      needed: estimate.bytes,
      neededBasis: estimate.basis,
      advice: `or keep fewer backups with \`dokku pegasus:set ${app} backup-keep N\``
    });
  }
}
async function backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate, mounts }) {
  const { log } = context;
  await ensureBackupDir(paths);
  const release = await acquireBackupLock(paths.lock, {
    app,
    now,
    log,
    isAlive: options.isAlive,
    waitMs: options.lockWaitMs,
    progress: options.progress,
    progressIntervalMs: options.progressIntervalMs
  });
  let partial;
  let mediaPartial;
  let unsealed;
  try {
    const existing = await listBackups(paths);
    await removeLeftovers(paths, existing, log, options.isAlive);
    await recoverMediaLeftovers(paths, context);
    const lastSize = existing[0] ? existing[0].size + (mounts ? existing[0].media?.size ?? 0 : 0) : void 0;
    if (lastSize !== void 0) Object.assign(estimate, sizeEstimate(lastSize, "the last backup's"));
    await checkFreeSpace(app, paths.dir, lastSize, options.statfs ?? import_promises13.statfs);
    const { id, started } = await freshId(paths, gitRev, now, context);
    partial = paths.partial(id);
    const clock = performance.now();
    const written = await streamExport(service, partial, context, options);
    Object.assign(estimate, sizeEstimate(written.size, "this dump's"));
    let summary;
    try {
      summary = await verifyArchiveFile(partial);
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      throw new UserError(
        `The export of ${service} exited 0 but the archive is incomplete: ${error.message}. Nothing was kept. A dump cut short looks like this (dokku-postgres issue #274): check \`dokku postgres:logs ${service}\` and the free space of the server and the service's volume, then run \`dokku pegasus:backup-deploy ${app}\` again`
      );
    }
    let media = null;
    if (mounts && mounts.length > 0) {
      mediaPartial = paths.mediaPartial(id);
      media = await archiveMedia(id, mounts, mediaPartial, context, options);
    }
    unsealed = id;
    await (0, import_promises13.rename)(partial, paths.dump(id));
    partial = void 0;
    if (mediaPartial) {
      await (0, import_promises13.rename)(mediaPartial, paths.media(id));
      mediaPartial = void 0;
    }
    await syncDirectory(paths.dir);
    const record = {
      id,
      app,
      service,
      file: paths.dump(id),
      created_at: started.toISOString(),
      git_rev: gitRev,
      size: written.size,
      sha256: written.sha256,
      verified: true,
      reason,
      pg_version: summary.serverVersion,
      duration_ms: Math.round(performance.now() - clock),
      ...options.deployingRev ? { deploying_rev: options.deployingRev } : {},
      media,
      archive: {
        format_version: summary.archiveVersion,
        pg_dump_version: summary.dumpVersion,
        compression: summary.compression,
        toc_entries: summary.tocEntries,
        data_blocks: summary.dataBlocks,
        large_objects: summary.largeObjects
      }
    };
    await writeManifest(paths, record);
    unsealed = void 0;
    log.info1(`Backup ${id} verified`);
    log.verbose(
      `${formatBytes(record.size)}, PostgreSQL ${record.pg_version}, ${plural(summary.tocEntries, "TOC entry", "TOC entries")}, ${plural(summary.dataBlocks, "data block", "data blocks")}, sha256 ${record.sha256}`
    );
    log.verbose(`File: ${record.file}`);
    if (media) log.verbose(`Media: ${paths.media(id)} (${formatBytes(media.size)}, ${plural(media.entries, "entry", "entries")}, sha256 ${media.sha256})`);
    try {
      await prune(app, paths, properties, context, options.protect ?? []);
    } catch (error) {
      log.warn(
        `Backup ${id} is good, but removing old backups failed: ${error instanceof Error ? error.message : String(error)}. Check ${paths.dir}`
      );
    }
    return record;
  } catch (error) {
    const reached = error.bytesWritten;
    if (reached !== void 0 && requiredFreeBytes(reached) > estimate.bytes) {
      Object.assign(estimate, sizeEstimate(reached, "at least the", "written before the disk filled"));
    }
    throw error;
  } finally {
    if (partial) await (0, import_promises13.rm)(partial, { force: true });
    if (mediaPartial) await (0, import_promises13.rm)(mediaPartial, { force: true });
    if (unsealed) await deleteBackup(paths, unsealed).catch(() => void 0);
    await release();
  }
}
function sizeEstimate(size, before, after = "") {
  return {
    bytes: requiredFreeBytes(size),
    basis: `${before} ${formatBytes(size)}${after ? ` ${after}` : ""}, a fifth more and 64 MiB`
  };
}
async function directoriesPresent(mounts) {
  const present = [];
  for (const mount of mounts) {
    let found;
    try {
      found = await (0, import_promises13.lstat)(mount.host_path);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
      continue;
    }
    if (!found.isDirectory()) throw notADirectory(mount);
    present.push(mount);
  }
  return present;
}
async function archiveMedia(id, mounts, file2, context, options) {
  context.log.info1(`Archiving media of ${mounts.length === 1 ? mounts[0].container_path : `${mounts.length} storage mounts`}`);
  let bytes = 0;
  const began = Date.now();
  const progress = options.progress;
  const timer = progress ? setInterval(() => progress.write(`       ${progressLine(bytes, Date.now() - began)}
`), options.progressIntervalMs ?? 1e3) : void 0;
  let written;
  try {
    written = await writeMediaArchive(mounts, file2, (total) => {
      bytes = total;
    });
  } finally {
    if (timer) clearInterval(timer);
  }
  let read;
  try {
    read = await readMediaArchive(file2);
  } catch (error) {
    if (!(error instanceof MediaArchiveError)) throw error;
    throw new UserError(`The media archive just written does not read back: ${error.message}. Nothing was kept; check the disk, then run this again`);
  }
  if (read.size !== written.size || read.sha256 !== written.sha256 || read.entries !== written.entries) {
    throw new UserError(
      `The media archive read back differs from what was written (${read.size} bytes, ${read.entries} entries, sha256 ${read.sha256}; written ${written.size} bytes, ${written.entries} entries, sha256 ${written.sha256}). Nothing was kept; check the disk, then run this again`
    );
  }
  return { file: mediaFileName(id), size: written.size, sha256: written.sha256, entries: written.entries, mounts };
}
async function serviceToBackUp(app, config, context) {
  const current = await currentPostgresService(app, config, context);
  const hosts = linkedPostgresHosts(config);
  if (current.from === "property" && hosts.length > 0 && !hosts.includes(postgresServiceHost(current.service))) {
    context.log.warn(
      `The postgres-service setting of ${app} names ${current.service}, but ${app}'s database URL points at ${hosts.join(", ")}. Backing up ${current.service} as set; if ${app} uses another database now: dokku pegasus:set ${app} postgres-service`
    );
  }
  return current.service;
}
async function checkFreeSpace(app, dir, lastSize, statfs2) {
  const stats = await statfs2(dir);
  const free = Number(stats.bavail) * Number(stats.bsize);
  const needed = requiredFreeBytes(lastSize);
  if (free >= needed) return;
  const basis = lastSize === void 0 ? "a 64 MiB margin" : `the last backup's ${formatBytes(lastSize)}, a fifth more and 64 MiB`;
  throw new UserError(
    `Not enough free disk to back up ${app}: ${formatBytes(free)} free in ${dir}, ${formatBytes(needed)} needed (${basis}). Free some space, or keep fewer backups with \`dokku pegasus:set ${app} backup-keep N\`, then run this again`
  );
}
async function freshId(paths, gitRev, now, context) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = attempt === 0 ? now : context.now();
    const id = backupId(started, gitRev);
    if (!await backupExists(paths, id)) return { id, started };
    await new Promise((resolve) => setTimeout(resolve, 1e3 - started.getTime() % 1e3));
  }
  throw new UserError(`A backup with the id of this one already exists in ${paths.dir}; run this again in a second`);
}
async function streamExport(service, file2, context, options) {
  const hash = (0, import_node_crypto6.createHash)("sha256");
  let size = 0;
  const meter = new import_node_stream3.Transform({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    }
  });
  const handle = await (0, import_promises13.open)(file2, "wx", 384);
  const began = Date.now();
  const progress = options.progress;
  const timer = progress ? setInterval(() => progress.write(`       ${progressLine(size, Date.now() - began)}
`), options.progressIntervalMs ?? 1e3) : void 0;
  let result;
  try {
    result = await exportPostgres(
      context.dokku,
      service,
      (stdout) => (0, import_promises14.pipeline)(stdout, meter, fileSink(handle))
    );
    await handle.sync();
  } catch (error) {
    if (error instanceof UserError || !error.code) throw error;
    if (isDiskFull(error)) throw Object.assign(error, { bytesWritten: size });
    throw new UserError(
      `Writing the backup to ${file2} failed: ${error.message}. Nothing was kept. Check the free space and permissions of that directory, then run this again`
    );
  } finally {
    if (timer) clearInterval(timer);
    await handle.close();
  }
  if (result.exitCode !== 0 || result.signal) {
    const how = result.signal ? `was killed (${result.signal})` : `failed (exit ${result.exitCode})`;
    const message = dokkuMessage(result.stderr, "");
    throw new UserError(
      `dokku postgres:export ${service} ${how}${message ? `: ${message}` : ""}. Nothing was kept (the partial file was deleted). Check the service with \`dokku postgres:info ${service}\`, then run this again`
    );
  }
  if (progress && Date.now() - began >= (options.progressIntervalMs ?? 1e3)) {
    progress.write(`       ${progressLine(size, Date.now() - began)}
`);
  }
  return { size, sha256: hash.digest("hex") };
}
function fileSink(handle) {
  return new import_node_stream3.Writable({
    write(chunk, _encoding, callback) {
      writeFully2(handle, chunk).then(() => callback(), callback);
    }
  });
}
async function writeFully2(handle, chunk) {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}
async function prune(app, paths, properties, context, protect) {
  const raw = await properties.computed(app, "backup-keep", settingFallback("backup-keep") || "10");
  let keep = Number(raw);
  if (!/^\d+$/.test(raw)) {
    keep = Number(settingFallback("backup-keep") || "10");
    context.log.warn(`backup-keep is ${JSON.stringify(raw)}, not a number; keeping ${keep}`);
  }
  const doomed = planRetention(await listBackups(paths), keep, protect);
  for (const record of doomed) {
    await deleteBackup(paths, record.id);
    context.log.verbose(`Removed backup ${record.id} (backup-keep ${keep})`);
  }
}
function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/deploy/gate.ts
init_after_backup();
init_state();

// src/io/deploy-state.ts
var import_promises15 = __toESM(require_promises(), 1);
var import_node_path11 = __toESM(require("node:path"), 1);
init_store();
function file(paths, app, name) {
  return import_node_path11.default.join(appDataDir(paths, app), name);
}
async function writeJson(paths, app, name, value) {
  await (0, import_promises15.mkdir)(appDataDir(paths, app), { recursive: true, mode: 493 });
  await writeFileAtomic(file(paths, app, name), `${JSON.stringify(value)}
`);
}
var readPendingDeploy = (paths, app) => readJsonFile(file(paths, app, "pending-deploy.json"));
var writePendingDeploy = (paths, app, pending) => writeJson(paths, app, "pending-deploy.json", pending);
var clearPendingDeploy = (paths, app) => (0, import_promises15.rm)(file(paths, app, "pending-deploy.json"), { force: true });
var readRollbackMarker = (paths, app) => readJsonFile(file(paths, app, "rollback.json"));
var clearRollbackMarker = (paths, app) => (0, import_promises15.rm)(file(paths, app, "rollback.json"), { force: true });
var readBuildMarker = (paths, app) => readJsonFile(file(paths, app, "build.json"));
var writeBuildMarker = (paths, app, marker) => writeJson(paths, app, "build.json", marker);
var clearBuildMarker = (paths, app) => (0, import_promises15.rm)(file(paths, app, "build.json"), { force: true });

// src/deploy/gate.ts
init_properties();
async function runDeployGate(run, context) {
  const { app } = run;
  const { log, paths, env } = context;
  const buildSource = env.DOKKU_BUILD_SOURCE || void 0;
  const buildId = env.DOKKU_BUILD_ID || void 0;
  const build = buildIdentity(env);
  const now = context.now();
  let builtInThisRun;
  if (build.dokkuPid) {
    if (run.trigger === "post-build") {
      await writeBuildMarker(paths, app, { dokku_pid: build.dokkuPid, created_at: now.toISOString() });
      builtInThisRun = true;
    } else {
      builtInThisRun = buildMarkerIsForRun(await readBuildMarker(paths, app), build.dokkuPid, now);
      if (!builtInThisRun) {
        await forgetUnfinishedBuild(paths, app);
        log.info1("Pegasus deploy backup skipped: no build ran in this dokku run (a restart): no backup needed");
        return;
      }
    }
  }
  const early = earlyPass({ trigger: run.trigger, buildSource, hasPredeploy: run.hasPredeploy });
  if (early?.action === "pass") {
    if (run.trigger === "pre-release-builder") log.info1(`Pegasus deploy backup skipped: ${early.reason}`);
    return;
  }
  const properties = new PropertyStore(paths.propertiesDir);
  const config = await exportConfig(context.dokku, app);
  const deployingRev = normalizeRev(config.GIT_REV);
  const pending = await readPendingDeploy(paths, app);
  const marker = await readRollbackMarker(paths, app);
  const releases = await releasesOrWarn(app, context);
  const lastReleaseRev = buildSource === void 0 ? releases[0]?.rev : void 0;
  const decision = decideGate({
    trigger: run.trigger,
    buildSource,
    hasPredeploy: run.hasPredeploy,
    builtInThisRun,
    alreadyTakenForBuild: pendingIsForBuild(pending, build, deployingRev, now),
    rollback: rollbackMarkerApplies(marker, deployingRev, now),
    backupOnDeploy: await properties.computed(app, "backup-on-deploy", settingFallback("backup-on-deploy")) !== "false",
    skipNext: await properties.get(app, "backup-skip-next") === "true",
    hasPostgres: Boolean(await properties.get(app, "postgres-service")) || linkedPostgresHosts(config).length > 0,
    deployingRev,
    lastReleaseRev
  });
  if (decision.action === "pass" && decision.noNewCode) {
    if (run.trigger === "pre-release-builder") log.info1(`Pegasus deploy backup skipped: ${decision.reason}`);
    return;
  }
  if (decision.action === "pass" && pending && pendingIsForBuild(pending, build, deployingRev, now)) {
    log.info1(
      pending.backup_id ? `Pegasus deploy backup ${pending.backup_id} already taken for this build` : `Pegasus deploy backup skipped for this build: ${pending.reason}`
    );
    return;
  }
  const liveRev = await liveRevOf(app, context, releases);
  const record = (backupId3, reason, restored) => ({
    ...buildId ? { build_id: buildId } : {},
    ...build.dokkuPid ? { dokku_pid: build.dokkuPid } : {},
    backup_id: backupId3,
    ...restored ? { restored_backup_id: restored } : {},
    live_rev: liveRev,
    deploying_rev: deployingRev,
    created_at: now.toISOString(),
    reason
  });
  if (decision.action === "pass") {
    if (decision.consumeSkipNext) {
      await properties.delete(app, "backup-skip-next");
      log.warn(`NO BACKUP for this deploy of ${app}: backup-skip-next was set, and is now unset (it applies once)`);
      log.warn(`Migrations of ${shortRev(deployingRev)} run against data that no pegasus backup holds`);
    } else if (decision.consumeRollback && marker) {
      await clearRollbackMarker(paths, app);
      log.info1(`Pegasus deploy backup skipped: rollback to ${shortRev(deployingRev)}, data just restored from ${marker.backup_id}`);
    } else {
      log.info1(`Pegasus deploy backup skipped: ${decision.reason}`);
    }
    await writePendingDeploy(paths, app, record(null, decision.reason, decision.consumeRollback ? marker?.backup_id : void 0));
    return;
  }
  log.info1(`Pegasus deploy backup of ${app} before its migrations (live ${shortRev(liveRev)}, deploying ${shortRev(deployingRev)})`);
  let backupId2;
  try {
    const taken = await takeBackup(app, "deploy", context, {
      config,
      liveRev,
      deployingRev,
      // A big database takes minutes; a line every few seconds shows the deploy is alive.
      progress: context.stderr,
      progressIntervalMs: 5e3,
      // A scheduled (or manual) backup may be running: wait for it, then take this one.
      lockWaitMs: await backupLockWaitSeconds(app, properties, context) * 1e3
    });
    backupId2 = taken.id;
  } catch (error) {
    if (error instanceof OffsiteFailure && !await offsiteRequired(context, app)) {
      log.warn(`${error.message}
The deploy goes on (set offsite-required true to stop deploys instead).`);
      backupId2 = error.record.id;
      await writePendingDeploy(paths, app, record(backupId2, "deploy backup taken"));
      return;
    }
    const why = error instanceof Error ? error.message : String(error);
    throw new UserError(
      [
        `Deploy of ${app} stopped: the backup before its migrations failed, so no migration ran.`,
        why,
        `Fix the cause and deploy again. To deploy once without a backup, knowingly:`,
        `  dokku pegasus:set ${app} backup-skip-next true`
      ].join("\n")
    );
  }
  await writePendingDeploy(paths, app, record(backupId2, "deploy backup taken"));
}
function buildIdentity(env) {
  const buildId = env.DOKKU_BUILD_ID || void 0;
  if (buildId || env.DOKKU_BUILD_SOURCE) return { buildId };
  return { dokkuPid: env.DOKKU_PID || void 0 };
}
async function forgetUnfinishedBuild(paths, app) {
  await clearPendingDeploy(paths, app);
  await clearBuildMarker(paths, app);
}
async function backupLockWaitSeconds(app, properties, context) {
  const fallback = settingFallback("backup-lock-wait");
  const raw = await properties.computed(app, "backup-lock-wait", fallback);
  if (/^\d+$/.test(raw)) return Number(raw);
  context.log.warn(`backup-lock-wait is ${JSON.stringify(raw)}, not a number of seconds; waiting ${fallback}`);
  return Number(fallback);
}

// src/triggers/pre-release-builder.ts
var preReleaseBuilder = {
  name: "pre-release-builder",
  async run(args, context) {
    const app = verifyAppName(args[1]);
    await runDeployGate({ trigger: "pre-release-builder", app, hasPredeploy: false }, context);
  }
};

// src/main.ts
init_errors();
var import_node_path13 = __toESM(require("node:path"), 1);
init_disk_full();

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
var import_node_fs6 = require("node:fs");
function standardOutput(fd, open6) {
  let stream;
  let broken;
  let failure;
  const opened = () => {
    if (stream) return stream;
    stream = open6();
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
      while (written < bytes.length) written += (0, import_node_fs6.writeSync)(fd, bytes, written, bytes.length - written);
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
var import_node_path12 = __toESM(require("node:path"), 1);
var PLUGIN_NAME = "pegasus";
function dokkuPaths(env) {
  const dokkuRoot = env.DOKKU_ROOT || "/home/dokku";
  const libRoot = env.DOKKU_LIB_ROOT || env.DOKKU_LIB_PATH || "/var/lib/dokku";
  const pluginPath = env.PLUGIN_PATH || import_node_path12.default.join(libRoot, "plugins");
  return {
    dokkuRoot,
    libRoot,
    dataDir: import_node_path12.default.join(libRoot, "data", PLUGIN_NAME),
    propertiesDir: import_node_path12.default.join(libRoot, "config", PLUGIN_NAME),
    pluginAvailablePath: env.PLUGIN_AVAILABLE_PATH || import_node_path12.default.join(pluginPath, "available"),
    pluginEnabledPath: env.PLUGIN_ENABLED_PATH || import_node_path12.default.join(pluginPath, "enabled")
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
  const file2 = error.path;
  return {
    dir: file2 ? import_node_path13.default.dirname(file2) : dokkuPaths(process.env).dataDir,
    what: file2 ? import_node_path13.default.basename(file2) : "a file of pegasus",
    needed: smallFileNeeds(""),
    neededBasis: "at least"
  };
}

// pegasus-entry:pegasus-entry:trigger/pre-release-builder
void startTrigger(pre_release_builder_exports, "pre-release-builder");
