import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hasPredeployScript,
  runDeployGate
} from "./chunk-4ZSUELQW.mjs";
import "./chunk-QXQ4IBES.mjs";
import "./chunk-57UPOHVD.mjs";
import "./chunk-XPJ4III4.mjs";
import "./chunk-XFLGJKRL.mjs";
import "./chunk-GWYYUA5T.mjs";
import "./chunk-DD6GFI57.mjs";
import "./chunk-BJNMUONL.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-EXIHXETX.mjs";
import "./chunk-ITWPCNSE.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-JLLUMFFX.mjs";
import "./chunk-IOIF2D7O.mjs";
import {
  isMissing
} from "./chunk-4YZX26ZL.mjs";
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
