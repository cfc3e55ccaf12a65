import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-BFANGIG5.mjs";
import "./chunk-34VFNDGG.mjs";
import "./chunk-5VEOFXWN.mjs";
import "./chunk-N57HPFOI.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
