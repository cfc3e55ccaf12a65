/**
 * Disaster recovery's first half: one off-site copy back onto this server as a verified local
 * backup (the same checks a local backup passes: size, sha256, archive structure), so the
 * ordinary restore path takes it from there. Nothing is kept unless every check passed.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open, rename, rm, stat } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Context } from "../../context.js";
import type { BackupRecord } from "../id.js";
import { ArchiveError } from "../pg-archive.js";
import { UserError } from "../../errors.js";
import { isMissing } from "../../io/properties.js";
import { verifyArchiveFile } from "../archive-file.js";
import { acquireBackupLock } from "../lock.js";
import {
  backupPaths,
  ensureBackupDir,
  inspectBackup,
  listBackups,
  parseManifest,
  removeLeftovers,
  syncDirectory,
  writeFileAtomic,
  writeOffsiteCopy,
} from "../store.js";
import { appPrefix, manifestObjectName, objectUrl } from "./config.js";
import { isNetworkErrorCode, type Bucket } from "./s3.js";
import { openAppBucket, readSmallObject } from "./bucket-listing.js";
import { copyPrefixes } from "./renamed.js";

type BucketObject = NonNullable<Awaited<ReturnType<Bucket["read"]>>> & { key: string; encrypted: boolean };

/** `<base>.age`, else `<base>` (uploaded with offsite-recipient none), else undefined. */
async function readEitherObject(bucket: Bucket, base: string): Promise<BucketObject | undefined> {
  for (const key of [`${base}.age`, base]) {
    const object = await bucket.read(key);
    if (object) return { ...object, key, encrypted: key.endsWith(".age") };
  }
  return undefined;
}

/**
 * One object into `partial` (0600, never overwriting), decrypted with `identities` when it is
 * encrypted, its plaintext checked against the manifest's size and sha256 as it streams.
 * Throws `refuse(why)` when it is not the file the manifest names; the caller removes `partial`.
 */
async function downloadObject(
  object: BucketObject,
  partial: string,
  expected: { size: number; sha256: string },
  identities: readonly string[],
  refuse: (why: string) => UserError,
): Promise<void> {
  let plaintext: Readable = object.body;
  if (object.encrypted) {
    try {
      plaintext = await (await import("./age.js")).decryptStream(object.body, identities);
    } catch (error) {
      object.body.destroy();
      throw refuse(error instanceof Error ? error.message : String(error));
    }
  }
  const hash = createHash("sha256");
  let size = 0;
  try {
    await pipeline(
      plaintext,
      new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      }),
      createWriteStream(partial, { flags: "wx", mode: 0o600 }),
    );
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // The connection dropped mid-body: the disk is not the one to check.
    if (isNetworkErrorCode(code)) {
      throw new UserError(`The download of ${object.key} broke off (${code}): the connection to the store failed. Nothing was kept. Run this again`);
    }
    if (code && /^E[A-Z]+$/.test(code) && code !== "ERR_STREAM_PREMATURE_CLOSE") {
      throw new UserError(`Writing the download to ${partial} failed (${code}). Nothing was kept. Check the free space, then run this again`);
    }
    throw refuse(`its bytes do not decrypt (changed or cut short: ${(error as Error).message.split("\n")[0]})`);
  }
  const sha256 = hash.digest("hex");
  if (size !== expected.size) throw refuse(`it holds ${size} bytes, its manifest says ${expected.size}`);
  if (sha256 !== expected.sha256) throw refuse(`its sha256 is ${sha256}, its manifest says ${expected.sha256}`);
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}



/** What is wrong with the copy of a backup on this server: each field says why, when it is. */
interface LocalDamage {
  /** The local manifest, when it is sound and says verified: only then are its good files kept. */
  record?: BackupRecord;
  manifest?: string;
  dump?: string;
  media?: string;
}

/**
 * Checks the copy of backup `id` here as a restore would (dump: size, sha256, archive; media
 * archive: size, sha256, tar structure), so only what is damaged is fetched from the bucket.
 * Undefined when there is no manifest here at all.
 */
