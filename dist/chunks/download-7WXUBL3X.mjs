import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-AWQ2JP7Q.mjs";
import "./chunk-2F72VIPG.mjs";
import "./chunk-5VEOFXWN.mjs";
import "./chunk-TKI7H4MJ.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-NVUTLFZQ.mjs";
import "./chunk-HZUGPUOS.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
