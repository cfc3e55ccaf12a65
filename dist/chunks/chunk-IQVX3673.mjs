import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explainDiskFull,
  smallFileNeeds
} from "./chunk-YDC6S6T6.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/io/properties.ts
import { mkdir, readdir as readdir2, readFile, rename, rm as rm2, writeFile, cp } from "node:fs/promises";
import path2 from "node:path";

// src/io/temporary-files.ts
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

// src/io/processes.ts
import { readFileSync } from "node:fs";
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
function processStartTicks(pid) {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return void 0;
  const afterName = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
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

// src/io/temporary-files.ts
function temporaryName(file) {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}
async function removeDeadTemporaries(file, isAlive = processIsAlive) {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = name.slice(prefix.length, -".tmp".length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    await rm(path.join(dir, name), { force: true });
    removed.push(path.join(dir, name));
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
    const temporary = temporaryName(this.file(app, key));
    try {
      await explainDiskFull({ dir, what: `the pegasus property ${key}`, needed: smallFileNeeds(value) }, async () => {
        await mkdir(dir, { recursive: true, mode: 493 });
        await removeDeadTemporaries(this.file(app, key));
        await writeFile(temporary, value, { mode: 384 });
        await rename(temporary, this.file(app, key));
      });
    } catch (error) {
      await rm2(temporary, { force: true }).catch(() => void 0);
      if (error instanceof UserError || !error.code) throw error;
      const file = this.file(app, key);
      throw unreadableState(file, error, `the pegasus property ${key} of ${app}`, `Remove what is there with \`rm -r ${file}\` and run this again`, "write");
    }
  }
  async delete(app, key) {
    await rm2(this.file(app, key), { force: true });
  }
  async all(app) {
    let names;
    const dir = path2.join(this.root, app);
    try {
      names = await readdir2(dir);
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
    const source = path2.join(this.root, from);
    try {
      await cp(source, path2.join(this.root, to), {
        recursive: true,
        force: true,
        filter: (file) => file === source || !except.includes(path2.basename(file))
      });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  async destroy(app) {
    await rm2(path2.join(this.root, app), { recursive: true, force: true });
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

export {
  processIsAlive,
  processStartTicks,
  readProc,
  temporaryName,
  removeDeadTemporaries,
  GLOBAL,
  PropertyStore,
  isMissing,
  unreadableState
};
