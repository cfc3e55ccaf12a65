import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmdirSync } from "node:fs";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { backupPaths, deleteBackup, ensureBackupDir, filesOfBackup, filesOfRecord, listBackups, removeLeftovers, writeManifest } from "../../../src/backup/store.js";
import { takeBackup, type TakeBackupOptions } from "../../../src/backup/take.js";
import { parseCommandArgs } from "../../../src/core/args.js";
import { renderBackupTable, type BackupRecord } from "../../../src/backup/id.js";
import {
  isSoundMedia,
  isUnderPrefix,
  planLeftovers,
  planMediaMounts,
  planMediaRestore,
  replacedDir,
  STAGED_MARKER,
  stagedDir,
  type MediaArchive,
} from "../../../src/backup/media/plan.js";
import { restoreSteps } from "../../../src/backup/restore-plan.js";
import { UserError } from "../../../src/errors.js";
import { PropertyStore } from "../../../src/io/properties.js";
import { dokkuPaths } from "../../../src/paths.js";
import type { Runner } from "../../../src/io/runner.js";
import { extractMediaMount, MediaArchiveError, readMediaArchive, writeMediaArchive } from "../../../src/backup/media/archive.js";
import { recoverMediaLeftovers, stageMedia } from "../../../src/backup/media/restore.js";
import { backupDownload } from "../../../src/subcommands/backup-download.js";
import { sampleEntries, writeFakeArchive } from "../../support/pg-archive-writer.js";
import { stubContext, stubRunner, type StubAnswer, type StubContext } from "../../support/stub-context.js";

