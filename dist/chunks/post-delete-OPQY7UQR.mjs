import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  moveAppDataAside
} from "./chunk-SKJ6A7NB.mjs";
import "./chunk-7AVTMNRI.mjs";
import {
  PropertyStore
} from "./chunk-BG523PJ5.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-5QU4PDJH.mjs";

// src/triggers/post-delete.ts
var postDelete = {
  name: "post-delete",
  async run([app], context) {
    if (!app || !isValidAppName(app)) return;
    try {
      await new PropertyStore(context.paths.propertiesDir).destroy(app);
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
  }
};
export {
  postDelete
};
