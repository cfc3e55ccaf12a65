import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  copyReleaseHistory
} from "./chunk-IDXT27MG.mjs";
import {
  settingsNotCarriedBy
} from "./chunk-Q2JQQO7P.mjs";
import "./chunk-ZVX6LS6S.mjs";
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

// src/triggers/post-app-clone-setup.ts
var postAppCloneSetup = {
  name: "post-app-clone-setup",
  async run([oldApp, newApp], context) {
    if (!oldApp || !newApp || !isValidAppName(oldApp) || !isValidAppName(newApp)) return;
    await new PropertyStore(context.paths.propertiesDir).clone(oldApp, newApp, settingsNotCarriedBy("apps:clone"));
    await copyReleaseHistory(context.paths, oldApp, newApp);
  }
};
export {
  postAppCloneSetup
};
