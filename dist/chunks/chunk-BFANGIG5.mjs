import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openBucket
} from "./chunk-34VFNDGG.mjs";
import {
  ArchiveError,
  verifyArchiveFile
} from "./chunk-5VEOFXWN.mjs";
import {
  backupPaths,
  ensureBackupDir,
  listBackups,
  parseManifest,
  readOffsiteConfig,
  removeLeftovers,
  requireCredentials,
  syncDirectory,
  writeFileAtomic,
  writeOffsiteCopy
} from "./chunk-N57HPFOI.mjs";
import {
  appPrefix,
  groupBucketObjects,
  manifestObjectName,
  objectUrl
} from "./chunk-5MN5AI5H.mjs";
import {
  acquireBackupLock
} from "./chunk-3BUY7C2L.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/offsite/download.ts
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var MANIFEST_LIMIT = 1024 * 1024;
async function openAppBucket(app, context) {
  const config = await readOffsiteConfig(context, app);
  if (!config) {
    throw new UserError(
      `offsite-url is not set for ${app}: set the same offsite-url, offsite-endpoint, offsite-region and offsite-path-style as the server that uploaded, and store its credentials with \`dokku pegasus:offsite-auth ${app}\``
    );
  }
  return { config, bucket: await openBucket(config, await requireCredentials(context, app)) };
}
async function readSmallObject(bucket, key) {
  const object = await bucket.read(key);
  if (!object) return void 0;
  if (object.size > MANIFEST_LIMIT) {
    object.body.destroy();
    return "";
  }
  const chunks = [];
  for await (const chunk of object.body) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function readEitherObject(bucket, base) {
  for (const key of [`${base}.age`, base]) {
    const object = await bucket.read(key);
    if (object) return { ...object, key, encrypted: key.endsWith(".age") };
  }
  return void 0;
}
async function downloadObject(object, partial, expected, identities, refuse) {
  let plaintext = object.body;
  if (object.encrypted) {
    try {
      plaintext = await (await import("./age-S2JS2AUQ.mjs")).decryptStream(object.body, identities);
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
        transform(chunk, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        }
      }),
      createWriteStream(partial, { flags: "wx", mode: 384 })
    );
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = error.code;
    if (code && /^E[A-Z]+$/.test(code) && code !== "ERR_STREAM_PREMATURE_CLOSE") {
      throw new UserError(`Writing the download to ${partial} failed (${code}). Nothing was kept. Check the free space, then run this again`);
    }
    throw refuse(`its bytes do not decrypt (changed or cut short: ${error.message.split("\n")[0]})`);
  }
  const sha256 = hash.digest("hex");
  if (size !== expected.size) throw refuse(`it holds ${size} bytes, its manifest says ${expected.size}`);
  if (sha256 !== expected.sha256) throw refuse(`its sha256 is ${sha256}, its manifest says ${expected.sha256}`);
}
async function syncFile(file) {
  const handle = await open(file, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function listBucketCopies(app, context) {
  const { config, bucket } = await openAppBucket(app, context);
  const prefix = appPrefix(config, app);
  const copies = groupBucketObjects(prefix, await bucket.list(prefix));
  const localIds = new Set((await listBackups(backupPaths(context.paths.dataDir, app))).map((record) => record.id));
  const listed = [];
  for (const copy of copies) {
    if (!copy.dump || !copy.manifest) continue;
    const record = parseManifest(await readSmallObject(bucket, copy.manifest.key) ?? "");
    if (!record || record.id !== copy.id || record.verified !== true) continue;
    listed.push({
      record: { ...record, app, file: objectUrl(config, copy.dump.key) },
      stored_size: copy.dump.size,
      encrypted: copy.dump.encrypted,
      url: objectUrl(config, copy.dump.key),
      local: localIds.has(copy.id),
      media: record.media && copy.media ? { url: objectUrl(config, copy.media.key), size: copy.media.size } : null
    });
  }
  return listed;
}
async function downloadBackup(app, id, identities, context) {
  const paths = backupPaths(context.paths.dataDir, app);
  const present = (await listBackups(paths)).find((record2) => record2.id === id);
  if (present) {
    const { checkBackupFile } = await import("./restore-HVHX37N5.mjs");
    const damage = await checkBackupFile(app, present, context).then(
      () => void 0,
      (error) => {
        if (error instanceof UserError) return error.message.replace(/\. Nothing was changed\..*$/s, "");
        throw error;
      }
    );
    if (damage === void 0) {
      context.log.info1(`Backup ${id} is already on this server; restoring from it (it is checked again before the restore)`);
      return present;
    }
    context.log.warn(`The copy of ${id} on this server fails its checks (${damage}); it is replaced by the bucket's copy once that is verified`);
  }
  const { config, bucket } = await openAppBucket(app, context);
  const refuse = (why) => new UserError(`Off-site copy ${id} of ${app} is refused: ${why}. Nothing was changed. List the copies with \`dokku pegasus:backups ${app} --offsite\``);
  const manifestKey = manifestObjectName(config, app, id);
  const manifestText = await readSmallObject(bucket, manifestKey);
  if (manifestText === void 0) throw refuse(`there is no ${objectUrl(config, manifestKey)}`);
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
  let media;
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
      const object = await readEitherObject(bucket, `${base}.media.tar`);
      if (!object) throw refuse(`its media archive is missing (no ${objectUrl(config, `${base}.media.tar.age`)})`);
      context.log.info1(`Downloading ${objectUrl(config, object.key)}${object.encrypted ? " and decrypting it" : " (not encrypted)"}`);
      await downloadObject(
        object,
        mediaPartial,
        record.media,
        identities,
        (why) => refuse(`${objectUrl(config, object.key)} is not the media archive its manifest names (${why})`)
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
      media: media ? { url: objectUrl(config, media.key), size: media.size } : null
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

export {
  listBucketCopies,
  downloadBackup
};
