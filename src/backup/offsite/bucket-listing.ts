/**
 * The bucket listing of `pegasus:backups --offsite`, and the two reads it shares with a download
 * (offsite/download.ts): a module of its own, so that the listing's command carries none of the
 * download and restore code in its bundle.
 */
import { UserError } from "../../errors.js";
import type { Context } from "../../context.js";
import type { BackupRecord } from "../id.js";
import { backupPaths, listBackups, parseManifest } from "../store.js";
import { groupBucketObjects, objectUrl, type BucketCopy, type OffsiteConfig } from "./config.js";
import { copyPrefixes } from "./renamed.js";
import { openBucket, type Bucket } from "./s3.js";
import { readOffsiteConfig, requireCredentials } from "./state.js";
import { SMALL_FILE_LIMIT } from "../../io/small-file.js";

export interface BucketListing {
  record: BackupRecord;
  /** The dump object's size as stored. */
  stored_size: number;
  encrypted: boolean;
  url: string;
  local: boolean;
  /** The media archive's object when there is one; null also when the manifest names one that is missing. */
  media: { url: string; size: number } | null;
}

/** The complete copies in the bucket (manifest and dump), newest first, from their manifests. */
export async function listBucketCopies(app: string, context: Context): Promise<BucketListing[]> {
  const { config, bucket } = await openAppBucket(app, context);
  const paths = backupPaths(context.paths.dataDir, app);
  const copies: BucketCopy[] = [];
  for (const { prefix, owns } of await copyPrefixes(app, config, paths)) {
    for (const copy of groupBucketObjects(prefix, await bucket.list(prefix))) {
      if (owns(copy.id) && copy.dump && copy.manifest && !copies.some((seen) => seen.id === copy.id)) copies.push(copy);
    }
  }
  const localIds = new Set((await listBackups(paths)).map((record) => record.id));
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
      media: record.media && copy.media ? { url: objectUrl(config, copy.media.key), size: copy.media.size } : null,
    });
  }
  return listed;
}

/** The app's offsite settings and a client for its bucket; a clear error when none is set. */
export async function openAppBucket(app: string, context: Context): Promise<{ config: OffsiteConfig; bucket: Bucket }> {
  const config = await readOffsiteConfig(context, app);
  if (!config) {
    throw new UserError(
      `offsite-url is not set for ${app}: set the same offsite-url, offsite-endpoint, offsite-region and offsite-path-style ` +
        `as the server that uploaded, and store its credentials with \`dokku pegasus:offsite-auth ${app}\``,
    );
  }
  return { config, bucket: await openBucket(config, await requireCredentials(context, app)) };
}

/** A manifest-sized object's text; "" for one far larger than a manifest, undefined for none. */
export async function readSmallObject(bucket: Bucket, key: string): Promise<string | undefined> {
  const object = await bucket.read(key);
  if (!object) return undefined;
  // The same bound as a manifest on this server's disk: anything far larger is not one of ours.
  if (object.size > SMALL_FILE_LIMIT) {
    object.body.destroy();
    return "";
  }
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
