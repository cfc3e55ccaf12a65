import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/schedule.ts
import path from "node:path";
var FIELD = /^[0-9A-Za-z*,/-]+$/;
async function validateSchedule(input, from) {
  const fields = input.trim().split(/\s+/).filter(Boolean);
  const example = 'e.g. "0 3 * * *" for 03:00 every day';
  if (fields.length !== 5) {
    throw new UserError(
      `A schedule has 5 fields (minute hour day-of-month month day-of-week), got ${fields.length} in ${JSON.stringify(input)}; ${example}`
    );
  }
  const bad = fields.find((field) => !FIELD.test(field) || /[LW#?]/.test(field.replace(/[A-Za-z]{3}/g, "")));
  if (bad !== void 0) {
    throw new UserError(
      `Invalid schedule field ${JSON.stringify(bad)}: use numbers, *, ranges (1-5), steps (*/15), lists (1,15) or names (MON, JAN); ${example}`
    );
  }
  const expression = fields.join(" ");
  const { Cron } = await import("./croner-2WKPYM5T.mjs");
  let next;
  try {
    next = new Cron(expression, { mode: "5-part", domAndDow: false }).nextRun(from);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^CronPattern: /, "");
    throw new UserError(`Invalid schedule ${JSON.stringify(expression)}: ${reason}; ${example}`);
  }
  if (!next) throw new UserError(`Invalid schedule ${JSON.stringify(expression)}: it never runs (no such date); ${example}`);
  return { expression, next };
}
function cronEntryLine(schedule, app, logFile) {
  return `${schedule};dokku pegasus:backup-deploy ${app} --reason schedule;${logFile}`;
}
var SCHEDULE_PROPERTY = "backup-schedule";
function scheduleLogFile(env) {
  return path.join(env.DOKKU_LOGS_DIR || "/var/log/dokku", "pegasus.log");
}

export {
  validateSchedule,
  cronEntryLine,
  SCHEDULE_PROPERTY,
  scheduleLogFile
};
