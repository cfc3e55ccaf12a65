import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { credentialsFile } from "../backup/offsite/state.js";
import type { Trigger } from "../core/command.js";
import { isValidAppName } from "../core/app-name.js";
import { moveAppDataAside } from "../io/app-data.js";
import { PropertyStore } from "../io/properties.js";
import { storageEntryNameFor, storageNameFor } from "../core/setup-options.js";

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
      await sayStorageStays(app, context.paths.libRoot, context.log);
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

/**
 * Dokku removes an app's mounts but keeps storage entries and their directories (plugins/storage
 * TriggerPostDelete), and so do we: media is data. Say where it is and how to remove it, since
 * after a rename the new name mounts the same entry and the directory must stay.
 */
async function sayStorageStays(app: string, libRoot: string, log: { verbose(message: string): void }): Promise<void> {
  let entry: string;
  let legacyName: string;
  try {
    entry = storageEntryNameFor(app);
    legacyName = storageNameFor(app);
  } catch {
    return;
  }
  for (const name of new Set([entry, legacyName])) {
    const directory = join(libRoot, "data", "storage", name);
    if (!(await isDirectory(directory))) continue;
    log.verbose(`pegasus: the media directory ${directory} stays (Dokku keeps storage when an app goes)`);
    log.verbose(
      `Once no app mounts it, remove it with: dokku storage:destroy ${name} --destroy-host-dir (Dokku 0.38+), else rm -rf ${directory}`,
    );
  }
}

async function isDirectory(directory: string): Promise<boolean> {
  try {
    return (await stat(directory)).isDirectory();
  } catch {
    return false;
  }
}
