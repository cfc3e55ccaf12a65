import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-SREFOCJK.mjs";
import "./chunk-VWRVS5UV.mjs";
import "./chunk-S4DEUPIM.mjs";
import "./chunk-QKWZWXD5.mjs";
import "./chunk-EQMTHXNS.mjs";
import "./chunk-O3HSYXXN.mjs";
import "./chunk-X5N43AGB.mjs";
import "./chunk-SHU6PJMX.mjs";
import "./chunk-6TBKA3ZD.mjs";
import "./chunk-NGVO5WZJ.mjs";
import "./chunk-EFL3QNMU.mjs";
import "./chunk-V7SOREVV.mjs";
import "./chunk-5AFJY3P3.mjs";
import "./chunk-6GPN4RGO.mjs";
export default require_dist_cjs();