async function inspectLocalCopy(app: string, id: string, context: Context): Promise<LocalDamage | undefined> {
  const paths = backupPaths(context.paths.dataDir, app);
  const found = await inspectBackup(paths, id);
  if (found === undefined) return undefined;
  if ("why" in found) return { manifest: found.why };
  const record = found.record;
  // Imported here: statically they would pull the restore code into the deploy gate's chunk.
  const { checkBackupFile } = await import("../restore.js");
  const dump = await checkBackupFile(app, record, context).then(
    () => undefined,
    (error: unknown) => {
      if (error instanceof UserError) return error.message.replace(/^Backup \S+ is refused: /, "").replace(/\. Nothing was changed\..*$/s, "");
      throw error;
    },
  );
  let media: string | undefined;
  if (record.media) {
    const { MediaArchiveError, readMediaArchive } = await import("../media/archive.js");
    try {
      const read = await readMediaArchive(paths.media(id));
      if (read.size !== record.media.size) media = `it is ${read.size} bytes, its manifest says ${record.media.size}`;
      else if (read.sha256 !== record.media.sha256) media = `its sha256 is ${read.sha256}, its manifest says ${record.media.sha256}`;
      else if (read.entries !== record.media.entries) media = `it holds ${read.entries} entries, its manifest says ${record.media.entries}`;
    } catch (error) {
      if (error instanceof MediaArchiveError) media = `its archive is damaged: ${error.message}`;
      else if (isMissing(error)) media = `it is missing (no ${paths.media(id)})`;
      else throw error;
    }
  }
  return { record, dump, media };
}

