import { createHash } from "node:crypto";
import { lstat, open, rename, rm, statfs as fsStatfs, type FileHandle } from "node:fs/promises";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Context } from "../context.js";
import { verifyAppName } from "../core/app-name.js";
import {
  backupId,
  formatBytes,
  isServiceName,
  normalizeRev,
  planRetention,
  progressLine,
  requiredFreeBytes,
  shortRev,
  type BackupReason,
  type BackupRecord,
} from "./id.js";
import { mediaFileName, type MediaArchive, type MediaMount } from "./media/plan.js";
import { ArchiveError, type ArchiveSummary } from "./pg-archive.js";
import { settingFallback } from "../core/settings.js";
import { dokkuMessage } from "../dokku/client.js";
import { exportConfig } from "../dokku/config.js";
import { databaseUrlHost, exportPostgres, postgresServiceHost } from "../dokku/postgres.js";
import { liveRevOf } from "../deploy/live-rev.js";
import { UserError } from "../errors.js";
import { verifyArchiveFile } from "./archive-file.js";
import { diskFullError, isDiskFull } from "../io/disk-full.js";
import { PropertyStore } from "../io/properties.js";
import { MediaArchiveError, notADirectory, readMediaArchive, writeMediaArchive } from "./media/archive.js";
import { currentMediaMounts, recoverMediaLeftovers } from "./media/restore.js";
import { acquireBackupLock } from "./lock.js";
import { copyOffsite, OffsiteFailure } from "./offsite/after-backup.js";
import { currentPostgresService } from "./service.js";
import {
  backupExists,
  backupPaths,
  deleteBackup,
  ensureBackupDir,
  listBackups,
  removeLeftovers,
  syncDirectory,
  writeLastScheduled,
  writeManifest,
  type BackupPaths,
} from "./store.js";

export interface TakeBackupOptions {
  /** The commit being deployed, recorded by the deploy gate. */
  deployingRev?: string;
  /**
   * The commit whose code matches the data, when the caller knows better than GIT_REV: during
   * a deploy's release phase GIT_REV already names the new commit (git_build sets it before
   * building), so the deploy gate passes the one that was live.
   */
  liveRev?: string;
  /**
   * Back up this Postgres service instead of the one resolved from the app's links: a restore
   * first saves exactly the database it is about to overwrite.
   */
  service?: string;
  /**
   * Backup ids this backup's retention prune must keep whatever `backup-keep` says: a restore's
   * safety backup passes the id it is about to import, which may be the oldest.
   */
  protect?: readonly string[];
  /**
   * Archive the app's storage whatever `backup-media` says: a restore with --media first saves
   * the media it is about to replace.
   */
  media?: boolean;
  /** The app's config when the caller has just read it (the deploy gate): saves a second export. */
  config?: Record<string, string>;
  /** Where progress lines go (stderr) while a long export runs; none when absent. */
  progress?: { write(chunk: string): unknown };
  progressIntervalMs?: number;
  /** Free-space probe; tests replace it to play a full disk. */
  statfs?: (dir: string) => Promise<{ bavail: number | bigint; bsize: number | bigint }>;
  /** Lock liveness probe; tests replace it to play a killed holder. */
  isAlive?: (pid: number) => boolean;
  /**
   * Keep the backup here and leave its off-site copy to the caller: a restore's safety backup is
   * taken while the app is stopped, and pushed once it runs again.
   */
  offsiteLater?: boolean;
  /**
   * How long to wait for a backup of the app that is already running (the deploy gate), with
   * a line on `progress` while waiting; without it a running backup is refused at once.
   */
  lockWaitMs?: number;
}

/**
 * Takes one verified backup of the app's Postgres database and returns its record. Also what
 * the deploy gate (reason `deploy`) and restore (`pre-restore`) call in-process.
 *
 * Any failure deletes what it wrote, so nothing that `pegasus:backups` lists is unverified, and
 * a full disk is reported as one (how much is needed and free, where, what to do).
 */
