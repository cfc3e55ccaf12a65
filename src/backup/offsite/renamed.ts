/**
 * Off-site copies of an app renamed with apps:rename live under its old name's prefix
 * (`<prefix>/<old>/`). The rename trigger records the old name; the next push moves those copies
 * under `<prefix>/<new>/` with server-side copies, so listing, offsite-keep and the next restore
 * find them, and nothing is uploaded twice. Loaded by the rename trigger without the SDK.
 */
import { rm } from "node:fs/promises";
import type { Context } from "../../context.js";
import { compactUtc, isBackupId } from "../id.js";
import { isValidAppName } from "../../core/app-name.js";
import { backupPaths, readJsonFile, readOffsiteCopy, writeFileAtomic, writeOffsiteCopy, type BackupPaths } from "../store.js";
import { appPrefix, groupBucketObjects, objectUrl, otherKindObjectName, type BucketCopy, type OffsiteConfig } from "./config.js";
import type { Bucket } from "./s3.js";

/** A name the app had before apps:rename, and when it stopped having it. */
export interface FormerName {
  app: string;
  /** The rename's time as a backup id starts (`20261126T070102Z`): only backups up to it are the app's. */
  until: string;
}

function formerNamesFile(paths: BackupPaths): string {
  return `${paths.appDir}/offsite-renamed-from.json`;
}

export async function readFormerNames(paths: BackupPaths): Promise<FormerName[]> {
  const read = await readJsonFile<unknown>(formerNamesFile(paths));
  if (!Array.isArray(read)) return [];
  return read.filter(
    (entry): entry is FormerName =>
      entry !== null &&
      typeof entry === "object" &&
      typeof entry.app === "string" &&
      isValidAppName(entry.app) &&
      typeof entry.until === "string" &&
      /^\d{8}T\d{6}Z$/.test(entry.until),
  );
}

async function writeFormerNames(paths: BackupPaths, names: readonly FormerName[]): Promise<void> {
  if (names.length === 0) await rm(formerNamesFile(paths), { force: true });
  else await writeFileAtomic(formerNamesFile(paths), `${JSON.stringify(names)}\n`);
}

/**
 * Called by post-app-rename-setup once the app's data is under its new name. Recorded whether
 * or not off-site copies are on now: the bucket may hold copies from when they were.
 */
export async function recordRename(dataDir: string, oldApp: string, newApp: string, now: Date): Promise<void> {
  const paths = backupPaths(dataDir, newApp);
  const names = (await readFormerNames(paths)).filter((entry) => entry.app !== newApp);
  await writeFormerNames(paths, [...names.filter((entry) => entry.app !== oldApp), { app: oldApp, until: compactUtc(now) }]);
}

/**
 * Where `app`'s copies may be, its own prefix first: until the next push moves them, the copies
 * of a backup taken before apps:rename are under the old name's prefix, and a listing or a
 * restore still finds them there.
 */
export async function copyPrefixes(app: string, config: OffsiteConfig, paths: BackupPaths): Promise<{ prefix: string; owns(id: string): boolean }[]> {
  return [
    { prefix: appPrefix(config, app), owns: () => true },
    ...(await readFormerNames(paths)).map((name) => ({ prefix: appPrefix(config, name.app), owns: (id: string) => id.slice(0, name.until.length) <= name.until })),
  ];
}

/** One bucket operation of a move, in the order they must run. */
export type MoveStep = { copy: string; to: string } | { remove: string };

/** The largest object one CopyObject request may copy (S3's limit; larger ones need part copies). */
export const COPY_OBJECT_LIMIT = 5 * 1024 ** 3;

/**
 * Moves one copy from the old prefix to the new one so that a kill between any two steps leaves
 * it whole under at least one of them: its data objects are copied first, its manifest last (a
 * copy counts only with its manifest); then the old manifest goes first, then the old data. A
 * copy already whole under the new prefix (an earlier move, or a push that uploaded it again)
 * only has its old objects removed. An old copy without a manifest is what a killed push, prune
 * or move left there: no listing shows it, so it is removed.
 */
