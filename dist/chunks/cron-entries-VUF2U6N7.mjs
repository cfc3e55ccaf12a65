import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cronEntryLine,
  validateSchedule
} from "./chunk-Y7ULTTVR.mjs";
import {
  SCHEDULE_PROPERTY,
  scheduleLogFile
} from "./chunk-KTPDBBIS.mjs";
import {
  GLOBAL,
  PropertyStore,
  isMissing
} from "./chunk-BG523PJ5.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-5QU4PDJH.mjs";

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
      throw error;
    }
    const logFile = scheduleLogFile(context.env);
    const lines = [];
    for (const app of apps.sort()) {
      if (app === GLOBAL || app.startsWith(".") || !isValidAppName(app)) continue;
      const schedule = await store.get(app, SCHEDULE_PROPERTY);
      if (!schedule) continue;
      if (!await isDirectory(path.join(context.paths.dokkuRoot, app))) continue;
      try {
        lines.push(cronEntryLine((await validateSchedule(schedule, context.now())).expression, app, logFile));
      } catch {
        context.log.warn(`pegasus: skipping the invalid backup schedule of ${app}; set it again with pegasus:backup-schedule`);
      }
    }
    if (lines.length > 0) context.stdout.write(`${lines.join("\n")}
`);
  }
};
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
