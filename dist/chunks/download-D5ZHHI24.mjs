import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-EN7GX5R3.mjs";
import "./chunk-ZBAHLNJK.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-4MOI6CBR.mjs";
import "./chunk-3CEZ2N6Z.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
