import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  rewriteCrontab
} from "./chunk-A4ZYD3TO.mjs";
import {
  SCHEDULE_PROPERTY,
  scheduleLogFile,
  validateSchedule
} from "./chunk-XCJXAVB4.mjs";
import {
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  PropertyStore
} from "./chunk-IQVX3673.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  expectPositionals
} from "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/backup-schedule.ts
var USAGE = '<app> "<cron schedule>"';
var backupSchedule = {
  name: "backup-schedule",
  args: USAGE,
  // Quoted or not: `pegasus:backup-schedule app 0 3 * * *` is five words.
  arguments: ["<app>", "<schedule...>"],
  summary: "Back up the app's database on a cron schedule (run by the dokku user's crontab)",
  options: {},
  notes: [
    `Five cron fields in the server's time zone, e.g. "0 3 * * *" for 03:00 daily. Each run is`,
    "pegasus:backup-deploy <app> --reason schedule; its output goes to $DOKKU_LOGS_DIR/pegasus.log",
    "and pegasus:report shows the last result."
  ],
  async run({ positionals }, context) {
    expectPositionals("pegasus:backup-schedule", USAGE, positionals, 2, 6);
    const app = verifyAppName(positionals[0]);
    const schedule = await validateSchedule(positionals.slice(1).join(" "), context.now());
    await verifyAppExists(context.dokku, app);
    const store = new PropertyStore(context.paths.propertiesDir);
    const previous = await store.get(app, SCHEDULE_PROPERTY);
    await store.set(app, SCHEDULE_PROPERTY, schedule.expression);
    await rewriteCrontab(context.dokku);
    context.log.info2(
      previous && previous !== schedule.expression ? `Backup schedule of ${app} changed from "${previous}" to "${schedule.expression}"` : `Backup schedule of ${app}: "${schedule.expression}"`
    );
    context.log.verbose(`Next run: ${schedule.next.toISOString()}`);
    context.log.verbose(`Log: ${scheduleLogFile(context.env)}`);
  }
};
export {
  backupSchedule
};
