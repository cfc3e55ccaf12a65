import { expectPositionals } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import { verifyAppExists } from "../dokku/apps.js";
import { rewriteCrontab } from "../dokku/cron.js";
import { PropertyStore } from "../io/properties.js";
import { SCHEDULE_PROPERTY } from "../backup/schedule.js";

const USAGE = "<app>";

export const backupUnschedule: Subcommand = {
  name: "backup-unschedule",
  args: USAGE,
  summary: "Stop the app's scheduled backups (its backups are kept)",
  options: {},
  async run({ positionals }, context) {
    expectPositionals("pegasus:backup-unschedule", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    verifyAppExists(context.paths, app);
    const store = new PropertyStore(context.paths.propertiesDir);
    if ((await store.get(app, SCHEDULE_PROPERTY)) === undefined) {
      context.log.info2(`${app} has no backup schedule`);
      return;
    }
    await store.delete(app, SCHEDULE_PROPERTY);
    await rewriteCrontab(context.dokku);
    context.log.info2(`Removed the backup schedule of ${app}; its backups are kept`);
  },
};