const REV = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const ARCHIVE = writeFakeArchive(sampleEntries());
const plenty: TakeBackupOptions["statfs"] = async () => ({ bavail: 10_000_000, bsize: 4096 });
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("planMediaMounts", () => {
  it("archives each host directory once, trailing slashes ignored, sorted", () => {
    expect(
      planMediaMounts("web", [
        { hostPath: "/var/lib/dokku/data/storage/web/", containerPath: "/code/media" },
        { hostPath: "/var/lib/dokku/data/storage/web", containerPath: "/code/media" },
        { hostPath: "/srv/static", containerPath: "/code/static" },
      ]),
    ).toEqual([
      { container_path: "/code/static", host_path: "/srv/static" },
      { container_path: "/code/media", host_path: "/var/lib/dokku/data/storage/web" },
    ]);
  });

  it("refuses what it cannot archive faithfully, saying why and how to turn it off", () => {
    expect(() => planMediaMounts("web", [{ hostPath: "web-pvc", containerPath: "/code/media" }])).toThrow(
      /not a host directory \(a Docker named volume or a k3s volume\).*pegasus:set web backup-media false/,
    );
    expect(() => planMediaMounts("web", [{ hostPath: "/srv/a/../b", containerPath: "/x" }])).toThrow(UserError);
    expect(() => planMediaMounts("web", [{ hostPath: "/", containerPath: "/x" }])).toThrow(UserError);
    expect(() =>
      planMediaMounts("web", [
        { hostPath: "/srv/media", containerPath: "/a" },
        { hostPath: "/srv/media/thumbs", containerPath: "/b" },
      ]),
    ).toThrow(/inside \/srv\/media: web's storage mounts overlap/);
    expect(() =>
      planMediaMounts("web", [
        { hostPath: "/srv/one", containerPath: "/code/media" },
        { hostPath: "/srv/two", containerPath: "/code/media" },
      ]),
    ).toThrow(/Two host directories are mounted at \/code\/media/);
  });
});

describe("planMediaRestore and prefixes", () => {
  it("maps archived mounts onto today's host directories by container path", () => {
    const archived = [{ container_path: "/code/media", host_path: "/old-root/data/storage/web" }];
    expect(planMediaRestore("web", archived, [{ container_path: "/code/media", host_path: "/var/lib/dokku/data/storage/web" }])).toEqual([
      { mount: archived[0], live: "/var/lib/dokku/data/storage/web" },
    ]);
    expect(() => planMediaRestore("web", archived, [])).toThrow(/has no storage mounted there now.*storage:mount web <dir>:\/code\/media/);
  });

  it("matches a prefix as whole path components only", () => {
    expect(isUnderPrefix("srv/media", "srv/media")).toBe(true);
    expect(isUnderPrefix("srv/media/", "srv/media")).toBe(true);
    expect(isUnderPrefix("./srv/media/a.png", "srv/media")).toBe(true);
    expect(isUnderPrefix("srv/media2/a.png", "srv/media")).toBe(false);
    expect(isUnderPrefix("srv", "srv/media")).toBe(false);
  });
});

describe("planLeftovers", () => {
  const live = "/s/web";
  const none = { live: true, staged: false, stagedIsOurs: false, replaced: false };
  it("removes an unpacked copy that never went live, only if it is ours", () => {
    expect(planLeftovers(live, "staging", { ...none, staged: true, stagedIsOurs: true })).toEqual([
      { kind: "remove", dir: stagedDir(live), why: expect.any(String) },
    ]);
    expect(planLeftovers(live, "staging", { ...none, staged: true, stagedIsOurs: false })).toEqual([]);
  });
  it("removes the replaced media once the swap finished", () => {
    expect(planLeftovers(live, "swapping", { ...none, replaced: true })).toEqual([
      { kind: "remove", dir: replacedDir(live), why: expect.any(String) },
    ]);
  });
  it("puts the old media back when the restore died between the two renames", () => {
    expect(planLeftovers(live, "swapping", { live: false, staged: true, stagedIsOurs: true, replaced: true })).toEqual([
      { kind: "remove", dir: stagedDir(live), why: expect.any(String) },
      { kind: "put-back", from: replacedDir(live), to: live, why: expect.any(String) },
    ]);
  });
  it("never touches a 'replaced' directory before a swap began: it is not ours", () => {
    expect(planLeftovers(live, "staging", { ...none, replaced: true })).toEqual([]);
    expect(planLeftovers(live, "staging", { ...none, live: false, replaced: true })).toEqual([]);
  });
});

describe("isSoundMedia", () => {
  const id = "20261126T070102Z-1a2b3c4";
  const good: MediaArchive = {
    file: `${id}.media.tar`,
    size: 10240,
    sha256: "a".repeat(64),
    entries: 3,
    mounts: [{ container_path: "/code/media", host_path: "/var/lib/dokku/data/storage/web" }],
  };
  it("accepts a well-formed field and refuses anything that could name another file or path", () => {
    expect(isSoundMedia(good, id)).toBe(true);
    expect(isSoundMedia({ ...good, file: "../../etc/passwd" }, id)).toBe(false);
    expect(isSoundMedia({ ...good, file: `20261126T070103Z-1a2b3c4.media.tar` }, id)).toBe(false);
    expect(isSoundMedia({ ...good, size: 10 }, id)).toBe(false);
    expect(isSoundMedia({ ...good, sha256: "xyz" }, id)).toBe(false);
    expect(isSoundMedia({ ...good, mounts: [{ container_path: "/m", host_path: "/srv/../etc" }] }, id)).toBe(false);
    expect(isSoundMedia({ ...good, mounts: [{ container_path: "/m", host_path: "/" }] }, id)).toBe(false);
    expect(isSoundMedia([good], id)).toBe(false);
  });
});

async function mediaTree(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "pegasus-media-"));
  const media = path.join(root, "storage", "web");
  await mkdir(path.join(media, "avatars"), { recursive: true });
  await writeFile(path.join(media, "avatars", "a.png"), "alice");
  await writeFile(path.join(media, "big.bin"), Buffer.alloc(200_000, 7), { mode: 0o600 });
  await symlink("avatars/a.png", path.join(media, "current"));
  return media;
}

