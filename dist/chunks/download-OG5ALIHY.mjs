import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-23N7WTYR.mjs";
import "./chunk-ZBAHLNJK.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-RT6HE2GJ.mjs";
import "./chunk-3CEZ2N6Z.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
