import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectReport,
  printReport
} from "./chunk-FARW7KM2.mjs";
import "./chunk-KPDBK7QM.mjs";
import "./chunk-HLCMS56F.mjs";
import "./chunk-WJYZGBEF.mjs";
import "./chunk-KTPDBBIS.mjs";
import "./chunk-EKBVQSSW.mjs";
import "./chunk-IBOA5DEE.mjs";
import "./chunk-OZOFKL5T.mjs";
import "./chunk-I74CK4JD.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-XGTILJKN.mjs";
import "./chunk-OL6A5YWY.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-GVQDVKXQ.mjs";
import "./chunk-NDUASSQO.mjs";
import "./chunk-QJDMSPMB.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-UWB7Z3AN.mjs";
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
