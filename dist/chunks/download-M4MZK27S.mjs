import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-UPP5A6IH.mjs";
import "./chunk-2F72VIPG.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-ZH7CCPZG.mjs";
import "./chunk-PM722R2L.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-B4PHR3BT.mjs";
import "./chunk-MGEBLEDS.mjs";
import "./chunk-4OTPUG7K.mjs";
import "./chunk-UBCEBHZC.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
