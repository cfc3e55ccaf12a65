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
    var path12 = require("path");
    var os = require_os();
    var crypto = require_crypto();
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
        possibleVaultPath = path12.resolve(process.cwd(), ".env.vault");
      }
      if (fs.existsSync(possibleVaultPath)) {
        return possibleVaultPath;
      }
      return null;
    }
    function _resolveHome(envPath) {
      return envPath[0] === "~" ? path12.join(os.homedir(), envPath.slice(1)) : envPath;
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
      const dotenvPath = path12.resolve(process.cwd(), ".env");
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
      for (const path13 of optionPaths) {
        try {
          const parsed = DotenvModule.parse(fs.readFileSync(path13, { encoding }));
          DotenvModule.populate(parsedAll, parsed, options);
        } catch (e) {
          if (debug) {
            _debug(`Failed to load ${path13} ${e.message}`);
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
            const relative = path12.relative(process.cwd(), filePath);
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

// src/triggers/report.ts
var report_exports = {};
__export(report_exports, {
  report: () => report
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

// src/io/app-report.ts
var import_promises9 = __toESM(require_promises(), 1);
var import_node_path9 = __toESM(require("node:path"), 1);

// src/backup/id.ts
var ID_PATTERN = /^(\d{8}T\d{6}Z)-([0-9a-f]{7}|none)$/;
var REV_PATTERN = /^[0-9a-f]{7,64}$/;
var SERVICE_PATTERN = /^[A-Za-z0-9_-]+$/;
function isRev(value) {
  return REV_PATTERN.test(value);
}
function isServiceName(value) {
  return SERVICE_PATTERN.test(value) && !value.startsWith("-");
}
function shortRev(rev) {
  return rev === "none" ? "none" : rev.slice(0, 7);
}
function isBackupId(value) {
  return ID_PATTERN.test(value);
}
function newestFirst(records) {
  return [...records].sort(
    (a, b) => a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at)
  );
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
  const stat4 = readProc(`/proc/${pid}/stat`);
  return stat4 !== void 0 && stat4.slice(stat4.lastIndexOf(")") + 2).startsWith("Z");
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

// src/backup/schedule.ts
var SCHEDULE_PROPERTY = "backup-schedule";

// src/io/lock-file.ts
var import_promises4 = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_node_os(), 1);

// src/backup/lock.ts
var import_node_os2 = __toESM(require_node_os(), 1);

// src/backup/store.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_promises5 = __toESM(require_promises(), 1);
var import_node_path5 = __toESM(require("node:path"), 1);

// src/backup/media/plan.ts
var import_node_path4 = __toESM(require("node:path"), 1);
function mediaFileName(id) {
  return `${id}.media.tar`;
}
function isSoundMedia(value, id) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const media = value;
  return media.file === mediaFileName(id) && typeof media.size === "number" && Number.isSafeInteger(media.size) && media.size >= 1024 && typeof media.sha256 === "string" && /^[0-9a-f]{64}$/.test(media.sha256) && typeof media.entries === "number" && Number.isSafeInteger(media.entries) && media.entries >= 0 && Array.isArray(media.mounts) && media.mounts.every(
    (mount) => mount !== null && typeof mount === "object" && typeof mount.container_path === "string" && typeof mount.host_path === "string" && import_node_path4.default.isAbsolute(mount.host_path) && import_node_path4.default.normalize(mount.host_path) === mount.host_path && mount.host_path !== "/"
  );
}

// src/backup/store.ts
function backupPaths(dataDir, app) {
  return backupPathsAt(import_node_path5.default.join(dataDir, app));
}
function backupPathsAt(appDir) {
  const dir = import_node_path5.default.join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: import_node_path5.default.join(dir, ".lock"),
    lastScheduled: import_node_path5.default.join(appDir, "last-scheduled.json"),
    mediaJournal: import_node_path5.default.join(appDir, "media-restore.json"),
    dump: (id) => import_node_path5.default.join(dir, `${id}.dump`),
    manifest: (id) => import_node_path5.default.join(dir, `${id}.json`),
    partial: (id) => import_node_path5.default.join(dir, `.${id}.dump.partial`),
    media: (id) => import_node_path5.default.join(dir, mediaFileName(id)),
    mediaPartial: (id) => import_node_path5.default.join(dir, `.${mediaFileName(id)}.partial`),
    offsite: (id) => import_node_path5.default.join(dir, `${id}.offsite.json`),
    lastOffsite: import_node_path5.default.join(appDir, "last-offsite.json")
  };
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
    return await (0, import_promises5.readdir)(paths.dir, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(paths.dir, error, "the backups directory", `Check its owner and mode (dokku, 0700): \`ls -ld ${paths.dir}\``);
  }
}
var SEAL_FIELD = "seal";
function manifestSeal(manifest) {
  const { [SEAL_FIELD]: _ignored, ...fields } = manifest;
  return `sha256:${(0, import_node_crypto.createHash)("sha256").update(canonicalJson(fields)).digest("hex")}`;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
async function readManifest(file) {
  let text;
  try {
    text = await (0, import_promises5.readFile)(file, "utf8");
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
async function readLastScheduled(paths) {
  return readJsonFile(paths.lastScheduled);
}
async function readJsonFile(file) {
  try {
    return JSON.parse(await (0, import_promises5.readFile)(file, "utf8"));
  } catch (error) {
    if (isMissing(error) || error instanceof SyntaxError) return void 0;
    throw unreadableState(file, error, `the pegasus state file ${import_node_path5.default.basename(file)}`, `Remove it with \`rm -r ${file}\``);
  }
}

// src/backup/offsite/state.ts
var import_promises6 = __toESM(require_promises(), 1);
var import_node_path6 = __toESM(require("node:path"), 1);

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
function keyIdHint(accessKeyId) {
  return `\u2026${accessKeyId.slice(-4)}`;
}

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
function credentialsFile(context, target) {
  return target === GLOBAL ? import_node_path6.default.join(context.paths.dataDir, ".offsite-credentials.env") : import_node_path6.default.join(backupPaths(context.paths.dataDir, target).appDir, "offsite-credentials.env");
}
async function readCredentials(context, target) {
  const candidates = target === GLOBAL ? [[GLOBAL, "global"]] : [[target, "app"], [GLOBAL, "global"]];
  for (const [candidate, scope] of candidates) {
    let text;
    try {
      text = await (0, import_promises6.readFile)(credentialsFile(context, candidate), "utf8");
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

// src/backup/report.ts
async function backupReportFields(app, context, listed) {
  const paths = backupPaths(context.paths.dataDir, app);
  const schedule = await new PropertyStore(context.paths.propertiesDir).get(app, SCHEDULE_PROPERTY);
  const last = await readLastScheduled(paths);
  const records = listed ?? await listBackups(paths);
  const newest = records[0];
  let lastScheduled = "";
  if (last?.status === "ok") lastScheduled = `ok ${last.at} ${last.id ?? ""}`.trim();
  else if (last) lastScheduled = `failed ${last.at}: ${last.message ?? ""}`.trim();
  return {
    ...await offsiteReportFields(app, context, records),
    "backup-schedule": schedule ?? "",
    "backup-last-scheduled": lastScheduled,
    "backup-count": String(records.length),
    "backup-latest": newest ? `${newest.id} (${newest.reason}, commit ${shortRev(newest.git_rev)})` : ""
  };
}

// src/core/setup-options.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var EMAIL_RULE = /^[^\s@,;"'<>()\\]+@[^\s@,;"'<>()\\]+\.[^\s@,;"'<>()\\]+$/;
function isEmailAddress(value) {
  return value.length <= 254 && EMAIL_RULE.test(value);
}
function derivedServiceName(app, kind) {
  return `${app.replace(/[^A-Za-z0-9_-]/g, "-")}${kind === "postgres" ? "-db" : "-redis"}`;
}

// src/core/setup-plan.ts
function serviceName(app, kind) {
  return derivedServiceName(app, kind);
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

// src/core/report.ts
var REPORT_PREFIX = "pegasus";
var APP_REPORT_KEYS = {
  ...settingKeys(),
  "postgres-linked": "whether the Postgres service is linked to the app",
  "redis-service": "the Redis service setup links (<app>-redis)",
  "redis-linked": "whether the Redis service is linked to the app",
  "storage-entries": "the storage entry behind each mount (Dokku 0.38+; legacy-<hash> for one made before), - before 0.38",
  "storage-mounts": "host:container bind mounts",
  "storage-owner": "uid owning each mounted host directory",
  domains: "the app's domains",
  scale: "process counts, e.g. web=1 worker=1",
  deployed: "whether the app is deployed",
  tls: "active, inactive, pending (not deployed) or letsencrypt not installed",
  "config-keys": "how many config keys the app has (values are never shown)",
  "backup-schedule": "cron schedule of pegasus backups",
  "backup-last-scheduled": "result of the last scheduled backup",
  "backup-count": "verified backups kept",
  "backup-latest": "the newest backup: id (reason and commit)",
  "backup-latest-at": "when the newest backup was taken",
  "backup-latest-commit": "the commit that was live when it was taken",
  "backup-latest-verified": "whether its archive was verified",
  "offsite-credentials": "off-site credentials: unset, or set (app or global) and the key id's last 4 characters",
  "offsite-encryption": "age (recipients' count), none (opted out) or missing recipient (uploads refused)",
  "offsite-transport": "https, or http (not encrypted in transit) for an http:// offsite-endpoint",
  "offsite-last": "result of the last off-site push",
  "offsite-pending": "verified backups not yet off-site",
  "deploy-gate": "the deploy backup gate: on, off or skip next",
  "deploy-last-rev": "the commit of the last deploy pegasus recorded",
  "deploy-last-at": "when that deploy finished"
};
var GLOBAL_REPORT_KEYS = Object.fromEntries(
  SETTINGS.filter((setting) => setting.global).flatMap((setting) => [
    [`global-${setting.key}`, `--global ${setting.key}`],
    [`computed-${setting.key}`, `${setting.key} in effect for an app that sets none (--global, then default)`]
  ])
);
function settingKeys() {
  const keys = {};
  for (const setting of SETTINGS) {
    keys[setting.key] = `${setting.key} set on the app`;
    if (setting.global) keys[`global-${setting.key}`] = `${setting.key} set with --global`;
    keys[`computed-${setting.key}`] = `${setting.key} in effect (app, then --global, then default)`;
  }
  keys["computed-postgres-service"] = "the Postgres service reported on: postgres-service, else <app>-db";
  return keys;
}
function settingFields(properties, app) {
  const fields = {};
  for (const setting of SETTINGS) {
    const own = properties.app[setting.key];
    const global = setting.global ? properties.global[setting.key] : void 0;
    fields[setting.key] = own ?? "";
    if (setting.global) fields[`global-${setting.key}`] = global ?? "";
    fields[`computed-${setting.key}`] = own ?? global ?? setting.fallback;
  }
  fields["computed-postgres-service"] = properties.app["postgres-service"] || serviceName(app, "postgres");
  return fields;
}
function formatScale(scale) {
  return Object.keys(scale).filter((type) => type !== "release").sort().map((type) => `${type}=${scale[type]}`).join(" ");
}
function deployGateState(backupOnDeploy, skipNext) {
  if (backupOnDeploy !== "true") return "off";
  return skipNext === "true" ? "skip next" : "on";
}
function tlsState(active, deployed) {
  if (active === void 0) return "letsencrypt not installed";
  if (active) return "active";
  return deployed ? "inactive" : "pending (not deployed)";
}
function buildReportFields(facts) {
  const settings = settingFields(facts.properties, facts.app);
  const linked = (service) => service.installed ? String(service.linked) : "plugin not installed";
  const fields = {
    ...settings,
    "postgres-linked": linked(facts.postgres),
    "redis-service": facts.redis.service,
    "redis-linked": linked(facts.redis),
    "storage-entries": facts.mounts.map((mount) => mount.entryName ?? "-").join(" "),
    "storage-mounts": facts.mounts.map((mount) => `${mount.hostPath}:${mount.containerPath}`).join(" "),
    "storage-owner": facts.mounts.map((mount) => mount.owner === void 0 ? "-" : String(mount.owner)).join(" "),
    domains: facts.domains.join(" "),
    scale: formatScale(facts.scale),
    deployed: String(facts.deployed),
    tls: tlsState(facts.letsencryptActive, facts.deployed),
    "config-keys": String(facts.configKeyCount),
    "backup-schedule": "",
    "backup-last-scheduled": "",
    "backup-count": "0",
    "backup-latest": "",
    "offsite-credentials": "",
    "offsite-encryption": "",
    "offsite-transport": "",
    "offsite-last": "",
    "offsite-pending": "",
    ...facts.backup,
    "backup-latest-at": facts.latestBackup?.created_at ?? "",
    "backup-latest-commit": facts.latestBackup?.git_rev ?? "",
    "backup-latest-verified": facts.latestBackup ? String(facts.latestBackup.verified) : "",
    "deploy-gate": deployGateState(settings["computed-backup-on-deploy"] ?? "", settings["computed-backup-skip-next"] ?? ""),
    "deploy-last-rev": facts.lastRelease?.rev ?? "",
    "deploy-last-at": facts.lastRelease?.deployed_at ?? ""
  };
  return fields;
}
function reportLabel(flag) {
  const words = flag.replace(/^--/, "").replace(/[-.]/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
function flagOf(key) {
  return `--${REPORT_PREFIX}-${key}`;
}
function renderReportTable(fields) {
  const flags = Object.keys(fields).map(flagOf).sort();
  const width = Math.max(31, ...flags.map((flag) => flag.length));
  const prefix = `--${REPORT_PREFIX}-`;
  return flags.map((flag) => `       ${`${reportLabel(flag)}:`.padEnd(width)}${fields[flag.slice(prefix.length)]}`);
}
function renderReportJson(fields) {
  const sorted = {};
  for (const key of Object.keys(fields).sort()) sorted[key] = fields[key];
  return JSON.stringify(sorted).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function reportInfoValue(fields, flag) {
  const key = flag.replace(/^--/, "").slice(REPORT_PREFIX.length + 1);
  if (!flag.startsWith(`--${REPORT_PREFIX}-`) || !Object.hasOwn(fields, key)) {
    const valid = Object.keys(fields).map(flagOf).sort();
    throw new UserError(`Invalid flag passed, valid flags: ${valid.join(", ")}`);
  }
  return fields[key];
}
function checkReportRequest(request) {
  if (request.infoFlags.length === 1 && request.format === "json") {
    throw new UserError("--format flag cannot be specified when specifying an info flag");
  }
}
function renderReport(name, fields, request) {
  checkReportRequest(request);
  if (request.infoFlags.length > 1) return { kind: "nothing" };
  const [flag] = request.infoFlags;
  if (flag !== void 0) return { kind: "value", value: reportInfoValue(fields, flag) };
  if (request.format === "json") return { kind: "json", line: renderReportJson(fields) };
  return { kind: "table", header: `${name} ${REPORT_PREFIX} information`, rows: renderReportTable(fields) };
}

// src/dokku/domains.ts
async function appDomains(dokku, app) {
  const { stdout } = await dokku.run(["domains:report", app, "--domains-app-vhosts"], { mutating: false });
  return stdout.trim().split(/\s+/).filter(Boolean);
}

// src/dokku/ps.ts
async function isDeployed(dokku, app) {
  const { stdout } = await dokku.run(["ps:report", app, "--deployed"], { mutating: false });
  return stdout.trim() === "true";
}

// src/dokku/report.ts
async function configKeyCount(dokku, app) {
  const { stdout } = await dokku.run(["config:keys", app], { mutating: false });
  return stdout.split("\n").filter((line) => line.trim() !== "").length;
}
async function letsencryptActive(dokku, app) {
  const { stdout } = await dokku.run(["letsencrypt:active", app], { mutating: false });
  return stdout.trim() === "true";
}

// src/dokku/scale.ts
async function getScale(dokku, app) {
  const { stdout } = await dokku.run(["ps:scale", "--format=json", app], { mutating: false });
  const parsed = JSON.parse(stdout.trim() || "[]");
  const scale = {};
  if (!Array.isArray(parsed)) return scale;
  for (const entry of parsed) {
    if (typeof entry?.process_type === "string" && typeof entry.quantity === "number") {
      scale[entry.process_type] = entry.quantity;
    }
  }
  return scale;
}

// src/dokku/services.ts
async function serviceLinked(dokku, plugin, service, app) {
  const result = await dokku.run([`${plugin}:linked`, service, app], { mutating: false, okExitCodes: [1] });
  return result.exitCode === 0;
}

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

// src/dokku/storage.ts
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

// src/io/releases.ts
var import_promises8 = __toESM(require_promises(), 1);
var import_node_path8 = __toESM(require("node:path"), 1);

// src/core/releases.ts
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
var import_promises7 = __toESM(require_promises(), 1);
var import_node_path7 = __toESM(require("node:path"), 1);
function appDataDir(paths, app) {
  return import_node_path7.default.join(paths.dataDir, app);
}

// src/io/releases.ts
function releasesFile(paths, app) {
  return import_node_path8.default.join(appDataDir(paths, app), "releases.jsonl");
}
async function readReleases(paths, app) {
  const file = releasesFile(paths, app);
  try {
    return parseReleases(await (0, import_promises8.readFile)(file, "utf8"));
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(
      file,
      error,
      `the release history of ${app}`,
      `Move it aside (\`mv ${file} ${file}.broken\`); pegasus then starts a new history with the next deploy`
    );
  }
}

// src/io/app-report.ts
function printReport(context, name, fields, request) {
  const output = renderReport(name, fields, request);
  if (output.kind === "table") {
    context.log.info2(output.header);
    context.stdout.write(output.rows.map((row) => `${row}
`).join(""));
  } else if (output.kind === "json") {
    context.stdout.write(`${output.line}
`);
  } else if (output.kind === "value") {
    context.stdout.write(`${output.value}
`);
  }
}
async function collectReport(app, context) {
  const { dokku, paths } = context;
  const store = new PropertyStore(paths.propertiesDir);
  const [appProperties, globalProperties] = await Promise.all([store.all(app), store.all(GLOBAL)]);
  const postgresService = appProperties["postgres-service"] || serviceName(app, "postgres");
  const redisService = serviceName(app, "redis");
  const [postgresInstalled, redisInstalled, letsencryptInstalled] = await Promise.all(
    ["postgres", "redis", "letsencrypt"].map((plugin) => pluginEnabled(context, plugin))
  );
  const linked = (installed, plugin, service) => installed ? serviceLinked(dokku, plugin, service, app) : Promise.resolve(false);
  const [keys, deployed, scale, domains, mounts, postgresLinked, redisLinked, tls] = await Promise.all([
    configKeyCount(dokku, app),
    isDeployed(dokku, app),
    getScale(dokku, app),
    appDomains(dokku, app),
    listMounts(dokku, app),
    linked(postgresInstalled, "postgres", postgresService),
    linked(redisInstalled, "redis", redisService),
    letsencryptInstalled ? letsencryptActive(dokku, app) : Promise.resolve(void 0)
  ]);
  const backups = await listBackups(backupPaths(paths.dataDir, app));
  const [backup, releases, mountFacts] = await Promise.all([
    backupReportFields(app, context, backups),
    readReleases(paths, app),
    Promise.all(mounts.map(mountOwner))
  ]);
  const latest = backups[0];
  const lastRelease = releases[0];
  return buildReportFields({
    app,
    properties: { app: appProperties, global: globalProperties },
    postgres: { installed: postgresInstalled ?? false, service: postgresService, linked: postgresLinked },
    redis: { installed: redisInstalled ?? false, service: redisService, linked: redisLinked },
    mounts: mountFacts,
    domains,
    scale,
    deployed,
    letsencryptActive: tls,
    configKeyCount: keys,
    backup,
    latestBackup: latest && { id: latest.id, created_at: latest.created_at, git_rev: latest.git_rev, verified: latest.verified },
    lastRelease: lastRelease && { rev: lastRelease.rev, deployed_at: lastRelease.deployed_at }
  });
}
async function pluginEnabled(context, plugin) {
  try {
    await (0, import_promises9.access)(import_node_path9.default.join(context.paths.pluginEnabledPath, plugin));
    return true;
  } catch {
    return false;
  }
}
async function mountOwner(mount) {
  if (!import_node_path9.default.isAbsolute(mount.hostPath)) return { ...mount, owner: void 0 };
  try {
    return { ...mount, owner: (await (0, import_promises9.stat)(mount.hostPath)).uid };
  } catch {
    return { ...mount, owner: void 0 };
  }
}

// src/triggers/report.ts
var report = {
  name: "report",
  async run(args, context) {
    const [app] = args;
    if (!app) return 0;
    try {
      const fields = await collectReport(verifyAppName(app), context);
      printReport(context, app, fields, { format: "stdout", infoFlags: [] });
    } catch (error) {
      context.log.warn(`pegasus report of ${app} unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 0;
  }
};

// src/main.ts
var import_node_path11 = __toESM(require("node:path"), 1);

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
function standardOutput(fd, open3) {
  let stream;
  let broken;
  let failure;
  const opened = () => {
    if (stream) return stream;
    stream = open3();
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
var import_node_path10 = __toESM(require("node:path"), 1);
var PLUGIN_NAME = "pegasus";
function dokkuPaths(env) {
  const dokkuRoot = env.DOKKU_ROOT || "/home/dokku";
  const libRoot = env.DOKKU_LIB_ROOT || env.DOKKU_LIB_PATH || "/var/lib/dokku";
  const pluginPath = env.PLUGIN_PATH || import_node_path10.default.join(libRoot, "plugins");
  return {
    dokkuRoot,
    libRoot,
    dataDir: import_node_path10.default.join(libRoot, "data", PLUGIN_NAME),
    propertiesDir: import_node_path10.default.join(libRoot, "config", PLUGIN_NAME),
    pluginAvailablePath: env.PLUGIN_AVAILABLE_PATH || import_node_path10.default.join(pluginPath, "available"),
    pluginEnabledPath: env.PLUGIN_ENABLED_PATH || import_node_path10.default.join(pluginPath, "enabled")
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
    dir: file ? import_node_path11.default.dirname(file) : dokkuPaths(process.env).dataDir,
    what: file ? import_node_path11.default.basename(file) : "a file of pegasus",
    needed: smallFileNeeds(""),
    neededBasis: "at least"
  };
}

// pegasus-entry:pegasus-entry:trigger/report
void startTrigger(report_exports, "report");
