import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  describeBackup,
  restoreSteps
} from "./chunk-L77D2ZOF.mjs";
import {
  checkBackupFile,
  findBackup,
  restoreBackup
} from "./chunk-FGFXJJAP.mjs";
import "./chunk-XFLGJKRL.mjs";
import "./chunk-GWYYUA5T.mjs";
import "./chunk-DD6GFI57.mjs";
import {
  checkMediaBackup
} from "./chunk-BJNMUONL.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-EXIHXETX.mjs";
import "./chunk-ITWPCNSE.mjs";
import {
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  isDeployed
} from "./chunk-OL6A5YWY.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-JLLUMFFX.mjs";
import "./chunk-IOIF2D7O.mjs";
import "./chunk-4YZX26ZL.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-4O2IXLXA.mjs";
import "./chunk-JABQKX53.mjs";
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
    force: { type: "boolean", description: "do it: without it the plan is printed and nothing changes" },
    media: { type: "boolean", description: "also restore the backup's media archive into the app's storage directories" },
    offsite: { type: "boolean", description: "fetch the backup from the offsite-url bucket first (disaster recovery)" },
    identity: { type: "string", value: "-", description: "with --offsite: the age identity, read from stdin (never stored)" },
    ...FORMAT_OPTION
  },
  notes: [
    "--offsite --identity - < key.txt: downloads <id> from the bucket, decrypts it with the identity on",
    "stdin (kept in memory only), checks it as below and keeps it here as a verified backup.",
    "Checks the dump's size, sha256 and archive structure first, then backs up the current database",
    "(reason pre-restore), stops the app, imports with postgres:import and starts the app again.",
    "postgres:import drops and re-creates the objects the backup holds; tables created since are kept.",
    "If the import fails the app stays stopped and the error names the safety backup to restore.",
    "--media also checks the media archive, unpacks it beside each storage directory, and swaps it in",
    "after the import; the safety backup then holds the media too. Until the swap the old media stays."
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:restore", USAGE, positionals, 2, 2);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const { log } = context;
    await verifyAppExists(context.dokku, app);
    if (booleanOption(options, "offsite") || stringOption(options, "identity") !== void 0) {
      await (await import("./recover-37MJD2UO.mjs")).fetchForRestore(app, positionals[1], options, context);
    }
    const record = await findBackup(app, positionals[1], context);
    await checkBackupFile(app, record, context);
    const media = booleanOption(options, "media") ? await checkMediaBackup(app, record, context) : void 0;
    const deployed = await isDeployed(context.dokku, app);
    const steps = restoreSteps({ app, record, deployed, media: media?.map((target) => ({ container_path: target.mount.container_path, live: target.live })) });
    if (!booleanOption(options, "force")) {
      log.info2(`Restore of ${app} from ${record.id}: nothing changed (no --force)`);
      log.verbose(`Backup ${describeBackup(record)}`);
      log.verbose("Would:");
      steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
      log.info1(`Re-run with --force to restore: dokku pegasus:restore ${app} ${record.id} --force${media ? " --media" : ""}`);
      if (format === "json") {
        context.stdout.write(`${JSON.stringify({ app, backup_id: record.id, service: record.service, forced: false, media: media !== void 0, steps })}
`);
      }
      return;
    }
    const began = Date.now();
    log.info2(`Restoring ${app} from ${record.id}`);
    log.verbose(`Backup ${describeBackup(record)}`);
    const outcome = await restoreBackup(app, record, context, { start: true, deployed, ...media ? { media } : {} });
    log.info1(`Restored ${record.service}${media ? " and the media" : ""} from ${record.id}`);
    log.verbose(`To undo: dokku pegasus:restore ${app} ${outcome.safetyBackupId} --force${media ? " --media" : ""}`);
    if (format === "json") {
      context.stdout.write(
        `${JSON.stringify({
          app,
          backup_id: record.id,
          service: record.service,
          forced: true,
          safety_backup_id: outcome.safetyBackupId,
          media: media !== void 0,
          stopped: outcome.stopped,
          started: outcome.started,
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
