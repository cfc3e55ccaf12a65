import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingFallback
} from "./chunk-ASW42DKL.mjs";
import {
  exportConfig
} from "./chunk-WJ7ZNAKO.mjs";
import {
  dokkuMessage
} from "./chunk-RVFNLFNF.mjs";
import {
  backupExists,
  backupPaths,
  deleteBackup,
  ensureBackupDir,
  listBackups,
  removePartials,
  syncDirectory,
  writeLastScheduled,
  writeManifest
} from "./chunk-BRCRBLNR.mjs";
import {
  backupId,
  formatBytes,
  isServiceName,
  normalizeRev,
  planRetention,
  progressLine,
  requiredFreeBytes,
  shortRev
} from "./chunk-7AVTMNRI.mjs";
import {
  PropertyStore,
  isMissing
} from "./chunk-BG523PJ5.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/take.ts
import { createHash } from "node:crypto";
import { open as open2, rename as rename2, rm as rm2, statfs as fsStatfs } from "node:fs/promises";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/core/pg-archive.ts
var ArchiveError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "ArchiveError";
  }
};
var MIN_VERSION = version(1, 12, 0);
var MAX_VERSION = version(1, 16, 255);
var K_VERS_1_3 = version(1, 3, 0);
var K_VERS_1_4 = version(1, 4, 0);
var K_VERS_1_5 = version(1, 5, 0);
var K_VERS_1_6 = version(1, 6, 0);
var K_VERS_1_7 = version(1, 7, 0);
var K_VERS_1_8 = version(1, 8, 0);
var K_VERS_1_9 = version(1, 9, 0);
var K_VERS_1_10 = version(1, 10, 0);
var K_VERS_1_11 = version(1, 11, 0);
var K_VERS_1_14 = version(1, 14, 0);
var K_VERS_1_15 = version(1, 15, 0);
var K_VERS_1_16 = version(1, 16, 0);
var ARCH_CUSTOM = 1;
var K_OFFSET_POS_NOT_SET = 1;
var K_OFFSET_POS_SET = 2;
var K_OFFSET_NO_DATA = 3;
var BLK_DATA = 1;
var BLK_BLOBS = 3;
var COMPRESSION = { 0: "none", 1: "gzip", 2: "lz4", 3: "zstd" };
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
var Cursor = class {
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

// src/dokku/postgres.ts
async function listPostgresServices(dokku) {
  const { stdout } = await dokku.run(["postgres:list"], { mutating: false });
  const names = [];
  for (const line of stdout.split("\n")) {
    if (/^\s*(=====>|-----> |!)/.test(line) || line.startsWith(" !")) continue;
    const first = line.trim().split(/\s+/)[0] ?? "";
    if (first === "" || first === "NAME") continue;
    if (/^[A-Za-z0-9_-]+$/.test(first)) names.push(first);
  }
  return names;
}
async function exportPostgres(dokku, service, consume) {
  return dokku.stream(["postgres:export", service], { mutating: false, consumeStdout: consume });
}
function postgresServiceHost(service) {
  return `dokku-postgres-${service.replace(/[._]/g, "-")}`;
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

// src/io/archive-file.ts
import { open } from "node:fs/promises";
async function verifyArchiveFile(file) {
  const handle = await open(file, "r");
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

// src/backup/lock.ts
import { link, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
var UNREADABLE_LOCK_GRACE_MS = 6e4;
async function acquireBackupLock(lockFile, options) {
  const isAlive = options.isAlive ?? processIsAlive;
  const mine = { pid: process.pid, started_at: options.now.toISOString(), hostname: hostname() };
  const content = `${JSON.stringify(mine)}
`;
  const staging = `${lockFile}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(staging, content, { mode: 384 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(staging, lockFile);
        return () => releaseLock(lockFile, content);
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      const seen = await readLock(lockFile);
      if (seen === void 0) continue;
      const holder = parseHolder(seen.text);
      const stale = holder ? holder.hostname === mine.hostname && !isAlive(holder.pid) : options.now.getTime() - seen.mtimeMs > UNREADABLE_LOCK_GRACE_MS;
      if (!stale) throw busy(options.app, lockFile, holder);
      if (await removeIfUnchanged(lockFile, seen.text)) {
        options.log.warn(
          holder ? `Recovered the backup lock of ${options.app} left by pid ${holder.pid} (started ${holder.started_at}), which is no longer running` : `Recovered an unreadable backup lock of ${options.app}`
        );
      }
    }
    throw busy(options.app, lockFile, void 0);
  } finally {
    await rm(staging, { force: true });
  }
}
function busy(app, lockFile, holder) {
  const who = holder ? ` (pid ${holder.pid} on ${holder.hostname} since ${holder.started_at})` : "";
  return new UserError(
    `A backup of ${app} is running${who}. Wait for it to finish and run this again; if no backup is running, remove ${lockFile}`
  );
}
async function readLock(lockFile) {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, "utf8"), stat(lockFile)]);
    return { text, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw error;
  }
}
function parseHolder(text) {
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed.pid === "number" && typeof parsed.started_at === "string" && typeof parsed.hostname === "string") {
      return parsed;
    }
  } catch {
  }
  return void 0;
}
async function removeIfUnchanged(lockFile, staleText) {
  const aside = `${lockFile}.stale.${process.pid}`;
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const moved = await readFile(aside, "utf8");
  if (moved !== staleText) {
    await link(aside, lockFile).catch(() => void 0);
    await rm(aside, { force: true });
    return false;
  }
  await rm(aside, { force: true });
  return true;
}
async function releaseLock(lockFile, content) {
  try {
    if (await readFile(lockFile, "utf8") === content) await rm(lockFile, { force: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}
function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/backup/take.ts
async function takeBackup(app, reason, context, options = {}) {
  verifyAppName(app);
  const paths = backupPaths(context.paths.dataDir, app);
  try {
    const record = await backupOnce(app, reason, context, options, paths);
    if (reason === "schedule") {
      await writeLastScheduled(paths, { status: "ok", at: record.created_at, id: record.id });
    }
    return record;
  } catch (error) {
    if (reason === "schedule") {
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
  const service = options.service ?? await resolveService(app, config, context, properties);
  const gitRev = normalizeRev(options.liveRev ?? config.GIT_REV);
  const now = context.now();
  if (reason === "schedule") log.info1(`Scheduled backup of ${app} at ${now.toISOString()}`);
  log.info1(`Backing up ${app}: Postgres service ${service}, live commit ${shortRev(gitRev)}`);
  await ensureBackupDir(paths);
  const release = await acquireBackupLock(paths.lock, { app, now, log, isAlive: options.isAlive });
  let partial;
  try {
    const leftovers = await removePartials(paths);
    if (leftovers.length > 0) log.verbose(`Removed ${leftovers.length} partial file(s) left by an interrupted backup`);
    const existing = await listBackups(paths);
    await checkFreeSpace(app, paths.dir, existing[0]?.size, options.statfs ?? fsStatfs);
    const { id, started } = await freshId(paths, gitRev, now, context);
    partial = paths.partial(id);
    const clock = performance.now();
    const written = await streamExport(service, partial, context, options);
    let summary;
    try {
      summary = await verifyArchiveFile(partial);
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      throw new UserError(
        `The export of ${service} exited 0 but the archive is incomplete: ${error.message}. Nothing was kept. A dump cut short looks like this (dokku-postgres issue #274): check \`dokku postgres:logs ${service}\` and the free space of the server and the service's volume, then run \`dokku pegasus:backup-deploy ${app}\` again`
      );
    }
    await rename2(partial, paths.dump(id));
    partial = void 0;
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
    log.info1(`Backup ${id} verified`);
    log.verbose(
      `${formatBytes(record.size)}, PostgreSQL ${record.pg_version}, ${plural(summary.tocEntries, "TOC entry", "TOC entries")}, ${plural(summary.dataBlocks, "data block", "data blocks")}, sha256 ${record.sha256}`
    );
    log.verbose(`File: ${record.file}`);
    try {
      await prune(app, paths, properties, context, options.protect ?? []);
    } catch (error) {
      log.warn(
        `Backup ${id} is good, but removing old backups failed: ${error instanceof Error ? error.message : String(error)}. Check ${paths.dir}`
      );
    }
    return record;
  } finally {
    if (partial) await rm2(partial, { force: true });
    await release();
  }
}
async function resolveService(app, config, context, properties) {
  const choose = `name the right one with \`dokku pegasus:set ${app} postgres-service NAME\``;
  const chosen = await properties.get(app, "postgres-service");
  if (chosen) {
    if (!isServiceName(chosen)) {
      throw new UserError(`The postgres-service property of ${app} is not a Postgres service name; ${choose}`);
    }
    return chosen;
  }
  const hosts = linkedPostgresHosts(config);
  if (hosts.length === 0) {
    throw new UserError(
      `No Postgres service is linked to ${app} (no DATABASE_URL or DOKKU_POSTGRES_*_URL points at a dokku-postgres service). Link one with \`dokku postgres:link SERVICE ${app}\`, or ${choose}`
    );
  }
  const services = await listPostgresServices(context.dokku);
  const linked = services.filter((service) => hosts.includes(postgresServiceHost(service)));
  if (linked.length === 1) return linked[0];
  if (linked.length === 0) {
    throw new UserError(
      `${app} points at ${hosts.join(", ")}, but no Postgres service of that name exists (services: ${services.length > 0 ? services.join(", ") : "none"}). Relink with \`dokku postgres:link SERVICE ${app}\`, or ${choose}`
    );
  }
  throw new UserError(`Several Postgres services are linked to ${app}: ${linked.sort().join(", ")}. Choose one: ${choose}`);
}
async function checkFreeSpace(app, dir, lastSize, statfs) {
  const stats = await statfs(dir);
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
async function streamExport(service, file, context, options) {
  const hash = createHash("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    }
  });
  const handle = await open2(file, "wx", 384);
  const began = Date.now();
  const progress = options.progress;
  const timer = progress ? setInterval(() => progress.write(`       ${progressLine(size, Date.now() - began)}
`), options.progressIntervalMs ?? 1e3) : void 0;
  let result;
  try {
    result = await exportPostgres(
      context.dokku,
      service,
      (stdout) => pipeline(stdout, meter, fileSink(handle))
    );
    await handle.sync();
  } catch (error) {
    if (error instanceof UserError || !error.code) throw error;
    throw new UserError(
      `Writing the backup to ${file} failed: ${error.message}. Nothing was kept. Check the free space and permissions of that directory, then run this again`
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
  return new Writable({
    write(chunk, _encoding, callback) {
      writeFully(handle, chunk).then(() => callback(), callback);
    }
  });
}
async function writeFully(handle, chunk) {
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

export {
  ArchiveError,
  linkedPostgresHosts,
  verifyArchiveFile,
  acquireBackupLock,
  takeBackup
};