describe("media archive I/O", () => {
  it("writes a 0600 tar, reads it back whole, and unpacks the same tree", async () => {
    const media = await mediaTree();
    const file = path.join(path.dirname(media), "out.tar");
    const mount = { container_path: "/code/media", host_path: media };
    const written = await writeMediaArchive([mount], file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(written.sha256).toBe(sha(await readFile(file)));
    expect(written.entries).toBe(5); // the directory, avatars/, a.png, big.bin, current
    expect(await readMediaArchive(file)).toEqual(written);

    const into = path.join(path.dirname(media), "unpacked");
    await mkdir(into);
    const { sha256 } = await extractMediaMount(file, mount, into);
    expect(sha256).toBe(written.sha256);
    const copy = path.join(into, media.slice(1));
    expect(await readFile(path.join(copy, "avatars", "a.png"), "utf8")).toBe("alice");
    expect((await stat(path.join(copy, "big.bin"))).mode & 0o777).toBe(0o600);
    expect((await lstat(path.join(copy, "current"))).isSymbolicLink()).toBe(true);
  });

  it("reports the bytes written as they are written, for progress lines", async () => {
    const media = await mediaTree();
    const seen: number[] = [];
    const written = await writeMediaArchive([{ container_path: "/code/media", host_path: media }], path.join(path.dirname(media), "p.tar"), (bytes) =>
      seen.push(bytes),
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(written.size);
  });

  it("refuses a tar cut short, cut at an entry boundary, or with a damaged header", async () => {
    const media = await mediaTree();
    const file = path.join(path.dirname(media), "out.tar");
    const written = await writeMediaArchive([{ container_path: "/code/media", host_path: media }], file);
    const bytes = await readFile(file);

    await writeFile(file, bytes.subarray(0, 100_000));
    await expect(readMediaArchive(file)).rejects.toThrow(MediaArchiveError);
    // Whole entries but no end-of-archive marker: a copy that stopped between two files.
    await writeFile(file, bytes.subarray(0, written.size - 1024 - 512 * 2));
    await expect(readMediaArchive(file)).rejects.toThrow(/end-of-archive/);
    const damaged = Buffer.from(bytes);
    damaged[100] = damaged[100]! ^ 0xff;
    await writeFile(file, damaged);
    await expect(readMediaArchive(file)).rejects.toThrow(MediaArchiveError);
  });

  it("refuses a mount whose directory is missing, leaving no file", async () => {
    const media = await mediaTree();
    const file = path.join(path.dirname(media), "out.tar");
    await expect(writeMediaArchive([{ container_path: "/code/media", host_path: `${media}-gone` }], file)).rejects.toThrow(
      /should be the directory .*-gone, which does not exist/,
    );
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
  });
});

function runnerFor(media: string, answers: StubAnswer[] = []): Runner & { seen: string[][] } {
  const table = stubRunner([
    ...answers,
    { argv: ["config:export", "--format", "json", "web"], stdout: JSON.stringify({ GIT_REV: REV, DATABASE_URL: "postgres://p:s@dokku-postgres-web-db:5432/web_db" }) },
    { argv: ["postgres:list"], stdout: "web-db\n" },
    // The live commit (no release history here): Dokku's record of the last deploy.
    { argv: ["apps:report", "web", "--app-deploy-source-metadata"], stdout: `${REV}\n` },
    { argv: ["storage:list", "web", "--format", "json"], stdout: JSON.stringify([{ entry_name: "legacy-1", host_path: media, container_path: "/code/media" }]) },
  ]);
  return {
    seen: table.seen,
    run: table.run,
    async stream(_command, args, options) {
      table.seen.push([...args]);
      await options.consumeStdout(Readable.from([ARCHIVE]));
      return { exitCode: 0, stderr: "" };
    },
  };
}

/** A context in which the app web exists. */
function contextFor(runner: Runner): StubContext {
  const context = stubContext(runner, { apps: ["web"] });
  let clock = new Date("2026-11-26T07:01:02Z").getTime();
  context.now = () => new Date((clock += 5000));
  return context;
}

describe("takeBackup with backup-media", () => {
  it("archives the storage beside the dump and records it in the manifest; prune and delete take it along", async () => {
    const media = await mediaTree();
    const context = contextFor(runnerFor(media));
    await new PropertyStore(context.paths.propertiesDir).set("web", "backup-media", "true");
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    const paths = backupPaths(context.paths.dataDir, "web");
    const tar = await readFile(paths.media(record.id));
    expect(record.media).toEqual({
      file: `${record.id}.media.tar`,
      size: tar.length,
      sha256: sha(tar),
      entries: 5,
      mounts: [{ container_path: "/code/media", host_path: media }],
    });
    expect((await stat(paths.media(record.id))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(paths.manifest(record.id), "utf8")).media).toEqual(record.media);
    expect((await listBackups(paths))[0]!.media).toEqual(record.media);
    expect(filesOfRecord(paths, record)).toEqual([paths.manifest(record.id), paths.dump(record.id), paths.media(record.id)]);
    expect(filesOfRecord(paths, { ...record, media: null })).toEqual([paths.manifest(record.id), paths.dump(record.id)]);

    await deleteBackup(paths, record.id);
    expect(await readdir(paths.dir)).toEqual([]);
  });

  it("forced by a restore's safety backup even with backup-media off; a failed archive keeps nothing", async () => {
    const media = await mediaTree();
    const context = contextFor(runnerFor(media));
    const forced = await takeBackup("web", "pre-restore", context, { statfs: plenty, media: true });
    expect(forced.media?.entries).toBe(5);

    await rm(media, { recursive: true });
    const failing = contextFor(runnerFor(media));
    failing.paths = context.paths;
    await expect(takeBackup("web", "manual", failing, { statfs: plenty, media: true })).rejects.toThrow(/does not exist/);
    const paths = backupPaths(context.paths.dataDir, "web");
    expect((await readdir(paths.dir)).filter((name) => !name.startsWith(forced.id))).toEqual([]);
  });

  it("a restore's safety backup saves what exists: a mount whose directory was never created has nothing to lose", async () => {
    const media = await mediaTree();
    await rm(media, { recursive: true });
    const context = contextFor(runnerFor(media));
    const safety = await takeBackup("web", "pre-restore", context, { statfs: plenty, media: true });
    expect(safety.media).toBeNull();
    expect(context.log.lines.map((line) => line.message)).toContain(`No media to save at /code/media: ${media} does not exist yet`);
    expect(context.log.lines.filter((line) => line.level === "warn")).toEqual([]);
  });

  it("off by default: no storage:list call and media null in the listing", async () => {
    const media = await mediaTree();
    const runner = runnerFor(media);
    const context = contextFor(runner);
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    expect(record.media).toBeNull();
    expect(runner.seen.some((argv) => argv[0] === "storage:list")).toBe(false);
  });
});

describe("store: the files of a backup", () => {
  it("lists every kind once, removes media partials, lists old manifests with media null and hides unsound media fields", async () => {
    const context = contextFor(runnerFor("/nowhere"));
    const paths = backupPaths(context.paths.dataDir, "web");
    await ensureBackupDir(paths);
    expect(filesOfBackup(paths, "X").map((file) => path.basename(file))).toEqual(["X.json", "X.dump", "X.media.tar", ".X.dump.partial", ".X.media.tar.partial", "X.offsite.json"]);

    await writeFile(paths.mediaPartial("20261126T070102Z-1a2b3c4"), "half");
    await writeFile(paths.partial("20261126T070102Z-1a2b3c4"), "half");
    const removed = await removeLeftovers(paths, [], context.log);
    expect(removed.map((leftover) => [path.basename(leftover.file), leftover.why])).toEqual([
      [".20261126T070102Z-1a2b3c4.dump.partial", "the partial dump of an interrupted backup"],
      [".20261126T070102Z-1a2b3c4.media.tar.partial", "the partial media archive of an interrupted backup"],
    ]);
    expect(await readdir(paths.dir)).toEqual([]);

    const base = {
      app: "web",
      service: "web-db",
      file: "",
      created_at: "2026-11-26T07:01:02.000Z",
      git_rev: REV,
      size: 1,
      sha256: "b".repeat(64),
      verified: true,
      reason: "manual",
      pg_version: "15.18",
      duration_ms: 1,
      archive: { format_version: "1.15", pg_dump_version: "15.18", compression: "none", toc_entries: 1, data_blocks: 1, large_objects: 0 },
    } as const;
    const old = "20261126T070102Z-1a2b3c4";
    await writeManifest(paths, { ...base, id: old } as BackupRecord);
    await writeFile(paths.dump(old), "x");
    const evil = "20261126T070103Z-1a2b3c4";
    await writeManifest(paths, {
      ...base,
      id: evil,
      media: { file: "../../x", size: 2048, sha256: "c".repeat(64), entries: 1, mounts: [] },
    } as BackupRecord);
    await writeFile(paths.dump(evil), "x");
    const listed = await listBackups(paths);
    expect(listed.map((record) => [record.id, record.media])).toEqual([[old, null]]);
  });
});

describe("recoverMediaLeftovers", () => {
  async function setUp() {
    const media = await mediaTree();
    const context = contextFor(runnerFor(media));
    const paths = backupPaths(context.paths.dataDir, "web");
    await ensureBackupDir(paths);
    return { media, context, paths };
  }

  it("puts the old media back after a restore killed between the renames, and removes our unpacked copy", async () => {
    const { media, context, paths } = await setUp();
    await writeFile(paths.mediaJournal, JSON.stringify({ id: "x", lives: [media], phase: "swapping" }));
    await rename(media, replacedDir(media));
    await mkdir(path.join(stagedDir(media), "half"), { recursive: true });
    await writeFile(path.join(stagedDir(media), STAGED_MARKER), "x");
    await recoverMediaLeftovers(paths, context);
    expect(await readFile(path.join(media, "avatars", "a.png"), "utf8")).toBe("alice");
    expect((await readdir(path.dirname(media))).sort()).toEqual(["web"]);
    await expect(stat(paths.mediaJournal)).rejects.toThrow(/ENOENT/);
    expect(context.log.lines.map((line) => line.message).join("\n")).toMatch(/Putting .*-pegasus-replaced back as .*web: a media restore was interrupted mid-swap/);
  });

  it("leaves alone directories that only look like ours: no journal, or no marker", async () => {
    const { media, context, paths } = await setUp();
    await mkdir(path.join(stagedDir(media), "someone-elses"), { recursive: true });
    await mkdir(replacedDir(media));
    await recoverMediaLeftovers(paths, context);
    await writeFile(paths.mediaJournal, JSON.stringify({ id: "x", lives: [media], phase: "staging" }));
    await recoverMediaLeftovers(paths, context);
    expect((await readdir(path.dirname(media))).sort()).toEqual(["web", "web-pegasus-replaced", "web-pegasus-staged"]);
  });
});

describe("restoreSteps with --media", () => {
  it("names the unpack after the stop and the safety backup, and the swap after the import", () => {
    const record = { id: "20261126T070102Z-1a2b3c4", service: "web-db" } as BackupRecord;
    const steps = restoreSteps({ app: "web", record, target: { service: "web-db", explicit: false }, deployed: true, stoppedByOperator: false, media: [{ container_path: "/code/media", live: "/s/web" }] });
    expect(steps).toEqual([
      expect.stringMatching(/^stop web/),
      expect.stringContaining("and the media (reason pre-restore)"),
      "unpack the media of /code/media beside /s/web, checking its sha256",
      expect.stringMatching(/^import /),
      "swap the unpacked media in for /s/web (files added since the backup go)",
      expect.stringMatching(/^start web/),
    ]);
  });
});

describe("renderBackupTable", () => {
  it("shows the media archive's size, or - without one", () => {
    const record = {
      id: "20261126T070102Z-1a2b3c4",
      created_at: "2026-11-26T07:01:02.000Z",
      reason: "manual",
      git_rev: REV,
      size: 2_400_000,
      verified: true,
    } as BackupRecord;
    const lines = renderBackupTable([{ ...record, media: { size: 5_100_000 } as MediaArchive }, { ...record, media: null }]);
    expect(lines[0]).toMatch(/VERIFIED  MEDIA$/);
    expect(lines[1]).toMatch(/2\.4 MB  yes {7}5\.1 MB$/);
    expect(lines[2]).toMatch(/yes {7}-$/);
  });
});

describe("pegasus:backup-download", () => {
  async function withBackup(mediaOn: boolean) {
    const media = await mediaTree();
    const context = contextFor(runnerFor(media));
    if (mediaOn) await new PropertyStore(context.paths.propertiesDir).set("web", "backup-media", "true");
    const record = await takeBackup("web", "manual", context, { statfs: plenty });
    const chunks: Buffer[] = [];
    const download = contextFor(runnerFor(media));
    download.paths = context.paths;
    download.stdout = { write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk)) };
    return { record, download, received: () => Buffer.concat(chunks), paths: backupPaths(context.paths.dataDir, "web") };
  }
  const run = (context: StubContext, argv: string[]) =>
    backupDownload.run(parseCommandArgs("pegasus:backup-download", argv, backupDownload.options), context);

  it("writes exactly the dump, then with --media exactly the media tar; logs never reach stdout", async () => {
    const { record, download, received } = await withBackup(true);
    await run(download, ["web", record.id]);
    expect(received().equals(ARCHIVE)).toBe(true);
    expect(download.log.lines.map((line) => line.message)).toContain(`Sent ${"" + (ARCHIVE.length / 1000).toFixed(1)} KB, sha256 ${sha(ARCHIVE)} (matches the manifest)`);
    const again = await withBackup(true);
    await run(again.download, ["web", again.record.id, "--media"]);
    expect(again.received().equals(await readFile(again.paths.media(again.record.id)))).toBe(true);
  });

  it("waits for a slow reader at every chunk without piling up listeners on stdout", async () => {
    const { record, download, paths } = await withBackup(true);
    const chunks: Buffer[] = [];
    const errorListeners: number[] = [];
    // A reader slower than the disk: every write fills the pipe, 'drain' comes a moment later.
    // A download of gigabytes waits tens of thousands of times: each wait must leave nothing behind.
    const slow = new EventEmitter();
    const stdout = Object.assign(slow, {
      write: (chunk: Uint8Array) => {
        chunks.push(Buffer.from(chunk));
        errorListeners.push(slow.listenerCount("error"));
        setImmediate(() => slow.emit("drain"));
        return false;
      },
    });
    await run({ ...download, stdout }, ["web", record.id, "--media"]);
    expect(Buffer.concat(chunks).equals(await readFile(paths.media(record.id)))).toBe(true);
    expect(errorListeners.length).toBeGreaterThan(2);
    expect(Math.max(...errorListeners)).toBe(1);
    expect(slow.listenerCount("error")).toBe(0);
    expect(slow.listenerCount("drain")).toBe(0);
  });

  it("refuses a terminal on stdout, and a file whose size no longer matches, sending nothing", async () => {
    const { record, download, received, paths } = await withBackup(false);
    const tty = { write: () => true, isTTY: true };
    const ttyContext = { ...download, stdout: tty };
    await expect(run(ttyContext, ["web", record.id])).rejects.toThrow(/stdout is a terminal; .*> web\.dump/);
    await expect(run(download, ["web", record.id, "--media"])).rejects.toThrow(/has no media archive/);
    await truncate(paths.dump(record.id), 10);
    // A dump whose size no longer matches its manifest is not listed, so not offered at all.
    await expect(run(download, ["web", record.id])).rejects.toThrow(/has no verified backups yet/);
    expect(received().length).toBe(0);
  });
});

