/**
 * Uploading: every verified local backup without an off-site copy goes to the bucket (dump and
 * media archive, encrypted, then its manifest), each checked by HEAD before it counts, then `offsite-keep`
 * prunes the bucket. Loaded with `await import()` only when offsite-url is set.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, rm, stat } from "node:fs/promises";
import { pipeline, Readable, Transform } from "node:stream";
import type { Context } from "../../context.js";
import { formatBytes, type BackupRecord, type OffsiteCopy } from "../id.js";
import { UserError } from "../../errors.js";
import { LocalBackupChanged, type PushResult } from "./after-backup.js";
import { acquireBackupLock, LockBusyError } from "../lock.js";
import { fileDigest } from "../archive-file.js";
import { backupPaths, ensureBackupDir, listBackups, listChangedBackups, writeOffsiteCopy, type BackupPaths } from "../store.js";
import {
  appPrefix,
  dumpObjectName,
  groupBucketObjects,
  manifestObjectName,
  mediaObjectName,
  objectUrl,
  otherKindObjectName,
  planOffsitePush,
  type BucketCopy,
  type OffsiteConfig,
} from "./config.js";
import { moveRenamedCopies } from "./renamed.js";
import { openBucket, type Bucket } from "./s3.js";
import { readOffsiteConfig, requireCredentials, writeLastOffsite } from "./state.js";

/**
 * Uploads every verified local backup of `app` not yet off-site, newest first (the newest is
 * the one most worth having if the store fails halfway), then applies `offsite-keep`.
 * Records the outcome for pegasus:report; throws a UserError (one line per cause) on failure.
 */
export async function pushPending(app: string, context: Context, wait: OffsiteLockWait = {}): Promise<PushResult> {
  try {
    const result = await pushUnderLock(app, context, wait);
    await writeLastOffsite(context, app, { status: "ok", at: context.now().toISOString(), uploaded: result.uploaded.map((u) => u.id) });
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await writeLastOffsite(context, app, { status: "failed", at: context.now().toISOString(), message }).catch(() => undefined);
    throw error;
  }
}

/** How long to wait for another upload of the app to end (a deploy whose copy is required). */
export interface OffsiteLockWait {
  waitMs?: number;
  progress?: { write(text: string): unknown };
  progressIntervalMs?: number;
}

