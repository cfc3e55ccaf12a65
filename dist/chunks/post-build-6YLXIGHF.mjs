import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hasPredeployScript,
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
import {
  isMissing
} from "./chunk-BG523PJ5.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-5QU4PDJH.mjs";

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
