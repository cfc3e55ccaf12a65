import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isMissing,
  processIsAlive,
  processStartTicks,
  readProc,
  unreadableState
} from "./chunk-IQVX3673.mjs";
import {
  explainDiskFull,
  smallFileNeeds
} from "./chunk-YDC6S6T6.mjs";

// src/io/lock-file.ts
import { constants } from "node:fs";
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

export {
  acquireLockFile,
  inspectLockFile,
  lockScratchPid,
  removeDeadLockScratch
};
