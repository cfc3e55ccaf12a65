import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clearRollbackMarker,
  writeRollbackMarker
} from "./chunk-46MRMWOK.mjs";
import {
  describeBackup,
  restoreSteps
} from "./chunk-U35PSHEA.mjs";
import {
  RESTORE_OPTIONS,
  intoServiceFlag,
  intoServiceOption,
  planOnly,
  prepareRestore,
  restoreBackup
} from "./chunk-I22BFEBS.mjs";
import {
  deployCommit
} from "./chunk-K2SD3ZXP.mjs";
import "./chunk-IDXT27MG.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-XJYLVPT3.mjs";
import "./chunk-ZVX6LS6S.mjs";
import "./chunk-5VEOFXWN.mjs";
import "./chunk-N57HPFOI.mjs";
import "./chunk-5MN5AI5H.mjs";
import {
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-Q6PHM2EF.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
import "./chunk-RVFNLFNF.mjs";
import {
  isRev,
  shortRev
} from "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  FORMAT_OPTION,
  booleanOption,
  expectPositionals,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/rollback.ts
import path from "node:path";

// src/io/git.ts
var GIT_OVERRIDES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_QUARANTINE_PATH", "GIT_NAMESPACE"];
async function resolveCommit(runner, env, repo, rev) {
  if (!isRev(rev)) return void 0;
  const childEnv = { ...env };
  for (const name of GIT_OVERRIDES) delete childEnv[name];
  const result = await runner.run("git", ["--git-dir", repo, "rev-parse", "--quiet", "--verify", `${rev}^{commit}`], {
    env: childEnv
  });
  const sha = result.stdout.trim();
  return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
}

// src/subcommands/rollback.ts
var USAGE = "<app> <backup-id>";
var MARKER_LIFETIME_MS = 60 * 60 * 1e3;
var rollback = {
  name: "rollback",
  args: USAGE,
  summary: "Restore a backup and deploy the commit that was live when it was taken (plan unless --force)",
  options: {
    ...RESTORE_OPTIONS,
    ...FORMAT_OPTION
  },
  notes: [
    "Writes only into the Postgres service the app uses now, as pegasus:restore does (--into-service to override).",
    "Refuses before touching anything when the backup has no live commit or the commit is no longer",
    "in the app's repository. Restores as pegasus:restore does (without starting the old code), then",
    "deploys the commit with git:sync --build from the app's own repository; that deploy takes no",
    "second backup."
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:rollback", USAGE, positionals, 2, 2);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const { log, paths } = context;
    const dryRun = planOnly("pegasus:rollback", options);
    await verifyAppExists(context.dokku, app);
    const { record, situation } = await prepareRestore(app, positionals[1], intoServiceOption(options), context);
    if (!isRev(record.git_rev)) {
      throw new UserError(
        `Backup ${record.id} records no live commit (the app had not been deployed when it was taken), so there is nothing to roll back to. Nothing was changed. To restore only the data: dokku pegasus:restore ${app} ${record.id}`
      );
    }
    const repo = path.join(paths.dokkuRoot, app);
    const sha = await resolveCommit(context.runner, context.env, repo, record.git_rev);
    if (!sha) {
      throw new UserError(
        `Commit ${record.git_rev} of backup ${record.id} is not in ${app}'s repository (${repo}) any more, so it cannot be deployed. Nothing was changed. Push that commit again, or restore only the data: dokku pegasus:restore ${app} ${record.id}`
      );
    }
    const steps = restoreSteps({ app, record, ...situation, rollbackSha: sha, repo });
    if (dryRun) {
      log.info2(
        `Rollback of ${app} to ${shortRev(sha)} with ${record.id} into ${situation.target.service}: nothing changed (${booleanOption(options, "dry-run") ? "--dry-run" : "no --force"})`
      );
      log.verbose(`Backup ${describeBackup(record)}`);
      log.verbose("Would:");
      steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
      log.info1(`Re-run with --force to roll back: dokku pegasus:rollback ${app} ${record.id} --force${intoServiceFlag(situation)}`);
      if (format === "json") {
        context.stdout.write(
          `${JSON.stringify({ app, backup_id: record.id, rev: sha, service: situation.target.service, backup_service: record.service, forced: false, steps })}
`
        );
      }
      return;
    }
    const began = Date.now();
    log.info2(`Rolling ${app} back to ${shortRev(sha)} with ${record.id} into ${situation.target.service}`);
    log.verbose(`Backup ${describeBackup(record)}`);
    steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
    await writeRollbackMarker(paths, app, {
      rev: sha,
      backup_id: record.id,
      expires_at: new Date(context.now().getTime() + MARKER_LIFETIME_MS).toISOString()
    });
    let safetyBackupId;
    try {
      ({ safetyBackupId } = await restoreBackup(app, record, context, { start: false, situation }));
    } catch (error) {
      await clearRollbackMarker(paths, app);
      throw error;
    }
    log.info1(`Deploying ${shortRev(sha)} (git:sync --build from ${repo})`);
    const output = format === "json" ? context.stderr : context.stdout;
    try {
      await deployCommit(context.dokku, app, repo, sha, output);
    } catch (error) {
      throw new UserError(
        [
          `Backup ${record.id} was restored, but deploying ${sha} failed: ${error instanceof Error ? error.message : String(error)}`,
          `${app} is stopped. Retry the deploy: dokku git:sync --build ${app} ${repo} ${sha}`,
          `Or put back the data as it was before: dokku pegasus:restore ${app} ${safetyBackupId} --force`
        ].join("\n")
      );
    } finally {
      await clearRollbackMarker(paths, app);
    }
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
          duration_ms: Date.now() - began
        })}
`
      );
    }
  }
};
export {
  rollback
};
