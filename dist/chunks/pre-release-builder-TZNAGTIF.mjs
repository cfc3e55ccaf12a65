import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-426RELOU.mjs";
import "./chunk-TB2POQCD.mjs";
import "./chunk-PVY6VAEK.mjs";
import "./chunk-TFMNHB3T.mjs";
import "./chunk-2JXX6NJ3.mjs";
import "./chunk-FW2OW3PZ.mjs";
import "./chunk-2B6KY2NA.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-VMH327CV.mjs";
import "./chunk-ITWPCNSE.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-KGDHXTFC.mjs";
import "./chunk-YFNOY4SH.mjs";
import "./chunk-33UZ2PXN.mjs";
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
