import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectReport,
  printReport
} from "./chunk-CMUZGPYL.mjs";
import "./chunk-7SC2MYZ6.mjs";
import "./chunk-KTPDBBIS.mjs";
import "./chunk-SREYTFRB.mjs";
import "./chunk-AY4PTRTA.mjs";
import "./chunk-IQCXBECJ.mjs";
import "./chunk-5RGY6NEV.mjs";
import "./chunk-5GKNDJV2.mjs";
import "./chunk-JWBOQWTV.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-BMF5B2QQ.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-46MYEWN4.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-4JEXCA4H.mjs";
import "./chunk-P3SWFLKK.mjs";
import "./chunk-MTNGXRX7.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-A75HFHNM.mjs";
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
