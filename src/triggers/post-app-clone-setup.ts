import type { Trigger } from "../core/command.js";
import { isValidAppName } from "../core/app-name.js";
import { copyReleaseHistory } from "../io/releases.js";
import { PropertyStore } from "../io/properties.js";

/**
 * `post-app-clone-setup <old> <new>`: the clone starts with the same settings and release
 * history; backups and deploy markers stay with the original.
 */
export const postAppCloneSetup: Trigger = {
  name: "post-app-clone-setup",
  async run([oldApp, newApp], context) {
    if (!oldApp || !newApp || !isValidAppName(oldApp) || !isValidAppName(newApp)) return;
    await new PropertyStore(context.paths.propertiesDir).clone(oldApp, newApp);
    await copyReleaseHistory(context.paths, oldApp, newApp);
  },
};
