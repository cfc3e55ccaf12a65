import type { Trigger } from "../core/command.js";
import { isValidAppName } from "../core/app-name.js";
import { settingsNotCarriedBy } from "../core/settings.js";
import { moveAppData } from "../io/app-data.js";
import { PropertyStore } from "../io/properties.js";

/**
 * `post-app-rename-setup <old> <new>`: runs before Dokku destroys the old app (whose
 * post-delete would otherwise take our settings and move the backups aside). A pending
 * backup-skip-next is not carried: the rebuild apps:rename runs would silently use it up.
 */
export const postAppRenameSetup: Trigger = {
  name: "post-app-rename-setup",
  async run([oldApp, newApp], context) {
    if (!oldApp || !newApp || !isValidAppName(oldApp) || !isValidAppName(newApp)) return;
    await new PropertyStore(context.paths.propertiesDir).clone(oldApp, newApp, settingsNotCarriedBy("apps:rename"));
    if (await moveAppData(context.paths, oldApp, newApp, context.now())) {
      context.log.verbose(`pegasus: backups and release history of ${oldApp} now belong to ${newApp}`);
      // The bucket's copies stay under the old name until the next push moves them (a rename must
      // not wait on, or fail with, the object store). Without data here there were no backups.
      await (await import("../backup/offsite/renamed.js")).recordRename(context.paths.dataDir, oldApp, newApp, context.now());
    }
  },
};
