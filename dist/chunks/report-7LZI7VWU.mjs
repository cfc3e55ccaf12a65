import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectReport,
  printReport
} from "./chunk-PHMYKM57.mjs";
import "./chunk-57UPOHVD.mjs";
import "./chunk-DBBA52AY.mjs";
import "./chunk-XPJ4III4.mjs";
import "./chunk-KTPDBBIS.mjs";
import "./chunk-DD6GFI57.mjs";
import "./chunk-EXIHXETX.mjs";
import "./chunk-ITWPCNSE.mjs";
import "./chunk-QUPUL35C.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-XGTILJKN.mjs";
import "./chunk-OL6A5YWY.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-JLLUMFFX.mjs";
import "./chunk-IOIF2D7O.mjs";
import "./chunk-4YZX26ZL.mjs";
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
