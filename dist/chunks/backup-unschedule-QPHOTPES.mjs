import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  rewriteCrontab
} from "./chunk-A4ZYD3TO.mjs";
import {
  SCHEDULE_PROPERTY
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

// src/subcommands/backup-unschedule.ts
var USAGE = "<app>";
var backupUnschedule = {
  name: "backup-unschedule",
  args: USAGE,
  summary: "Stop the app's scheduled backups (its backups are kept)",
  options: {},
  async run({ positionals }, context) {
    expectPositionals("pegasus:backup-unschedule", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    await verifyAppExists(context.dokku, app);
    const store = new PropertyStore(context.paths.propertiesDir);
    if (await store.get(app, SCHEDULE_PROPERTY) === void 0) {
      context.log.info2(`${app} has no backup schedule`);
      return;
    }
    await store.delete(app, SCHEDULE_PROPERTY);
    await rewriteCrontab(context.dokku);
    context.log.info2(`Removed the backup schedule of ${app}; its backups are kept`);
  }
};
export {
  backupUnschedule
};
