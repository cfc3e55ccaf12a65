import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-GWLL4C76.mjs";
import "./chunk-YYMP33S6.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-IBOA5DEE.mjs";
import "./chunk-OZOFKL5T.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-GVQDVKXQ.mjs";
import "./chunk-NDUASSQO.mjs";
import "./chunk-QJDMSPMB.mjs";
import "./chunk-UWB7Z3AN.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
