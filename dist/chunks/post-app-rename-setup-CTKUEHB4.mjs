import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsNotCarriedBy
} from "./chunk-Q2JQQO7P.mjs";
import {
  moveAppData
} from "./chunk-ZVX6LS6S.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  PropertyStore
} from "./chunk-IQVX3673.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/triggers/post-app-rename-setup.ts
var postAppRenameSetup = {
  name: "post-app-rename-setup",
  async run([oldApp, newApp], context) {
    if (!oldApp || !newApp || !isValidAppName(oldApp) || !isValidAppName(newApp)) return;
    await new PropertyStore(context.paths.propertiesDir).clone(oldApp, newApp, settingsNotCarriedBy("apps:rename"));
    if (await moveAppData(context.paths, oldApp, newApp, context.now())) {
      context.log.verbose(`pegasus: backups and release history of ${oldApp} now belong to ${newApp}`);
    }
  }
};
export {
  postAppRenameSetup
};
