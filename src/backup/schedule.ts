import { join } from "node:path";
import { UserError } from "../errors.js";

/**
 * Backup schedules are lines in the dokku user's crontab, written by Dokku's cron plugin from
 * our `cron-entries` output (`<schedule>;<command>;<log file>`). So a schedule must be
 * something the host's cron understands, with no `;` or newline to break that line.
 */

// Vixie/cronie cron (Debian, Ubuntu) knows numbers, ranges, steps, lists and month/day names;
// not the cron library's extras (L, W, #, ?, a seconds field), which cron would reject or misread.
const FIELD = /^[0-9A-Za-z*,/-]+$/;

export interface ValidSchedule {
  expression: string;
  /** The next run after `from` in the server's time zone (as cron runs it), for the confirmation message. */
  next: Date;
}

/**
 * Checks a schedule as the host's cron reads it. Async because the cron library is loaded only
 * here (`await import`): no other command or trigger pays for it.
 */
export async function validateSchedule(input: string, from: Date): Promise<ValidSchedule> {
  const fields = input.trim().split(/\s+/).filter(Boolean);
  const example = 'e.g. "0 3 * * *" for 03:00 every day';
  if (fields.length !== 5) {
    throw new UserError(
      `A schedule has 5 fields (minute hour day-of-month month day-of-week), got ${fields.length} in ${JSON.stringify(input)}; ${example}`,
    );
  }
  const bad = fields.find((field) => !FIELD.test(field) || /[LW#?]/.test(field.replace(/[A-Za-z]{3}/g, "")));
  if (bad !== undefined) {
    throw new UserError(
      `Invalid schedule field ${JSON.stringify(bad)}: use numbers, *, ranges (1-5), steps (*/15), lists (1,15) or names (MON, JAN); ${example}`,
    );
  }
  const expression = fields.join(" ");
  // croner: zero dependencies and 5-field mode; cron-parser pulled in luxon (256 KB) for this.
  const { Cron } = await import("croner");
  let next: Date | null;
  try {
    // OR of day-of-month and day-of-week when both are restricted, as Vixie cron does.
    next = new Cron(expression, { mode: "5-part", domAndDow: false }).nextRun(from);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^CronPattern: /, "");
    throw new UserError(`Invalid schedule ${JSON.stringify(expression)}: ${reason}; ${example}`);
  }
  if (!next) throw new UserError(`Invalid schedule ${JSON.stringify(expression)}: it never runs (no such date); ${example}`);
  return { expression, next };
}

/** The line Dokku's cron plugin turns into `<schedule> <command> &>> <log file>`. */
export function cronEntryLine(schedule: string, app: string, logFile: string): string {
  return `${schedule};dokku pegasus:backup-deploy ${app} --reason schedule;${logFile}`;
}

export const SCHEDULE_PROPERTY = "backup-schedule";

/** Where cron appends each scheduled run's output (`&>>`), beside Dokku's own logs. */
export function scheduleLogFile(env: Record<string, string | undefined>): string {
  return join(env.DOKKU_LOGS_DIR || "/var/log/dokku", "pegasus.log");
}