/** The same backup: the bucket's manifest names the very files the local one does. */
function sameFiles(local: BackupRecord, remote: BackupRecord): boolean {
  return (
    local.size === remote.size &&
    local.sha256 === remote.sha256 &&
    (local.media?.sha256 ?? null) === (remote.media?.sha256 ?? null) &&
    (local.media?.size ?? null) === (remote.media?.size ?? null)
  );
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * The bucket's manifest of backup `id`: under the app's own prefix, else an old name's that the
 * next push has not moved yet (apps:rename). Read-only; refused unless it is sound and verified.
 */
async function bucketManifest(app: string, id: string, context: Context) {
  const paths = backupPaths(context.paths.dataDir, app);
  const { config, bucket } = await openAppBucket(app, context);
  const refuse = (why: string) =>
    new UserError(`Off-site copy ${id} of ${app} is refused: ${why}. Nothing was changed. List the copies with \`dokku pegasus:backups ${app} --offsite\``);
  let manifestKey = manifestObjectName(config, app, id);
  let manifestText: string | undefined;
  let base = appPrefix(config, app) + id;
  for (const { prefix, owns } of await copyPrefixes(app, config, paths)) {
    if (!owns(id)) continue;
    manifestText = await readSmallObject(bucket, `${prefix}${id}.json`);
    if (manifestText !== undefined) {
      manifestKey = `${prefix}${id}.json`;
      base = prefix + id;
      break;
    }
  }
  if (manifestText === undefined) throw refuse(`there is no ${objectUrl(config, manifestObjectName(config, app, id))}`);
  const record = parseManifest(manifestText);
  if (!record || record.id !== id || record.verified !== true) {
    throw refuse(`${objectUrl(config, manifestKey)} is not a sound pegasus manifest of ${id} (it was changed or damaged)`);
  }
  return { config, bucket, refuse, manifestText, record, base, manifestUrl: objectUrl(config, manifestKey) };
}

/**
 * What `restore --offsite` without --force would fetch, changing nothing here: undefined when
 * the copy here passes every check (the plan is then the local restore's), else the bucket's
 * manifest and where it is, read and checked but nothing downloaded.
 */
export async function plannedDownload(app: string, id: string, context: Context): Promise<{ record: BackupRecord; manifestUrl: string; damagedHere: string[] } | undefined> {
  const local = await inspectLocalCopy(app, id, context);
  if (local?.record && local.dump === undefined && local.media === undefined) {
    const present = (await listBackups(backupPaths(context.paths.dataDir, app))).some((record) => record.id === id);
    if (present) return undefined;
  }
  const { record, manifestUrl } = await bucketManifest(app, id, context);
  const damagedHere = [local?.manifest && "manifest", local?.dump && "dump", local?.media && "media archive"].filter((what): what is string => Boolean(what));
  return { record, manifestUrl, damagedHere };
}

/**
 * Downloads backup `id` of `app` from the bucket, decrypting with `identities` (held in memory
 * only), into hidden partial files; checks them exactly as a local backup is checked; only
 * then renames them into place beside their manifest (byte for byte as uploaded). Returns the
 * listed record. A backup already here is not downloaded again; a damaged file of it (dump or
 * media archive) is replaced by the bucket's copy once that is verified, and its good files
 * are kept. A refused or failed download removes only what this run created.
 */
export async function downloadBackup(app: string, id: string, identities: readonly string[], context: Context): Promise<BackupRecord> {
  const paths = backupPaths(context.paths.dataDir, app);
  const local = await inspectLocalCopy(app, id, context);
  if (local?.record && local.dump === undefined && local.media === undefined) {
    const present = (await listBackups(paths)).find((record) => record.id === id);
    if (present) {
      context.log.info1(`Backup ${id} is already on this server; restoring from it (it is checked again before the restore)`);
      return present;
    }
  }
  // A damaged copy here is what sends an operator to the bucket: it is replaced, not refused.
  if (local?.manifest) context.log.warn(`The manifest of ${id} on this server is refused (${local.manifest}); the bucket's copy replaces the backup once it is verified`);
  if (local?.dump) context.log.warn(`The dump of ${id} on this server fails its checks (${local.dump}); it is replaced by the bucket's copy once that is verified`);
  if (local?.media) context.log.warn(`The media archive of ${id} on this server fails its checks (${local.media}); it is replaced by the bucket's copy once that is verified`);

  const { config, bucket, refuse, manifestText, record, base } = await bucketManifest(app, id, context);
  // Only a local manifest naming the very same files keeps its good ones; anything else is
  // replaced whole by the bucket's copy.
  const keepGood = local?.record !== undefined && sameFiles(local.record, record);
  const fetchDump = !keepGood || local?.dump !== undefined;
  const fetchMedia = record.media ? !keepGood || local?.media !== undefined : false;

  const dump = fetchDump ? await readEitherObject(bucket, `${base}.dump`) : undefined;
  if (fetchDump && !dump) throw refuse(`its dump is missing (no ${objectUrl(config, `${base}.dump.age`)})`);
  if (dump) context.log.info1(`Downloading ${objectUrl(config, dump.key)}${dump.encrypted ? " and decrypting it" : " (not encrypted)"}`);

  await ensureBackupDir(paths);
  const release = await acquireBackupLock(paths.lock, { app, now: context.now(), log: context.log });
  const partial = paths.partial(id);
  const mediaPartial = paths.mediaPartial(id);
  // Files this run put where there was none: on failure they go, and only they (with the
  // partial files); a file it replaced was damaged, and its replacement is verified.
  const created: string[] = [];
  let kept = false;
  let media: { key: string; size: number } | undefined;
  try {
    await removeLeftovers(paths, await listBackups(paths), context.log);
    if (dump) {
      await downloadObject(dump, partial, record, identities, refuse);
      try {
        await verifyArchiveFile(partial);
      } catch (error) {
        if (error instanceof ArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
        throw error;
      }
    }
    if (fetchMedia && record.media) {
      // The manifest names a media archive: the copy is whole only with it, checked the same way,
      // and nothing is put in place before both are.
      const object = await readEitherObject(bucket, `${base}.media.tar`);
      if (!object) throw refuse(`its media archive is missing (no ${objectUrl(config, `${base}.media.tar.age`)})`);
      context.log.info1(`Downloading ${objectUrl(config, object.key)}${object.encrypted ? " and decrypting it" : " (not encrypted)"}`);
      await downloadObject(object, mediaPartial, record.media, identities, (why) =>
        refuse(`${objectUrl(config, object.key)} is not the media archive its manifest names (${why})`),
      );
      media = { key: object.key, size: object.size };
    }
    const moves: [string, string][] = [];
    if (media) moves.push([mediaPartial, paths.media(id)]);
    if (dump) moves.push([partial, paths.dump(id)]);
    for (const [from, to] of moves) {
      await syncFile(from);
      const replacing = await exists(to);
      await rename(from, to);
      if (!replacing) created.push(to);
    }
    await syncDirectory(paths.dir);
    if (!keepGood) {
      if (!(await exists(paths.manifest(id)))) created.unshift(paths.manifest(id));
      await writeFileAtomic(paths.manifest(id), manifestText);
    }
    kept = true;
    if (dump) {
      await writeOffsiteCopy(paths, id, {
        url: objectUrl(config, dump.key),
        size: dump.size,
        uploaded_at: (dump.modified ?? context.now()).toISOString(),
        encrypted: dump.encrypted,
        media: media ? { url: objectUrl(config, media.key), size: media.size } : null,
      });
    }
  } finally {
    if (!kept) {
      for (const file of [partial, mediaPartial, ...created]) await rm(file, { force: true });
    }
    await release();
  }
  const listed = (await listBackups(paths)).find((candidate) => candidate.id === id);
  if (!listed) throw new UserError(`Backup ${id} was downloaded but is not listed; check ${paths.dir}`);
  const fetched = [dump && "dump", media && "media archive"].filter(Boolean).join(" and ");
  context.log.info1(`${keepGood ? `The ${fetched} of backup ${id}` : `Backup ${id}`} downloaded, decrypted and verified; kept on this server`);
  return listed;
}
