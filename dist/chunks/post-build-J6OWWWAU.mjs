import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hasPredeployScript,
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
import {
  isMissing
} from "./chunk-QJDMSPMB.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-UWB7Z3AN.mjs";
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
