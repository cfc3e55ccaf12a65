import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  init_serde,
  serde_exports
} from "./chunk-NGVO5WZJ.mjs";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-6GPN4RGO.mjs";

// node_modules/@smithy/util-stream/dist-cjs/index.js
var require_dist_cjs = __commonJS({
  "node_modules/@smithy/util-stream/dist-cjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isBlob = exports.isReadableStream = exports.splitStream = exports.sdkStreamMixin = exports.headStream = exports.getAwsChunkedEncodingStream = exports.createBufferedReadable = exports.createChecksumStream = exports.ChecksumStream = exports.Uint8ArrayBlobAdapter = void 0;
    var serde_1 = (init_serde(), __toCommonJS(serde_exports));
    Object.defineProperty(exports, "Uint8ArrayBlobAdapter", { enumerable: true, get: function() {
      return serde_1.Uint8ArrayBlobAdapter;
    } });
    Object.defineProperty(exports, "ChecksumStream", { enumerable: true, get: function() {
      return serde_1.ChecksumStream;
    } });
    Object.defineProperty(exports, "createChecksumStream", { enumerable: true, get: function() {
      return serde_1.createChecksumStream;
    } });
    Object.defineProperty(exports, "createBufferedReadable", { enumerable: true, get: function() {
      return serde_1.createBufferedReadable;
    } });
    Object.defineProperty(exports, "getAwsChunkedEncodingStream", { enumerable: true, get: function() {
      return serde_1.getAwsChunkedEncodingStream;
    } });
    Object.defineProperty(exports, "headStream", { enumerable: true, get: function() {
      return serde_1.headStream;
    } });
    Object.defineProperty(exports, "sdkStreamMixin", { enumerable: true, get: function() {
      return serde_1.sdkStreamMixin;
    } });
    Object.defineProperty(exports, "splitStream", { enumerable: true, get: function() {
      return serde_1.splitStream;
    } });
    Object.defineProperty(exports, "isReadableStream", { enumerable: true, get: function() {
      return serde_1.isReadableStream;
    } });
    Object.defineProperty(exports, "isBlob", { enumerable: true, get: function() {
      return serde_1.isBlob;
    } });
  }
});

export {
  require_dist_cjs
};
