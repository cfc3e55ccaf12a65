import { expectPositionals } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import { validateSchedule } from "../backup/schedule.js";
import type { Subcommand } from "../core/command.js";
import { verifyAppExists } from "../dokku/apps.js";
import { rewriteCrontab } from "../dokku/cron.js";
import { PropertyStore } from "../io/properties.js";
import { SCHEDULE_PROPERTY, scheduleLogFile } from "../backup/schedule.js";

const USAGE = '<app> "<cron schedule>"';

export const backupSchedule: Subcommand = {
  name: "backup-schedule",
  args: USAGE,
  // Quoted or not: `pegasus:backup-schedule app 0 3 * * *` is five words.
  arguments: ["<app>", "<schedule...>"],
  summary: "Back up the app's database on a cron schedule (run by the dokku user's crontab)",
  options: {},
  notes: [
    'Five cron fields in the server\'s time zone, e.g. "0 3 * * *" for 03:00 daily. Each run is',
    "pegasus:backup-deploy <app> --reason schedule; its output goes to $DOKKU_LOGS_DIR/pegasus.log",
    "and pegasus:report shows the last result.",
  ],
  async run({ positionals }, context) {
    // Accept the five fields unquoted too: `ssh dokku@host pegasus:backup-schedule app 0 3 * * *`.
    expectPositionals("pegasus:backup-schedule", USAGE, positionals, 2, 6);
    const app = verifyAppName(positionals[0]);
    const schedule = await validateSchedule(positionals.slice(1).join(" "), context.now());
    verifyAppExists(context.paths, app);
    const store = new PropertyStore(context.paths.propertiesDir);
    const previous = await store.get(app, SCHEDULE_PROPERTY);
    await store.set(app, SCHEDULE_PROPERTY, schedule.expression);
    await rewriteCrontab(context.dokku);
    context.log.info2(
      previous && previous !== schedule.expression
        ? `Backup schedule of ${app} changed from "${previous}" to "${schedule.expression}"`
        : `Backup schedule of ${app}: "${schedule.expression}"`,
    );
    context.log.verbose(`Next run: ${schedule.next.toISOString()}`);
    context.log.verbose(`Log: ${scheduleLogFile(context.env)}`);
  },
};