describe("stageMedia as the dokku user (not root)", () => {
  afterEach(() => vi.restoreAllMocks());

  async function stagedBackup(where: "storage" | "elsewhere") {
    const probe = contextFor(runnerFor("/nowhere"));
    const media =
      where === "storage" ? path.join(probe.paths.libRoot, "data", "storage", "web") : path.join(await mkdtemp(path.join(tmpdir(), "pegasus-elsewhere-")), "web");
    await mkdir(path.join(media, "avatars"), { recursive: true });
    await writeFile(path.join(media, "avatars", "a.png"), "alice");
    const runner = runnerFor(media, [{ argv: ["storage:ensure-directory"] }]);
    const context = contextFor(runner);
    context.paths = probe.paths;
    const record = await takeBackup("web", "manual", context, { statfs: plenty, media: true });
    return { media, runner, context, record };
  }

  it("hands the unpacked copy to the owner the archive recorded, through Dokku's storage:ensure-directory --chown", async () => {
    const { media, runner, context, record } = await stagedBackup("storage");
    await writeFile(path.join(media, "avatars", "a.png"), "changed");
    // Pretend to be the dokku user (uid 1001): the archive says the directory belonged to root (0).
    vi.spyOn(process as { getuid(): number }, "getuid").mockReturnValue(1001);
    const targets = [{ mount: record.media!.mounts[0]!, live: media }];
    const staged = await stageMedia("web", record, targets, context);
    expect(runner.seen).toContainEqual(["storage:ensure-directory", "--chown", "0", "web-pegasus-staged"]);
    await staged.swapIn();
    await staged.cleanUp();
    expect(await readFile(path.join(media, "avatars", "a.png"), "utf8")).toBe("alice");
    expect(await readdir(path.dirname(media))).toEqual(["web"]);
  });

  it("refuses, before the live media is touched, a directory outside Dokku's storage it cannot chown", async () => {
    const { media, context, record } = await stagedBackup("elsewhere");
    await writeFile(path.join(media, "avatars", "a.png"), "changed");
    vi.spyOn(process as { getuid(): number }, "getuid").mockReturnValue(1001);
    await expect(stageMedia("web", record, [{ mount: record.media!.mounts[0]!, live: media }], context)).rejects.toThrow(
      /belongs to uid 0, .* outside .*data\/storage.*The live media was not touched/,
    );
    expect(await readFile(path.join(media, "avatars", "a.png"), "utf8")).toBe("changed");
    expect(await readdir(path.dirname(media))).toEqual(["web"]);
  });
});