async function pushUnderLock(app: string, context: Context, wait: OffsiteLockWait): Promise<PushResult> {
  const config = await readOffsiteConfig(context, app);
  if (!config) throw new UserError(`offsite-url is not set for ${app}: set it with \`dokku pegasus:set ${app} offsite-url s3://BUCKET/PREFIX\``);
  const credentials = await requireCredentials(context, app);
  const paths = backupPaths(context.paths.dataDir, app);
  // Its own lock: an upload of a large dump must never make a deploy's backup wait or fail.
  await ensureBackupDir(paths);
  const lockFile = paths.offsiteLock;
  const release = await acquireBackupLock(lockFile, { app, now: context.now(), log: context.log, kind: "off-site upload", ...wait }).catch((error: unknown) => {
    if (!(error instanceof UserError)) throw error;
    const running = wait.waitMs ? `is still running after waiting ${Math.round(wait.waitMs / 1000)} s (backup-lock-wait)` : "is running";
    throw new UserError(
      `another off-site upload of ${app} ${running} (${lockFile}); once it is done, run \`dokku pegasus:offsite-push ${app}\`` +
        // A lock of another host is never "done": say how to clear it.
        (error instanceof LockBusyError ? error.advice : ""),
    );
  });
  try {
    const bucket = await openBucket(config, credentials);
    // Before the local list is read: a moved copy's local record then names its new place.
    await moveRenamedCopies(app, config, bucket, context);
    const local = await listBackups(paths);
    const prefix = appPrefix(config, app);
    const copies = groupBucketObjects(prefix, await bucket.list(prefix));
    const complete = copies.filter((copy) => copy.dump && copy.manifest);
    const completeIds = new Set(complete.map((copy) => copy.id));
    const withMedia = new Set(complete.filter((copy) => copy.media).map((copy) => copy.id));
    // The bucket is the truth: a local backup counts as copied only while the bucket holds it
    // whole (its media archive too, when it has one), so a copy whose upload or removal was
    // killed halfway, or one of whose objects went missing, is made again.
    const copied = (record: BackupRecord) =>
      completeIds.has(record.id) && (!record.media || withMedia.has(record.id)) && isCopiedTo(record, config, app);
    const bucketIds = complete.map((copy) => copy.id);
    let plan = planOffsitePush(local, copied, bucketIds, config.keep);
    const uploaded: PushResult["uploaded"] = [];
    const changed = new Map<string, string>();
    // Not listed, so never uploaded; named all the same, as one whose bytes changed is below.
    for (const { id, mismatch } of await listChangedBackups(paths)) {
      changed.set(
        id,
        mismatch.size === undefined
          ? `the local ${mismatch.what} of ${id} is missing on this disk after it was verified (no ${mismatch.file})`
          : `the local ${mismatch.what} of ${id} changed on this disk after it was verified (${mismatch.size} bytes; its manifest says ${mismatch.expected})`,
      );
    }
    const attempted = new Set<string>();
    // Removed by local retention while this push ran (backup-keep holds the backup lock, not this one).
    const gone = new Set<string>();
    for (;;) {
      const before = changed.size + gone.size;
      for (const record of plan.upload.filter((candidate) => !attempted.has(candidate.id))) {
        attempted.add(record.id);
        try {
          uploaded.push({ id: record.id, copy: await uploadBackup(app, record, paths, config, bucket, context, completeIds.has(record.id)) });
        } catch (error) {
          if (error instanceof RemovedMeanwhile) {
            context.log.verbose(`Backup ${record.id} was removed here (backup-keep) before its upload: not copied`);
            gone.add(record.id);
            continue;
          }
          // One backup the disk changed must not keep every other one (nor a deploy that requires
          // its own backup off-site) from the bucket.
          if (!(error instanceof ChangedSinceVerified)) throw error;
          changed.set(record.id, error.message);
        }
      }
      if (changed.size + gone.size === before) break;
      // Retention counts only the backups that can be copied: planned again without the changed
      // ones, a backup it would have removed in their place is now kept, so it is uploaded too
      // (with offsite-keep 1 and the newest changed, else the bucket is left with no copy at all).
      plan = planOffsitePush(
        local.filter((record) => !changed.has(record.id) && !gone.has(record.id)),
        (record) => attempted.has(record.id) || copied(record),
        bucketIds,
        config.keep,
      );
    }
    // Only once every upload is done: a failed push removes nothing.
    const { remove } = plan;
    const pruned = await pruneBucket(complete.filter((copy) => remove.has(copy.id)), config, bucket, paths, context);
    // What an interrupted push or prune left: no command could list it, and under this lock no
    // upload of this app is running, so it is ours to remove (one prefix per server, as the README says).
    const incompleteRemoved: string[] = [];
    for (const copy of copies) {
      if (completeIds.has(copy.id) || uploaded.some((upload) => upload.id === copy.id)) continue;
      await removeCopyObjects(copy, bucket);
      context.log.verbose(`Removed the incomplete off-site copy ${copy.id} (${copy.manifest ? "no dump" : "no manifest"}: an upload or removal was interrupted)`);
      incompleteRemoved.push(copy.id);
    }
    const result: PushResult = { uploaded, pruned, incompleteRemoved };
    if (changed.size) throw new LocalBackupChanged([...changed.keys()], [...changed.values()], app, paths.dir, result);
    return result;
  } finally {
    await release();
  }
}

/**
 * Already copied, to the place the settings name now (a changed offsite-url uploads again), with
 * its media archive when it has one (a copy made before media went off-site is made again).
 */
function isCopiedTo(record: BackupRecord, config: OffsiteConfig, app: string): boolean {
  return record.offsite?.url === objectUrl(config, dumpObjectName(config, app, record.id)) && (!record.media || Boolean(record.offsite.media));
}

