import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readReleases
} from "./chunk-IDXT27MG.mjs";
import {
  settingFallback
} from "./chunk-Q2JQQO7P.mjs";
import {
  MediaArchiveError,
  currentMediaMounts,
  notADirectory,
  readMediaArchive,
  recoverMediaLeftovers,
  writeMediaArchive
} from "./chunk-XJYLVPT3.mjs";
import {
  ArchiveError,
  verifyArchiveFile
} from "./chunk-5VEOFXWN.mjs";
import {
  backupExists,
  backupPaths,
  deleteBackup,
  ensureBackupDir,
  listBackups,
  mediaFileName,
  offsiteEnabled,
  readOffsiteCopy,
  removeLeftovers,
  syncDirectory,
  writeLastScheduled,
  writeManifest
} from "./chunk-N57HPFOI.mjs";
import {
  listServices,
  serviceHost,
  serviceLinks
} from "./chunk-T2TNEFCO.mjs";
import {
  exportConfig
} from "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  acquireBackupLock
} from "./chunk-3BUY7C2L.mjs";
import {
  PropertyStore
} from "./chunk-IQVX3673.mjs";
import {
  dokkuMessage
} from "./chunk-RVFNLFNF.mjs";
import {
  backupId,
  diskFullError,
  formatBytes,
  isDiskFull,
  isRev,
  isServiceName,
  normalizeRev,
  planRetention,
  progressLine,
  requiredFreeBytes,
  shortRev
} from "./chunk-YDC6S6T6.mjs";
import {
  DokkuCommandError,
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/core/deploy-gate.ts
var CODE_ARRIVING_SOURCES = [
  "git-hook",
  "git:sync",
  "git:from-archive",
  "git:from-image",
  "git:load-image",
  "ps:rebuild"
];
function earlyPass(facts) {
  if (facts.buildSource !== void 0 && !isCodeArriving(facts.buildSource)) {
    return { action: "pass", reason: `no new code (${facts.buildSource}): no backup needed`, noNewCode: true };
  }
  if (facts.trigger === "post-build" && !facts.hasPredeploy) {
    return { action: "pass", reason: "no app.json predeploy: the backup is taken before the release task" };
  }
  return void 0;
}
function decideGate(facts) {
  const early = earlyPass(facts);
  if (early) return early;
  if (facts.buildSource === void 0 && facts.builtInThisRun === false) {
    return { action: "pass", reason: "no build ran in this dokku run (a restart): no backup needed", noNewCode: true };
  }
  if (facts.buildSource === void 0 && facts.builtInThisRun === void 0 && isSameCode(facts.deployingRev, facts.lastReleaseRev)) {
    return {
      action: "pass",
      reason: `no new code (${normalizeRev(facts.deployingRev)} is the last released commit): no backup needed`,
      noNewCode: true
    };
  }
  if (facts.alreadyTakenForBuild) return { action: "pass", reason: "the deploy backup for this build is already taken" };
  if (facts.rollback) {
    return { action: "pass", reason: "rollback: the database was just restored from a verified backup", consumeRollback: true };
  }
  if (!facts.backupOnDeploy) return { action: "pass", reason: "backup-on-deploy is false" };
  if (facts.skipNext) {
    return { action: "pass", reason: "backup-skip-next was set: skipping this deploy's backup once", consumeSkipNext: true };
  }
  if (!facts.hasPostgres) return { action: "pass", reason: "no Postgres service is linked to the app" };
  return { action: "backup" };
}
function hasPredeployScript(appJson) {
  if (!appJson) return false;
  try {
    const parsed = JSON.parse(appJson);
    const predeploy = parsed?.scripts?.dokku?.predeploy;
    return typeof predeploy === "string" && predeploy.trim() !== "";
  } catch {
    return false;
  }
}
function isCodeArriving(buildSource) {
  return buildSource !== void 0 && CODE_ARRIVING_SOURCES.includes(buildSource);
}
function isSameCode(deployingRev, lastReleaseRev) {
  const deploying = normalizeRev(deployingRev);
  const last = normalizeRev(lastReleaseRev);
  return deploying !== "none" && deploying === last;
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
function buildMarkerIsForRun(marker, dokkuPid, now) {
  if (!marker || marker.dokku_pid !== dokkuPid) return false;
  const age = now.getTime() - Date.parse(marker.created_at);
  return age >= 0 && age < PENDING_WITHOUT_ID_MS;
}
function rollbackMarkerApplies(marker, deployingRev, now) {
  if (!marker || !isRev(marker.rev) || !isRev(deployingRev)) return false;
  const same = marker.rev.startsWith(deployingRev) || deployingRev.startsWith(marker.rev);
  return same && now.getTime() < Date.parse(marker.expires_at);
}

// src/dokku/deploy.ts
async function deploySourceMetadata(dokku, app) {
  const { stdout } = await dokku.run(["apps:report", app, "--app-deploy-source-metadata"], { mutating: false });
  return stdout.trim();
}
async function stopApp(dokku, app) {
  await dokku.run(["ps:stop", app], { mutating: true });
}
async function startApp(dokku, app) {
  await dokku.run(["ps:start", app], { mutating: true });
}
async function importPostgres(dokku, service, file) {
  await dokku.run(["postgres:import", service], { mutating: true, inputFile: file });
}
async function deployCommit(dokku, app, repo, sha, output) {
  const args = ["git:sync", "--build", app, repo, sha];
  let tail = "";
  const result = await dokku.stream(args, {
    mutating: true,
    async consumeStdout(stdout) {
      for await (const chunk of stdout) {
        const text = Buffer.from(chunk).toString("utf8");
        output.write(text);
        tail = (tail + text).slice(-8192);
      }
    }
  });
  if (result.exitCode !== 0 || result.signal) {
    throw new DokkuCommandError("git:sync", result.exitCode, dokkuMessage(result.stderr, tail));
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
    const { pushPending } = await import("./push-PDL3NLBC.mjs");
    await pushPending(app, context);
  } catch (error) {
    throw new OffsiteFailure({ ...record, offsite: null }, error instanceof Error ? error.message : String(error));
  }
  return { ...record, offsite: await readOffsiteCopy(backupPaths(context.paths.dataDir, app), record.id) };
}

// src/dokku/postgres.ts
async function listPostgresServices(dokku) {
  return listServices(dokku, "postgres");
}
async function isPostgresLinked(dokku, service, app) {
  const { exitCode } = await dokku.run(["postgres:linked", service, app], { mutating: false, quiet: true, okExitCodes: [1] });
  return exitCode === 0;
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

// src/backup/service.ts
var chooseHint = (app) => `name the right one with \`dokku pegasus:set ${app} postgres-service NAME\``;
async function currentPostgresService(app, config, context, services) {
  const chosen = await new PropertyStore(context.paths.propertiesDir).get(app, "postgres-service");
  if (chosen) {
    if (!isServiceName(chosen)) {
      throw new UserError(`The postgres-service property of ${app} is not a Postgres service name; ${chooseHint(app)}`);
    }
    return { service: chosen, from: "property" };
  }
  const hosts = linkedPostgresHosts(config);
  if (hosts.length === 0) {
    throw new UserError(
      `No Postgres service is linked to ${app} (no DATABASE_URL or DOKKU_POSTGRES_*_URL points at a dokku-postgres service). Link one with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`
    );
  }
  const all = services ?? await listPostgresServices(context.dokku);
  const linked = all.filter((service) => hosts.includes(postgresServiceHost(service)));
  if (linked.length === 1) return { service: linked[0], from: "link" };
  if (linked.length === 0) {
    throw new UserError(
      `${app} points at ${hosts.join(", ")}, but no Postgres service of that name exists (services: ${all.length > 0 ? all.join(", ") : "none"}). Relink with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`
    );
  }
  throw new UserError(`Several Postgres services are linked to ${app}: ${[...linked].sort().join(", ")}. Choose one: ${chooseHint(app)}`);
}
async function restoreTarget(app, backup, intoService, config, context) {
  const services = await listPostgresServices(context.dokku);
  if (intoService !== void 0) {
    if (!isServiceName(intoService) || !services.includes(intoService)) {
      throw new UserError(
        `--into-service ${JSON.stringify(intoService)} is not an existing Postgres service (services: ${services.length > 0 ? services.join(", ") : "none"}). Nothing was changed.`
      );
    }
    const users = await serviceLinks(context.dokku, "postgres", intoService);
    if (users.length > 0 && !users.includes(app)) {
      throw new UserError(
        [
          `--into-service ${intoService} is refused: it is the database of ${users.join(", ")}, not of ${app}. Nothing was changed.`,
          `To restore ${users.length === 1 ? `${users[0]}'s` : "their"} data, run the restore for that app. If ${app} is to use ${intoService} now, link it first: dokku postgres:link ${intoService} ${app}`
        ].join("\n")
      );
    }
    return { service: intoService, explicit: true };
  }
  const explicitly = (service) => `To overwrite ${service} anyway, say so: --into-service ${service}`;
  const current = await currentPostgresService(app, config, context, services);
  if (current.from === "property" && !await isPostgresLinked(context.dokku, current.service, app)) {
    throw new UserError(
      [
        `Restore of ${app} refused: its postgres-service setting names ${current.service}, which is not linked to ${app}. Nothing was changed.`,
        `If ${app} uses another database now, unset the setting (\`dokku pegasus:set ${app} postgres-service\`) or set it to that service.`,
        explicitly(current.service)
      ].join("\n")
    );
  }
  if (current.service !== backup.service) {
    throw new UserError(
      [
        `Restore of ${app} refused: backup ${backup.id} was taken of ${backup.service}, but ${app} uses ${current.service} now (${current.from === "property" ? "postgres-service setting" : "its link"}). Nothing was changed.`,
        explicitly(current.service)
      ].join("\n")
    );
  }
  return { service: current.service, explicit: false };
}

// src/backup/take.ts
import { createHash } from "node:crypto";
import { lstat, open, rename, rm, statfs as fsStatfs } from "node:fs/promises";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
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
  const service = options.service ?? await serviceToBackUp(app, config, context);
  const gitRev = normalizeRev(options.liveRev ?? await liveRevOf(app, context));
  const wantsMedia = options.media ?? await properties.computed(app, "backup-media", settingFallback("backup-media")) === "true";
  let mounts = wantsMedia ? await currentMediaMounts(context, app) : void 0;
  if (mounts && reason === "pre-restore") {
    const present = await directoriesPresent(mounts);
    for (const mount of mounts.filter((candidate) => !present.includes(candidate))) {
      log.verbose(`No media to save at ${mount.container_path}: ${mount.host_path} does not exist yet`);
    }
    mounts = present;
  }
  const now = context.now();
  if (reason === "schedule") log.info1(`Scheduled backup of ${app} at ${now.toISOString()}`);
  log.info1(`Backing up ${app}: Postgres service ${service}, live commit ${shortRev(gitRev)}`);
  if (mounts && mounts.length === 0 && reason !== "pre-restore") log.warn(`backup-media is on, but ${app} has no storage mounted: this backup holds no media`);
  const estimate = { bytes: requiredFreeBytes(void 0), basis: "a 64 MiB margin" };
  try {
    return await backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate, mounts });
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
async function backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate, mounts }) {
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
  let mediaPartial;
  let unsealed;
  try {
    const existing = await listBackups(paths);
    await removeLeftovers(paths, existing, log, options.isAlive);
    await recoverMediaLeftovers(paths, context);
    const lastSize = existing[0] ? existing[0].size + (mounts ? existing[0].media?.size ?? 0 : 0) : void 0;
    if (lastSize !== void 0) Object.assign(estimate, sizeEstimate(lastSize, "the last backup's"));
    await checkFreeSpace(app, paths.dir, lastSize, options.statfs ?? fsStatfs);
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
    let media = null;
    if (mounts && mounts.length > 0) {
      mediaPartial = paths.mediaPartial(id);
      media = await archiveMedia(id, mounts, mediaPartial, context, options);
    }
    unsealed = id;
    await rename(partial, paths.dump(id));
    partial = void 0;
    if (mediaPartial) {
      await rename(mediaPartial, paths.media(id));
      mediaPartial = void 0;
    }
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
      media,
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
    if (media) log.verbose(`Media: ${paths.media(id)} (${formatBytes(media.size)}, ${plural(media.entries, "entry", "entries")}, sha256 ${media.sha256})`);
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
    if (mediaPartial) await rm(mediaPartial, { force: true });
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
async function directoriesPresent(mounts) {
  const present = [];
  for (const mount of mounts) {
    let found;
    try {
      found = await lstat(mount.host_path);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
      continue;
    }
    if (!found.isDirectory()) throw notADirectory(mount);
    present.push(mount);
  }
  return present;
}
async function archiveMedia(id, mounts, file, context, options) {
  context.log.info1(`Archiving media of ${mounts.length === 1 ? mounts[0].container_path : `${mounts.length} storage mounts`}`);
  let bytes = 0;
  const began = Date.now();
  const progress = options.progress;
  const timer = progress ? setInterval(() => progress.write(`       ${progressLine(bytes, Date.now() - began)}
`), options.progressIntervalMs ?? 1e3) : void 0;
  let written;
  try {
    written = await writeMediaArchive(mounts, file, (total) => {
      bytes = total;
    });
  } finally {
    if (timer) clearInterval(timer);
  }
  let read;
  try {
    read = await readMediaArchive(file);
  } catch (error) {
    if (!(error instanceof MediaArchiveError)) throw error;
    throw new UserError(`The media archive just written does not read back: ${error.message}. Nothing was kept; check the disk, then run this again`);
  }
  if (read.size !== written.size || read.sha256 !== written.sha256 || read.entries !== written.entries) {
    throw new UserError(
      `The media archive read back differs from what was written (${read.size} bytes, ${read.entries} entries, sha256 ${read.sha256}; written ${written.size} bytes, ${written.entries} entries, sha256 ${written.sha256}). Nothing was kept; check the disk, then run this again`
    );
  }
  return { file: mediaFileName(id), size: written.size, sha256: written.sha256, entries: written.entries, mounts };
}
async function serviceToBackUp(app, config, context) {
  const current = await currentPostgresService(app, config, context);
  const hosts = linkedPostgresHosts(config);
  if (current.from === "property" && hosts.length > 0 && !hosts.includes(postgresServiceHost(current.service))) {
    context.log.warn(
      `The postgres-service setting of ${app} names ${current.service}, but ${app}'s database URL points at ${hosts.join(", ")}. Backing up ${current.service} as set; if ${app} uses another database now: dokku pegasus:set ${app} postgres-service`
    );
  }
  return current.service;
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
  earlyPass,
  decideGate,
  hasPredeployScript,
  isCodeArriving,
  pendingIsForBuild,
  buildMarkerIsForRun,
  rollbackMarkerApplies,
  stopApp,
  startApp,
  importPostgres,
  deployCommit,
  liveRevOf,
  releasesOrWarn,
  OffsiteFailure,
  restoreTarget,
  takeBackup
};
