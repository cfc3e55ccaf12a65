import type { Trigger } from "../core/command.js";
import { isValidAppName } from "../core/app-name.js";
import { settingsNotCarriedBy } from "../core/settings.js";
import { copyReleaseHistory } from "../io/releases.js";
import { PropertyStore } from "../io/properties.js";

/**
 * `post-app-clone-setup <old> <new>`: the clone starts with the original's settings, minus the
 * ones that name the original's resources (its postgres-service) or its next deploy
 * (backup-skip-next), and its release history without backup ids: the backups and deploy
 * markers stay with the original. A backup schedule is carried: it is stored under the clone's
 * name, so cron-entries runs it as `pegasus:backup-deploy <new>`, against the clone's database.
 */
export const postAppCloneSetup: Trigger = {
  name: "post-app-clone-setup",
  async run([oldApp, newApp], context) {
    if (!oldApp || !newApp || !isValidAppName(oldApp) || !isValidAppName(newApp)) return;
    await new PropertyStore(context.paths.propertiesDir).clone(oldApp, newApp, settingsNotCarriedBy("apps:clone"));
    await copyReleaseHistory(context.paths, oldApp, newApp);
  },
};
