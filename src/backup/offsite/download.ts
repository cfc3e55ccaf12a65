/**
 * Disaster recovery's first half: one off-site copy back onto this server as a verified local
 * backup (the same checks a local backup passes: size, sha256, archive structure), so the
 * ordinary restore path takes it from there. Nothing is kept unless every check passed.
 * Also the bucket listing of `pegasus:backups --offsite`.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Context } from "../../context.js";
import type { BackupRecord } from "../../core/backup-id.js";
import { ArchiveError } from "../../core/pg-archive.js";
import { UserError } from "../../errors.js";
import { verifyArchiveFile } from "../../io/archive-file.js";
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
import { appPrefix, groupBucketObjects, manifestObjectName, objectUrl, type OffsiteConfig } from "./config.js";
import { openBucket, type Bucket } from "./s3.js";
import { readOffsiteConfig, requireCredentials } from "./state.js";

// A manifest is a few hundred bytes; anything far larger is not one of ours.
const MANIFEST_LIMIT = 1024 * 1024;

async function openAppBucket(app: string, context: Context): Promise<{ config: OffsiteConfig; bucket: Bucket }> {
  const config = await readOffsiteConfig(context, app);
  if (!config) {
    throw new UserError(
      `offsite-url is not set for ${app}: set the same offsite-url, offsite-endpoint, offsite-region and offsite-path-style ` +
        `as the server that uploaded, and store its credentials with \`dokku pegasus:offsite-auth ${app}\``,
    );
  }
  return { config, bucket: await openBucket(config, await requireCredentials(context, app)) };
}

async function readSmallObject(bucket: Bucket, key: string): Promise<string | undefined> {
  const object = await bucket.read(key);
  if (!object) return undefined;
  if (object.size > MANIFEST_LIMIT) {
    object.body.destroy();
    return "";
  }
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export interface BucketListing {
  record: BackupRecord;
  /** The dump object's size as stored. */
  stored_size: number;
  encrypted: boolean;
  url: string;
  local: boolean;
}

/** The complete copies in the bucket (manifest and dump), newest first, from their manifests. */
export async function listBucketCopies(app: string, context: Context): Promise<BucketListing[]> {
  const { config, bucket } = await openAppBucket(app, context);
  const prefix = appPrefix(config, app);
  const copies = groupBucketObjects(prefix, await bucket.list(prefix));
  const localIds = new Set((await listBackups(backupPaths(context.paths.dataDir, app))).map((record) => record.id));
  const listed: BucketListing[] = [];
  for (const copy of copies) {
    if (!copy.dump || !copy.manifest) continue;
    const record = parseManifest((await readSmallObject(bucket, copy.manifest.key)) ?? "");
    // A manifest that is not a sound one of this id does not vouch for its dump.
    if (!record || record.id !== copy.id || record.verified !== true) continue;
    listed.push({
      record: { ...record, app, file: objectUrl(config, copy.dump.key) },
      stored_size: copy.dump.size,
      encrypted: copy.dump.encrypted,
      url: objectUrl(config, copy.dump.key),
      local: localIds.has(copy.id),
    });
  }
  return listed;
}

/**
 * Downloads backup `id` of `app` from the bucket, decrypting with `identities` (held in memory
 * only), into a hidden partial file; checks it exactly as a local backup is checked; only then
 * renames it into place beside its manifest (byte for byte as uploaded). Returns the listed
 * record. A backup already here is not downloaded again.
 */
export async function downloadBackup(app: string, id: string, identities: readonly string[], context: Context): Promise<BackupRecord> {
  const paths = backupPaths(context.paths.dataDir, app);
  const present = (await listBackups(paths)).find((record) => record.id === id);
  if (present) {
    context.log.info1(`Backup ${id} is already on this server; restoring from it (it is checked again before the restore)`);
    return present;
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
  let dumpKey = `${base}.dump.age`;
  let object = await bucket.read(dumpKey);
  if (!object) {
    dumpKey = `${base}.dump`;
    object = await bucket.read(dumpKey);
  }
  if (!object) throw refuse(`its dump is missing (no ${objectUrl(config, `${base}.dump.age`)})`);
  const encrypted = dumpKey.endsWith(".age");
  const url = objectUrl(config, dumpKey);
  context.log.info1(`Downloading ${url}${encrypted ? " and decrypting it" : " (not encrypted)"}`);

  await ensureBackupDir(paths);
  const release = await acquireBackupLock(paths.lock, { app, now: context.now(), log: context.log });
  const partial = paths.partial(id);
  let kept = false;
  try {
    await removeLeftovers(paths, await listBackups(paths), context.log);
    let plaintext: Readable = object.body;
    if (encrypted) {
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
    if (size !== record.size) throw refuse(`it holds ${size} bytes, its manifest says ${record.size}`);
    if (sha256 !== record.sha256) throw refuse(`its sha256 is ${sha256}, its manifest says ${record.sha256}`);
    try {
      await verifyArchiveFile(partial);
    } catch (error) {
      if (error instanceof ArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
      throw error;
    }
    const handle = await open(partial, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, paths.dump(id));
    kept = true;
    await syncDirectory(paths.dir);
    await writeFileAtomic(paths.manifest(id), manifestText);
    await writeOffsiteCopy(paths, id, {
      url,
      size: object.size,
      uploaded_at: (object.modified ?? context.now()).toISOString(),
      encrypted,
    });
  } finally {
    if (!kept) await rm(partial, { force: true });
    await release();
  }
  const listed = (await listBackups(paths)).find((candidate) => candidate.id === id);
  if (!listed) throw new UserError(`Backup ${id} was downloaded but is not listed; check ${paths.dir}`);
  context.log.info1(`Backup ${id} downloaded, decrypted and verified; kept on this server`);
  return listed;
}
