import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-2HLXONEM.mjs";
import "./chunk-2F72VIPG.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-EXIHXETX.mjs";
import "./chunk-ITWPCNSE.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-JLLUMFFX.mjs";
import "./chunk-IOIF2D7O.mjs";
import "./chunk-4YZX26ZL.mjs";
import "./chunk-4O2IXLXA.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