export async function takeBackup(
  app: string,
  reason: BackupReason,
  context: Context,
  options: TakeBackupOptions = {},
): Promise<BackupRecord> {
  verifyAppName(app);
  const paths = backupPaths(context.paths.dataDir, app);
  try {
    const record = await backupOnce(app, reason, context, options, paths);
    if (reason === "schedule") {
      await writeLastScheduled(paths, { status: "ok", at: record.created_at, id: record.id });
    }
    // After the local backup is kept and its lock released: an upload never holds up a backup.
    const wait = { waitMs: options.lockWaitMs, progress: options.progress, progressIntervalMs: options.progressIntervalMs };
    return options.offsiteLater ? { ...record, offsite: null } : await copyOffsite(app, record, context, wait);
  } catch (error) {
    if (reason === "schedule" && !(error instanceof OffsiteFailure)) {
      const message = error instanceof Error ? error.message : String(error);
      await writeLastScheduled(paths, { status: "failed", at: context.now().toISOString(), message }).catch(() => undefined);
    }
    throw error;
  }
}

async function backupOnce(
  app: string,
  reason: BackupReason,
  context: Context,
  options: TakeBackupOptions,
  paths: BackupPaths,
): Promise<BackupRecord> {
  const { dokku, log } = context;
  const properties = new PropertyStore(context.paths.propertiesDir);
  // One read gives both the live commit and the links (exit 20 here for a missing app).
  const config = options.config ?? (await exportConfig(dokku, app));
  if (options.service !== undefined && !isServiceName(options.service)) {
    throw new UserError(`${JSON.stringify(options.service)} is not a Postgres service name`);
  }
  const service = options.service ?? (await serviceToBackUp(app, config, context));
  // Never GIT_REV: after a failed deploy it names the commit that failed (Dokku sets it before
  // building), so the live commit comes from our release history, as the deploy gate's does.
  const gitRev = normalizeRev(options.liveRev ?? (await liveRevOf(app, context)));
  const wantsMedia = options.media ?? (await properties.computed(app, "backup-media", settingFallback("backup-media"))) === "true";
  let mounts = wantsMedia ? await currentMediaMounts(context, app) : undefined;
  if (mounts && reason === "pre-restore") {
    // A restore onto a new server may find a mount whose directory was never created: there
    // is nothing there to save, and refusing would block the restore that brings it back.
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

  // What a full disk's message says this backup needs: refined once the last backup's size,
  // then the bytes this export reached, are known.
  const estimate = { bytes: requiredFreeBytes(undefined), basis: "a 64 MiB margin" };
  try {
    return await backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate, mounts });
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    throw await diskFullError(error, {
      dir: paths.dir,
      what: `the backup of ${app}`,
      needed: estimate.bytes,
      neededBasis: estimate.basis,
      advice: `or keep fewer backups with \`dokku pegasus:set ${app} backup-keep N\``,
    });
  }
}

interface Resolved {
  service: string;
  gitRev: string;
  now: Date;
  properties: PropertyStore;
  estimate: { bytes: number; basis: string };
  /** The storage directories to archive beside the dump, when media is on. */
  mounts: MediaMount[] | undefined;
}

/**
 * Order matters for safety: lock, remove what interrupted runs left, check space, stream the
 * export to a hidden partial file while hashing, fsync, verify, rename, write the manifest.
 */
