import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  moveAppDataAside
} from "./chunk-ZVX6LS6S.mjs";
import {
  credentialsFile
} from "./chunk-N57HPFOI.mjs";
import "./chunk-5MN5AI5H.mjs";
import {
  storageEntryNameFor,
  storageNameFor
} from "./chunk-NFGITFG7.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-DSPNK2T2.mjs";
import {
  PropertyStore
} from "./chunk-IQVX3673.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/triggers/post-delete.ts
import { rm, stat } from "node:fs/promises";
import path from "node:path";
var postDelete = {
  name: "post-delete",
  async run([app], context) {
    if (!app || !isValidAppName(app)) return;
    try {
      await new PropertyStore(context.paths.propertiesDir).destroy(app);
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
  }
};
async function sayStorageStays(app, libRoot, log) {
  let entry;
  let legacyName;
  try {
    entry = storageEntryNameFor(app);
    legacyName = storageNameFor(app);
  } catch {
    return;
  }
  for (const name of /* @__PURE__ */ new Set([entry, legacyName])) {
    const directory = path.join(libRoot, "data", "storage", name);
    if (!await isDirectory(directory)) continue;
    log.verbose(`pegasus: the media directory ${directory} stays (Dokku keeps storage when an app goes)`);
    log.verbose(
      `Once no app mounts it, remove it with: dokku storage:destroy ${name} --destroy-host-dir (Dokku 0.38+), else rm -rf ${directory}`
    );
  }
}
async function isDirectory(directory) {
  try {
    return (await stat(directory)).isDirectory();
  } catch {
    return false;
  }
}
export {
  postDelete
};
