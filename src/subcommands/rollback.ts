import { join } from "node:path";
import { booleanOption, expectPositionals, FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import { isRev, shortRev, type BackupRecord } from "../backup/id.js";
import type { Subcommand } from "../core/command.js";
import { describeBackup, restoreSteps } from "../backup/restore-plan.js";
import { verifyAppExists } from "../dokku/apps.js";
import { deployCommit } from "../dokku/deploy.js";
import { copySafetyOffsite, finishRestore, intoServiceFlag, intoServiceOption, planOnly, prepareRestore, RESTORE_OPTIONS, restoreBackup } from "../backup/restore.js";
import { UserError } from "../errors.js";
import { backupPaths } from "../backup/store.js";
import { clearRollbackMarker, writeRollbackMarker } from "../io/deploy-state.js";
import { resolveCommit } from "../io/git.js";

const USAGE = "<app> <backup-id>";

// Long enough for a slow build to reach its release phase; short enough that a marker left by
// a crash cannot exempt a deploy of the same commit days later.
const MARKER_LIFETIME_MS = 60 * 60 * 1000;

export const rollback: Subcommand = {
  name: "rollback",
  args: USAGE,
  summary: "Restore a backup and deploy the commit that was live when it was taken (plan unless --force)",
  options: {
    ...RESTORE_OPTIONS,
    ...FORMAT_OPTION,
  },
  notes: [
    "Writes only into the Postgres service the app uses now, as pegasus:restore does (--into-service to override).",
    "Refuses before touching anything when the backup has no live commit or the commit is no longer",
    "in the app's repository. Restores as pegasus:restore does (without starting the old code), then",
    "deploys the commit with git:sync --build from the app's own repository; that deploy takes no",
    "second backup.",
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:rollback", USAGE, positionals, 2, 2);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const { log, paths } = context;
    const dryRun = planOnly("pegasus:rollback", options);
    verifyAppExists(context.paths, app);
    const { record, situation } = await prepareRestore(app, positionals[1]!, intoServiceOption(options), context);
    // "none", or (were the manifest check ever loosened) anything that is not a sha: it goes
    // into git's and git:sync's argv below.
    if (!isRev(record.git_rev)) {
      throw new UserError(
        `Backup ${record.id} records no live commit (the app had not been deployed when it was taken), so there is ` +
          `nothing to roll back to. Nothing was changed. To restore only the data: dokku pegasus:restore ${app} ${record.id}`,
      );
    }
    // The app name is verified, so this path stays under DOKKU_ROOT.
    const repo = join(paths.dokkuRoot, app);
    const sha = await resolveCommit(context.runner, context.env, repo, record.git_rev);
    if (!sha) {
      throw new UserError(
        `Commit ${record.git_rev} of backup ${record.id} is not in ${app}'s repository (${repo}) any more, so it cannot be ` +
          `deployed. Nothing was changed. Push that commit again, or restore only the data: dokku pegasus:restore ${app} ${record.id}`,
      );
    }
    const steps = restoreSteps({ app, record, ...situation, rollbackSha: sha, repo });

    if (dryRun) {
      log.info2(
        `Rollback of ${app} to ${shortRev(sha)} with ${record.id} into ${situation.target.service}: nothing changed ` +
          `(${booleanOption(options, "dry-run") ? "--dry-run" : "no --force"})`,
      );
      log.verbose(`Backup ${describeBackup(record)}`);
      log.verbose("Would:");
      steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
      log.info1(`Re-run with --force to roll back: dokku pegasus:rollback ${app} ${record.id} --force${intoServiceFlag(situation)}`);
      if (format === "json") {
        context.stdout.write(
          `${JSON.stringify({ app, backup_id: record.id, rev: sha, service: situation.target.service, backup_service: record.service, forced: false, steps })}\n`,
        );
      }
      return;
    }

    const began = Date.now();
    log.info2(`Rolling ${app} back to ${shortRev(sha)} with ${record.id} into ${situation.target.service}`);
    log.verbose(`Backup ${describeBackup(record)}`);
    steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
    // A file, not an environment variable: the gate runs in a trigger several processes down
    // (dokku, git:sync, plugn) and, on a real host, after dokku re-executes itself as the dokku
    // user; a file under our data directory reaches it whatever those do to the environment.
    await writeRollbackMarker(paths, app, {
      rev: sha,
      backup_id: record.id,
      expires_at: new Date(context.now().getTime() + MARKER_LIFETIME_MS).toISOString(),
    });
    let safetyBackupId: string;
    let safetyBackup: BackupRecord;
    try {
      ({ safetyBackupId, safetyBackup } = await restoreBackup(app, record, context, { start: false, situation }));
    } catch (error) {
      await clearRollbackMarker(paths, app);
      throw error;
    }

    log.info1(`Deploying ${shortRev(sha)} (git:sync --build from ${repo})`);
    // With --format json stdout holds the result alone, so the build's output goes to stderr.
    const output = format === "json" ? context.stderr : context.stdout;
    try {
      await deployCommit(context.dokku, app, repo, sha, output);
    } catch (error) {
      throw new UserError(
        [
          `Backup ${record.id} was restored, but deploying ${sha} failed: ${error instanceof Error ? error.message : String(error)}`,
          `${app} is stopped. Retry the deploy: dokku git:sync --build ${app} ${repo} ${sha}`,
          `Or put back the data as it was before: dokku pegasus:restore ${app} ${safetyBackupId} --force`,
        ].join("\n"),
      );
    } finally {
      // Consumed by the gate when the build got that far; never left to exempt a later deploy.
      await clearRollbackMarker(paths, app);
    }
    // The deploy started the app: the restore it began with has ended.
    await finishRestore(backupPaths(paths.dataDir, app));
    await copySafetyOffsite(app, safetyBackup, context);
    log.info1(`Rolled back ${app} to ${shortRev(sha)}: data from ${record.id}`);
    log.verbose(`To undo the data: dokku pegasus:restore ${app} ${safetyBackupId} --force`);
    if (format === "json") {
      context.stdout.write(
        `${JSON.stringify({
          app,
          backup_id: record.id,
          rev: sha,
          service: situation.target.service,
          backup_service: record.service,
          forced: true,
          safety_backup_id: safetyBackupId,
          duration_ms: Date.now() - began,
        })}\n`,
      );
    }
  },
};
