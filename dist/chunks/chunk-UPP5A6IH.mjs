import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openBucket
} from "./chunk-2F72VIPG.mjs";
import {
  ArchiveError,
  verifyArchiveFile
} from "./chunk-NMPEEZWR.mjs";
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
} from "./chunk-ZH7CCPZG.mjs";
import {
  appPrefix,
  groupBucketObjects,
  manifestObjectName,
  objectUrl
} from "./chunk-PM722R2L.mjs";
import {
  acquireBackupLock
} from "./chunk-B4PHR3BT.mjs";
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
      local: localIds.has(copy.id)
    });
  }
  return listed;
}
async function downloadBackup(app, id, identities, context) {
  const paths = backupPaths(context.paths.dataDir, app);
  const present = (await listBackups(paths)).find((record2) => record2.id === id);
  if (present) {
    context.log.info1(`Backup ${id} is already on this server; restoring from it (it is checked again before the restore)`);
    return present;
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
    let plaintext = object.body;
    if (encrypted) {
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
      encrypted
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

export {
  listBucketCopies,
  downloadBackup
};
