import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-HQRPNYIR.mjs";
import "./chunk-2F72VIPG.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-EMGFY7BH.mjs";
import "./chunk-6TVJNR7H.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-BZ7ITAPC.mjs";
import "./chunk-UNLGK46V.mjs";
import "./chunk-5QZIG45P.mjs";
import "./chunk-YI7D3R4I.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
