import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-EFL3QNMU.mjs";
import "./chunk-V7SOREVV.mjs";
import "./chunk-5AFJY3P3.mjs";
import "./chunk-6GPN4RGO.mjs";
export default require_dist_cjs();
