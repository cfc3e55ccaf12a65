import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-4ZSUELQW.mjs";
import "./chunk-QXQ4IBES.mjs";
import "./chunk-57UPOHVD.mjs";
import "./chunk-XPJ4III4.mjs";
import "./chunk-XFLGJKRL.mjs";
import "./chunk-GWYYUA5T.mjs";
import "./chunk-DD6GFI57.mjs";
import "./chunk-BJNMUONL.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-EXIHXETX.mjs";
import "./chunk-ITWPCNSE.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-JLLUMFFX.mjs";
import "./chunk-IOIF2D7O.mjs";
import "./chunk-4YZX26ZL.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-4O2IXLXA.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/triggers/pre-release-builder.ts
var preReleaseBuilder = {
  name: "pre-release-builder",
  async run(args, context) {
    const app = verifyAppName(args[1]);
    await runDeployGate({ trigger: "pre-release-builder", app, hasPredeploy: false }, context);
  }
};
export {
  preReleaseBuilder
};
