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
} from "./chunk-KMMH777P.mjs";
import "./chunk-4WBHVQGA.mjs";
import "./chunk-SREYTFRB.mjs";
import "./chunk-AY4PTRTA.mjs";
import "./chunk-3YA6BH63.mjs";
import "./chunk-IQCXBECJ.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-5RGY6NEV.mjs";
import "./chunk-5GKNDJV2.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-BMF5B2QQ.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-Q6PHM2EF.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import "./chunk-FJRA2YDU.mjs";
import "./chunk-4JEXCA4H.mjs";
import "./chunk-P3SWFLKK.mjs";
import "./chunk-MTNGXRX7.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-A75HFHNM.mjs";
import "./chunk-JABQKX53.mjs";
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
