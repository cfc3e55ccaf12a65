import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_OFFSITE_KEEP,
  OFFSITE_KEYS,
  keyIdHint,
  parseCredentials,
  planOffsitePush,
  renderCredentials,
  resolveOffsiteConfig
} from "./chunk-5MN5AI5H.mjs";
import {
  lockScratchPid
} from "./chunk-DSPNK2T2.mjs";
import {
  GLOBAL,
  PropertyStore,
  isMissing,
  processIsAlive,
  removeDeadTemporaries,
  temporaryName,
  unreadableState
} from "./chunk-IQVX3673.mjs";
import {
  explainDiskFull,
  isBackupId,
  isDiskFull,
  isRev,
  isServiceName,
  newestFirst,
  smallFileNeeds
} from "./chunk-YDC6S6T6.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/store.ts
import { createHash } from "node:crypto";
import { chmod, mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path2 from "node:path";

// src/backup/media/plan.ts
import path from "node:path";
function mediaFileName(id) {
  return `${id}.media.tar`;
}
function planMediaMounts(app, listed) {
  const byHost = /* @__PURE__ */ new Map();
  for (const { hostPath, containerPath } of listed) {
    const host = hostPath.replace(/\/+$/, "");
    if (!path.isAbsolute(host) || path.normalize(host) !== host) {
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
function isUnderPrefix(entryPath, prefix) {
  const clean = entryPath.replace(/^\.\//, "").replace(/\/+$/, "");
  return clean === prefix || clean.startsWith(`${prefix}/`);
}
function planMediaRestore(app, archived, current) {
  return archived.map((mount) => {
    const now = current.find((candidate) => candidate.container_path === mount.container_path);
    if (!now) {
      throw new UserError(
        `The backup holds the storage mounted at ${mount.container_path}, but ${app} has no storage mounted there now. Mount it with \`dokku storage:mount ${app} <dir>:${mount.container_path}\``
      );
    }
    return { mount, live: now.host_path };
  });
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
  return typeof journal.id === "string" && (journal.phase === "staging" || journal.phase === "swapping") && Array.isArray(journal.lives) && journal.lives.every((live) => typeof live === "string" && path.isAbsolute(live) && path.normalize(live) === live && live !== "/");
}
function planLeftovers(live, phase, exists) {
  const actions = [];
  if (exists.staged && exists.stagedIsOurs) {
    actions.push({ kind: "remove", dir: stagedDir(live), why: "an interrupted media restore's unpacked copy" });
  }
  if (exists.replaced && phase === "swapping") {
    actions.push(
      exists.live ? { kind: "remove", dir: replacedDir(live), why: "the media a finished restore replaced" } : { kind: "put-back", from: replacedDir(live), to: live, why: "a media restore was interrupted mid-swap" }
    );
  }
  return actions;
}
var STAGED_MARKER = ".pegasus-media-restore";
function isSoundMedia(value, id) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const media = value;
  return media.file === mediaFileName(id) && typeof media.size === "number" && Number.isSafeInteger(media.size) && media.size >= 1024 && typeof media.sha256 === "string" && /^[0-9a-f]{64}$/.test(media.sha256) && typeof media.entries === "number" && Number.isSafeInteger(media.entries) && media.entries >= 0 && Array.isArray(media.mounts) && media.mounts.every(
    (mount) => mount !== null && typeof mount === "object" && typeof mount.container_path === "string" && typeof mount.host_path === "string" && path.isAbsolute(mount.host_path) && path.normalize(mount.host_path) === mount.host_path && mount.host_path !== "/"
  );
}

// src/backup/store.ts
function backupPaths(dataDir, app) {
  return backupPathsAt(path2.join(dataDir, app));
}
function backupPathsAt(appDir) {
  const dir = path2.join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: path2.join(dir, ".lock"),
    lastScheduled: path2.join(appDir, "last-scheduled.json"),
    mediaJournal: path2.join(appDir, "media-restore.json"),
    dump: (id) => path2.join(dir, `${id}.dump`),
    manifest: (id) => path2.join(dir, `${id}.json`),
    partial: (id) => path2.join(dir, `.${id}.dump.partial`),
    media: (id) => path2.join(dir, mediaFileName(id)),
    mediaPartial: (id) => path2.join(dir, `.${mediaFileName(id)}.partial`),
    offsite: (id) => path2.join(dir, `${id}.offsite.json`),
    lastOffsite: path2.join(appDir, "last-offsite.json")
  };
}
async function ensureBackupDir(paths) {
  try {
    await mkdir(paths.appDir, { recursive: true, mode: 493 });
    await mkdir(paths.dir, { recursive: true, mode: 448 });
    const { mode } = await stat(paths.dir);
    if ((mode & 511) !== 448) await chmod(paths.dir, 448);
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
    return await readdir(paths.dir, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(paths.dir, error, "the backups directory", `Check its owner and mode (dokku, 0700): \`ls -ld ${paths.dir}\``);
  }
}
async function inspectBackup(paths, id) {
  try {
    await stat(paths.manifest(id));
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw error;
  }
  const read = await readManifest(paths.manifest(id));
  if ("why" in read) return read;
  if (read.record.id !== id || read.record.verified !== true) return { why: "its manifest names another id or does not say verified" };
  return { record: { ...read.record, file: paths.dump(id) }, sealed: read.sealed };
}
var SEAL_FIELD = "seal";
function manifestSeal(manifest) {
  const { [SEAL_FIELD]: _ignored, ...fields } = manifest;
  return `sha256:${createHash("sha256").update(canonicalJson(fields)).digest("hex")}`;
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
    text = await readFile(file, "utf8");
  } catch (error) {
    return { why: `its manifest cannot be read (${error.code ?? String(error)})` };
  }
  return checkManifest(text);
}
function parseManifest(text) {
  const checked = checkManifest(text);
  return "why" in checked || !checked.sealed ? void 0 : checked.record;
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
  for (const file of filesOfBackup(paths, id)) {
    try {
      await stat(file);
      return true;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return false;
}
async function writeFileAtomic(file, content) {
  const dir = path2.dirname(file);
  const temporary = temporaryName(file);
  try {
    await explainDiskFull({ dir, what: path2.basename(file), needed: smallFileNeeds(content) }, async () => {
      await removeDeadTemporaries(file);
      const handle = await open(temporary, "w", 384);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    });
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => void 0);
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
  const { [SEAL_FIELD]: _stale, ...fields } = record;
  const sealed = { ...fields, [SEAL_FIELD]: manifestSeal(fields) };
  await writeFileAtomic(paths.manifest(record.id), `${JSON.stringify(sealed, null, 2)}
`);
}
function filesOfBackup(paths, id) {
  return [paths.manifest(id), paths.dump(id), paths.media(id), paths.partial(id), paths.mediaPartial(id), paths.offsite(id)];
}
async function deleteBackup(paths, id) {
  for (const file of filesOfBackup(paths, id)) await rm(file, { force: true });
}
var ID_PREFIX = /^\d{8}T\d{6}Z-(?:[0-9a-f]{7}|none)/;
var TEMPORARY = /^\.(.+)\.(\d+)\.tmp$/;
async function findLeftovers(paths, listed, options) {
  const isAlive = options.isAlive ?? processIsAlive;
  const entries = await readBackupDirEntries(paths);
  const names = entries.map((entry) => entry.name);
  const directories = new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  const listedIds = new Set(listed.map((record) => record.id));
  const leftovers = [];
  for (const name of names.sort()) {
    if (directories.has(name)) continue;
    const file = path2.join(paths.dir, name);
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
    if (!id || !filesOfBackup(paths, id).some((owned) => path2.basename(owned) === base)) continue;
    if (temporary) {
      const pid = Number(temporary[2]);
      if (!isAlive(pid)) leftovers.push({ file, id, why: `a write by pid ${pid} that never finished`, removable: true });
    } else if (file === paths.partial(id) || file === paths.mediaPartial(id)) {
      const what = file === paths.partial(id) ? "dump" : "media archive";
      if (!options.backupRunning) leftovers.push({ file, id, why: `the partial ${what} of an interrupted backup`, removable: true });
    } else if (!listedIds.has(id) && !options.backupRunning) {
      const sealed = names.includes(path2.basename(paths.manifest(id)));
      leftovers.push({ file, id, why: await unlistedReason(names, paths, id), removable: !sealed });
    }
  }
  return leftovers;
}
async function unlistedReason(names, paths, id) {
  const has = (file) => names.includes(path2.basename(file));
  if (!has(paths.manifest(id))) return `backup ${id} has no manifest (interrupted before it was written), so it was never listed`;
  if (!has(paths.dump(id))) return `backup ${id} has no dump, so it is not listed`;
  const read = await readManifest(paths.manifest(id));
  return `backup ${id} is not listed: ${"why" in read ? read.why : "its manifest does not vouch for its dump"}`;
}
async function removeLeftovers(paths, listed, log, isAlive) {
  const found = await findLeftovers(paths, listed, { backupRunning: false, isAlive });
  const leftovers = found.filter((leftover) => leftover.removable);
  for (const leftover of leftovers) {
    await rm(leftover.file, { force: true });
    log.warn(`Removed ${leftover.file}: ${leftover.why}`);
  }
  return leftovers;
}
async function writeLastScheduled(paths, result) {
  await mkdir(paths.appDir, { recursive: true, mode: 493 });
  await writeFileAtomic(paths.lastScheduled, `${JSON.stringify(result)}
`);
}
async function readLastScheduled(paths) {
  return readJsonFile(paths.lastScheduled);
}
async function readJsonFile(file) {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if (isMissing(error) || error instanceof SyntaxError) return void 0;
    throw unreadableState(file, error, `the pegasus state file ${path2.basename(file)}`, `Remove it with \`rm -r ${file}\``);
  }
}

// src/backup/offsite/state.ts
import { chmod as chmod2, mkdir as mkdir2, readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";
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
  return target === GLOBAL ? path3.join(context.paths.dataDir, ".offsite-credentials.env") : path3.join(backupPaths(context.paths.dataDir, target).appDir, "offsite-credentials.env");
}
async function writeCredentials(context, target, credentials) {
  const file = credentialsFile(context, target);
  await mkdir2(path3.dirname(file), { recursive: true, mode: 493 });
  await writeFileAtomic(file, renderCredentials(credentials));
  await chmod2(file, 384);
  return file;
}
async function readCredentials(context, target) {
  const candidates = target === GLOBAL ? [[GLOBAL, "global"]] : [[target, "app"], [GLOBAL, "global"]];
  for (const [candidate, scope] of candidates) {
    let text;
    try {
      text = await readFile2(credentialsFile(context, candidate), "utf8");
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
  await mkdir2(paths.appDir, { recursive: true, mode: 493 });
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
  mediaFileName,
  planMediaMounts,
  archivePrefix,
  isUnderPrefix,
  planMediaRestore,
  stagedDir,
  replacedDir,
  isMediaJournal,
  planLeftovers,
  STAGED_MARKER,
  backupPaths,
  backupPathsAt,
  ensureBackupDir,
  listBackups,
  inspectBackup,
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