async function backupLocked(
  app: string,
  reason: BackupReason,
  context: Context,
  options: TakeBackupOptions,
  paths: BackupPaths,
  { service, gitRev, now, properties, estimate, mounts }: Resolved,
): Promise<BackupRecord> {
  const { log } = context;
  await ensureBackupDir(paths);
  const release = await acquireBackupLock(paths.lock, {
    app,
    now,
    log,
    isAlive: options.isAlive,
    waitMs: options.lockWaitMs,
    progress: options.progress,
    progressIntervalMs: options.progressIntervalMs,
  });
  let partial: string | undefined;
  let mediaPartial: string | undefined;
  let unsealed: string | undefined;
  try {
    // Under the lock nothing else writes here: what an interrupted run left goes first, so
    // the space it holds counts as free for this backup. (No listed backup is a leftover.)
    const existing = await listBackups(paths);
    await removeLeftovers(paths, existing, log, options.isAlive);
    await recoverMediaLeftovers(paths, context);
    const lastSize = lastBackupSize(existing, mounts !== undefined);
    if (lastSize !== undefined) Object.assign(estimate, sizeEstimate(lastSize, "the last backup's"));
    await checkFreeSpace(app, paths.dir, lastSize, options.statfs ?? fsStatfs);

    const { id, started } = await freshId(paths, gitRev, now, context);
    partial = paths.partial(id);
    const clock = performance.now();
    const written = await streamExport(service, partial, context, options);
    Object.assign(estimate, sizeEstimate(written.size, "this dump's"));
    let summary: ArchiveSummary;
    try {
      summary = await verifyArchiveFile(partial);
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      throw new UserError(
        `The export of ${service} exited 0 but the archive is incomplete: ${error.message}. Nothing was kept. ` +
          `A dump cut short looks like this (dokku-postgres issue #274): check \`dokku postgres:logs ${service}\` ` +
          `and the free space of the server and the service's volume, then run \`dokku pegasus:backup-deploy ${app}\` again`,
      );
    }
    // From the rename until the manifest is written, the dump is not a backup: a failure in
    // between removes it (a kill leaves it to the next run's leftover cleanup).
    let media: MediaArchive | null = null;
    if (mounts && mounts.length > 0) {
      mediaPartial = paths.mediaPartial(id);
      media = await archiveMedia(id, mounts, mediaPartial, context, options);
    }
    unsealed = id;
    await rename(partial, paths.dump(id));
    partial = undefined;
    if (mediaPartial) {
      await rename(mediaPartial, paths.media(id));
      mediaPartial = undefined;
    }
    await syncDirectory(paths.dir);

    const record: BackupRecord = {
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
      ...(options.deployingRev ? { deploying_rev: options.deployingRev } : {}),
      media,
      archive: {
        format_version: summary.archiveVersion,
        pg_dump_version: summary.dumpVersion,
        compression: summary.compression,
        toc_entries: summary.tocEntries,
        data_blocks: summary.dataBlocks,
        large_objects: summary.largeObjects,
      },
    };
    await writeManifest(paths, record);
    unsealed = undefined;
    log.info1(`Backup ${id} verified`);
    log.verbose(
      `${formatBytes(record.size)}, PostgreSQL ${record.pg_version}, ${plural(summary.tocEntries, "TOC entry", "TOC entries")}, ` +
        `${plural(summary.dataBlocks, "data block", "data blocks")}, sha256 ${record.sha256}`,
    );
    log.verbose(`File: ${record.file}`);
    if (media) log.verbose(`Media: ${paths.media(id)} (${formatBytes(media.size)}, ${plural(media.entries, "entry", "entries")}, sha256 ${media.sha256})`);
    // The backup is written and verified: a failed prune (a file we may not delete, a bad
    // backup-keep) must not report it failed, nor abort the deploy it protects.
    try {
      await prune(app, paths, properties, context, options.protect ?? []);
    } catch (error) {
      log.warn(
        `Backup ${id} is good, but removing old backups failed: ${error instanceof Error ? error.message : String(error)}. ` +
          `Check ${paths.dir}`,
      );
    }
    return record;
  } catch (error) {
    // The disk filled while writing the dump: it needed at least what it had reached.
    const reached = (error as { bytesWritten?: number }).bytesWritten;
    if (reached !== undefined && requiredFreeBytes(reached) > estimate.bytes) {
      Object.assign(estimate, sizeEstimate(reached, "at least the", "written before the disk filled"));
    }
    throw error;
  } finally {
    if (partial) await rm(partial, { force: true });
    if (mediaPartial) await rm(mediaPartial, { force: true });
    if (unsealed) await deleteBackup(paths, unsealed).catch(() => undefined);
    await release();
  }
}