export function planCopyMove(old: BucketCopy, already: BucketCopy | undefined, oldPrefix: string, newPrefix: string): MoveStep[] {
  const steps: MoveStep[] = [];
  const renamed = (key: string) => newPrefix + key.slice(oldPrefix.length);
  const data = [old.dump, old.media].filter((object) => object !== undefined).map((object) => object.key);
  const whole = Boolean(old.manifest && old.dump);
  const alreadyWhole = Boolean(already?.manifest && already.dump && (!old.media || already.media));
  if (whole && !alreadyWhole) {
    // Too large for one server-side copy: left where it is (still listed and restorable there)
    // until a push has uploaded the local backup under the new name, if it is still here.
    if ([old.dump, old.media].some((object) => object !== undefined && object.size > COPY_OBJECT_LIMIT)) return [];
    for (const key of data) steps.push({ copy: key, to: renamed(key) });
    steps.push({ copy: old.manifest!.key, to: renamed(old.manifest!.key) });
  }
  if (old.manifest) steps.push({ remove: old.manifest.key });
  for (const key of data) steps.push({ remove: key }, { remove: otherKindObjectName(key) });
  return steps;
}

/**
 * Moves the copies of every former name of `app` under its own prefix (see planCopyMove), then
 * points the local off-site records at their new place. Only backups taken before the rename
 * are moved: an app created later under the old name has its own copies there. Called by the
 * push under the off-site lock.
 */
export async function moveRenamedCopies(app: string, config: OffsiteConfig, bucket: Bucket, context: Context): Promise<string[]> {
  const paths = backupPaths(context.paths.dataDir, app);
  const former = await readFormerNames(paths);
  if (former.length === 0) return [];
  const newPrefix = appPrefix(config, app);
  const moved: string[] = [];
  const unfinished: FormerName[] = [];
  for (const name of former) {
    const oldPrefix = appPrefix(config, name.app);
    const ours = groupBucketObjects(oldPrefix, await bucket.list(oldPrefix)).filter(
      (copy) => isBackupId(copy.id) && copy.id.slice(0, name.until.length) <= name.until,
    );
    if (ours.length === 0) continue;
    const present = new Map(groupBucketObjects(newPrefix, await bucket.list(newPrefix)).map((copy) => [copy.id, copy]));
    for (const copy of ours) {
      const steps = planCopyMove(copy, present.get(copy.id), oldPrefix, newPrefix);
      if (steps.length === 0) {
        if (!unfinished.includes(name)) unfinished.push(name);
        context.log.warn(`Off-site copy ${copy.id} stays under ${objectUrl(config, oldPrefix)}: an object over 5 GiB is not copied server-side; it moves once a push has uploaded it under ${app}`);
        continue;
      }
      for (const step of steps) {
        if ("copy" in step) await bucket.copy(step.copy, step.to);
        else await bucket.remove(step.remove);
      }
      if (copy.manifest && copy.dump) {
        moved.push(copy.id);
        await repointLocalRecord(paths, copy.id, oldPrefix, newPrefix, config);
        context.log.verbose(`Moved off-site copy ${copy.id} from ${objectUrl(config, oldPrefix)} to ${objectUrl(config, newPrefix)} (apps:rename)`);
      }
    }
  }
  // A name is done once its copies are moved: a later push need not list its prefix again.
  await writeFormerNames(paths, unfinished);
  return moved;
}

/** The local record of where a backup's copy is, moved with it, so the push does not upload it again. */
async function repointLocalRecord(paths: BackupPaths, id: string, oldPrefix: string, newPrefix: string, config: OffsiteConfig): Promise<void> {
  const record = await readOffsiteCopy(paths, id);
  if (!record) return;
  const oldUrl = objectUrl(config, oldPrefix);
  const newUrl = objectUrl(config, newPrefix);
  const repoint = (url: string) => (url.startsWith(oldUrl) ? newUrl + url.slice(oldUrl.length) : url);
  await writeOffsiteCopy(paths, id, { ...record, url: repoint(record.url), media: record.media ? { ...record.media, url: repoint(record.media.url) } : record.media });
}
