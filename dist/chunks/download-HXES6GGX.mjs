import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-M65RWU5J.mjs";
import "./chunk-YYMP33S6.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-CI466C6F.mjs";
import "./chunk-RFCIIVJZ.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-ECHGGWT6.mjs";
import "./chunk-ELWOFJSF.mjs";
import "./chunk-32K456QH.mjs";
import "./chunk-EMOIG6IH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
