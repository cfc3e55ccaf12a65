import { booleanOption, expectPositionals, FORMAT_OPTION, formatOption, stringOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import { describeBackup, restoreSteps } from "../core/restore-plan.js";
import { verifyAppExists } from "../dokku/apps.js";
import { isDeployed } from "../dokku/ps.js";
import { checkBackupFile, findBackup, restoreBackup } from "../deploy/restore.js";

const USAGE = "<app> <backup-id>";

export const restore: Subcommand = {
  name: "restore",
  args: USAGE,
  summary: "Restore a verified backup into the app's database (prints the plan unless --force)",
  options: {
    force: { type: "boolean", description: "do it: without it the plan is printed and nothing changes" },
    offsite: { type: "boolean", description: "fetch the backup from the offsite-url bucket first (disaster recovery)" },
    identity: { type: "string", value: "-", description: "with --offsite: the age identity, read from stdin (never stored)" },
    ...FORMAT_OPTION,
  },
  notes: [
    "--offsite --identity - < key.txt: downloads <id> from the bucket, decrypts it with the identity on",
    "stdin (kept in memory only), checks it as below and keeps it here as a verified backup.",
    "Checks the dump's size, sha256 and archive structure first, then backs up the current database",
    "(reason pre-restore), stops the app, imports with postgres:import and starts the app again.",
    "postgres:import drops and re-creates the objects the backup holds; tables created since are kept.",
    "If the import fails the app stays stopped and the error names the safety backup to restore.",
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:restore", USAGE, positionals, 2, 2);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const { log } = context;
    await verifyAppExists(context.dokku, app);
    if (booleanOption(options, "offsite") || stringOption(options, "identity") !== undefined) {
      // Off-site: the copy becomes a verified local backup first; the restore below is the local one.
      await (await import("../backup/offsite/recover.js")).fetchForRestore(app, positionals[1]!, options, context);
    }
    const record = await findBackup(app, positionals[1]!, context);
    await checkBackupFile(app, record, context);
    const deployed = await isDeployed(context.dokku, app);
    const steps = restoreSteps({ app, record, deployed });

    if (!booleanOption(options, "force")) {
      log.info2(`Restore of ${app} from ${record.id}: nothing changed (no --force)`);
      log.verbose(`Backup ${describeBackup(record)}`);
      log.verbose("Would:");
      steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
      log.info1(`Re-run with --force to restore: dokku pegasus:restore ${app} ${record.id} --force`);
      if (format === "json") {
        context.stdout.write(`${JSON.stringify({ app, backup_id: record.id, service: record.service, forced: false, steps })}\n`);
      }
      return;
    }

    const began = Date.now();
    log.info2(`Restoring ${app} from ${record.id}`);
    log.verbose(`Backup ${describeBackup(record)}`);
    const outcome = await restoreBackup(app, record, context, { start: true, deployed });
    log.info1(`Restored ${record.service} from ${record.id}`);
    log.verbose(`To undo: dokku pegasus:restore ${app} ${outcome.safetyBackupId} --force`);
    if (format === "json") {
      context.stdout.write(
        `${JSON.stringify({
          app,
          backup_id: record.id,
          service: record.service,
          forced: true,
          safety_backup_id: outcome.safetyBackupId,
          stopped: outcome.stopped,
          started: outcome.started,
          duration_ms: Date.now() - began,
        })}\n`,
      );
    }
  },
};