async function uploadBackup(
  app: string,
  record: BackupRecord,
  paths: BackupPaths,
  config: OffsiteConfig,
  bucket: Bucket,
  context: Context,
  replacing: boolean,
): Promise<OffsiteCopy> {
  const dumpKey = dumpObjectName(config, app, record.id);
  await requirePresent(paths.dump(record.id), paths, record, "dump");
  if (record.media) await requirePresent(paths.media(record.id), paths, record, "media archive");
  if (replacing) {
    // The bucket holds a whole copy already (its record here was lost, or offsite-url changed and
    // changed back): an upload overwrites it before the hash says the file changed, so the files
    // are checked first, else bytes the disk changed would replace the copy a recovery relies on.
    await checkUnchanged(paths.dump(record.id), record, "dump");
    if (record.media) await checkUnchanged(paths.media(record.id), { id: record.id, ...record.media }, "media archive");
  }
  const manifestKey = manifestObjectName(config, app, record.id);
  const url = objectUrl(config, dumpKey);
  context.log.info1(`Uploading backup ${record.id} to ${url}${config.encrypted ? " (age-encrypted)" : " (NOT encrypted: offsite-recipient none)"}`);
  const began = Date.now();

  const dumpSent = await uploadFile(paths.dump(record.id), dumpKey, record, "dump", config, bucket);
  let sent = dumpSent.sent;
  let parts = dumpSent.parts;
  let media: OffsiteCopy["media"] = null;
  if (record.media) {
    // Before the manifest: a copy the bucket lists as complete has every file its manifest names.
    const mediaKey = mediaObjectName(config, app, record.id);
    const mediaSent = await uploadFile(paths.media(record.id), mediaKey, { id: record.id, ...record.media }, "media archive", config, bucket).catch(
      async (error: unknown) => {
        // No dump without its manifest left behind: the next push would only remove it.
        if (error instanceof ChangedSinceVerified) await bucket.remove(dumpKey);
        throw error;
      },
    );
    media = { url: objectUrl(config, mediaKey), size: mediaSent.sent };
    sent += mediaSent.sent;
    parts += mediaSent.parts;
  }
  // The manifest goes last and exactly as written here: its presence is what makes a copy
  // complete in the bucket's listing, and host B keeps it byte for byte.
  const manifest = await readFile(paths.manifest(record.id));
  await bucket.upload(manifestKey, Readable.from([manifest]), "application/json");
  const manifestStored = await bucket.size(manifestKey);
  if (manifestStored !== manifest.length) {
    throw new UserError(`the store holds ${manifestStored ?? "no"} bytes for ${objectUrl(config, manifestKey)} after ${manifest.length} were sent`);
  }

  // A copy of the other kind (uploaded before offsite-recipient changed) is superseded: a
  // plaintext one left beside the encrypted one would be a copy no command lists or removes.
  await bucket.remove(otherKindObjectName(dumpKey));
  if (media) await bucket.remove(otherKindObjectName(mediaObjectName(config, app, record.id)));

  const copy: OffsiteCopy = { url, size: dumpSent.sent, uploaded_at: context.now().toISOString(), encrypted: config.encrypted, media };
  // Local retention may have removed the backup meanwhile: no record then. (One written in the
  // instant between this check and a deletion is a leftover the next backup removes.)
  if (await exists(paths.dump(record.id))) await writeOffsiteCopy(paths, record.id, copy);
  const seconds = Math.max((Date.now() - began) / 1000, 0.001);
  context.log.verbose(
    `${formatBytes(sent)} uploaded in ${seconds.toFixed(1)} s (${formatBytes(Math.round(sent / seconds))}/s, ` +
      `${parts === 1 ? "1 part" : `${parts} parts`}), size checked`,
  );
  return copy;
}

/**
 * One file of a backup to `key`, encrypted when the settings say so, streamed: its plaintext is
 * hashed on the way out (a file that changed since it was verified must not become the copy a
 * disaster recovery relies on) and the stored object's size is checked by HEAD.
 */