function sizeEstimate(size: number, before: string, after = ""): { bytes: number; basis: string } {
  return {
    bytes: requiredFreeBytes(size),
    basis: `${before} ${formatBytes(size)}${after ? ` ${after}` : ""}, a fifth more and 64 MiB`,
  };
}


function basisOf(size: number): string {
  return `${formatBytes(size)} of dump, a fifth more and 64 MiB`;
}

async function directoriesPresent(mounts: MediaMount[]): Promise<MediaMount[]> {
  const present: MediaMount[] = [];
  for (const mount of mounts) {
    let found;
    try {
      found = await lstat(mount.host_path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      continue;
    }
    // Only a directory that is truly absent has nothing to save: a symbolic link or a file
    // there would be left out of the safety backup, then renamed away and removed by the swap.
    if (!found.isDirectory()) throw notADirectory(mount);
    present.push(mount);
  }
  return present;
}

/**
 * Streams the storage directories into `file`, then re-reads it whole (tar structure, entry
 * count, sha256) before the backup may count: a media archive is verified like a dump.
 */
async function archiveMedia(
  id: string,
  mounts: MediaMount[],
  file: string,
  context: Context,
  options: TakeBackupOptions,
): Promise<MediaArchive> {
  context.log.info1(`Archiving media of ${mounts.length === 1 ? mounts[0]!.container_path : `${mounts.length} storage mounts`}`);
  let bytes = 0;
  const began = Date.now();
  const progress = options.progress;
  const timer = progress
    ? setInterval(() => progress.write(`       ${progressLine(bytes, Date.now() - began)}\n`), options.progressIntervalMs ?? 1000)
    : undefined;
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
      `The media archive read back differs from what was written (${read.size} bytes, ${read.entries} entries, sha256 ${read.sha256}; ` +
        `written ${written.size} bytes, ${written.entries} entries, sha256 ${written.sha256}). Nothing was kept; check the disk, then run this again`,
    );
  }
  return { file: mediaFileName(id), size: written.size, sha256: written.sha256, entries: written.entries, mounts };
}

/**
 * The app's current service. A postgres-service setting that disagrees with the link Dokku
 * shows (a setting carried from elsewhere, or left after a relink) is still obeyed, since it
 * is how an operator names a service linked under a custom alias, but never silently: a backup
 * of another database would not undo this app's migrations, and a restore refuses it.
 */
async function serviceToBackUp(app: string, config: Record<string, string>, context: Context): Promise<string> {
  const current = await currentPostgresService(app, config, context);
  // Only when DATABASE_URL points outside dokku-postgres does the setting decide: a pooler in
  // front of the service, or a database moved elsewhere that the setting still names.
  const host = databaseUrlHost(config);
  if (current.from === "property" && host !== undefined && host !== postgresServiceHost(current.service)) {
    context.log.warn(
      `${app}'s DATABASE_URL points at ${host ?? "a URL that is not postgres://"}, not at ${current.service}: backing up ${current.service} ` +
        `as its postgres-service setting says (right when that URL reaches it through a pooler). If ${app} uses another database now: dokku pegasus:set ${app} postgres-service`,
    );
  }
  return current.service;
}

/**
 * The free-space check a backup makes under its lock, made beforehand by a caller that would
 * otherwise stop the app for a backup that cannot be taken (a restore's safety backup).
 */
export async function checkRoomForBackup(app: string, context: Context, options: { media: boolean; statfs?: TakeBackupOptions["statfs"] }): Promise<void> {
  const paths = backupPaths(context.paths.dataDir, app);
  await ensureBackupDir(paths);
  await checkFreeSpace(app, paths.dir, lastBackupSize(await listBackups(paths), options.media), options.statfs ?? fsStatfs);
}

/** What this backup will need, going by the last one: with media, its media archive counts too. */
function lastBackupSize(listed: readonly BackupRecord[], media: boolean): number | undefined {
  const last = listed[0];
  return last ? last.size + (media ? (last.media?.size ?? 0) : 0) : undefined;
}

