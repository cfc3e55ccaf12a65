import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-SRX4ECZ2.mjs";
import "./chunk-ZBAHLNJK.mjs";
import "./chunk-EFCLZ5JQ.mjs";
import "./chunk-QF2C4N6P.mjs";
import "./chunk-3CEZ2N6Z.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
