import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-GJ6QMDGX.mjs";
import "./chunk-RR67WXOB.mjs";
import "./chunk-2F72VIPG.mjs";
import "./chunk-YJY7Y6I3.mjs";
import "./chunk-TFMNHB3T.mjs";
import "./chunk-PFTFMMXV.mjs";
import "./chunk-RHKVO5CG.mjs";
import "./chunk-2B6KY2NA.mjs";
import "./chunk-7N5HTSVI.mjs";
import "./chunk-C2YKQ3BK.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-Q6PHM2EF.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import "./chunk-FJRA2YDU.mjs";
import "./chunk-KGDHXTFC.mjs";
import "./chunk-YFNOY4SH.mjs";
import "./chunk-33UZ2PXN.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-4O2IXLXA.mjs";
import "./chunk-JABQKX53.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
