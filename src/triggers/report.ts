import { verifyAppName } from "../core/app-name.js";
import type { Trigger } from "../core/command.js";
import { collectReport, printReport } from "../io/app-report.js";

/**
 * `dokku report <app>` runs this once per app: our section of its report. It never fails the
 * report: whatever goes wrong is one warning on stderr, and the exit stays 0.
 */
export const report: Trigger = {
  name: "report",
  async run(args, context) {
    const [app] = args;
    if (!app) return 0;
    try {
      const fields = await collectReport(verifyAppName(app), context);
      printReport(context, app, fields, { format: "stdout", infoFlags: [] });
    } catch (error) {
      context.log.warn(`pegasus report of ${app} unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 0;
  },
};
