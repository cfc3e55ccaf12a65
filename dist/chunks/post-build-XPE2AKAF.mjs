import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runDeployGate
} from "./chunk-SFKIBHDZ.mjs";
import "./chunk-IMV2ZRPS.mjs";
import {
  hasPredeployScript
} from "./chunk-PUJ5KJI7.mjs";
import "./chunk-SHMF3E65.mjs";
import "./chunk-3KNIYQQN.mjs";
import "./chunk-XQSRIMG4.mjs";
import "./chunk-ATC7VFNU.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-EMGFY7BH.mjs";
import "./chunk-6TVJNR7H.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-BZ7ITAPC.mjs";
import "./chunk-UNLGK46V.mjs";
import {
  isMissing
} from "./chunk-5QZIG45P.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-YI7D3R4I.mjs";
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
