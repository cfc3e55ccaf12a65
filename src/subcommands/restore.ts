import { booleanOption, expectPositionals, FORMAT_OPTION, formatOption, stringOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import { describeBackup, restoreSteps } from "../backup/restore-plan.js";
import { verifyAppExists } from "../dokku/apps.js";
import { intoServiceFlag, intoServiceOption, planOnly, prepareRestore, refuseBeforeDownload, RESTORE_OPTIONS, restoreBackup } from "../backup/restore.js";
import { checkMediaBackup, mediaTargets } from "../backup/media/restore.js";
import type { BackupRecord } from "../backup/id.js";
import { restoreTarget } from "../backup/service.js";
import type { Context } from "../context.js";
import { exportConfig } from "../dokku/config.js";

const USAGE = "<app> <backup-id>";

export const restore: Subcommand = {
  name: "restore",
  args: USAGE,
  summary: "Restore a verified backup into the app's database (prints the plan unless --force)",
  options: {
    ...RESTORE_OPTIONS,
    media: { type: "boolean", description: "also restore the backup's media archive into the app's storage directories" },
    offsite: { type: "boolean", description: "fetch the backup from the offsite-url bucket first (disaster recovery)" },
    identity: { type: "string", value: "-", description: "with --offsite: the age identity, read from stdin (never stored)" },
    ...FORMAT_OPTION,
  },
  notes: [
    "--offsite --identity - < key.txt: downloads <id> from the bucket, decrypts it with the identity on",
    "stdin (kept in memory only), checks it as below and keeps it here as a verified backup; without",
    "--force it downloads nothing and says what it would fetch.",
    "Writes only into the Postgres service the app uses now (the one its DATABASE_URL points at, else",
    "postgres-service); refuses when that is not the service the backup was taken of, or when other apps",
    "use it too (a clone), unless --into-service names it explicitly; refuses while a deploy holds the app's lock.",
    "Checks the manifest's seal and the dump's size, sha256 and archive structure first, then stops the app,",
    "backs up the current database (reason pre-restore), imports with postgres:import and starts the app again.",
    "A restore killed midway is named by pegasus:backups; the next restore replaces it and starts the app.",
    "postgres:import drops and re-creates the objects the backup holds; tables created since are kept.",
    "If the import fails the app stays stopped and the error names the safety backup to restore.",
    "An app stopped with ps:stop is left stopped.",
    "--media also checks the media archive, unpacks it beside each storage directory, and swaps it in",
    "after the import; the safety backup then holds the media too. Until the swap the old media stays.",
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:restore", USAGE, positionals, 2, 2);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const { log } = context;
    const dryRun = planOnly("pegasus:restore", options);
    verifyAppExists(context.paths, app);
    if (booleanOption(options, "offsite") || stringOption(options, "identity") !== undefined) {
      // Off-site: the copy becomes a verified local backup first; the restore below is the local one.
      const recover = await import("../backup/offsite/recover.js");
      // The restore's refusals come before the download (one made after it would leave the copy
      // here), and a plan without --force makes them too: it must not promise what --force refuses.
      const fetched = await recover.planFetchForRestore(app, positionals[1]!, options, context);
      if (fetched) {
        if (booleanOption(options, "media")) await mediaTargets(app, fetched.record, context);
        await refuseBeforeDownload(app, fetched.record, intoServiceOption(options), context);
        // A plan changes nothing here: without a sound copy here, it says what would be fetched.
        if (dryRun) return planOffsiteRestore(app, fetched, intoServiceOption(options), booleanOption(options, "media"), format, context);
      }
      if (!dryRun) await recover.fetchForRestore(app, positionals[1]!, options, context);
    }
    const { record, situation } = await prepareRestore(app, positionals[1]!, intoServiceOption(options), context);
    const { target } = situation;
    const media = booleanOption(options, "media") ? await checkMediaBackup(app, record, context) : undefined;
    const mediaFlag = media ? " --media" : "";
    const steps = restoreSteps({
      app,
      record,
      ...situation,
      ...(media ? { media: media.map((target) => ({ container_path: target.mount.container_path, live: target.live })) } : {}),
    });

    if (dryRun) {
      return printPlan(context, format, {
        heading: `Restore of ${app} from ${record.id} into ${target.service}: nothing changed (${booleanOption(options, "dry-run") ? "--dry-run" : "no --force"})`,
        backup: `Backup ${describeBackup(record)}`,
        steps,
        rerun: `dokku pegasus:restore ${app} ${record.id} --force${intoServiceFlag(situation)}${mediaFlag}`,
        json: { app, backup_id: record.id, service: target.service, backup_service: record.service, forced: false, media: media !== undefined, steps },
      });
    }

    const began = Date.now();
    log.info2(`Restoring ${app} from ${record.id} into ${target.service}`);
    log.verbose(`Backup ${describeBackup(record)}`);
    steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
    const outcome = await restoreBackup(app, record, context, { start: true, situation, ...(media ? { media } : {}) });
    log.info1(`Restored ${target.service}${media ? " and the media" : ""} from ${record.id}`);
    log.verbose(`To undo: dokku pegasus:restore ${app} ${outcome.safetyBackupId} --force${intoServiceFlag(situation)}${mediaFlag}`);
    if (format === "json") {
      context.stdout.write(
        `${JSON.stringify({
          app,
          backup_id: record.id,
          service: target.service,
          backup_service: record.service,
          forced: true,
          media: media !== undefined,
          safety_backup_id: outcome.safetyBackupId,
          stopped: outcome.stopped,
          started: outcome.started,
          left_stopped: outcome.leftStopped,
          duration_ms: Date.now() - began,
        })}\n`,
      );
    }
  },
};

/**
 * The plan of `restore --offsite` when the copy must come from the bucket: what would be
 * downloaded, and where it would go, from the bucket's manifest alone. The service is chosen as
 * the restore will choose it (its refusals come now); the copy's bytes are checked only once it
 * is here, which only --force does.
 */
async function planOffsiteRestore(
  app: string,
  fetched: { record: BackupRecord; manifestUrl: string; damagedHere: string[] },
  intoService: string | undefined,
  media: boolean,
  format: string,
  context: Context,
): Promise<void> {
  const { record } = fetched;
  const target = await restoreTarget(app, record, intoService, await exportConfig(context.dokku, app), context);
  const here = fetched.damagedHere.length > 0 ? `, replacing the ${fetched.damagedHere.join(" and ")} here, which fail${fetched.damagedHere.length === 1 ? "s" : ""} their checks` : "";
  const steps = [
    `download backup ${record.id} (manifest ${fetched.manifestUrl}), decrypt it with the identity on stdin, check its sha256 and archive${record.media && media ? " and its media archive" : ""}, and keep it here as a verified backup${here}`,
    `restore it as \`dokku pegasus:restore ${app} ${record.id} --force\` does: check it again, stop ${app}, back up ${target.service}, import into ${target.service}, start ${app}`,
  ];
  printPlan(context, format, {
    heading: `Restore of ${app} from the off-site copy ${record.id} into ${target.service}: nothing changed, nothing downloaded (no --force)`,
    backup: `Backup ${record.id}: taken ${record.created_at} (${record.reason}), service ${record.service}, as the bucket's manifest says`,
    steps,
    rerun: `dokku pegasus:restore ${app} ${record.id} --offsite --identity - --force${intoServiceFlag({ target })}${media ? " --media" : ""} < key.txt`,
    json: { app, backup_id: record.id, service: target.service, backup_service: record.service, forced: false, media, offsite: true, downloaded: false, steps },
  });
}

/** A plan as restore prints it without --force: the heading, the backup, the steps, the command to run it. */
function printPlan(
  context: Context,
  format: string,
  plan: { heading: string; backup: string; steps: readonly string[]; rerun: string; json: Record<string, unknown> },
): void {
  const { log } = context;
  log.info2(plan.heading);
  log.verbose(plan.backup);
  log.verbose("Would:");
  plan.steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
  log.info1(`Re-run with --force to restore: ${plan.rerun}`);
  if (format === "json") context.stdout.write(`${JSON.stringify(plan.json)}\n`);
}
