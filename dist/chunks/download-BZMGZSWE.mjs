import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-6RTZKINX.mjs";
import "./chunk-ZBAHLNJK.mjs";
import "./chunk-NMPEEZWR.mjs";
import "./chunk-LZPBBF32.mjs";
import "./chunk-3CEZ2N6Z.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
