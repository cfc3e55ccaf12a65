import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectReport,
  printReport
} from "./chunk-OEDXICTB.mjs";
import "./chunk-COYTDE2Z.mjs";
import "./chunk-KTPDBBIS.mjs";
import "./chunk-TFMNHB3T.mjs";
import "./chunk-PFTFMMXV.mjs";
import "./chunk-2B6KY2NA.mjs";
import "./chunk-7N5HTSVI.mjs";
import "./chunk-C2YKQ3BK.mjs";
import "./chunk-QUPUL35C.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-46MYEWN4.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-KGDHXTFC.mjs";
import "./chunk-YFNOY4SH.mjs";
import "./chunk-33UZ2PXN.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-4O2IXLXA.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/triggers/report.ts
var report = {
  name: "report",
  async run(args, context) {
    const [app] = args;
    if (!app) return 0;
    try {
      const fields = await collectReport(verifyAppName(app), context);
      printReport(context, app, fields, { format: "stdout", infoFlags: [] });
    } catch (error) {
      context.log.warn(`pegasus report of ${app} unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 0;
  }
};
export {
  report
};
