import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-57QVSNNN.mjs";
import "./chunk-G5JCWHC3.mjs";
import "./chunk-HZGW5E3L.mjs";
import "./chunk-6YELYRZK.mjs";
import "./chunk-ZUUHFFUB.mjs";
import "./chunk-LZRPA3DS.mjs";
import "./chunk-MWQAADJU.mjs";
import "./chunk-7RSLSLFY.mjs";
import "./chunk-6ZFS47TS.mjs";
import "./chunk-PCBGWEPX.mjs";
import "./chunk-SVPFLJD6.mjs";
import "./chunk-K4L2I4H2.mjs";
import "./chunk-QGDSLPDX.mjs";
import "./chunk-WOOJPRL6.mjs";
export default require_dist_cjs();
