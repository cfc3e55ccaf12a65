import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  copyReleaseHistory
} from "./chunk-QIOF373G.mjs";
import {
  settingsNotCarriedBy
} from "./chunk-TDUW34GR.mjs";
import "./chunk-6RAORSGP.mjs";
import "./chunk-PM722R2L.mjs";
import "./chunk-BMF5B2QQ.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  PropertyStore
} from "./chunk-4OTPUG7K.mjs";
import "./chunk-UBCEBHZC.mjs";
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
