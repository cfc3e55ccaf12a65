import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingFallback
} from "./chunk-EKBVQSSW.mjs";
import {
  ArchiveError,
  verifyArchiveFile
} from "./chunk-NMPEEZWR.mjs";
import {
  backupExists,
  backupPaths,
  deleteBackup,
  ensureBackupDir,
  listBackups,
  offsiteEnabled,
  readOffsiteCopy,
  removeLeftovers,
  syncDirectory,
  writeLastScheduled,
  writeManifest
} from "./chunk-IBOA5DEE.mjs";
import {
  listServices,
  serviceHost
} from "./chunk-RC25DIST.mjs";
import {
  exportConfig
} from "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  acquireBackupLock
} from "./chunk-GVQDVKXQ.mjs";
import {
  PropertyStore
} from "./chunk-QJDMSPMB.mjs";
import {
  dokkuMessage
} from "./chunk-RVFNLFNF.mjs";
import {
  backupId,
  diskFullError,
  formatBytes,
  isDiskFull,
  isServiceName,
  normalizeRev,
  planRetention,
  progressLine,
  requiredFreeBytes,
  shortRev
} from "./chunk-UWB7Z3AN.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/offsite/after-backup.ts
var OffsiteFailure = class extends UserError {
  constructor(record, reason) {
    super(
      `Backup ${record.id} is verified and kept on this server, but its off-site copy failed: ${reason}
The next backup uploads it, or now: dokku pegasus:offsite-push ${record.app}`
    );
    this.record = record;
    this.name = "OffsiteFailure";
  }
};
async function copyOffsite(app, record, context) {
  if (!await offsiteEnabled(context, app)) return { ...record, offsite: null };
  try {
    const { pushPending } = await import("./push-54AELRHK.mjs");
    await pushPending(app, context);
  } catch (error) {
    throw new OffsiteFailure({ ...record, offsite: null }, error instanceof Error ? error.message : String(error));
  }
  return { ...record, offsite: await readOffsiteCopy(backupPaths(context.paths.dataDir, app), record.id) };
}

// src/backup/take.ts
import { createHash } from "node:crypto";
import { open, rename, rm, statfs as fsStatfs } from "node:fs/promises";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

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

// src/backup/take.ts
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
  const service = options.service ?? await resolveService(app, config, context, properties);
  const gitRev = normalizeRev(options.liveRev ?? config.GIT_REV);
  const now = context.now();
  if (reason === "schedule") log.info1(`Scheduled backup of ${app} at ${now.toISOString()}`);
  log.info1(`Backing up ${app}: Postgres service ${service}, live commit ${shortRev(gitRev)}`);
  const estimate = { bytes: requiredFreeBytes(void 0), basis: "a 64 MiB margin" };
  try {
    return await backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate });
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
async function backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate }) {
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
  let unsealed;
  try {
    const existing = await listBackups(paths);
    await removeLeftovers(paths, existing, log, options.isAlive);
    if (existing[0]) Object.assign(estimate, sizeEstimate(existing[0].size, "the last backup's"));
    await checkFreeSpace(app, paths.dir, existing[0]?.size, options.statfs ?? fsStatfs);
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
    unsealed = id;
    await rename(partial, paths.dump(id));
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
    unsealed = void 0;
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
  } catch (error) {
    const reached = error.bytesWritten;
    if (reached !== void 0 && requiredFreeBytes(reached) > estimate.bytes) {
      Object.assign(estimate, sizeEstimate(reached, "at least the", "written before the disk filled"));
    }
    throw error;
  } finally {
    if (partial) await rm(partial, { force: true });
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
  const handle = await open(file, "wx", 384);
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
    if (isDiskFull(error)) throw Object.assign(error, { bytesWritten: size });
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
  linkedPostgresHosts,
  OffsiteFailure,
  takeBackup
};
