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

// src/triggers/post-delete.ts
var post_delete_exports = {};
__export(post_delete_exports, {
  postDelete: () => postDelete
});
var import_promises8 = __toESM(require_promises(), 1);
var import_node_path7 = __toESM(require("node:path"), 1);

// src/backup/offsite/state.ts
var import_promises6 = __toESM(require_promises(), 1);
var import_node_path5 = __toESM(require("node:path"), 1);

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

// src/io/properties.ts
var import_promises3 = __toESM(require_promises(), 1);
var import_node_path3 = __toESM(require("node:path"), 1);

// src/io/disk-full.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require("node:path"), 1);

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

// src/backup/store.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_promises5 = __toESM(require_promises(), 1);
var import_node_path4 = __toESM(require("node:path"), 1);

// src/backup/media/plan.ts
function mediaFileName(id) {
  return `${id}.media.tar`;
}

// src/io/lock-file.ts
var import_promises4 = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_node_os(), 1);

// src/backup/store.ts
function backupPaths(dataDir, app) {
  return backupPathsAt(import_node_path4.default.join(dataDir, app));
}
function backupPathsAt(appDir) {
  const dir = import_node_path4.default.join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: import_node_path4.default.join(dir, ".lock"),
    lastScheduled: import_node_path4.default.join(appDir, "last-scheduled.json"),
    mediaJournal: import_node_path4.default.join(appDir, "media-restore.json"),
    dump: (id) => import_node_path4.default.join(dir, `${id}.dump`),
    manifest: (id) => import_node_path4.default.join(dir, `${id}.json`),
    partial: (id) => import_node_path4.default.join(dir, `.${id}.dump.partial`),
    media: (id) => import_node_path4.default.join(dir, mediaFileName(id)),
    mediaPartial: (id) => import_node_path4.default.join(dir, `.${mediaFileName(id)}.partial`),
    offsite: (id) => import_node_path4.default.join(dir, `${id}.offsite.json`),
    lastOffsite: import_node_path4.default.join(appDir, "last-offsite.json")
  };
}

// src/backup/offsite/state.ts
function credentialsFile(context, target) {
  return target === GLOBAL ? import_node_path5.default.join(context.paths.dataDir, ".offsite-credentials.env") : import_node_path5.default.join(backupPaths(context.paths.dataDir, target).appDir, "offsite-credentials.env");
}
var STDIN_LIMIT = 64 * 1024;

// src/core/app-name.ts
var LEGACY_LOOKUP_RULE = /^[a-z0-9][a-z0-9._-]*$/;
function isValidAppName(name) {
  return LEGACY_LOOKUP_RULE.test(name);
}

// src/io/app-data.ts
var import_promises7 = __toESM(require_promises(), 1);
var import_node_path6 = __toESM(require("node:path"), 1);
function appDataDir(paths, app) {
  return import_node_path6.default.join(paths.dataDir, app);
}
function deletedAppDataRoot(paths, app) {
  return import_node_path6.default.join(paths.dataDir, ".deleted", app);
}
async function moveAppDataAside(paths, app, now) {
  const source = appDataDir(paths, app);
  try {
    await (0, import_promises7.stat)(source);
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw error;
  }
  const stamp = compactUtc(now);
  const target = import_node_path6.default.join(deletedAppDataRoot(paths, app), stamp);
  await (0, import_promises7.mkdir)(import_node_path6.default.dirname(target), { recursive: true, mode: 448 });
  try {
    await (0, import_promises7.rename)(source, target);
  } catch (error) {
    if (!isMissing(error)) throw error;
    await removeIfEmpty(deletedAppDataRoot(paths, app));
    await removeIfEmpty(import_node_path6.default.join(paths.dataDir, ".deleted"));
    return void 0;
  }
  return target;
}
async function removeIfEmpty(dir) {
  try {
    await (0, import_promises7.rmdir)(dir);
  } catch (error) {
    const code = error.code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "ENOENT") throw error;
  }
}

