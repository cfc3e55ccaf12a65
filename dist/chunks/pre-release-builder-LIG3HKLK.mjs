import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-7ZHDXSZO.mjs";
import "./chunk-YYUR3XBB.mjs";
import "./chunk-KPDBK7QM.mjs";
import "./chunk-WJYZGBEF.mjs";
import "./chunk-XFLGJKRL.mjs";
import "./chunk-ZSVTWHVU.mjs";
import "./chunk-EKBVQSSW.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-IBOA5DEE.mjs";
import "./chunk-OZOFKL5T.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-GVQDVKXQ.mjs";
import "./chunk-NDUASSQO.mjs";
import "./chunk-QJDMSPMB.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-UWB7Z3AN.mjs";
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
