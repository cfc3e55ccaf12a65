import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  moveAppData
} from "./chunk-WJYZGBEF.mjs";
import {
  isValidAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  PropertyStore
} from "./chunk-QJDMSPMB.mjs";
import "./chunk-UWB7Z3AN.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/triggers/post-app-rename-setup.ts
var postAppRenameSetup = {
  name: "post-app-rename-setup",
  async run([oldApp, newApp], context) {
    if (!oldApp || !newApp || !isValidAppName(oldApp) || !isValidAppName(newApp)) return;
    await new PropertyStore(context.paths.propertiesDir).clone(oldApp, newApp);
    if (await moveAppData(context.paths, oldApp, newApp, context.now())) {
      context.log.verbose(`pegasus: backups and release history of ${oldApp} now belong to ${newApp}`);
    }
  }
};
export {
  postAppRenameSetup
};
