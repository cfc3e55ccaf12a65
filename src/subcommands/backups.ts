import { expectPositionals, FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import { renderBackupTable } from "../core/backup-id.js";
import type { Subcommand } from "../core/command.js";
import { verifyAppExists } from "../dokku/apps-exist.js";
import { backupPaths, listBackups } from "../backup/store.js";

const USAGE = "<app>";

export const backups: Subcommand = {
  name: "backups",
  args: USAGE,
  summary: "List the app's verified backups newest first",
  options: { ...FORMAT_OPTION },
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:backups", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    await verifyAppExists(context.dokku, app);
    const records = await listBackups(backupPaths(context.paths.dataDir, app));
    if (format === "json") {
      context.stdout.write(`${JSON.stringify(records)}\n`);
      return;
    }
    context.log.info2(`${app} backups`);
    if (records.length === 0) {
      context.log.verbose(`None yet. Take one with: dokku pegasus:backup-deploy ${app}`);
      return;
    }
    for (const line of renderBackupTable(records)) context.log.verbose(line);
  },
};
