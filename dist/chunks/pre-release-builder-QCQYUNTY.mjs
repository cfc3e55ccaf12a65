import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-LJELTSYF.mjs";
import "./chunk-FW2RKILA.mjs";
import "./chunk-XFLGJKRL.mjs";
import "./chunk-SPE2YZ2N.mjs";
import "./chunk-TDI4FHOH.mjs";
import "./chunk-ASW42DKL.mjs";
import "./chunk-C5VAU4B7.mjs";
import "./chunk-WJ7ZNAKO.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-SKJ6A7NB.mjs";
import "./chunk-BRCRBLNR.mjs";
import "./chunk-7AVTMNRI.mjs";
import "./chunk-BG523PJ5.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-5QU4PDJH.mjs";

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
