import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  OffsiteFailure,
  takeBackup
} from "./chunk-K2SD3ZXP.mjs";
import "./chunk-IDXT27MG.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-XJYLVPT3.mjs";
import "./chunk-ZVX6LS6S.mjs";
import "./chunk-5VEOFXWN.mjs";
import "./chunk-N57HPFOI.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-ML35XFQP.mjs";
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
  expectPositionals,
  formatOption,
  stringOption
} from "./chunk-RDISS7JH.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/backup-deploy.ts
var USAGE = "<app>";
var CLI_REASONS = ["manual", "schedule"];
var backupDeploy = {
  name: "backup-deploy",
  args: USAGE,
  summary: "Back up the app's Postgres database now: verified and tagged with the live commit",
  options: {
    reason: { type: "string", value: "manual|schedule", description: "why the backup is taken (default manual; cron passes schedule)" },
    ...FORMAT_OPTION
  },
  notes: [
    "Written to $DOKKU_LIB_ROOT/data/pegasus/<app>/backups/<UTC time>-<commit>.dump with a .json manifest",
    "(size, sha256, commit); kept only once the archive is proven complete. backup-keep (default 10)",
    "prunes the oldest afterwards, never the newest nor the newest of each reason."
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:backup-deploy", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const reason = stringOption(options, "reason") ?? "manual";
    if (!CLI_REASONS.includes(reason)) {
      throw new UserError(`--reason must be manual or schedule, got ${JSON.stringify(reason)}`);
    }
    const progress = reason === "schedule" ? void 0 : context.stderr;
    let record;
    try {
      record = await takeBackup(app, reason, context, { progress });
    } catch (error) {
      if (error instanceof OffsiteFailure && format === "json") context.stdout.write(`${JSON.stringify(error.record)}
`);
      throw error;
    }
    if (format === "json") context.stdout.write(`${JSON.stringify(record)}
`);
  }
};
export {
  backupDeploy
};
