import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectReport,
  printReport
} from "./chunk-BBV4JYVZ.mjs";
import "./chunk-23CH4AWR.mjs";
import "./chunk-XCJXAVB4.mjs";
import "./chunk-IDXT27MG.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-ZVX6LS6S.mjs";
import "./chunk-N57HPFOI.mjs";
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
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
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
