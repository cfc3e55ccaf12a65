/**
 * Disaster recovery's first half: one off-site copy back onto this server as a verified local
 * backup (the same checks a local backup passes: size, sha256, archive structure), so the
 * ordinary restore path takes it from there. Nothing is kept unless every check passed.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Context } from "../../context.js";
import type { BackupRecord } from "../id.js";
import { ArchiveError } from "../pg-archive.js";
import { UserError } from "../../errors.js";
import { verifyArchiveFile } from "../archive-file.js";
import { acquireBackupLock } from "../lock.js";
import {
  backupPaths,
  ensureBackupDir,
  listBackups,
  parseManifest,
  removeLeftovers,
  syncDirectory,
  writeFileAtomic,
  writeOffsiteCopy,
} from "../store.js";
import { appPrefix, manifestObjectName, objectUrl } from "./config.js";
import type { Bucket } from "./s3.js";
import { openAppBucket, readSmallObject } from "./bucket-listing.js";

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



/**
 * Downloads backup `id` of `app` from the bucket, decrypting with `identities` (held in memory
 * only), into a hidden partial file; checks it exactly as a local backup is checked; only then
 * renames it into place beside its manifest (byte for byte as uploaded). Returns the listed
 * record. A backup already here is not downloaded again unless its copy fails its checks.
 */
export async function downloadBackup(app: string, id: string, identities: readonly string[], context: Context): Promise<BackupRecord> {
  const paths = backupPaths(context.paths.dataDir, app);
  const present = (await listBackups(paths)).find((record) => record.id === id);
  if (present) {
    // A damaged copy here is what sends an operator to the bucket: it is replaced, not refused.
    // Imported here: statically it would pull the restore code into the deploy gate's chunk.
    const { checkBackupFile } = await import("../restore.js");
    const damage = await checkBackupFile(app, present, context).then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof UserError) return error.message.replace(/\. Nothing was changed\..*$/s, "");
        throw error;
      },
    );
    if (damage === undefined) {
      context.log.info1(`Backup ${id} is already on this server; restoring from it (it is checked again before the restore)`);
      return present;
    }
    context.log.warn(`The copy of ${id} on this server fails its checks (${damage}); it is replaced by the bucket's copy once that is verified`);
  }
  const { config, bucket } = await openAppBucket(app, context);
  const refuse = (why: string) =>
    new UserError(`Off-site copy ${id} of ${app} is refused: ${why}. Nothing was changed. List the copies with \`dokku pegasus:backups ${app} --offsite\``);

  const manifestKey = manifestObjectName(config, app, id);
  const manifestText = await readSmallObject(bucket, manifestKey);
  if (manifestText === undefined) throw refuse(`there is no ${objectUrl(config, manifestKey)}`);
  const record = parseManifest(manifestText);
  if (!record || record.id !== id || record.verified !== true) {
    throw refuse(`${objectUrl(config, manifestKey)} is not a sound pegasus manifest of ${id} (it was changed or damaged)`);
  }

  const base = appPrefix(config, app) + id;
  const dump = await readEitherObject(bucket, `${base}.dump`);
  if (!dump) throw refuse(`its dump is missing (no ${objectUrl(config, `${base}.dump.age`)})`);
  const url = objectUrl(config, dump.key);
  context.log.info1(`Downloading ${url}${dump.encrypted ? " and decrypting it" : " (not encrypted)"}`);

  await ensureBackupDir(paths);
  const release = await acquireBackupLock(paths.lock, { app, now: context.now(), log: context.log });
  const partial = paths.partial(id);
  const mediaPartial = paths.mediaPartial(id);
  let kept = false;
  let media: { key: string; size: number } | undefined;
  try {
    await removeLeftovers(paths, await listBackups(paths), context.log);
    await downloadObject(dump, partial, record, identities, refuse);
    try {
      await verifyArchiveFile(partial);
    } catch (error) {
      if (error instanceof ArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
      throw error;
    }
    if (record.media) {
      // The manifest names a media archive: the copy is whole only with it, checked the same way,
      // and nothing is kept before both are.
      const object = await readEitherObject(bucket, `${base}.media.tar`);
      if (!object) throw refuse(`its media archive is missing (no ${objectUrl(config, `${base}.media.tar.age`)})`);
      context.log.info1(`Downloading ${objectUrl(config, object.key)}${object.encrypted ? " and decrypting it" : " (not encrypted)"}`);
      await downloadObject(object, mediaPartial, record.media, identities, (why) =>
        refuse(`${objectUrl(config, object.key)} is not the media archive its manifest names (${why})`),
      );
      media = { key: object.key, size: object.size };
      await syncFile(mediaPartial);
      await rename(mediaPartial, paths.media(id));
    }
    await syncFile(partial);
    await rename(partial, paths.dump(id));
    kept = true;
    await syncDirectory(paths.dir);
    await writeFileAtomic(paths.manifest(id), manifestText);
    await writeOffsiteCopy(paths, id, {
      url,
      size: dump.size,
      uploaded_at: (dump.modified ?? context.now()).toISOString(),
      encrypted: dump.encrypted,
      media: media ? { url: objectUrl(config, media.key), size: media.size } : null,
    });
  } finally {
    if (!kept) await Promise.all([partial, mediaPartial, paths.media(id)].map((file) => rm(file, { force: true })));
    await release();
  }
  const listed = (await listBackups(paths)).find((candidate) => candidate.id === id);
  if (!listed) throw new UserError(`Backup ${id} was downloaded but is not listed; check ${paths.dir}`);
  context.log.info1(`Backup ${id} downloaded, decrypted and verified; kept on this server`);
  return listed;
}
