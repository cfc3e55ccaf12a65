import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  STAGED_MARKER,
  archivePrefix,
  backupPaths,
  isMediaJournal,
  isUnderPrefix,
  planLeftovers,
  planMediaMounts,
  planMediaRestore,
  readJsonFile,
  replacedDir,
  stagedDir,
  writeFileAtomic
} from "./chunk-N57HPFOI.mjs";
import {
  ensureStorageDirectory,
  listMounts
} from "./chunk-ML35XFQP.mjs";
import {
  isDiskFull
} from "./chunk-YDC6S6T6.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/media/restore.ts
import { lstat as lstat2, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/backup/media/archive.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lchown, lstat, open } from "node:fs/promises";
import path from "node:path";
var END_MARKER_BYTES = 1024;
async function writeMediaArchive(mounts, file, onBytes) {
  for (const mount of mounts) await requireDirectory(mount);
  const tar = await import("./index.min-RQ2IEIQ5.mjs");
  let entries = 0;
  const pack = tar.create(
    {
      cwd: "/",
      portable: false,
      strict: true,
      // One file at a time, read 1 MiB at a time: tar's defaults (4 jobs, 16 MiB reads) let
      // memory grow with the archive when the disk writes slower than files are read.
      jobs: 1,
      maxReadSize: 1024 * 1024,
      onWriteEntry: () => {
        entries++;
      }
    },
    mounts.map(archivePrefix)
  );
  const hash = createHash("sha256");
  let size = 0;
  const handle = await open(file, "wx", 384);
  try {
    for await (const chunk of pack) {
      hash.update(chunk);
      size += chunk.length;
      await writeFully(handle, chunk);
      onBytes?.(size);
    }
    await handle.sync();
  } catch (error) {
    if (isDiskFull(error)) throw error;
    throw new UserError(`Archiving the media failed: ${describe(error)}. Nothing was kept; run the backup again`);
  } finally {
    await handle.close();
  }
  return { size, sha256: hash.digest("hex"), entries };
}
function notADirectory(mount) {
  return new UserError(
    `The storage mounted at ${mount.container_path} is ${mount.host_path}, which is not a directory (a symbolic link or a file): media backups and restores handle real directories only, never what a link points at. Nothing was changed. Mount the directory itself (dokku storage:unmount, then dokku storage:mount), then run this again`
  );
}
async function requireDirectory(mount) {
  let isDirectory = false;
  try {
    const found = await lstat(mount.host_path);
    if (!found.isDirectory()) throw notADirectory(mount);
    isDirectory = true;
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  if (!isDirectory) {
    throw new UserError(
      `The storage mounted at ${mount.container_path} should be the directory ${mount.host_path}, which does not exist. Create it (dokku storage:ensure-directory), or unmount it, then run this again`
    );
  }
}
async function writeFully(handle, chunk) {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}
async function readMediaArchive(file) {
  const tar = await import("./index.min-RQ2IEIQ5.mjs");
  let entries = 0;
  const parser = new tar.Parser({
    strict: true,
    onReadEntry: (entry) => {
      entries++;
      entry.resume();
    }
  });
  const { size, sha256, tail } = await feed(file, parser, "end");
  if (size < END_MARKER_BYTES || size % 512 !== 0 || tail.some((byte) => byte !== 0)) {
    throw new MediaArchiveError("it does not end with tar's end-of-archive marker (cut short?)");
  }
  return { size, sha256, entries };
}
async function extractMediaMount(file, mount, into) {
  const tar = await import("./index.min-RQ2IEIQ5.mjs");
  const prefix = archivePrefix(mount);
  let ownerUid;
  const asRoot = process.getuid?.() === 0;
  const links = [];
  const unpack = new tar.Unpack({
    cwd: into,
    strict: true,
    chmod: true,
    filter: (entryPath, entry) => {
      const mine = isUnderPrefix(entryPath, prefix);
      if (mine && "uid" in entry) {
        if (entryPath.replace(/\/+$/, "") === prefix) ownerUid = entry.uid;
        if (asRoot && "type" in entry && entry.type === "SymbolicLink" && entry.uid !== void 0 && entry.gid !== void 0) {
          links.push({ path: entryPath, uid: entry.uid, gid: entry.gid });
        }
      }
      return mine;
    }
  });
  const { sha256 } = await feed(file, unpack, "close");
  for (const link of links) await lchown(path.join(into, link.path), link.uid, link.gid);
  return { sha256, ownerUid };
}
var MediaArchiveError = class extends Error {
};
async function feed(file, sink, doneEvent) {
  const hash = createHash("sha256");
  let size = 0;
  let tail = Buffer.alloc(0);
  const input = createReadStream(file);
  await new Promise((resolve, reject) => {
    let failure;
    const fail = (error) => {
      if (failure !== void 0) return;
      failure = error;
      input.destroy();
      const code = error?.code;
      const settled = () => reject(typeof code === "string" && code.startsWith("TAR_") ? new MediaArchiveError(describe(error)) : error);
      sink.once("end", settled);
      sink.once("close", settled);
      sink.end();
    };
    input.on("data", (chunk) => {
      hash.update(chunk);
      size += chunk.length;
      tail = chunk.length >= END_MARKER_BYTES ? chunk.subarray(chunk.length - END_MARKER_BYTES) : Buffer.concat([tail, chunk]).subarray(-END_MARKER_BYTES);
      if (!sink.write(chunk)) {
        input.pause();
        sink.once("drain", () => input.resume());
      }
    });
    input.on("end", () => sink.end());
    input.on("error", fail);
    sink.on("error", fail);
    sink.on(doneEvent, () => {
      if (failure === void 0) resolve();
    });
  });
  return { size, sha256: hash.digest("hex"), tail };
}
function describe(error) {
  if (error instanceof Error) {
    const code = error.code;
    const where = error.path;
    return `${error.message}${where && !error.message.includes(where) ? ` (${where})` : ""}${code && !error.message.includes(code) ? ` [${code}]` : ""}`;
  }
  return String(error);
}

// src/backup/media/restore.ts
async function currentMediaMounts(context, app) {
  return planMediaMounts(app, await listMounts(context.dokku, app));
}
async function checkMediaBackup(app, record, context) {
  const media = record.media ?? null;
  const refuse = (why) => new UserError(`The media of backup ${record.id} is refused: ${why}. Nothing was changed. Pick another backup from \`dokku pegasus:backups ${app}\``);
  if (!media) {
    throw new UserError(
      `Backup ${record.id} of ${app} has no media archive (it was taken with backup-media off). Restore it without --media, or pick a backup whose MEDIA column shows a size in \`dokku pegasus:backups ${app}\``
    );
  }
  const file = backupPaths(context.paths.dataDir, app).media(record.id);
  let read;
  try {
    read = await readMediaArchive(file);
  } catch (error) {
    if (error instanceof MediaArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
    if (error.code === "ENOENT") throw refuse(`its file ${file} is missing`);
    throw error;
  }
  if (read.size !== media.size) throw refuse(`its file is ${read.size} bytes, the manifest says ${media.size}`);
  if (read.sha256 !== media.sha256) throw refuse(`its sha256 is ${read.sha256}, the manifest says ${media.sha256}: the file changed since it was verified`);
  if (read.entries !== media.entries) throw refuse(`it holds ${read.entries} entries, the manifest says ${media.entries}`);
  const targets = planMediaRestore(app, media.mounts, await currentMediaMounts(context, app));
  await refuseForeignNeighbours(app, targets, context);
  return targets;
}
async function refuseForeignNeighbours(app, targets, context) {
  const journal = await interruptedMediaRestore(backupPaths(context.paths.dataDir, app));
  for (const target of targets) {
    if (journal?.lives.includes(target.live)) continue;
    for (const dir of [stagedDir(target.live), replacedDir(target.live)]) {
      if (await exists(dir)) {
        throw new UserError(
          `Restoring the media of ${app} needs ${dir} for itself, and it exists without being ours (another app's storage?). Nothing was changed. Move it elsewhere, then run this again`
        );
      }
    }
  }
}
async function stageMedia(app, record, targets, context) {
  const media = record.media;
  const paths = backupPaths(context.paths.dataDir, app);
  const file = paths.media(record.id);
  await recoverMediaLeftovers(paths, context);
  const journal = { id: record.id, lives: targets.map((target) => target.live), phase: "staging" };
  await writeFileAtomic(paths.mediaJournal, `${JSON.stringify(journal)}
`);
  const staged = [];
  let swapped = [];
  const cleanUp = async () => {
    for (const { wrapper } of staged) await removeOurs(wrapper, context);
    for (const target of swapped) await removeOurs(replacedDir(target.live), context);
    await rm(paths.mediaJournal, { force: true });
  };
  try {
    for (const target of targets) {
      const wrapper = stagedDir(target.live);
      await mkdir(wrapper, { mode: 448 });
      staged.push({ target, wrapper, unpacked: path2.join(wrapper, archivePrefix(target.mount)) });
      await writeFile(path2.join(wrapper, STAGED_MARKER), `${record.id}
`, { mode: 384 });
      context.log.verbose(`Unpacking ${target.mount.container_path} beside ${target.live}`);
      const { sha256, ownerUid } = await extractMediaMount(file, target.mount, wrapper);
      if (sha256 !== media.sha256) {
        throw new UserError(`The media archive of ${record.id} changed while it was unpacked (sha256 ${sha256}); the live media was not touched`);
      }
      await keepOwner(target, wrapper, ownerUid, context);
    }
  } catch (error) {
    await cleanUp();
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Unpacking the media of ${record.id} failed: ${error instanceof Error ? error.message : String(error)}. The live media was not touched. Check the free space of the storage directory, then run this again`
    );
  }
  return {
    async swapIn() {
      const done = [];
      await writeFileAtomic(paths.mediaJournal, `${JSON.stringify({ ...journal, phase: "swapping" })}
`);
      try {
        for (const { target, unpacked } of staged) {
          if (await exists(target.live)) await rename(target.live, replacedDir(target.live));
          done.push(target);
          await rename(unpacked, target.live);
        }
        swapped = done;
      } catch (error) {
        for (const target of done.reverse()) {
          if (await exists(target.live)) await rename(target.live, path2.join(stagedDir(target.live), `${archivePrefix(target.mount)}.undone`));
          if (await exists(replacedDir(target.live))) await rename(replacedDir(target.live), target.live);
        }
        throw new UserError(
          `Swapping the restored media in failed: ${error instanceof Error ? error.message : String(error)}. The old media was put back`
        );
      }
    },
    cleanUp
  };
}
async function keepOwner(target, wrapper, recorded, context) {
  const ours = process.getuid?.() ?? 0;
  if (ours === 0 || recorded === void 0 || recorded === ours) return;
  const storageRoot = path2.join(context.paths.libRoot, "data", "storage");
  if (path2.dirname(target.live) !== storageRoot) {
    throw new UserError(
      `The media of ${target.mount.container_path} belongs to uid ${recorded}, and ${target.live} is outside ${storageRoot}, where Dokku cannot change owners for us. The live media was not touched. Restore it as root, or keep the storage under Dokku's storage directory`
    );
  }
  await ensureStorageDirectory(context.dokku, path2.basename(wrapper), recorded);
}
async function recoverMediaLeftovers(paths, context) {
  const journal = await readJsonFile(paths.mediaJournal);
  if (journal === void 0) return;
  if (!isMediaJournal(journal)) {
    context.log.warn(`Ignoring ${paths.mediaJournal}: it is not a media restore journal of ours`);
    return;
  }
  for (const live of journal.lives) {
    const staged = stagedDir(live);
    const actions = planLeftovers(live, journal.phase, {
      live: await exists(live),
      staged: await exists(staged),
      stagedIsOurs: await isOurStagedDir(staged),
      replaced: await exists(replacedDir(live))
    });
    for (const action of actions) {
      if (action.kind === "remove") {
        context.log.verbose(`Removing ${action.dir}: ${action.why}`);
        await removeOurs(action.dir, context);
      } else {
        context.log.warn(`Putting ${action.from} back as ${action.to}: ${action.why}`);
        await rename(action.from, action.to);
      }
    }
  }
  await rm(paths.mediaJournal, { force: true });
}
async function interruptedMediaRestore(paths) {
  const journal = await readJsonFile(paths.mediaJournal);
  return isMediaJournal(journal) ? journal : void 0;
}
async function isOurStagedDir(dir) {
  try {
    const names = await readdir(dir);
    return names.length === 0 || names.includes(STAGED_MARKER);
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return false;
    throw error;
  }
}
async function removeOurs(dir, context) {
  try {
    await rm(dir, { recursive: true, force: true });
    return;
  } catch (error) {
    const code = error.code;
    const storageRoot = path2.join(context.paths.libRoot, "data", "storage");
    if (code !== "EACCES" && code !== "EPERM" || path2.dirname(dir) !== storageRoot) throw error;
  }
  await ensureStorageDirectory(context.dokku, path2.basename(dir), process.getuid?.() ?? 0);
  await rm(dir, { recursive: true, force: true });
}
async function exists(file) {
  try {
    await lstat2(file);
    return true;
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw error;
  }
}

export {
  writeMediaArchive,
  notADirectory,
  readMediaArchive,
  MediaArchiveError,
  currentMediaMounts,
  checkMediaBackup,
  stageMedia,
  recoverMediaLeftovers,
  interruptedMediaRestore
};