// src/core/setup-options.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var STORAGE_NAME_RULE = /^[A-Za-z0-9_-]+$/;
var ENTRY_NAME_RULE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var MAX_ENTRY_NAME = 45;
function storageNameFor(app) {
  const name = app.replace(/\./g, "_");
  if (!STORAGE_NAME_RULE.test(name)) {
    throw new UserError(`Cannot derive a storage directory name from ${JSON.stringify(app)}; pass --no-storage`);
  }
  return name;
}
function storageEntryNameFor(app) {
  let name = app.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/^-+|-+$/g, "");
  if (name.startsWith("legacy-")) name = `app-${name}`;
  if (name.length > MAX_ENTRY_NAME) {
    const digest = (0, import_node_crypto2.createHash)("sha256").update(app).digest("hex").slice(0, 8);
    name = `${name.slice(0, MAX_ENTRY_NAME - 9).replace(/-+$/, "")}-${digest}`;
  }
  if (!ENTRY_NAME_RULE.test(name)) {
    throw new UserError(`Cannot derive a storage entry name from ${JSON.stringify(app)}; pass --no-storage`);
  }
  return name;
}

// src/triggers/post-delete.ts
var postDelete = {
  name: "post-delete",
  async run([app], context) {
    if (!app || !isValidAppName(app)) return;
    try {
      await new PropertyStore(context.paths.propertiesDir).destroy(app);
      await (0, import_promises8.rm)(credentialsFile(context, app), { force: true });
      await sayStorageStays(app, context.paths.libRoot, context.log);
      const keptAt = await moveAppDataAside(context.paths, app, context.now());
      if (keptAt) {
        context.log.info1(`pegasus: kept the backups of ${app} in ${keptAt}`);
        context.log.verbose(`List them with: dokku pegasus:backups ${app}`);
        context.log.verbose(`Delete them when no longer needed: rm -rf ${keptAt}`);
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      context.log.warn(`pegasus: could not tidy up after ${app}: ${why}`);
      context.log.warn(`Its settings are in ${context.paths.propertiesDir}/${app}, its data in ${context.paths.dataDir}/${app}`);
    }
  }
};
async function sayStorageStays(app, libRoot, log) {
  let entry;
  let legacyName;
  try {
    entry = storageEntryNameFor(app);
    legacyName = storageNameFor(app);
  } catch {
    return;
  }
  for (const name of /* @__PURE__ */ new Set([entry, legacyName])) {
    const directory = import_node_path7.default.join(libRoot, "data", "storage", name);
    if (!await isDirectory(directory)) continue;
    log.verbose(`pegasus: the media directory ${directory} stays (Dokku keeps storage when an app goes)`);
    log.verbose(
      `Once no app mounts it, remove it with: dokku storage:destroy ${name} --destroy-host-dir (Dokku 0.38+), else rm -rf ${directory}`
    );
  }
}
async function isDirectory(directory) {
  try {
    return (await (0, import_promises8.stat)(directory)).isDirectory();
  } catch {
    return false;
  }
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

// src/main.ts
var import_node_path9 = __toESM(require("node:path"), 1);

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
var import_node_path8 = __toESM(require("node:path"), 1);
var PLUGIN_NAME = "pegasus";
function dokkuPaths(env) {
  const dokkuRoot = env.DOKKU_ROOT || "/home/dokku";
  const libRoot = env.DOKKU_LIB_ROOT || env.DOKKU_LIB_PATH || "/var/lib/dokku";
  const pluginPath = env.PLUGIN_PATH || import_node_path8.default.join(libRoot, "plugins");
  return {
    dokkuRoot,
    libRoot,
    dataDir: import_node_path8.default.join(libRoot, "data", PLUGIN_NAME),
    propertiesDir: import_node_path8.default.join(libRoot, "config", PLUGIN_NAME),
    pluginAvailablePath: env.PLUGIN_AVAILABLE_PATH || import_node_path8.default.join(pluginPath, "available"),
    pluginEnabledPath: env.PLUGIN_ENABLED_PATH || import_node_path8.default.join(pluginPath, "enabled")
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
    dir: file ? import_node_path9.default.dirname(file) : dokkuPaths(process.env).dataDir,
    what: file ? import_node_path9.default.basename(file) : "a file of pegasus",
    needed: smallFileNeeds(""),
    neededBasis: "at least"
  };
}

// pegasus-entry:pegasus-entry:trigger/post-delete
void startTrigger(post_delete_exports, "post-delete");
