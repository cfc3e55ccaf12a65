import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PART_SIZE,
  describeS3Error,
  openBucket
} from "./chunk-ZBAHLNJK.mjs";
import "./chunk-3CEZ2N6Z.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  PART_SIZE,
  describeS3Error,
  openBucket
};
