import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Context } from "../context.js";
import type { Trigger } from "../core/command.js";
import { isValidAppName } from "../core/app-name.js";
import { cronEntryLine, validateSchedule } from "../backup/schedule.js";
import { GLOBAL, isMissing, PropertyStore, unreadableState } from "../io/properties.js";
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
      const dir = context.paths.propertiesDir;
      throw unreadableState(dir, error, "the pegasus properties", `Check its owner and mode: \`ls -ld ${dir}\``);
    }
    const logFile = scheduleLogFile(context.env);
    const lines: string[] = [];
    for (const app of apps.sort()) {
      if (app === GLOBAL || app.startsWith(".") || !isValidAppName(app)) continue;
      // One app's broken schedule is that app's warning: every other app keeps its backups.
      try {
        const line = await entryOf(app, store, context, logFile);
        if (line) lines.push(line);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        context.log.warn(
          `pegasus: skipping the backup schedule of ${app}: ${why}. Set it again with \`dokku pegasus:backup-schedule ${app} CRON\``,
        );
      }
    }
    if (lines.length > 0) context.stdout.write(`${lines.join("\n")}\n`);
  },
};

async function entryOf(app: string, store: PropertyStore, context: Context, logFile: string): Promise<string | undefined> {
  const schedule = await store.get(app, SCHEDULE_PROPERTY);
  if (!schedule) return undefined;
  // apps:destroy: Dokku's cron plugin rewrites the crontab in its own post-delete, which
  // runs before ours removes the schedule; the app's directory is already gone by then.
  if (!(await isDirectory(join(context.paths.dokkuRoot, app)))) return undefined;
  return cronEntryLine((await validateSchedule(schedule, context.now())).expression, app, logFile);
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch (error) {
    if (isMissing(error) || (error as NodeJS.ErrnoException).code === "ENOTDIR") return false;
    throw error;
  }
}
