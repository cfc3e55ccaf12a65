import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-KFJCVFTS.mjs";
import "./chunk-2F72VIPG.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-DX3DLGOQ.mjs";
import "./chunk-3IYJ7GNO.mjs";
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
