import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
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
import "./chunk-K2SD3ZXP.mjs";
import "./chunk-IDXT27MG.mjs";
import "./chunk-Q2JQQO7P.mjs";
import {
  checkMediaBackup
} from "./chunk-XJYLVPT3.mjs";
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
import "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  FORMAT_OPTION,
  booleanOption,
  expectPositionals,
  formatOption,
  stringOption
} from "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/restore.ts
var USAGE = "<app> <backup-id>";
var restore = {
  name: "restore",
  args: USAGE,
  summary: "Restore a verified backup into the app's database (prints the plan unless --force)",
  options: {
    ...RESTORE_OPTIONS,
    media: { type: "boolean", description: "also restore the backup's media archive into the app's storage directories" },
    offsite: { type: "boolean", description: "fetch the backup from the offsite-url bucket first (disaster recovery)" },
    identity: { type: "string", value: "-", description: "with --offsite: the age identity, read from stdin (never stored)" },
    ...FORMAT_OPTION
  },
  notes: [
    "--offsite --identity - < key.txt: downloads <id> from the bucket, decrypts it with the identity on",
    "stdin (kept in memory only), checks it as below and keeps it here as a verified backup.",
    "Writes only into the Postgres service the app uses now (postgres-service, else its link); refuses",
    "when that is not the service the backup was taken of, unless --into-service names it explicitly.",
    "Checks the manifest's seal and the dump's size, sha256 and archive structure first, then backs up the current database",
    "(reason pre-restore), stops the app, imports with postgres:import and starts the app again.",
    "postgres:import drops and re-creates the objects the backup holds; tables created since are kept.",
    "If the import fails the app stays stopped and the error names the safety backup to restore.",
    "An app stopped with ps:stop is left stopped.",
    "--media also checks the media archive, unpacks it beside each storage directory, and swaps it in",
    "after the import; the safety backup then holds the media too. Until the swap the old media stays."
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:restore", USAGE, positionals, 2, 2);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const { log } = context;
    const dryRun = planOnly("pegasus:restore", options);
    await verifyAppExists(context.dokku, app);
    if (booleanOption(options, "offsite") || stringOption(options, "identity") !== void 0) {
      await (await import("./recover-GCXYKDQL.mjs")).fetchForRestore(app, positionals[1], options, context);
    }
    const { record, situation } = await prepareRestore(app, positionals[1], intoServiceOption(options), context);
    const { target } = situation;
    const media = booleanOption(options, "media") ? await checkMediaBackup(app, record, context) : void 0;
    const mediaFlag = media ? " --media" : "";
    const steps = restoreSteps({
      app,
      record,
      ...situation,
      ...media ? { media: media.map((target2) => ({ container_path: target2.mount.container_path, live: target2.live })) } : {}
    });
    if (dryRun) {
      log.info2(`Restore of ${app} from ${record.id} into ${target.service}: nothing changed (${booleanOption(options, "dry-run") ? "--dry-run" : "no --force"})`);
      log.verbose(`Backup ${describeBackup(record)}`);
      log.verbose("Would:");
      steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
      log.info1(`Re-run with --force to restore: dokku pegasus:restore ${app} ${record.id} --force${intoServiceFlag(situation)}${mediaFlag}`);
      if (format === "json") {
        context.stdout.write(
          `${JSON.stringify({ app, backup_id: record.id, service: target.service, backup_service: record.service, forced: false, media: media !== void 0, steps })}
`
        );
      }
      return;
    }
    const began = Date.now();
    log.info2(`Restoring ${app} from ${record.id} into ${target.service}`);
    log.verbose(`Backup ${describeBackup(record)}`);
    steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
    const outcome = await restoreBackup(app, record, context, { start: true, situation, ...media ? { media } : {} });
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
          media: media !== void 0,
          safety_backup_id: outcome.safetyBackupId,
          stopped: outcome.stopped,
          started: outcome.started,
          left_stopped: outcome.leftStopped,
          duration_ms: Date.now() - began
        })}
`
      );
    }
  }
};
export {
  restore
};
