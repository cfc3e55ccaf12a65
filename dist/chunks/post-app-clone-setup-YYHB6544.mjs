import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  copyReleaseHistory
} from "./chunk-57UPOHVD.mjs";
import "./chunk-XPJ4III4.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  PropertyStore
} from "./chunk-4YZX26ZL.mjs";
import "./chunk-4O2IXLXA.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/triggers/post-app-clone-setup.ts
var postAppCloneSetup = {
  name: "post-app-clone-setup",
  async run([oldApp, newApp], context) {
    if (!oldApp || !newApp || !isValidAppName(oldApp) || !isValidAppName(newApp)) return;
    await new PropertyStore(context.paths.propertiesDir).clone(oldApp, newApp);
    await copyReleaseHistory(context.paths, oldApp, newApp);
  }
};
export {
  postAppCloneSetup
};
