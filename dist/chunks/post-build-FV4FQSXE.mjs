import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hasPredeployScript,
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
import {
  isMissing
} from "./chunk-32K456QH.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-EMOIG6IH.mjs";
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
