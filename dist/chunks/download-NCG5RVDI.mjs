import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-BU6G4EZW.mjs";
import "./chunk-2F72VIPG.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-5RGY6NEV.mjs";
import "./chunk-5GKNDJV2.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-4JEXCA4H.mjs";
import "./chunk-P3SWFLKK.mjs";
import "./chunk-MTNGXRX7.mjs";
import "./chunk-A75HFHNM.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
