/**
 * The media archive of a backup, pure: which storage directories go in, how they are named
 * inside the tar, how a restore maps them onto the app's mounts now, and what a leftover of a
 * killed restore means. The I/O is beside it (archive.ts, restore.ts).
 */
import { isAbsolute, normalize } from "node:path";
import { UserError } from "../../errors.js";
import { ordinal } from "../../core/ordinal.js";

/** One storage directory in the archive: where it was on the host and where the app saw it. */
export interface MediaMount {
  container_path: string;
  host_path: string;
}

/** The manifest's `media` field (SHARED-FORMATS): the tar beside the dump, and what it holds. */
export interface MediaArchive {
  file: string;
  size: number;
  sha256: string;
  /** Entries in the tar (directories, files, links): a re-read must find the same number. */
  entries: number;
  mounts: MediaMount[];
}

/** What `storage:list --format json` says about one mount (Dokku's StorageListEntry). */
export interface ListedMount {
  hostPath: string;
  containerPath: string;
}

export function mediaFileName(id: string): string {
  return `${id}.media.tar`;
}

/**
 * The directories to archive: every mount's host directory once. A k3s volume (its "host path"
 * is the entry name, not a path) and nested directories cannot be archived faithfully, so they
 * are refused with the reason rather than half backed up.
 */
export function planMediaMounts(app: string, listed: readonly ListedMount[]): MediaMount[] {
  const byHost = new Map<string, MediaMount>();
  for (const { hostPath, containerPath } of listed) {
    const host = hostPath.replace(/\/+$/, "");
    if (!isAbsolute(host) || normalize(host) !== host) {
      throw new UserError(
        `The storage mounted at ${containerPath} is ${JSON.stringify(hostPath)}, not a host directory (a Docker named volume or a k3s volume), so it cannot be archived. ` +
          `Turn media backups off with \`dokku pegasus:set ${app} backup-media false\``,
      );
    }
    if (!byHost.has(host)) byHost.set(host, { container_path: containerPath, host_path: host });
  }
  const mounts = [...byHost.values()].sort((a, b) => ordinal(a.host_path, b.host_path));
  for (const outer of mounts) {
    for (const inner of mounts) {
      if (inner !== outer && inner.host_path.startsWith(`${outer.host_path}/`)) {
        throw new UserError(`${inner.host_path} is inside ${outer.host_path}: ${app}'s storage mounts overlap, so they cannot be archived one by one`);
      }
    }
  }
  const containers = new Set<string>();
  for (const mount of mounts) {
    if (containers.has(mount.container_path)) {
      throw new UserError(`Two host directories are mounted at ${mount.container_path} in ${app}; a restore could not tell which is which`);
    }
    containers.add(mount.container_path);
  }
  return mounts;
}

/** A mount's directory inside the tar: its host path without the leading slash (tar paths are relative). */
export function archivePrefix(mount: MediaMount): string {
  return mount.host_path.replace(/^\/+/, "");
}

