import { rm } from "node:fs/promises";
import { credentialsFile } from "../backup/offsite/state.js";
import type { Trigger } from "../core/command.js";
import { isValidAppName } from "../core/app-name.js";
import { moveAppDataAside } from "../io/app-data.js";
import { PropertyStore } from "../io/properties.js";

/**
 * `post-delete <app> <image-tag>`: fires after apps:destroy, and for the old name at the end
 * of apps:rename (whose data has already moved). Settings go; backups are kept aside.
 * It never fails: plugn stops at the first failing plugin, and the ones after ours (postgres,
 * ps, scheduler-*, storage) still have their own cleanup to do.
 */
export const postDelete: Trigger = {
  name: "post-delete",
  async run([app], context) {
    if (!app || !isValidAppName(app)) return;
    try {
      await new PropertyStore(context.paths.propertiesDir).destroy(app);
      // Credentials are settings too: they go with them, never into the kept-aside backups.
      await rm(credentialsFile(context, app), { force: true });
      const keptAt = await moveAppDataAside(context.paths, app, context.now());
      if (keptAt) {
        context.log.info1(`pegasus: kept the backups of ${app} in ${keptAt}`);
        context.log.verbose(`List them with: dokku pegasus:backups ${app}`);
        context.log.verbose(`Delete them when no longer needed: rm -rf ${keptAt}`);
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      context.log.warn(`pegasus: could not tidy up after ${app}: ${why}`);
      context.log.warn(`Its settings are in ${context.paths.propertiesDir}/${app}, its data in ${context.paths.dataDir}/${app}`);
    }
  },
};