describe("StagedMedia.swapIn", () => {
  it("puts every directory back when a later swap fails, so no mount is left half restored", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "pegasus-swap-"));
    const one = path.join(root, "one");
    const two = path.join(root, "two");
    for (const dir of [one, two]) {
      await mkdir(dir);
      await writeFile(path.join(dir, "f.txt"), "backed up");
    }
    const runner = stubRunner([
      { argv: ["config:export", "--format", "json", "web"], stdout: JSON.stringify({ GIT_REV: REV, DATABASE_URL: "postgres://p:s@dokku-postgres-web-db:5432/web_db" }) },
      { argv: ["postgres:list"], stdout: "web-db\n" },
      { argv: ["apps:report", "web", "--app-deploy-source-metadata"], stdout: `${REV}\n` },
      {
        argv: ["storage:list", "web", "--format", "json"],
        stdout: JSON.stringify([
          { host_path: one, container_path: "/code/one" },
          { host_path: two, container_path: "/code/two" },
        ]),
      },
    ]);
    const context = contextFor({ ...runner, stream: runnerFor(one).stream });
    const record = await takeBackup("web", "manual", context, { statfs: plenty, media: true });
    for (const dir of [one, two]) await writeFile(path.join(dir, "f.txt"), "changed");

    const targets = record.media!.mounts.map((mount) => ({ mount, live: mount.host_path }));
    const staged = await stageMedia("web", record, targets, context);
    // The second unpacked copy vanishes before the swap: its rename fails after the first succeeded.
    await rm(path.join(stagedDir(two), two.slice(1)), { recursive: true });
    await expect(staged.swapIn()).rejects.toThrow(/Swapping the restored media in failed: .*The old media was put back/);
    await staged.cleanUp();
    expect(await readFile(path.join(one, "f.txt"), "utf8")).toBe("changed");
    expect(await readFile(path.join(two, "f.txt"), "utf8")).toBe("changed");
    expect((await readdir(root)).sort()).toEqual(["one", "two"]);
  });
});

// A real small filesystem for the backups (CI runs as root); skipped where mounting is not allowed.
const fullDisk = mkdtempSync(path.join(tmpdir(), "pegasus-media-full-"));
const fullDiskMounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", fullDisk]).status === 0;

describe.skipIf(!fullDiskMounted)("a media archive that fills the disk (2 MiB tmpfs)", () => {
  afterAll(() => {
    spawnSync("umount", [fullDisk]);
    rmdirSync(fullDisk);
  });

  it("is explained like a full disk during the dump, and nothing is kept", async () => {
    const media = await mediaTree();
    await writeFile(path.join(media, "huge.bin"), Buffer.alloc(3 * 1024 * 1024, 9));
    const context = contextFor(runnerFor(media));
    context.paths = dokkuPaths({ DOKKU_ROOT: path.join(fullDisk, "home"), DOKKU_LIB_ROOT: path.join(fullDisk, "lib") });
    const paths = backupPaths(context.paths.dataDir, "web");
    const error = await takeBackup("web", "manual", context, { statfs: plenty, media: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(new RegExp(`^No space left on the disk holding ${paths.dir}: writing the backup of web failed \\(ENOSPC\\)\\.`));
    expect(await readdir(paths.dir)).toEqual([]);
  });
});
