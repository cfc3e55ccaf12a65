import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-N5MC76OI.mjs";
import "./chunk-2TA3EUPX.mjs";
import {
  hasPredeployScript
} from "./chunk-4WBHVQGA.mjs";
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
import {
  isMissing
} from "./chunk-MTNGXRX7.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-A75HFHNM.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/triggers/post-build.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var postBuild = {
  name: "post-build",
  async run(args, context) {
    const app = verifyAppName(args[1]);
    const workDir = args[2];
    const appJson = workDir ? await readOptional(path.join(workDir, "app.json")) : void 0;
    await runDeployGate({ trigger: "post-build", app, hasPredeploy: hasPredeployScript(appJson) }, context);
  }
};
async function readOptional(file) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (isMissing(error) || error.code === "ENOTDIR") return void 0;
    throw error;
  }
}
export {
  postBuild
};
