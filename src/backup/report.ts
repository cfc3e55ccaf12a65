import type { Context } from "../context.js";
import { shortRev } from "./id.js";
import { PropertyStore } from "../io/properties.js";
import { SCHEDULE_PROPERTY } from "./schedule.js";
import type { BackupRecord } from "./id.js";
import { inspectLockFile } from "../io/lock-file.js";
import { foreignHostAdvice, formatWait } from "./lock.js";
import { backupPaths, findLeftovers, listBackups, readLastScheduled, type BackupPaths } from "./store.js";
import { offsiteReportFields } from "./offsite/state.js";

/**
 * The backup lines of `pegasus:report <app>` (keys as report flags, without `--pegasus-`):
 * the schedule, the last scheduled run's result, and the newest backup.
 */
export async function backupReportFields(
  app: string,
  context: Context,
  listed?: readonly BackupRecord[],
): Promise<Record<string, string>> {
  const paths = backupPaths(context.paths.dataDir, app);
  const schedule = await new PropertyStore(context.paths.propertiesDir).get(app, SCHEDULE_PROPERTY);
  const last = await readLastScheduled(paths);
  const records = listed ?? (await listBackups(paths));
  const newest = records[0];
  let lastScheduled = "";
  if (last?.status === "ok") lastScheduled = `ok ${last.at} ${last.id ?? ""}`.trim();
  else if (last) lastScheduled = `failed ${last.at}: ${last.message ?? ""}`.trim();
  return {
    ...(await offsiteReportFields(app, context, records)),
    "backup-schedule": schedule ?? "",
    "backup-last-scheduled": lastScheduled,
    "backup-count": String(records.length),
    "backup-latest": newest ? `${newest.id} (${newest.reason}, commit ${shortRev(newest.git_rev)})` : "",
  };
}

/**
 * What `pegasus:backups` warns about besides the backups: the lock (a running backup, or one
 * left by a process that is gone) and the files of ours that no backup lists, each with the
 * command that removes it.
 */
export async function leftoverNotes(app: string, paths: BackupPaths, listed: readonly BackupRecord[]): Promise<string[]> {
  // Ages compare with file times, so they use the real clock.
  const now = new Date();
  const notes: string[] = [];
  const stale: string[] = [];
  let lock: Awaited<ReturnType<typeof inspectLockFile>>;
  for (const [file, kind] of [[paths.lock, "backup"], [paths.offsiteLock, "off-site upload"]] as const) {
    const seen = await inspectLockFile(file, now);
    if (file === paths.lock) lock = seen;
    if (!seen) continue;
    const age = formatWait(Math.max(0, now.getTime() - seen.mtimeMs));
    const who = seen.holder
      ? `pid ${seen.holder.pid} on ${seen.holder.hostname}, taken ${seen.holder.started_at}, ${age} ago`
      : `unreadable, ${age} old`;
    if (seen.verdict.live) {
      notes.push(`A${kind === "backup" ? "" : "n"} ${kind} of ${app} is running: its lock ${file} is held (${who})${foreignHostAdvice(seen.holder, file)}`);
    } else stale.push(`${file}: a${kind === "backup" ? "" : "n"} ${kind} lock (${who}); ${seen.verdict.why}`);
  }
  const leftovers = await findLeftovers(paths, listed, { backupRunning: lock?.verdict.live ?? false });
  stale.push(...leftovers.filter((leftover) => leftover.removable).map((leftover) => `${leftover.file}: ${leftover.why}`));
  if (stale.length > 0) {
    notes.push(
      `Left by interrupted runs, in no list of backups:`,
      ...stale.map((line) => `  ${line}`),
      `The next backup removes ${stale.length === 1 ? "it" : "them"} first: dokku pegasus:backup-deploy ${app} ` +
        `(or delete by hand: rm ${stale.length === 1 ? "FILE" : "FILE..."})`,
    );
  }
  const unlisted = leftovers.filter((leftover) => !leftover.removable);
  if (unlisted.length > 0) {
    notes.push(
      `Not listed, and kept for you to check:`,
      ...unlisted.map((leftover) => `  ${leftover.file}: ${leftover.why}`),
      `Remove ${unlisted.length === 1 ? "it" : "them"} with: rm ${unlisted.map((leftover) => leftover.file).join(" ")}`,
    );
  }
  return notes;
}
