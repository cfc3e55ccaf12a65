import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-N5MC76OI.mjs";
import "./chunk-2TA3EUPX.mjs";
import "./chunk-4WBHVQGA.mjs";
import "./chunk-SREYTFRB.mjs";
import "./chunk-AY4PTRTA.mjs";
import "./chunk-3YA6BH63.mjs";
import "./chunk-IQCXBECJ.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-5RGY6NEV.mjs";
import "./chunk-5GKNDJV2.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-BMF5B2QQ.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-4JEXCA4H.mjs";
import "./chunk-P3SWFLKK.mjs";
import "./chunk-MTNGXRX7.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-A75HFHNM.mjs";
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
