import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectReport,
  printReport
} from "./chunk-MFUXYGV2.mjs";
import "./chunk-KTPDBBIS.mjs";
import "./chunk-SPE2YZ2N.mjs";
import "./chunk-DXA5XXZA.mjs";
import "./chunk-XGTILJKN.mjs";
import "./chunk-OL6A5YWY.mjs";
import "./chunk-ASW42DKL.mjs";
import "./chunk-C5VAU4B7.mjs";
import "./chunk-SKJ6A7NB.mjs";
import "./chunk-BRCRBLNR.mjs";
import "./chunk-7AVTMNRI.mjs";
import "./chunk-BG523PJ5.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-5QU4PDJH.mjs";

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
