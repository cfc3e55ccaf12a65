import type { Context } from "../context.js";
import { shortRev } from "../core/backup-id.js";
import { PropertyStore } from "../io/properties.js";
import { SCHEDULE_PROPERTY } from "./schedule.js";
import type { BackupRecord } from "../core/backup-id.js";
import { backupPaths, listBackups, readLastScheduled } from "./store.js";
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
