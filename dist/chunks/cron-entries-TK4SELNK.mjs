import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SCHEDULE_PROPERTY,
  cronEntryLine,
  scheduleLogFile,
  validateSchedule
} from "./chunk-XCJXAVB4.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  GLOBAL,
  PropertyStore,
  isMissing,
  unreadableState
} from "./chunk-IQVX3673.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/triggers/cron-entries.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
var cronEntries = {
  name: "cron-entries",
  async run([scheduler], context) {
    if (scheduler && scheduler !== "docker-local") return;
    const store = new PropertyStore(context.paths.propertiesDir);
    let apps;
    try {
      apps = await readdir(context.paths.propertiesDir);
    } catch (error) {
      if (isMissing(error)) return;
      const dir = context.paths.propertiesDir;
      throw unreadableState(dir, error, "the pegasus properties", `Check its owner and mode: \`ls -ld ${dir}\``);
    }
    const logFile = scheduleLogFile(context.env);
    const lines = [];
    for (const app of apps.sort()) {
      if (app === GLOBAL || app.startsWith(".") || !isValidAppName(app)) continue;
      try {
        const line = await entryOf(app, store, context, logFile);
        if (line) lines.push(line);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        context.log.warn(
          `pegasus: skipping the backup schedule of ${app}: ${why}. Set it again with \`dokku pegasus:backup-schedule ${app} CRON\``
        );
      }
    }
    if (lines.length > 0) context.stdout.write(`${lines.join("\n")}
`);
  }
};
async function entryOf(app, store, context, logFile) {
  const schedule = await store.get(app, SCHEDULE_PROPERTY);
  if (!schedule) return void 0;
  if (!await isDirectory(path.join(context.paths.dokkuRoot, app))) return void 0;
  return cronEntryLine((await validateSchedule(schedule, context.now())).expression, app, logFile);
}
async function isDirectory(dir) {
  try {
    return (await stat(dir)).isDirectory();
  } catch (error) {
    if (isMissing(error) || error.code === "ENOTDIR") return false;
    throw error;
  }
}
export {
  cronEntries
};
