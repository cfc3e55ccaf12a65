import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  FORMAT_OPTION,
  expectPositionals,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/offsite-push.ts
var USAGE = "<app>";
var offsitePush = {
  name: "offsite-push",
  args: USAGE,
  summary: "Upload every verified backup not yet off-site (encrypted) and apply offsite-keep",
  options: { ...FORMAT_OPTION },
  notes: [
    "Each copy counts only once a HEAD request shows the store holds every byte sent. Every backup",
    "also does this on its own when offsite-url is set; this catches up after a failure."
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:offsite-push", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    await verifyAppExists(context.dokku, app);
    const { pushPending } = await import("./push-PDL3NLBC.mjs");
    const result = await pushPending(app, context);
    if (result.uploaded.length === 0) context.log.info2(`Every verified backup of ${app} is already off-site`);
    else context.log.info2(`${result.uploaded.length} backup(s) of ${app} uploaded`);
    if (result.pruned.length > 0) context.log.verbose(`${result.pruned.length} old off-site copies removed (offsite-keep)`);
    if (format === "json") {
      context.stdout.write(
        `${JSON.stringify({
          app,
          uploaded: result.uploaded.map((u) => ({ id: u.id, ...u.copy })),
          pruned: result.pruned,
          incomplete_removed: result.incompleteRemoved
        })}
`
      );
    }
  }
};
export {
  offsitePush
};
