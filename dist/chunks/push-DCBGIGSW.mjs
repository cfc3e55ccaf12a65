import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openBucket
} from "./chunk-2F72VIPG.mjs";
import {
  backupPaths,
  ensureBackupDir,
  listBackups,
  readOffsiteConfig,
  requireCredentials,
  writeLastOffsite,
  writeOffsiteCopy
} from "./chunk-ZH7CCPZG.mjs";
import {
  appPrefix,
  dumpObjectName,
  groupBucketObjects,
  manifestObjectName,
  newestOfEachReason,
  objectUrl,
  planOffsiteRetention
} from "./chunk-PM722R2L.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  acquireBackupLock
} from "./chunk-B4PHR3BT.mjs";
import "./chunk-MGEBLEDS.mjs";
import "./chunk-4OTPUG7K.mjs";
import {
  formatBytes
} from "./chunk-UBCEBHZC.mjs";
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
    const pending = local.filter((record) => !isCopiedTo(record, config, app));
    const uploaded = [];
    for (const record of pending) {
      uploaded.push({ id: record.id, copy: await uploadBackup(app, record, paths, config, bucket, context) });
    }
    const pruned = await pruneBucket(app, config, bucket, local, paths, context);
    return { uploaded, pruned };
  } finally {
    await release();
  }
}
function isCopiedTo(record, config, app) {
  return record.offsite?.url === objectUrl(config, dumpObjectName(config, app, record.id));
}
async function uploadBackup(app, record, paths, config, bucket, context) {
  const dumpKey = dumpObjectName(config, app, record.id);
  const manifestKey = manifestObjectName(config, app, record.id);
  const url = objectUrl(config, dumpKey);
  context.log.info1(`Uploading backup ${record.id} to ${url}${config.encrypted ? " (age-encrypted)" : " (NOT encrypted: offsite-recipient none)"}`);
  const began = Date.now();
  const plainHash = createHash("sha256");
  let plainBytes = 0;
  const settled = () => void 0;
  const plain = pipeline(
    createReadStream(paths.dump(record.id)),
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
  const { parts } = await bucket.upload(dumpKey, counted, config.encrypted ? "application/octet-stream" : "application/vnd.postgresql.custom");
  const sha256 = plainHash.digest("hex");
  if (plainBytes !== record.size || sha256 !== record.sha256) {
    await bucket.remove(dumpKey);
    throw new UserError(`the local dump of ${record.id} no longer matches its manifest (sha256 ${sha256}); it was not kept off-site`);
  }
  const stored = await bucket.size(dumpKey);
  if (stored !== sent) {
    throw new UserError(`the store holds ${stored ?? "no"} bytes for ${url} after ${sent} were sent; the copy does not count`);
  }
  const manifest = await readFile(paths.manifest(record.id));
  await bucket.upload(manifestKey, Readable.from([manifest]), "application/json");
  const manifestStored = await bucket.size(manifestKey);
  if (manifestStored !== manifest.length) {
    throw new UserError(`the store holds ${manifestStored ?? "no"} bytes for ${objectUrl(config, manifestKey)} after ${manifest.length} were sent`);
  }
  const copy = { url, size: sent, uploaded_at: context.now().toISOString(), encrypted: config.encrypted };
  if (await exists(paths.dump(record.id))) await writeOffsiteCopy(paths, record.id, copy);
  const seconds = Math.max((Date.now() - began) / 1e3, 1e-3);
  context.log.verbose(
    `${formatBytes(sent)} uploaded in ${seconds.toFixed(1)} s (${formatBytes(Math.round(sent / seconds))}/s, ${parts === 1 ? "1 part" : `${parts} parts`}), size checked`
  );
  return copy;
}
async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
async function pruneBucket(app, config, bucket, local, paths, context) {
  if (config.keep <= 0) return [];
  const copies = groupBucketObjects(appPrefix(config, app), await bucket.list(appPrefix(config, app)));
  const complete = copies.filter((copy) => copy.dump && copy.manifest);
  const doomed = planOffsiteRetention(
    complete.map((copy) => copy.id),
    config.keep,
    newestOfEachReason(local)
  );
  for (const id of doomed) {
    const copy = complete.find((candidate) => candidate.id === id);
    await bucket.remove(copy.manifest.key);
    await bucket.remove(copy.dump.key);
    await rm(paths.offsite(id), { force: true });
    context.log.verbose(`Removed off-site copy ${id} (offsite-keep ${config.keep})`);
  }
  return doomed;
}
export {
  pushPending
};
