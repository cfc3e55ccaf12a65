import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openBucket
} from "./chunk-34VFNDGG.mjs";
import {
  backupPaths,
  ensureBackupDir,
  listBackups,
  readOffsiteConfig,
  requireCredentials,
  writeLastOffsite,
  writeOffsiteCopy
} from "./chunk-N57HPFOI.mjs";
import {
  appPrefix,
  dumpObjectName,
  groupBucketObjects,
  manifestObjectName,
  mediaObjectName,
  objectUrl,
  otherKindObjectName,
  planOffsitePush
} from "./chunk-5MN5AI5H.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  acquireBackupLock
} from "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
import {
  formatBytes
} from "./chunk-YDC6S6T6.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/backup/offsite/push.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, rm, stat } from "node:fs/promises";
import { pipeline, Readable, Transform } from "node:stream";
async function pushPending(app, context) {
  try {
    const result = await pushUnderLock(app, context);
    await writeLastOffsite(context, app, { status: "ok", at: context.now().toISOString(), uploaded: result.uploaded.map((u) => u.id) });
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await writeLastOffsite(context, app, { status: "failed", at: context.now().toISOString(), message }).catch(() => void 0);
    throw error;
  }
}
async function pushUnderLock(app, context) {
  const config = await readOffsiteConfig(context, app);
  if (!config) throw new UserError(`offsite-url is not set for ${app}: set it with \`dokku pegasus:set ${app} offsite-url s3://BUCKET/PREFIX\``);
  const credentials = await requireCredentials(context, app);
  const paths = backupPaths(context.paths.dataDir, app);
  await ensureBackupDir(paths);
  const lockFile = `${paths.dir}/.offsite.lock`;
  const release = await acquireBackupLock(lockFile, { app, now: context.now(), log: context.log, kind: "off-site upload" }).catch((error) => {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(
      `another off-site upload of ${app} is running (${lockFile}); once it is done, run \`dokku pegasus:offsite-push ${app}\``
    );
  });
  try {
    const bucket = await openBucket(config, credentials);
    const local = await listBackups(paths);
    const prefix = appPrefix(config, app);
    const copies = groupBucketObjects(prefix, await bucket.list(prefix));
    const complete = copies.filter((copy) => copy.dump && copy.manifest);
    const completeIds = new Set(complete.map((copy) => copy.id));
    const withMedia = new Set(complete.filter((copy) => copy.media).map((copy) => copy.id));
    const plan = planOffsitePush(
      local,
      (record) => completeIds.has(record.id) && (!record.media || withMedia.has(record.id)) && isCopiedTo(record, config, app),
      complete.map((copy) => copy.id),
      config.keep
    );
    const uploaded = [];
    for (const record of plan.upload) {
      uploaded.push({ id: record.id, copy: await uploadBackup(app, record, paths, config, bucket, context) });
    }
    const pruned = await pruneBucket(complete.filter((copy) => plan.remove.has(copy.id)), config, bucket, paths, context);
    const incompleteRemoved = [];
    for (const copy of copies) {
      if (completeIds.has(copy.id) || uploaded.some((upload) => upload.id === copy.id)) continue;
      await removeCopyObjects(copy, bucket);
      context.log.verbose(`Removed the incomplete off-site copy ${copy.id} (${copy.manifest ? "no dump" : "no manifest"}: an upload or removal was interrupted)`);
      incompleteRemoved.push(copy.id);
    }
    return { uploaded, pruned, incompleteRemoved };
  } finally {
    await release();
  }
}
function isCopiedTo(record, config, app) {
  return record.offsite?.url === objectUrl(config, dumpObjectName(config, app, record.id)) && (!record.media || Boolean(record.offsite.media));
}
async function uploadBackup(app, record, paths, config, bucket, context) {
  const dumpKey = dumpObjectName(config, app, record.id);
  const manifestKey = manifestObjectName(config, app, record.id);
  const url = objectUrl(config, dumpKey);
  context.log.info1(`Uploading backup ${record.id} to ${url}${config.encrypted ? " (age-encrypted)" : " (NOT encrypted: offsite-recipient none)"}`);
  const began = Date.now();
  const dumpSent = await uploadFile(paths.dump(record.id), dumpKey, record, "dump", config, bucket);
  let sent = dumpSent.sent;
  let parts = dumpSent.parts;
  let media = null;
  if (record.media) {
    const mediaKey = mediaObjectName(config, app, record.id);
    const mediaSent = await uploadFile(paths.media(record.id), mediaKey, { id: record.id, ...record.media }, "media archive", config, bucket);
    media = { url: objectUrl(config, mediaKey), size: mediaSent.sent };
    sent += mediaSent.sent;
    parts += mediaSent.parts;
  }
  const manifest = await readFile(paths.manifest(record.id));
  await bucket.upload(manifestKey, Readable.from([manifest]), "application/json");
  const manifestStored = await bucket.size(manifestKey);
  if (manifestStored !== manifest.length) {
    throw new UserError(`the store holds ${manifestStored ?? "no"} bytes for ${objectUrl(config, manifestKey)} after ${manifest.length} were sent`);
  }
  await bucket.remove(otherKindObjectName(dumpKey));
  if (media) await bucket.remove(otherKindObjectName(mediaObjectName(config, app, record.id)));
  const copy = { url, size: dumpSent.sent, uploaded_at: context.now().toISOString(), encrypted: config.encrypted, media };
  if (await exists(paths.dump(record.id))) await writeOffsiteCopy(paths, record.id, copy);
  const seconds = Math.max((Date.now() - began) / 1e3, 1e-3);
  context.log.verbose(
    `${formatBytes(sent)} uploaded in ${seconds.toFixed(1)} s (${formatBytes(Math.round(sent / seconds))}/s, ${parts === 1 ? "1 part" : `${parts} parts`}), size checked`
  );
  return copy;
}
async function uploadFile(file, key, expected, what, config, bucket) {
  const plainHash = createHash("sha256");
  let plainBytes = 0;
  const settled = () => void 0;
  const plain = pipeline(
    createReadStream(file),
    new Transform({
      transform(chunk, _encoding, callback) {
        plainHash.update(chunk);
        plainBytes += chunk.length;
        callback(null, chunk);
      }
    }),
    settled
  );
  let sent = 0;
  const source = config.encrypted ? await (await import("./age-S2JS2AUQ.mjs")).encryptStream(plain, config.recipients) : plain;
  const counted = pipeline(
    source,
    new Transform({
      transform(chunk, _encoding, callback) {
        sent += chunk.length;
        callback(null, chunk);
      }
    }),
    settled
  );
  const plainType = what === "dump" ? "application/vnd.postgresql.custom" : "application/x-tar";
  const { parts } = await bucket.upload(key, counted, config.encrypted ? "application/octet-stream" : plainType, expected.size);
  const sha256 = plainHash.digest("hex");
  if (plainBytes !== expected.size || sha256 !== expected.sha256) {
    await bucket.remove(key);
    throw new UserError(`the local ${what} of ${expected.id} no longer matches its manifest (sha256 ${sha256}); it was not kept off-site`);
  }
  const stored = await bucket.size(key);
  if (stored !== sent) {
    throw new UserError(`the store holds ${stored ?? "no"} bytes for ${objectUrl(config, key)} after ${sent} were sent; the copy does not count`);
  }
  return { sent, parts };
}
async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
async function pruneBucket(doomed, config, bucket, paths, context) {
  for (const copy of doomed) {
    await removeCopyObjects(copy, bucket);
    await rm(paths.offsite(copy.id), { force: true });
    context.log.verbose(`Removed off-site copy ${copy.id} (offsite-keep ${config.keep})`);
  }
  return doomed.map((copy) => copy.id);
}
async function removeCopyObjects(copy, bucket) {
  if (copy.manifest) await bucket.remove(copy.manifest.key);
  for (const key of [copy.dump?.key, copy.media?.key]) {
    if (key === void 0) continue;
    await bucket.remove(key);
    await bucket.remove(otherKindObjectName(key));
  }
}
export {
  pushPending
};
