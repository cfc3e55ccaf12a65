import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-OY7BWXSZ.mjs";
import "./chunk-ZBAHLNJK.mjs";
import "./chunk-OSKTYABJ.mjs";
import "./chunk-LZPBBF32.mjs";
import "./chunk-3CEZ2N6Z.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
