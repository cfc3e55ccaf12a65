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
} from "./chunk-I22BFEBS.mjs";
import "./chunk-K2SD3ZXP.mjs";
import "./chunk-IDXT27MG.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-XJYLVPT3.mjs";
import "./chunk-ZVX6LS6S.mjs";
import "./chunk-5VEOFXWN.mjs";
import "./chunk-N57HPFOI.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-Q6PHM2EF.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import "./chunk-FJRA2YDU.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
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
