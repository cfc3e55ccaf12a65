import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  copyReleaseHistory
} from "./chunk-SPE2YZ2N.mjs";
import "./chunk-SKJ6A7NB.mjs";
import "./chunk-7AVTMNRI.mjs";
import {
  PropertyStore
} from "./chunk-BG523PJ5.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-5QU4PDJH.mjs";

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
