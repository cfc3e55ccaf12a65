import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  init_protocols,
  protocols_exports
} from "./chunk-X5N43AGB.mjs";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-6GPN4RGO.mjs";

// node_modules/@smithy/protocol-http/dist-cjs/index.js
var require_dist_cjs = __commonJS({
  "node_modules/@smithy/protocol-http/dist-cjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveHttpHandlerRuntimeConfig = exports.getHttpHandlerExtensionConfiguration = exports.isValidHostname = exports.HttpResponse = exports.HttpRequest = exports.Fields = exports.Field = void 0;
    var protocols_1 = (init_protocols(), __toCommonJS(protocols_exports));
    Object.defineProperty(exports, "Field", { enumerable: true, get: function() {
      return protocols_1.Field;
    } });
    Object.defineProperty(exports, "Fields", { enumerable: true, get: function() {
      return protocols_1.Fields;
    } });
    Object.defineProperty(exports, "HttpRequest", { enumerable: true, get: function() {
      return protocols_1.HttpRequest;
    } });
    Object.defineProperty(exports, "HttpResponse", { enumerable: true, get: function() {
      return protocols_1.HttpResponse;
    } });
    Object.defineProperty(exports, "isValidHostname", { enumerable: true, get: function() {
      return protocols_1.isValidHostname;
    } });
    Object.defineProperty(exports, "getHttpHandlerExtensionConfiguration", { enumerable: true, get: function() {
      return protocols_1.getHttpHandlerExtensionConfiguration;
    } });
    Object.defineProperty(exports, "resolveHttpHandlerRuntimeConfig", { enumerable: true, get: function() {
      return protocols_1.resolveHttpHandlerRuntimeConfig;
    } });
  }
});

export {
  require_dist_cjs
};
