/**
 * The off-site step every verified local backup goes through (manual, schedule, deploy,
 * pre-restore). Statically imported by takeBackup, so it stays light: the SDK and age are
 * loaded only when offsite-url is set.
 */
import type { Context } from "../../context.js";
import type { BackupRecord, OffsiteCopy } from "../id.js";
import { UserError } from "../../errors.js";
import { backupPaths, readOffsiteCopy } from "../store.js";
import { offsiteEnabled, offsiteRequired } from "./state.js";
import type { OffsiteLockWait } from "./push.js";

/** What one off-site push did (pegasus:offsite-push --format json prints it). */
export interface PushResult {
  /** Copies made by this push, newest first. */
  uploaded: { id: string; copy: OffsiteCopy }[];
  /** Bucket copies removed by offsite-keep. */
  pruned: string[];
  /** Incomplete copies removed: objects of a backup id with no manifest or no dump. */
  incompleteRemoved: string[];
}

/**
 * The local backup is good, its off-site copy is not: the backup command still prints the
 * record and exits non-zero; the deploy gate goes on unless offsite-required is true.
 */
export class OffsiteFailure extends UserError {
  constructor(
    readonly record: BackupRecord,
    reason: string,
    next = `The next backup uploads it, or now: dokku pegasus:offsite-push ${record.app}`,
  ) {
    super(`Backup ${record.id} is verified and kept on this server, but its off-site copy failed: ${reason}\n${next}`);
    this.name = "OffsiteFailure";
  }
}

/**
 * Local backups whose files changed on this server's disk after they were verified: not copied
 * (a disaster recovery must not rely on them), while every other backup of the push was.
 */
export class LocalBackupChanged extends UserError {
  constructor(
    readonly ids: readonly string[],
    details: readonly string[],
    app: string,
    dir: string,
    /** What the push did with the other backups. */
    readonly pushed: PushResult,
  ) {
    super(
      `${details.join("; ")}. ${ids.length === 1 ? "That backup was" : "Those backups were"} not copied off-site (the others were) and would be refused by a restore too. ` +
        `Remove ${ids.map((id) => `${id}.*`).join(" ")} from ${dir} by hand (local retention, backup-keep, removes one in time only while its files are still their manifest's size); ` +
        `until then every push of ${app} names ${ids.length === 1 ? "it" : "them"} and exits 1`,
    );
    this.name = "LocalBackupChanged";
  }
}

/**
 * Uploads the new backup and every earlier one not yet off-site when offsite-url is set.
 * Returns the record with its `offsite` copy (null when off-site copies are off); throws
 * OffsiteFailure, carrying the good local record, when the upload fails.
 */
export async function copyOffsite(app: string, record: BackupRecord, context: Context, wait: OffsiteLockWait = {}): Promise<BackupRecord> {
  if (!(await offsiteEnabled(context, app))) {
    // "Required" with nowhere to copy to is a copy that failed, not one that is off: the deploy
    // gate must stop rather than run migrations with every copy on this one disk.
    if (await offsiteRequired(context, app)) {
      throw new OffsiteFailure(
        { ...record, offsite: null },
        `offsite-required is true for ${app}, and no offsite-url is set for it or --global`,
        `Set one (dokku pegasus:set ${app} offsite-url s3://<bucket>/<prefix>), or stop requiring copies: dokku pegasus:set ${app} offsite-required false`,
      );
    }
    return { ...record, offsite: null };
  }
  try {
    const { pushPending } = await import("./push.js");
    // Only a required copy is worth waiting for; otherwise the failure is a warning, and the next
    // backup or push uploads this one (a running upload copies only what it listed when it began).
    await pushPending(app, context, wait.waitMs && (await offsiteRequired(context, app)) ? wait : {});
  } catch (error) {
    if (error instanceof LocalBackupChanged) {
      // This very backup changed since it was verified: it is no backup at all, not one that is
      // "kept here" with a failed copy (an OffsiteFailure lets a deploy's migrations go on).
      if (error.ids.includes(record.id)) {
        throw new UserError(`Backup ${record.id} changed on this disk after it was verified: a restore would refuse it, so it protects nothing. ${error.message}`);
      }
      // An older backup the disk changed is that backup's problem: this one went off-site.
      context.log.warn(error.message);
      return copiedOrFailed(app, record, context);
    }
    throw new OffsiteFailure({ ...record, offsite: null }, error instanceof Error ? error.message : String(error));
  }
  return copiedOrFailed(app, record, context);
}

/**
 * The record with the copy the push made of it. A push that went well can still have left this
 * backup out: offsite-keep keeps the newest by time, and a clock that went back makes the new
 * backup older than those already in the bucket. Then it is not off-site, and `offsite-required`
 * must see that.
 */
async function copiedOrFailed(app: string, record: BackupRecord, context: Context): Promise<BackupRecord> {
  const offsite = await readOffsiteCopy(backupPaths(context.paths.dataDir, app), record.id);
  if (offsite) return { ...record, offsite };
  throw new OffsiteFailure(
    { ...record, offsite: null },
    `offsite-keep left it out: the bucket holds as many copies newer than ${record.created_at} as it may keep (has this server's clock gone back?)`,
  );
}