async function checkFreeSpace(
  app: string,
  dir: string,
  lastSize: number | undefined,
  statfs: NonNullable<TakeBackupOptions["statfs"]>,
): Promise<void> {
  const stats = await statfs(dir);
  const free = Number(stats.bavail) * Number(stats.bsize);
  const needed = requiredFreeBytes(lastSize);
  if (free >= needed) return;
  const basis = lastSize === undefined ? "a 64 MiB margin" : `the last backup's ${formatBytes(lastSize)}, a fifth more and 64 MiB`;
  throw new UserError(
    `Not enough free disk to back up ${app}: ${formatBytes(free)} free in ${dir}, ${formatBytes(needed)} needed (${basis}). ` +
      `Free some space, or keep fewer backups with \`dokku pegasus:set ${app} backup-keep N\`, then run this again`,
  );
}

/** Two backups in one second with the same commit would share an id: wait for the next second. */
async function freshId(paths: BackupPaths, gitRev: string, now: Date, context: Context): Promise<{ id: string; started: Date }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = attempt === 0 ? now : context.now();
    const id = backupId(started, gitRev);
    if (!(await backupExists(paths, id))) return { id, started };
    await new Promise((resolve) => setTimeout(resolve, 1000 - (started.getTime() % 1000)));
  }
  throw new UserError(`A backup with the id of this one already exists in ${paths.dir}; run this again in a second`);
}

/** Streams the export into `file` (created 0600, never existing before), hashing as it goes. */
async function streamExport(
  service: string,
  file: string,
  context: Context,
  options: TakeBackupOptions,
): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  const handle = await open(file, "wx", 0o600);
  const began = Date.now();
  const progress = options.progress;
  const timer = progress
    ? setInterval(() => progress.write(`       ${progressLine(size, Date.now() - began)}\n`), options.progressIntervalMs ?? 1000)
    : undefined;
  let result: Awaited<ReturnType<typeof exportPostgres>>;
  try {
    result = await exportPostgres(context.dokku, service, (stdout) =>
      pipeline(stdout, meter, fileSink(handle)),
    );
    await handle.sync();
  } catch (error) {
    if (error instanceof UserError || !(error as NodeJS.ErrnoException).code) throw error;
    // The disk filled: the caller says how much this backup needs once the partial is gone.
    if (isDiskFull(error)) throw Object.assign(error as Error, { bytesWritten: size });
    throw new UserError(
      `Writing the backup to ${file} failed: ${(error as Error).message}. Nothing was kept. ` +
        "Check the free space and permissions of that directory, then run this again",
    );
  } finally {
    if (timer) clearInterval(timer);
    await handle.close();
  }
  if (result.exitCode !== 0 || result.signal) {
    const how = result.signal ? `was killed (${result.signal})` : `failed (exit ${result.exitCode})`;
    const message = dokkuMessage(result.stderr, "");
    throw new UserError(
      `dokku postgres:export ${service} ${how}${message ? `: ${message}` : ""}. Nothing was kept (the partial file was deleted). ` +
        `Check the service with \`dokku postgres:info ${service}\`, then run this again`,
    );
  }
  if (progress && Date.now() - began >= (options.progressIntervalMs ?? 1000)) {
    progress.write(`       ${progressLine(size, Date.now() - began)}\n`);
  }
  return { size, sha256: hash.digest("hex") };
}

/**
 * Writes into an open FileHandle, leaving it open for the fsync that follows. (A handle's own
 * createWriteStream({ autoClose: false }) keeps a reference that makes close() hang.)
 */
function fileSink(handle: FileHandle): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writeFully(handle, chunk).then(() => callback(), callback);
    },
  });
}

async function writeFully(handle: FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/** Applies `backup-keep` after a good backup; see planRetention for what is never deleted. */
async function prune(
  app: string,
  paths: BackupPaths,
  properties: PropertyStore,
  context: Context,
  protect: readonly string[],
): Promise<void> {
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

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