/** Whether a tar entry path belongs to `prefix` (the directory itself or anything under it). */
export function isUnderPrefix(entryPath: string, prefix: string): boolean {
  const clean = entryPath.replace(/^\.\//, "").replace(/\/+$/, "");
  return clean === prefix || clean.startsWith(`${prefix}/`);
}

/** The restore's target for one archived mount: the host directory mounted there now. */
export interface MediaTarget {
  mount: MediaMount;
  live: string;
}

/**
 * Maps each archived mount onto the app's mount at the same container path today (the host
 * path may differ: another server, a migrated legacy mount). An archived mount with no mount
 * now is refused before anything is touched; a mount added since is left as it is.
 */
export function planMediaRestore(app: string, archived: readonly MediaMount[], current: readonly MediaMount[]): MediaTarget[] {
  return archived.map((mount) => {
    const now = current.find((candidate) => candidate.container_path === mount.container_path);
    if (!now) {
      throw new UserError(
        `The backup holds the storage mounted at ${mount.container_path}, but ${app} has no storage mounted there now. ` +
          `Mount it with \`dokku storage:mount ${app} <dir>:${mount.container_path}\``,
      );
    }
    return { mount, live: now.host_path };
  });
}

/** Beside the live directory, on its file system; names storage:ensure-directory accepts. */
export function stagedDir(live: string): string {
  return `${live}-pegasus-staged`;
}

export function replacedDir(live: string): string {
  return `${live}-pegasus-replaced`;
}

export type LeftoverAction =
  | { kind: "remove"; dir: string; why: string }
  | { kind: "put-back"; from: string; to: string; why: string };

/**
 * A media restore's journal (`data/pegasus/<app>/media-restore.json`), written before anything is
 * created beside a live directory and removed once the restore cleaned up. Only what it names is
 * ever removed or moved by a later run: a directory that merely looks like ours is left alone.
 */
export interface MediaJournal {
  id: string;
  lives: string[];
  /** `swapping` from just before the first rename of a live directory. */
  phase: "staging" | "swapping";
}

export function isMediaJournal(value: unknown): value is MediaJournal {
  if (value === null || typeof value !== "object") return false;
  const journal = value as Record<string, unknown>;
  return (
    typeof journal.id === "string" &&
    (journal.phase === "staging" || journal.phase === "swapping") &&
    Array.isArray(journal.lives) &&
    journal.lives.every((live) => typeof live === "string" && isAbsolute(live) && normalize(live) === live && live !== "/")
  );
}

/**
 * What a killed media restore left beside one live directory, and how to undo it. The unpacked
 * copy never went live, so it goes, if it carries our marker (or is still empty). The replaced
 * directory is the old media, and is ours only if the journal says a swap had begun: once the
 * live directory exists again the swap finished and it goes too; if the live one is missing, the
 * restore died between the two renames, and the old media is put back.
 */
export function planLeftovers(
  live: string,
  phase: MediaJournal["phase"],
  exists: { live: boolean; staged: boolean; stagedIsOurs: boolean; replaced: boolean },
): LeftoverAction[] {
  const actions: LeftoverAction[] = [];
  if (exists.staged && exists.stagedIsOurs) {
    actions.push({ kind: "remove", dir: stagedDir(live), why: "an interrupted media restore's unpacked copy" });
  }
  if (exists.replaced && phase === "swapping") {
    actions.push(
      exists.live
        ? { kind: "remove", dir: replacedDir(live), why: "the media a finished restore replaced" }
        : { kind: "put-back", from: replacedDir(live), to: live, why: "a media restore was interrupted mid-swap" },
    );
  }
  return actions;
}

/** The file at the top of an unpacked copy that says it is ours (the archive's entries all lie under the mount's path). */
export const STAGED_MARKER = ".pegasus-media-restore";

/** The manifest's media field, checked like input: it names files and reaches a restore. */
export function isSoundMedia(value: unknown, id: string): value is MediaArchive {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const media = value as Record<string, unknown>;
  return (
    media.file === mediaFileName(id) &&
    typeof media.size === "number" &&
    Number.isSafeInteger(media.size) &&
    media.size >= 1024 &&
    typeof media.sha256 === "string" &&
    /^[0-9a-f]{64}$/.test(media.sha256) &&
    typeof media.entries === "number" &&
    Number.isSafeInteger(media.entries) &&
    media.entries >= 0 &&
    Array.isArray(media.mounts) &&
    media.mounts.every(
      (mount: unknown) =>
        mount !== null &&
        typeof mount === "object" &&
        typeof (mount as MediaMount).container_path === "string" &&
        typeof (mount as MediaMount).host_path === "string" &&
        isAbsolute((mount as MediaMount).host_path) &&
        normalize((mount as MediaMount).host_path) === (mount as MediaMount).host_path &&
        (mount as MediaMount).host_path !== "/",
    )
  );
}
