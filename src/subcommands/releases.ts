import { expectPositionals, FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import { renderReleaseTable } from "../core/releases.js";
import { verifyAppExists } from "../dokku/apps.js";
import { readReleases } from "../io/releases.js";

const USAGE = "<app>";

export const releases: Subcommand = {
  name: "releases",
  args: USAGE,
  summary: "List the app's deploys newest first: commit and the deploy backup taken for it",
  options: { ...FORMAT_OPTION },
  notes: [
    "Recorded by the post-deploy trigger for deploys that bring new code (push, git:sync, ps:rebuild,",
    "git:from-*); to undo one: dokku pegasus:rollback <app> <its backup id>.",
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:releases", USAGE, positionals, 1, 1);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    verifyAppExists(context.paths, app);
    const records = await readReleases(context.paths, app);
    if (format === "json") {
      context.stdout.write(`${JSON.stringify(records)}\n`);
      return;
    }
    context.log.info2(`${app} releases`);
    if (records.length === 0) {
      context.log.verbose("None recorded yet: the next deploy that brings new code will be.");
      return;
    }
    for (const line of renderReleaseTable(records)) context.log.verbose(line);
  },
};
