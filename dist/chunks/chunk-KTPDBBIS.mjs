import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/backup/schedule.ts
import path from "node:path";
var SCHEDULE_PROPERTY = "backup-schedule";
function scheduleLogFile(env) {
  return path.join(env.DOKKU_LOGS_DIR || "/var/log/dokku", "pegasus.log");
}

export {
  SCHEDULE_PROPERTY,
  scheduleLogFile
};
