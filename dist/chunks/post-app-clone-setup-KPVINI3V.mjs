import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  copyReleaseHistory
} from "./chunk-TFMNHB3T.mjs";
import {
  settingsNotCarriedBy
} from "./chunk-PFTFMMXV.mjs";
import "./chunk-2B6KY2NA.mjs";
import "./chunk-C2YKQ3BK.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  PropertyStore
} from "./chunk-33UZ2PXN.mjs";
import "./chunk-4O2IXLXA.mjs";
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
