import { mkdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { groupBucketObjects, resolveOffsiteConfig } from "../../../src/backup/offsite/config.js";
import { COPY_OBJECT_LIMIT, moveRenamedCopies, planCopyMove, readFormerNames, recordRename } from "../../../src/backup/offsite/renamed.js";
import type { Bucket } from "../../../src/backup/offsite/s3.js";
import { backupPaths, readOffsiteCopy, writeOffsiteCopy } from "../../../src/backup/store.js";
import { stubContext, stubRunner } from "../../support/stub-context.js";

const config = resolveOffsiteConfig({ "offsite-url": "s3://bkt/p", "offsite-recipient": "none" }, "site")!;
const BEFORE = "20261126T070101Z-1a2b3c4";
const MEDIA = "20261126T070000Z-none";
// Taken by a new app under the old name after the rename (at 07:01:02): never the renamed app's.
const AFTER = "20261126T080000Z-none";

/** An in-memory bucket that dies (throws) after `lives` changing operations, as a killed push would. */
function memoryBucket(keys: string[], lives = Infinity): Bucket & { keys: Map<string, number> } {
  const objects = new Map(keys.map((key, index) => [key, index + 100]));
  let left = lives;
  const spend = () => {
    if (left-- <= 0) throw new Error("killed");
  };
  return {
    keys: objects,
    name: "b",
    check: async () => undefined,
    upload: async () => ({ parts: 1 }),
    size: async (key) => objects.get(key),
    list: async (prefix) => [...objects].filter(([key]) => key.startsWith(prefix)).map(([key, size]) => ({ key, size })),
    read: async () => undefined,
    remove: async (key) => {
      spend();
      objects.delete(key);
    },
    copy: async (from, to) => {
      spend();
      objects.set(to, objects.get(from)!);
    },
  };
}

const oldKeys = [
  `p/web/${BEFORE}.dump`,
  `p/web/${BEFORE}.json`,
  `p/web/${MEDIA}.dump`,
  `p/web/${MEDIA}.media.tar`,
  `p/web/${MEDIA}.json`,
  `p/web/${AFTER}.dump`,
  `p/web/${AFTER}.json`,
];

/** The ids whole (manifest and dump, and media when the old copy had it) under `prefix`. */
function whole(bucket: { keys: Map<string, number> }, prefix: string): string[] {
  return groupBucketObjects(prefix, [...bucket.keys].map(([key, size]) => ({ key, size })))
    .filter((copy) => copy.manifest && copy.dump && (copy.id !== MEDIA || copy.media))
    .map((copy) => copy.id)
    .sort();
}

async function renamedApp() {
  const context = stubContext(stubRunner([]));
  const paths = backupPaths(context.paths.dataDir, "site");
  await mkdir(paths.dir, { recursive: true });
  await recordRename(context.paths.dataDir, "web", "site", new Date("2026-11-26T07:01:02Z"));
  await writeOffsiteCopy(paths, BEFORE, { url: `s3://bkt/p/web/${BEFORE}.dump`, size: 100, uploaded_at: "x", encrypted: false, media: null });
  return { context, paths };
}

describe("off-site copies after apps:rename", () => {
  it("the next push moves the renamed app's copies under its new name, repoints their local record, and leaves a later app's copies alone", async () => {
    const { context, paths } = await renamedApp();
    const bucket = memoryBucket(oldKeys);
    expect((await moveRenamedCopies("site", config, bucket, context)).sort()).toEqual([MEDIA, BEFORE]);
    expect(whole(bucket, "p/site/")).toEqual([MEDIA, BEFORE]);
    expect([...bucket.keys.keys()].filter((key) => key.startsWith("p/web/")).sort()).toEqual([`p/web/${AFTER}.dump`, `p/web/${AFTER}.json`]);
    expect((await readOffsiteCopy(paths, BEFORE))?.url).toBe(`s3://bkt/p/site/${BEFORE}.dump`);
    expect(await readFormerNames(paths)).toEqual([]);
  });

  it("a push killed at any step leaves every copy whole under the old or the new name, and the next push finishes the move", async () => {
    for (let lives = 0; lives < 20; lives++) {
      const { context } = await renamedApp();
      const bucket = memoryBucket(oldKeys, lives);
      await moveRenamedCopies("site", config, bucket, context).catch((error: Error) => expect(error.message).toBe("killed"));
      for (const id of [BEFORE, MEDIA]) expect(whole(bucket, "p/web/").includes(id) || whole(bucket, "p/site/").includes(id)).toBe(true);
      const again = memoryBucket([...bucket.keys.keys()]);
      await moveRenamedCopies("site", config, again, context);
      expect(whole(again, "p/site/")).toEqual([MEDIA, BEFORE]);
      expect(whole(again, "p/web/")).toEqual([AFTER]);
      expect([...again.keys.keys()].filter((key) => key.startsWith("p/web/")).length).toBe(2);
    }
  });

  it("a copy over S3's 5 GiB CopyObject limit stays, listed, under the old name until a push uploaded it under the new one", async () => {
    const { context, paths } = await renamedApp();
    const bucket = memoryBucket(oldKeys);
    bucket.keys.set(`p/web/${BEFORE}.dump`, COPY_OBJECT_LIMIT + 1);
    await moveRenamedCopies("site", config, bucket, context);
    expect(whole(bucket, "p/web/")).toEqual([BEFORE, AFTER]);
    expect(whole(bucket, "p/site/")).toEqual([MEDIA]);
    expect((await readFormerNames(paths)).map((name) => name.app)).toEqual(["web"]);
    expect(context.log.lines.map((line) => line.message).join("\n")).toContain(`Off-site copy ${BEFORE} stays under s3://bkt/p/web/`);
    // The push uploaded the local backup under the new name: the old copy then goes.
    for (const kind of ["dump", "json"]) bucket.keys.set(`p/site/${BEFORE}.${kind}`, 1);
    await moveRenamedCopies("site", config, bucket, context);
    expect(whole(bucket, "p/web/")).toEqual([AFTER]);
    expect(await readFormerNames(paths)).toEqual([]);
  });

  it("planCopyMove copies the data, then the manifest, then removes the old manifest before the old data", () => {
    const [copy] = groupBucketObjects("p/web/", [
      { key: `p/web/${MEDIA}.dump`, size: 1 },
      { key: `p/web/${MEDIA}.media.tar`, size: 1 },
      { key: `p/web/${MEDIA}.json`, size: 1 },
    ]);
    expect(planCopyMove(copy!, undefined, "p/web/", "p/site/")).toEqual([
      { copy: `p/web/${MEDIA}.dump`, to: `p/site/${MEDIA}.dump` },
      { copy: `p/web/${MEDIA}.media.tar`, to: `p/site/${MEDIA}.media.tar` },
      { copy: `p/web/${MEDIA}.json`, to: `p/site/${MEDIA}.json` },
      { remove: `p/web/${MEDIA}.json` },
      { remove: `p/web/${MEDIA}.dump` },
      { remove: `p/web/${MEDIA}.dump.age` },
      { remove: `p/web/${MEDIA}.media.tar` },
      { remove: `p/web/${MEDIA}.media.tar.age` },
    ]);
  });
});
