import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-T2277FAE.mjs";
import "./chunk-T6KQDB5A.mjs";
import "./chunk-6Y4FUJTF.mjs";
import "./chunk-QIOF373G.mjs";
import "./chunk-RFOGWVN3.mjs";
import "./chunk-W4QC4AUB.mjs";
import "./chunk-6RAORSGP.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-DX3DLGOQ.mjs";
import "./chunk-3IYJ7GNO.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
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
