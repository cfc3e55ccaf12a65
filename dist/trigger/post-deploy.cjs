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
function normalizeRev(rev) {
  const trimmed = (rev ?? "").trim().toLowerCase();
  return REV_PATTERN.test(trimmed) ? trimmed : "none";
}
function shortRev(rev) {
  return rev === "none" ? "none" : rev.slice(0, 7);
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
var REV_PATTERN, UNITS;
var init_id = __esm({
  "src/backup/id.ts"() {
    "use strict";
    REV_PATTERN = /^[0-9a-f]{7,64}$/;
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

// src/backup/offsite/config.ts
var init_config = __esm({
  "src/backup/offsite/config.ts"() {
    "use strict";
    init_errors();
    init_id();
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
var init_plan = __esm({
  "src/backup/media/plan.ts"() {
    "use strict";
    init_errors();
  }
});

// src/backup/pg-archive.ts
function version(major, minor, rev) {
  return (major * 256 + minor) * 256 + rev;
}
var MIN_VERSION, MAX_VERSION, K_VERS_1_3, K_VERS_1_4, K_VERS_1_5, K_VERS_1_6, K_VERS_1_7, K_VERS_1_8, K_VERS_1_9, K_VERS_1_10, K_VERS_1_11, K_VERS_1_14, K_VERS_1_15, K_VERS_1_16;
var init_pg_archive = __esm({
  "src/backup/pg-archive.ts"() {
    "use strict";
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
  }
});

// src/io/disk-full.ts
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
var import_promises, import_node_path;
var init_disk_full = __esm({
  "src/io/disk-full.ts"() {
    "use strict";
    import_promises = __toESM(require_promises(), 1);
    import_node_path = __toESM(require("node:path"), 1);
    init_id();
    init_errors();
  }
});

// src/io/processes.ts
var init_processes = __esm({
  "src/io/processes.ts"() {
    "use strict";
  }
});

// src/io/temporary-files.ts
var import_promises2;
var init_temporary_files = __esm({
  "src/io/temporary-files.ts"() {
    "use strict";
    import_promises2 = __toESM(require_promises(), 1);
    init_processes();
  }
});

// src/io/properties.ts
function isMissing(error) {
  return error?.code === "ENOENT";
}
function unreadableState(file2, error, what, remedy, verb = "read") {
  const code = error?.code;
  const reason = code === "EISDIR" ? "it is a directory" : code === "ENOTDIR" ? "a part of its path is not a directory" : code === "EEXIST" ? "it or a part of its path is a file, not a directory" : code === "EACCES" || code === "EPERM" ? "permission denied (it should belong to the dokku user)" : code === "ELOOP" ? "it is a loop of symbolic links" : code === "ENOTREG" ? "it is not a regular file" : `${code ?? "error"}: ${error instanceof Error ? error.message : String(error)}`;
  return new UserError(`Cannot ${verb} ${what} (${file2}): ${reason}. ${remedy}`);
}
var import_promises3;
var init_properties = __esm({
  "src/io/properties.ts"() {
    "use strict";
    import_promises3 = __toESM(require_promises(), 1);
    init_errors();
    init_disk_full();
    init_temporary_files();
  }
});

// src/backup/archive-file.ts
var import_node_crypto2, import_promises6;
var init_archive_file = __esm({
  "src/backup/archive-file.ts"() {
    "use strict";
    import_node_crypto2 = __toESM(require_node_crypto(), 1);
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
var import_promises8, import_node_os;
var init_lock_file = __esm({
  "src/io/lock-file.ts"() {
    "use strict";
    import_promises8 = __toESM(require_promises(), 1);
    import_node_os = __toESM(require_node_os(), 1);
    init_disk_full();
    init_properties();
    init_processes();
  }
});

// src/backup/store.ts
async function readJsonFile(file2) {
  try {
    return JSON.parse(await (0, import_promises9.readFile)(file2, "utf8"));
  } catch (error) {
    if (isMissing(error) || error instanceof SyntaxError) return void 0;
    throw unreadableState(file2, error, `the pegasus state file ${import_node_path4.default.basename(file2)}`, `Remove it with \`rm -r ${file2}\``);
  }
}
var import_node_crypto4, import_promises9, import_node_path4;
var init_store = __esm({
  "src/backup/store.ts"() {
    "use strict";
    import_node_crypto4 = __toESM(require_node_crypto(), 1);
    import_promises9 = __toESM(require_promises(), 1);
    import_node_path4 = __toESM(require("node:path"), 1);
    init_id();
    init_plan();
    init_disk_full();
    init_errors();
    init_lock_file();
    init_processes();
    init_properties();
    init_temporary_files();
  }
});

// src/backup/lock.ts
var import_node_os2;
var init_lock = __esm({
  "src/backup/lock.ts"() {
    "use strict";
    import_node_os2 = __toESM(require_node_os(), 1);
    init_errors();
    init_lock_file();
    init_processes();
  }
});

// src/backup/offsite/state.ts
var import_promises11, STDIN_LIMIT;
var init_state = __esm({
  "src/backup/offsite/state.ts"() {
    "use strict";
    import_promises11 = __toESM(require_promises(), 1);
    init_errors();
    init_properties();
    init_store();
    init_config();
    STDIN_LIMIT = 64 * 1024;
  }
});

// src/backup/offsite/after-backup.ts
var init_after_backup = __esm({
  "src/backup/offsite/after-backup.ts"() {
    "use strict";
    init_errors();
    init_store();
    init_state();
  }
});

// src/triggers/post-deploy.ts
var post_deploy_exports = {};
__export(post_deploy_exports, {
  postDeploy: () => postDeploy
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

// src/triggers/post-deploy.ts
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
function isCodeArriving(buildSource) {
  return buildSource !== void 0 && CODE_ARRIVING_SOURCES.includes(buildSource);
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

// src/dokku/config.ts
init_errors();
async function getConfigValue(dokku, app, key) {
  const result = await dokku.run(["config:get", app, key], { mutating: false, okExitCodes: [1] });
  if (result.exitCode !== 0) return void 0;
  return result.stdout.replace(/\n$/, "");
}

// src/deploy/gate.ts
init_id();

// src/core/settings.ts
init_errors();

// src/core/setup-options.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
init_errors();

// src/core/options.ts
init_errors();

// src/core/settings.ts
init_config();

// src/deploy/gate.ts
init_errors();

// src/backup/take.ts
var import_node_crypto5 = __toESM(require_node_crypto(), 1);
var import_promises12 = __toESM(require_promises(), 1);
var import_node_stream = __toESM(require_node_stream(), 1);
var import_promises13 = __toESM(require_promises2(), 1);
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
var import_node_path3 = __toESM(require("node:path"), 1);

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
var import_node_path2 = __toESM(require("node:path"), 1);
init_id();
init_properties();
function appDataDir(paths, app) {
  return import_node_path2.default.join(paths.dataDir, app);
}

// src/io/releases.ts
init_disk_full();
init_properties();
function releasesFile(paths, app) {
  return import_node_path3.default.join(appDataDir(paths, app), "releases.jsonl");
}
async function appendRelease(paths, app, record) {
  const line = `${JSON.stringify(record)}
`;
  await explainDiskFull({ dir: appDataDir(paths, app), what: "the release history", needed: smallFileNeeds(line) }, async () => {
    await (0, import_promises5.mkdir)(appDataDir(paths, app), { recursive: true, mode: 493 });
    await (0, import_promises5.appendFile)(releasesFile(paths, app), line, { mode: 384 });
  });
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
var import_promises7 = __toESM(require_promises(), 1);
init_plan();
init_errors();
init_disk_full();

// src/backup/media/restore.ts
var import_promises10 = __toESM(require_promises(), 1);
init_plan();

// src/dokku/storage.ts
init_errors();

// src/backup/media/restore.ts
init_errors();
init_store();

// src/backup/take.ts
init_lock();
init_after_backup();

// src/backup/service.ts
init_id();
init_errors();
init_properties();

// src/backup/take.ts
init_store();

// src/deploy/gate.ts
init_after_backup();
init_state();

// src/io/deploy-state.ts
var import_promises14 = __toESM(require_promises(), 1);
var import_node_path5 = __toESM(require("node:path"), 1);
init_store();
function file(paths, app, name) {
  return import_node_path5.default.join(appDataDir(paths, app), name);
}
var readPendingDeploy = (paths, app) => readJsonFile(file(paths, app, "pending-deploy.json"));
var clearPendingDeploy = (paths, app) => (0, import_promises14.rm)(file(paths, app, "pending-deploy.json"), { force: true });
var clearBuildMarker = (paths, app) => (0, import_promises14.rm)(file(paths, app, "build.json"), { force: true });

// src/deploy/gate.ts
init_properties();
function buildIdentity(env) {
  const buildId = env.DOKKU_BUILD_ID || void 0;
  if (buildId || env.DOKKU_BUILD_SOURCE) return { buildId };
  return { dokkuPid: env.DOKKU_PID || void 0 };
}
async function forgetUnfinishedBuild(paths, app) {
  await clearPendingDeploy(paths, app);
  await clearBuildMarker(paths, app);
}

// src/triggers/post-deploy.ts
var postDeploy = {
  name: "post-deploy",
  async run(args, context) {
    const app = verifyAppName(args[0]);
    const { env, paths, log } = context;
    const source = env.DOKKU_BUILD_SOURCE || void 0;
    const buildId = env.DOKKU_BUILD_ID || void 0;
    const build = buildIdentity(env);
    if (source !== void 0 && !isCodeArriving(source)) return;
    try {
      const rev = normalizeRev(await getConfigValue(context.dokku, app, "GIT_REV"));
      const now = context.now();
      const stored = await readPendingDeploy(paths, app);
      const pending = pendingIsForBuild(stored, build, rev, now) ? stored : void 0;
      if (source === void 0 && !pending) {
        if (build.dokkuPid) await forgetUnfinishedBuild(paths, app);
        return;
      }
      const record = {
        rev,
        deployed_at: now.toISOString(),
        source: source ?? "unknown",
        build_id: buildId ?? null,
        backup_id: pending?.backup_id ?? null,
        previous_rev: pending?.live_rev ?? await liveRevOf(app, context),
        ...pending?.restored_backup_id ? { restored_backup_id: pending.restored_backup_id } : {}
      };
      await appendRelease(paths, app, record);
      if (pending) await forgetUnfinishedBuild(paths, app);
      log.info1(
        `Pegasus release recorded: ${shortRev(rev)} (${record.backup_id ? `deploy backup ${record.backup_id}` : "no deploy backup"})`
      );
    } catch (error) {
      log.warn(`Pegasus could not record this release of ${app}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
};

// src/main.ts
init_errors();
var import_node_path7 = __toESM(require("node:path"), 1);
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
var import_node_fs = require("node:fs");
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
      while (written < bytes.length) written += (0, import_node_fs.writeSync)(fd, bytes, written, bytes.length - written);
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
var import_node_path6 = __toESM(require("node:path"), 1);
var PLUGIN_NAME = "pegasus";
function dokkuPaths(env) {
  const dokkuRoot = env.DOKKU_ROOT || "/home/dokku";
  const libRoot = env.DOKKU_LIB_ROOT || env.DOKKU_LIB_PATH || "/var/lib/dokku";
  const pluginPath = env.PLUGIN_PATH || import_node_path6.default.join(libRoot, "plugins");
  return {
    dokkuRoot,
    libRoot,
    dataDir: import_node_path6.default.join(libRoot, "data", PLUGIN_NAME),
    propertiesDir: import_node_path6.default.join(libRoot, "config", PLUGIN_NAME),
    pluginAvailablePath: env.PLUGIN_AVAILABLE_PATH || import_node_path6.default.join(pluginPath, "available"),
    pluginEnabledPath: env.PLUGIN_ENABLED_PATH || import_node_path6.default.join(pluginPath, "enabled")
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
    dir: file2 ? import_node_path7.default.dirname(file2) : dokkuPaths(process.env).dataDir,
    what: file2 ? import_node_path7.default.basename(file2) : "a file of pegasus",
    needed: smallFileNeeds(""),
    neededBasis: "at least"
  };
}

// pegasus-entry:pegasus-entry:trigger/post-deploy
void startTrigger(post_deploy_exports, "post-deploy");
