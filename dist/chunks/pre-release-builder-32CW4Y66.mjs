import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-N5KJF2MN.mjs";
import "./chunk-Z46YEP5H.mjs";
import "./chunk-3KXGOIWZ.mjs";
import "./chunk-QIOF373G.mjs";
import "./chunk-TDUW34GR.mjs";
import "./chunk-AEWPX2LI.mjs";
import "./chunk-6RAORSGP.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-ZH7CCPZG.mjs";
import "./chunk-PM722R2L.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-BMF5B2QQ.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-B4PHR3BT.mjs";
import "./chunk-MGEBLEDS.mjs";
import "./chunk-4OTPUG7K.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-UBCEBHZC.mjs";
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
