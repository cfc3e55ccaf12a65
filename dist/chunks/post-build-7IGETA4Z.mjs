import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-2ZGXRR4H.mjs";
import "./chunk-YM2PTYZ4.mjs";
import {
  hasPredeployScript
} from "./chunk-YJY7Y6I3.mjs";
import "./chunk-TFMNHB3T.mjs";
import "./chunk-PFTFMMXV.mjs";
import "./chunk-RHKVO5CG.mjs";
import "./chunk-2B6KY2NA.mjs";
import "./chunk-7N5HTSVI.mjs";
import "./chunk-C2YKQ3BK.mjs";
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
import {
  isMissing
} from "./chunk-33UZ2PXN.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-4O2IXLXA.mjs";
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
