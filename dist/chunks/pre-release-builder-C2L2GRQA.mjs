import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-L3H3ZJYP.mjs";
import "./chunk-Y2X5UCQU.mjs";
import "./chunk-XPCOMRTA.mjs";
import "./chunk-O2BL4VV6.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-FACFAMRP.mjs";
import "./chunk-E6RYVHKV.mjs";
import "./chunk-5VEOFXWN.mjs";
import "./chunk-TKI7H4MJ.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-NVUTLFZQ.mjs";
import "./chunk-HZUGPUOS.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-YDC6S6T6.mjs";
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
