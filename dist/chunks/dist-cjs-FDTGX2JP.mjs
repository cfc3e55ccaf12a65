import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-SVPFLJD6.mjs";
import "./chunk-K4L2I4H2.mjs";
import "./chunk-QGDSLPDX.mjs";
import "./chunk-WOOJPRL6.mjs";
export default require_dist_cjs();
