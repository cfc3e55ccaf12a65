import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectReport,
  printReport
} from "./chunk-KYEAAH3X.mjs";
import "./chunk-SSFP3FR3.mjs";
import "./chunk-V3Y3OAYG.mjs";
import "./chunk-VD7Z3CSZ.mjs";
import "./chunk-KTPDBBIS.mjs";
import "./chunk-UHNHFBMR.mjs";
import "./chunk-CI466C6F.mjs";
import "./chunk-RFCIIVJZ.mjs";
import "./chunk-I74CK4JD.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-XGTILJKN.mjs";
import "./chunk-OL6A5YWY.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-ECHGGWT6.mjs";
import "./chunk-ELWOFJSF.mjs";
import "./chunk-32K456QH.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-EMOIG6IH.mjs";
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
