import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup,
  listBucketCopies
} from "./chunk-65FYMV5U.mjs";
import "./chunk-G6HWK4TP.mjs";
import "./chunk-5VEOFXWN.mjs";
import "./chunk-4V7QHSHD.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-24VJJ4AR.mjs";
import "./chunk-SBXYK2KJ.mjs";
import "./chunk-D4TFNDD3.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  downloadBackup,
  listBucketCopies
};
