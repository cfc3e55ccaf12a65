import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explainDiskFull,
  smallFileNeeds
} from "./chunk-YDC6S6T6.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/io/properties.ts
import { mkdir, readdir as readdir3, readFile as readFile2, rename as rename2, rm as rm3, writeFile as writeFile2, cp } from "node:fs/promises";
import path3 from "node:path";

// src/io/temporary-files.ts
import { readdir as readdir2, rm as rm2 } from "node:fs/promises";
import path2 from "node:path";

// src/io/lock-file.ts
import { constants, readFileSync } from "node:fs";
import { link, open, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
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
var UNREADABLE_LOCK_GRACE_MS = 6e4;
function judgeHolder(holder, lock, now, probe = systemProbe) {
  if (!holder) {
    return Math.abs(now.getTime() - lock.mtimeMs) > UNREADABLE_LOCK_GRACE_MS ? { live: false, why: "its content cannot be read" } : { live: true, why: "" };
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
  try {
    await explainDiskFull(
      { dir: path.dirname(file), what: `the lock ${path.basename(file)}`, needed: smallFileNeeds(content) },
      () => writeFile(staging, content, { mode: 384 })
    );
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
    await rm(staging, { force: true });
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
  const base = path.basename(lockFile);
  if (!name.startsWith(`${base}.`)) return void 0;
  const match = /^(?:(\d+)\.\d+\.tmp|stale\.(\d+))$/.exec(name.slice(base.length + 1));
  return match ? Number(match[1] ?? match[2]) : void 0;
}
async function removeDeadLockScratch(lockFile, isAlive = processIsAlive) {
  const dir = path.dirname(lockFile);
  const removed = [];
  for (const name of await readdir(dir).catch(() => [])) {
    const pid = lockScratchPid(lockFile, name);
    if (pid === void 0 || pid === process.pid || isAlive(pid)) continue;
    await rm(path.join(dir, name), { force: true });
    removed.push(path.join(dir, name));
  }
  return removed;
}
async function readLock(file) {
  try {
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw Object.assign(new Error("not a regular file"), { code: info.isDirectory() ? "EISDIR" : "ENOTREG" });
      return { text: await handle.readFile("utf8"), mtimeMs: info.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw unreadableState(file, error, "the lock file", `Remove it with \`rm -r ${file}\` and run this again`);
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
async function removeIfUnchanged(file, staleText) {
  const aside = `${file}.stale.${process.pid}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const moved = await readFile(aside, "utf8");
  if (moved !== staleText) {
    await link(aside, file).catch(() => void 0);
    await rm(aside, { force: true });
    return false;
  }
  await rm(aside, { force: true });
  return true;
}
async function releaseLock(file, content) {
  try {
    if (await readFile(file, "utf8") === content) await rm(file, { force: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

// src/io/temporary-files.ts
function temporaryName(file) {
  return path2.join(path2.dirname(file), `.${path2.basename(file)}.${process.pid}.tmp`);
}
async function removeDeadTemporaries(file, isAlive = processIsAlive) {
  const dir = path2.dirname(file);
  const prefix = `.${path2.basename(file)}.`;
  let names;
  try {
    names = await readdir2(dir);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = name.slice(prefix.length, -".tmp".length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    await rm2(path2.join(dir, name), { force: true });
    removed.push(path2.join(dir, name));
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
    return path3.join(this.root, app, key);
  }
  async get(app, key) {
    const file = this.file(app, key);
    try {
      return await readFile2(file, "utf8");
    } catch (error) {
      if (isMissing(error)) return void 0;
      throw unreadableProperty(file, error, app, key);
    }
  }
  async set(app, key, value) {
    const dir = path3.join(this.root, app);
    const temporary = temporaryName(this.file(app, key));
    try {
      await explainDiskFull({ dir, what: `the pegasus property ${key}`, needed: smallFileNeeds(value) }, async () => {
        await mkdir(dir, { recursive: true, mode: 493 });
        await removeDeadTemporaries(this.file(app, key));
        await writeFile2(temporary, value, { mode: 384 });
        await rename2(temporary, this.file(app, key));
      });
    } catch (error) {
      await rm3(temporary, { force: true }).catch(() => void 0);
      if (error instanceof UserError || !error.code) throw error;
      const file = this.file(app, key);
      throw unreadableState(file, error, `the pegasus property ${key} of ${app}`, `Remove what is there with \`rm -r ${file}\` and run this again`, "write");
    }
  }
  async delete(app, key) {
    await rm3(this.file(app, key), { force: true });
  }
  async all(app) {
    let names;
    const dir = path3.join(this.root, app);
    try {
      names = await readdir3(dir);
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
    const source = path3.join(this.root, from);
    try {
      await cp(source, path3.join(this.root, to), {
        recursive: true,
        force: true,
        filter: (file) => file === source || !except.includes(path3.basename(file))
      });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  async destroy(app) {
    await rm3(path3.join(this.root, app), { recursive: true, force: true });
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
  acquireLockFile,
  inspectLockFile,
  lockScratchPid,
  removeDeadLockScratch,
  temporaryName,
  removeDeadTemporaries,
  GLOBAL,
  PropertyStore,
  isMissing,
  unreadableState
};
