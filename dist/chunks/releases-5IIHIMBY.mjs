import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readReleases,
  renderReleaseTable
} from "./chunk-IDXT27MG.mjs";
import "./chunk-ZVX6LS6S.mjs";
import {
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-IQVX3673.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  FORMAT_OPTION,
  expectPositionals,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/releases.ts
var USAGE = "<app>";
var releases = {
  name: "releases",
  args: USAGE,
  summary: "List the app's deploys newest first: commit and the deploy backup taken for it",
  options: { ...FORMAT_OPTION },
  notes: [
    "Recorded by the post-deploy trigger for deploys that bring new code (push, git:sync, ps:rebuild,",
    "git:from-*); to undo one: dokku pegasus:rollback <app> <its backup id>."
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:releases", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    await verifyAppExists(context.dokku, app);
    const records = await readReleases(context.paths, app);
    if (format === "json") {
      context.stdout.write(`${JSON.stringify(records)}
`);
      return;
    }
    context.log.info2(`${app} releases`);
    if (records.length === 0) {
      context.log.verbose("None recorded yet: the next deploy that brings new code will be.");
      return;
    }
    for (const line of renderReleaseTable(records)) context.log.verbose(line);
  }
};
export {
  releases
};
