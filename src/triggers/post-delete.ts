import type { Trigger } from "../core/command.js";
import { isValidAppName } from "../core/app-name.js";
import { moveAppDataAside } from "../io/app-data.js";
import { PropertyStore } from "../io/properties.js";

/**
 * `post-delete <app> <image-tag>`: fires after apps:destroy, and for the old name at the end
 * of apps:rename (whose data has already moved). Settings go; backups are kept aside.
 */
export const postDelete: Trigger = {
  name: "post-delete",
  async run([app], context) {
    if (!app || !isValidAppName(app)) return;
    await new PropertyStore(context.paths.propertiesDir).destroy(app);
    const keptAt = await moveAppDataAside(context.paths, app, context.now());
    if (keptAt) {
      context.log.info1(`pegasus: kept the backups of ${app} in ${keptAt}`);
      context.log.verbose(`List them with: dokku pegasus:backups ${app}`);
      context.log.verbose(`Delete them when no longer needed: rm -rf ${keptAt}`);
    }
  },
};
