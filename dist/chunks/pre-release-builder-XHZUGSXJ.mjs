import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-SZ4ZZ4PM.mjs";
import "./chunk-HFXBAZ3T.mjs";
import "./chunk-SSFP3FR3.mjs";
import "./chunk-VD7Z3CSZ.mjs";
import "./chunk-XFLGJKRL.mjs";
import "./chunk-K5JN3IKC.mjs";
import "./chunk-UHNHFBMR.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-CI466C6F.mjs";
import "./chunk-RFCIIVJZ.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-ECHGGWT6.mjs";
import "./chunk-ELWOFJSF.mjs";
import "./chunk-32K456QH.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-EMOIG6IH.mjs";
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