async function uploadFile(
  file: string,
  key: string,
  expected: { id: string; size: number; sha256: string },
  what: string,
  config: OffsiteConfig,
  bucket: Bucket,
): Promise<{ sent: number; parts: number }> {
  const plainHash = createHash("sha256");
  let plainBytes = 0;
  // pipeline() hands an error of any stage to the last one, which the upload reads.
  const settled = () => undefined;
  const plain = pipeline(
    createReadStream(file),
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        plainHash.update(chunk);
        plainBytes += chunk.length;
        callback(null, chunk);
      },
    }),
    settled,
  );
  let sent = 0;
  const source = config.encrypted ? await (await import("./age.js")).encryptStream(plain, config.recipients) : plain;
  const counted = pipeline(
    source,
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        sent += chunk.length;
        callback(null, chunk);
      },
    }),
    settled,
  );
  const plainType = what === "dump" ? "application/vnd.postgresql.custom" : "application/x-tar";
  const { parts } = await bucket.upload(key, counted, config.encrypted ? "application/octet-stream" : plainType, expected.size);

  const sha256 = plainHash.digest("hex");
  if (plainBytes !== expected.size || sha256 !== expected.sha256) {
    await bucket.remove(key);
    throw changedSinceVerified(what, expected, sha256, plainBytes);
  }
  const stored = await bucket.size(key);
  if (stored !== sent) {
    throw new UserError(`the store holds ${stored ?? "no"} bytes for ${objectUrl(config, key)} after ${sent} were sent; the copy does not count`);
  }
  return { sent, parts };
}

class ChangedSinceVerified extends Error {}

function changedSinceVerified(what: string, expected: { id: string; size: number; sha256: string }, sha256: string, bytes: number): ChangedSinceVerified {
  return new ChangedSinceVerified(
    `the local ${what} of ${expected.id} changed on this disk after it was verified (sha256 ${sha256}, ${bytes} bytes; its manifest says ${expected.sha256}, ${expected.size})`,
  );
}

/** The backup's manifest went too (deleteBackup removes it first): local retention removed it. */
class RemovedMeanwhile extends Error {}

/**
 * A file of a backup removed by hand is a backup changed on this disk, not a failure of the store:
 * the push goes on with the others. (Opened in the upload's stream, the missing file failed the
 * whole push, or read as an empty file "changed" to the sha256 of nothing, as the race went.)
 */
async function requirePresent(file: string, paths: BackupPaths, record: { id: string }, what: string): Promise<void> {
  if (await exists(file)) return;
  if (!(await exists(paths.manifest(record.id)))) throw new RemovedMeanwhile();
  throw new ChangedSinceVerified(`the local ${what} of ${record.id} is missing on this disk after it was verified (no ${file})`);
}

/** Throws ChangedSinceVerified unless `file`'s size and sha256 are still the manifest's. */
async function checkUnchanged(file: string, expected: { id: string; size: number; sha256: string }, what: string): Promise<void> {
  const { size, sha256 } = await fileDigest(file);
  if (size !== expected.size || sha256 !== expected.sha256) throw changedSinceVerified(what, expected, sha256, size);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function pruneBucket(
  doomed: readonly BucketCopy[],
  config: OffsiteConfig,
  bucket: Bucket,
  paths: BackupPaths,
  context: Context,
): Promise<string[]> {
  for (const copy of doomed) {
    await removeCopyObjects(copy, bucket);
    await rm(paths.offsite(copy.id), { force: true });
    context.log.verbose(`Removed off-site copy ${copy.id} (offsite-keep ${config.keep})`);
  }
  return doomed.map((copy) => copy.id);
}

/** The manifest first: a copy deleted halfway is no longer listed as complete. */
async function removeCopyObjects(copy: BucketCopy, bucket: Bucket): Promise<void> {
  if (copy.manifest) await bucket.remove(copy.manifest.key);
  for (const key of [copy.dump?.key, copy.media?.key]) {
    if (key === undefined) continue;
    await bucket.remove(key);
    await bucket.remove(otherKindObjectName(key));
  }
}
