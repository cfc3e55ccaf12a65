import path from "node:path";

export const SCHEDULE_PROPERTY = "backup-schedule";

/** Where cron appends each scheduled run's output (`&>>`), beside Dokku's own logs. */
export function scheduleLogFile(env: Record<string, string | undefined>): string {
  return path.join(env.DOKKU_LOGS_DIR || "/var/log/dokku", "pegasus.log");
}
