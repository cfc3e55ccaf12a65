import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectReport,
  printReport
} from "./chunk-ARF2GTO3.mjs";
import "./chunk-KGWIFKSG.mjs";
import "./chunk-XCJXAVB4.mjs";
import "./chunk-O2BL4VV6.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-E6RYVHKV.mjs";
import "./chunk-TKI7H4MJ.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-HIHIQUKW.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-46MYEWN4.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-NVUTLFZQ.mjs";
import "./chunk-HZUGPUOS.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-YDC6S6T6.mjs";
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
