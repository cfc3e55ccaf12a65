import { expectPositionals, FORMAT_OPTION, formatOption, stringOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { BackupReason } from "../backup/id.js";
import type { Subcommand } from "../core/command.js";
import { UserError } from "../errors.js";
import { takeBackup } from "../backup/take.js";
import { OffsiteFailure } from "../backup/offsite/after-backup.js";

const USAGE = "<app>";
const CLI_REASONS: readonly BackupReason[] = ["manual", "schedule"];

export const backupDeploy: Subcommand = {
  name: "backup-deploy",
  args: USAGE,
  summary: "Back up the app's Postgres database now: verified and tagged with the live commit",
  options: {
    reason: { type: "string", value: "manual|schedule", description: "why the backup is taken (default manual; cron passes schedule)" },
    ...FORMAT_OPTION,
  },
  notes: [
    "Written to $DOKKU_LIB_ROOT/data/pegasus/<app>/backups/<UTC time>-<commit>.dump with a .json manifest",
    "(size, sha256, commit); kept only once the archive is proven complete. backup-keep (default 10)",
    "prunes the oldest afterwards, never the newest nor the newest of each reason.",
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:backup-deploy", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const reason = (stringOption(options, "reason") ?? "manual") as BackupReason;
    if (!CLI_REASONS.includes(reason)) {
      throw new UserError(`--reason must be manual or schedule, got ${JSON.stringify(reason)}`);
    }
    // Cron's log file would fill with a line a second; people at a terminal want them.
    const progress = reason === "schedule" ? undefined : context.stderr;
    let record;
    try {
      record = await takeBackup(app, reason, context, { progress });
    } catch (error) {
      // The local backup is good: its record is still the data, and the exit code says the rest.
      if (error instanceof OffsiteFailure && format === "json") context.stdout.write(`${JSON.stringify(error.record)}\n`);
      throw error;
    }
    if (format === "json") context.stdout.write(`${JSON.stringify(record)}\n`);
  },
};
