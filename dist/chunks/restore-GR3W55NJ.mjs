import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RESTORE_OPTIONS,
  checkBackupFile,
  findBackup,
  intoServiceFlag,
  intoServiceOption,
  planOnly,
  prepareRestore,
  restoreBackup
} from "./chunk-AQVU5DZU.mjs";
import "./chunk-XPCOMRTA.mjs";
import "./chunk-O2BL4VV6.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-FACFAMRP.mjs";
import "./chunk-E6RYVHKV.mjs";
import "./chunk-5VEOFXWN.mjs";
import "./chunk-TKI7H4MJ.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-Q6PHM2EF.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import "./chunk-FJRA2YDU.mjs";
import "./chunk-NVUTLFZQ.mjs";
import "./chunk-HZUGPUOS.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-ZE4TZOB4.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  RESTORE_OPTIONS,
  checkBackupFile,
  findBackup,
  intoServiceFlag,
  intoServiceOption,
  planOnly,
  prepareRestore,
  restoreBackup
};
