import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Trigger } from "../core/command.js";
import { isValidAppName } from "../core/app-name.js";
import { cronEntryLine, validateSchedule } from "../core/backup-schedule.js";
import { GLOBAL, isMissing, PropertyStore } from "../io/properties.js";
import { SCHEDULE_PROPERTY, scheduleLogFile } from "../backup/schedule.js";

/**
 * `cron-entries <scheduler> [json]`: Dokku's cron plugin asks every plugin for tasks when it
 * rewrites the dokku user's crontab and writes each `<schedule>;<command>;<log file>` line as
 * `<schedule> <command> &>> <log file>`. It asks once per scheduler that uses the host
 * crontab, so we answer for docker-local (or no scheduler) only, lest a task run twice. One
 * bad line makes Dokku refuse every task, so only schedules that validate are printed.
 */
export const cronEntries: Trigger = {
  name: "cron-entries",
  async run([scheduler], context) {
    if (scheduler && scheduler !== "docker-local") return;
    const store = new PropertyStore(context.paths.propertiesDir);
    let apps: string[];
    try {
      apps = await readdir(context.paths.propertiesDir);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    const logFile = scheduleLogFile(context.env);
    const lines: string[] = [];
    for (const app of apps.sort()) {
      if (app === GLOBAL || app.startsWith(".") || !isValidAppName(app)) continue;
      const schedule = await store.get(app, SCHEDULE_PROPERTY);
      if (!schedule) continue;
      // apps:destroy: Dokku's cron plugin rewrites the crontab in its own post-delete, which
      // runs before ours removes the schedule; the app's directory is already gone by then.
      if (!(await isDirectory(path.join(context.paths.dokkuRoot, app)))) continue;
      try {
        lines.push(cronEntryLine((await validateSchedule(schedule, context.now())).expression, app, logFile));
      } catch {
        context.log.warn(`pegasus: skipping the invalid backup schedule of ${app}; set it again with pegasus:backup-schedule`);
      }
    }
    if (lines.length > 0) context.stdout.write(`${lines.join("\n")}\n`);
  },
};

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch (error) {
    if (isMissing(error) || (error as NodeJS.ErrnoException).code === "ENOTDIR") return false;
    throw error;
  }
}
