"use strict";
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

// <define:PEGASUS_COMMANDS>
var define_PEGASUS_COMMANDS_default;
var init_define_PEGASUS_COMMANDS = __esm({
  "<define:PEGASUS_COMMANDS>"() {
    define_PEGASUS_COMMANDS_default = { subcommand: ["setup", "env-import", "backup-deploy", "backups", "backup-download", "backup-schedule", "backup-unschedule", "restore", "offsite-auth", "offsite-push", "rollback", "releases", "set", "report"], trigger: ["post-delete", "post-app-rename-setup", "post-app-clone-setup", "cron-entries", "post-build", "pre-release-builder", "post-deploy", "report"], streamsBackups: ["subcommand/backup-deploy", "subcommand/backup-download", "subcommand/restore", "subcommand/offsite-push", "subcommand/rollback", "trigger/post-build", "trigger/pre-release-builder"] };
  }
});

// pegasus-lazy-builtin:node:fs/promises
var require_promises = __commonJS({
  "pegasus-lazy-builtin:node:fs/promises"(exports2, module2) {
    init_define_PEGASUS_COMMANDS();
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

// pegasus-lazy-builtin:node:v8
var require_node_v8 = __commonJS({
  "pegasus-lazy-builtin:node:v8"(exports2, module2) {
    init_define_PEGASUS_COMMANDS();
    Object.defineProperties(module2.exports, {
      "DefaultDeserializer": { enumerable: true, get: () => require("node:v8")["DefaultDeserializer"] },
      "DefaultSerializer": { enumerable: true, get: () => require("node:v8")["DefaultSerializer"] },
      "Deserializer": { enumerable: true, get: () => require("node:v8")["Deserializer"] },
      "GCProfiler": { enumerable: true, get: () => require("node:v8")["GCProfiler"] },
      "Serializer": { enumerable: true, get: () => require("node:v8")["Serializer"] },
      "cachedDataVersionTag": { enumerable: true, get: () => require("node:v8")["cachedDataVersionTag"] },
      "deserialize": { enumerable: true, get: () => require("node:v8")["deserialize"] },
      "getHeapCodeStatistics": { enumerable: true, get: () => require("node:v8")["getHeapCodeStatistics"] },
      "getHeapSnapshot": { enumerable: true, get: () => require("node:v8")["getHeapSnapshot"] },
      "getHeapSpaceStatistics": { enumerable: true, get: () => require("node:v8")["getHeapSpaceStatistics"] },
      "getHeapStatistics": { enumerable: true, get: () => require("node:v8")["getHeapStatistics"] },
      "promiseHooks": { enumerable: true, get: () => require("node:v8")["promiseHooks"] },
      "serialize": { enumerable: true, get: () => require("node:v8")["serialize"] },
      "setFlagsFromString": { enumerable: true, get: () => require("node:v8")["setFlagsFromString"] },
      "setHeapSnapshotNearHeapLimit": { enumerable: true, get: () => require("node:v8")["setHeapSnapshotNearHeapLimit"] },
      "startupSnapshot": { enumerable: true, get: () => require("node:v8")["startupSnapshot"] },
      "stopCoverage": { enumerable: true, get: () => require("node:v8")["stopCoverage"] },
      "takeCoverage": { enumerable: true, get: () => require("node:v8")["takeCoverage"] },
      "writeHeapSnapshot": { enumerable: true, get: () => require("node:v8")["writeHeapSnapshot"] }
    });
  }
});

// src/plugin.ts
init_define_PEGASUS_COMMANDS();
var import_node_path3 = __toESM(require("node:path"), 1);

// src/io/compile-cache.ts
init_define_PEGASUS_COMMANDS();
var import_node_fs2 = require("node:fs");
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");

// src/io/processes.ts
init_define_PEGASUS_COMMANDS();
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
  const stat = readProc(`/proc/${pid}/stat`);
  return stat !== void 0 && stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
}
function readProc(file) {
  try {
    return (0, import_node_fs.readFileSync)(file, "utf8");
  } catch {
    return void 0;
  }
}

// src/io/temporary-files.ts
init_define_PEGASUS_COMMANDS();
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require("node:path"), 1);
function temporaryName(file) {
  return import_node_path.default.join(import_node_path.default.dirname(file), `.${import_node_path.default.basename(file)}.${process.pid}.tmp`);
}

// src/io/compile-cache.ts
var STALE_TEMPORARY_MS = 6e4;
var TEMPORARY = /^\..+\.(\d+)\.tmp$/;
function compileCache(options) {
  const { distDir, cacheDir, requireBuiltin } = options;
  const modules = /* @__PURE__ */ new Map();
  const pending = [];
  const used = [];
  const made = [];
  const load2 = (file) => {
    const known = modules.get(file);
    if (known) return known.exports;
    const { source, key } = readSource(file);
    const relative = import_node_path2.default.relative(distDir, file);
    const cacheFile = cacheDir ? import_node_path2.default.join(cacheDir, `${relative}.cache`) : void 0;
    const cachedData = cacheFile ? readCache(cacheFile, key) : void 0;
    const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, cachedData });
    if (cachedData && !script.cachedDataRejected) used.push(relative);
    else if (cacheFile) pending.push({ cacheFile, key, script });
    const module2 = { exports: {} };
    modules.set(file, module2);
    const wrapper = script.runInThisContext();
    const dir = import_node_path2.default.dirname(file);
    const requireHere = (id) => id.startsWith("./") || id.startsWith("../") ? load2(import_node_path2.default.resolve(dir, id)) : requireBuiltin(id);
    try {
      wrapper.call(module2.exports, module2.exports, requireHere, module2, file, dir);
    } catch (error) {
      modules.delete(file);
      throw error;
    }
    return module2.exports;
  };
  const save = () => {
    if (!cacheDir || pending.length === 0) return;
    try {
      const owner = ownerToKeep(import_node_path2.default.dirname(distDir));
      for (const dir of /* @__PURE__ */ new Set([cacheDir, ...pending.map(({ cacheFile }) => import_node_path2.default.dirname(cacheFile))])) {
        const first = (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
        if (first && owner) for (let item = dir; item.length >= first.length; item = import_node_path2.default.dirname(item)) (0, import_node_fs2.chownSync)(item, owner.uid, owner.gid);
        removeLeftovers(dir, import_node_path2.default.join(distDir, import_node_path2.default.relative(cacheDir, dir)));
      }
      for (const { cacheFile, key, script } of pending) {
        const data = script.createCachedData();
        const temporary = temporaryName(cacheFile);
        try {
          const fd = (0, import_node_fs2.openSync)(temporary, "wx", 384);
          try {
            (0, import_node_fs2.writeFileSync)(fd, Buffer.concat([header(key, data), data, data]));
            if (owner) (0, import_node_fs2.fchownSync)(fd, owner.uid, owner.gid);
            (0, import_node_fs2.fsyncSync)(fd);
          } finally {
            (0, import_node_fs2.closeSync)(fd);
          }
          (0, import_node_fs2.renameSync)(temporary, cacheFile);
          made.push(import_node_path2.default.relative(cacheDir, cacheFile));
        } catch {
          (0, import_node_fs2.rmSync)(temporary, { force: true });
        }
      }
    } catch {
    }
  };
  return { load: load2, save, used, made };
}
function readSource(file) {
  const fd = (0, import_node_fs2.openSync)(file, "r");
  try {
    const stats = (0, import_node_fs2.fstatSync)(fd);
    const source = (0, import_node_fs2.readFileSync)(fd, "utf8");
    return { source, key: `${process.version} ${process.arch} ${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.dev}:${stats.ino}` };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function header(key, data) {
  return Buffer.from(`${key} ${data.length}
`);
}
function readCache(cacheFile, key) {
  let contents;
  try {
    contents = (0, import_node_fs2.readFileSync)(cacheFile);
  } catch {
    return void 0;
  }
  const newline = contents.indexOf(10);
  if (newline < 0) return void 0;
  const length = (contents.length - newline - 1) / 2;
  if (contents.subarray(0, newline).toString() !== `${key} ${length}`) return void 0;
  const data = contents.subarray(newline + 1, newline + 1 + length);
  return data.equals(contents.subarray(newline + 1 + length)) ? data : void 0;
}
function ownerToKeep(pluginDir) {
  if (process.getuid?.() !== 0) return void 0;
  const { uid, gid } = (0, import_node_fs2.statSync)(pluginDir);
  return uid === 0 ? void 0 : { uid, gid };
}
function removeLeftovers(dir, distDir) {
  const now = Date.now();
  for (const name2 of (0, import_node_fs2.readdirSync)(dir)) {
    const file = import_node_path2.default.join(dir, name2);
    try {
      const writer = TEMPORARY.exec(name2)?.[1];
      if (writer) {
        const pid = Number(writer);
        if (pid !== process.pid && (!processIsAlive(pid) || now - (0, import_node_fs2.statSync)(file).mtimeMs > STALE_TEMPORARY_MS)) (0, import_node_fs2.unlinkSync)(file);
      } else if (name2.endsWith(".cache") && !(0, import_node_fs2.existsSync)(import_node_path2.default.join(distDir, name2.slice(0, -".cache".length)))) {
        (0, import_node_fs2.unlinkSync)(file);
      }
    } catch {
    }
  }
}

// src/io/young-generation.ts
init_define_PEGASUS_COMMANDS();
var import_node_v8 = __toESM(require_node_v8(), 1);
function keepYoungGenerationSmall() {
  (0, import_node_v8.setFlagsFromString)("--semi-space-growth-factor=1");
}

// src/paths.ts
init_define_PEGASUS_COMMANDS();
var PLUGIN_NAME = "pegasus";

// src/plugin.ts
var PLUGIN_PREFIX = `${PLUGIN_NAME}:`;
var COMPILE_CACHE_DIR = ".compile-cache";
var [kind, name] = process.argv.slice(2);
if (kind === "subcommand" && name) {
  const subcommand = name.startsWith(PLUGIN_PREFIX) ? name.slice(PLUGIN_PREFIX.length) : name;
  if (define_PEGASUS_COMMANDS_default.subcommand.includes(subcommand)) {
    load("subcommand", subcommand);
  } else {
    fail(`\`${name}\` is not a dokku command. See \`dokku pegasus:help\``);
  }
} else if (kind === "trigger" && name) {
  if (define_PEGASUS_COMMANDS_default.trigger.includes(name)) load("trigger", name);
} else {
  fail("Usage: plugin.cjs subcommand <pegasus:name> [args] | trigger <name> [args]");
}
function load(kind2, name2) {
  if (define_PEGASUS_COMMANDS_default.streamsBackups.includes(`${kind2}/${name2}`)) keepYoungGenerationSmall();
  const cache = compileCache({
    distDir: __dirname,
    cacheDir: import_node_path3.default.join(__dirname, "..", COMPILE_CACHE_DIR, `${kind2}-${name2}`),
    requireBuiltin: require
  });
  process.once("exit", () => {
    cache.save();
    if (process.env.DOKKU_TRACE) process.stderr.write(`+ pegasus: compile cache: used ${cache.used.join(" ") || "none"}; made ${cache.made.join(" ") || "none"}
`);
  });
  cache.load(import_node_path3.default.join(__dirname, kind2, `${name2}.cjs`));
}
function fail(message) {
  process.stderr.write(` !     ${message}
`);
  process.exitCode = 1;
}
