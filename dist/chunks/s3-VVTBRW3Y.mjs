import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PART_SIZE,
  describeS3Error,
  openBucket,
  partSizeFor
} from "./chunk-34VFNDGG.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  PART_SIZE,
  describeS3Error,
  openBucket,
  partSizeFor
};
