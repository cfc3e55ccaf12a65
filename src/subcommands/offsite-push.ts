import { LocalBackupChanged } from "../backup/offsite/after-backup.js";
import { expectPositionals, FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import { verifyAppExists } from "../dokku/apps.js";

const USAGE = "<app>";

export const offsitePush: Subcommand = {
  name: "offsite-push",
  args: USAGE,
  summary: "Upload every verified backup not yet off-site (encrypted) and apply offsite-keep",
  options: { ...FORMAT_OPTION },
  notes: [
    "Each copy counts only once a HEAD request shows the store holds every byte sent. Every backup",
    "also does this on its own when offsite-url is set; this catches up after a failure.",
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:offsite-push", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    verifyAppExists(context.paths, app);
    const { pushPending } = await import("../backup/offsite/push.js");
    // A backup the disk changed fails the push only after the others went: say what they did.
    let changed: LocalBackupChanged | undefined;
    const result = await pushPending(app, context).catch((error: unknown) => {
      if (!(error instanceof LocalBackupChanged)) throw error;
      changed = error;
      return error.pushed;
    });
    if (result.uploaded.length === 0 && !changed) context.log.info2(`Every verified backup of ${app} is already off-site`);
    else context.log.info2(`${result.uploaded.length} backup(s) of ${app} uploaded`);
    if (result.pruned.length > 0) context.log.verbose(`${result.pruned.length} old off-site copies removed (offsite-keep)`);
    if (format === "json") {
      context.stdout.write(
        `${JSON.stringify({
          app,
          uploaded: result.uploaded.map((u) => ({ id: u.id, ...u.copy })),
          pruned: result.pruned,
          incomplete_removed: result.incompleteRemoved,
          changed_here: changed?.ids ?? [],
        })}\n`,
      );
    }
    if (changed) throw changed;
  },
};
