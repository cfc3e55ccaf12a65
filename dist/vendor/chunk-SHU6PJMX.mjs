import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  config_exports,
  init_config
} from "./chunk-5AFJY3P3.mjs";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-6GPN4RGO.mjs";

// node_modules/@smithy/shared-ini-file-loader/dist-cjs/index.js
var require_dist_cjs = __commonJS({
  "node_modules/@smithy/shared-ini-file-loader/dist-cjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readFile = exports.externalDataInterceptor = exports.parseKnownFiles = exports.loadSsoSessionData = exports.loadSharedConfigFiles = exports.CONFIG_PREFIX_SEPARATOR = exports.getSSOTokenFromFile = exports.getSSOTokenFilepath = exports.getProfileName = exports.DEFAULT_PROFILE = exports.ENV_PROFILE = exports.getHomeDir = void 0;
    var config_1 = (init_config(), __toCommonJS(config_exports));
    Object.defineProperty(exports, "getHomeDir", { enumerable: true, get: function() {
      return config_1.getHomeDir;
    } });
    Object.defineProperty(exports, "ENV_PROFILE", { enumerable: true, get: function() {
      return config_1.ENV_PROFILE;
    } });
    Object.defineProperty(exports, "DEFAULT_PROFILE", { enumerable: true, get: function() {
      return config_1.DEFAULT_PROFILE;
    } });
    Object.defineProperty(exports, "getProfileName", { enumerable: true, get: function() {
      return config_1.getProfileName;
    } });
    Object.defineProperty(exports, "getSSOTokenFilepath", { enumerable: true, get: function() {
      return config_1.getSSOTokenFilepath;
    } });
    Object.defineProperty(exports, "getSSOTokenFromFile", { enumerable: true, get: function() {
      return config_1.getSSOTokenFromFile;
    } });
    Object.defineProperty(exports, "CONFIG_PREFIX_SEPARATOR", { enumerable: true, get: function() {
      return config_1.CONFIG_PREFIX_SEPARATOR;
    } });
    Object.defineProperty(exports, "loadSharedConfigFiles", { enumerable: true, get: function() {
      return config_1.loadSharedConfigFiles;
    } });
    Object.defineProperty(exports, "loadSsoSessionData", { enumerable: true, get: function() {
      return config_1.loadSsoSessionData;
    } });
    Object.defineProperty(exports, "parseKnownFiles", { enumerable: true, get: function() {
      return config_1.parseKnownFiles;
    } });
    Object.defineProperty(exports, "externalDataInterceptor", { enumerable: true, get: function() {
      return config_1.externalDataInterceptor;
    } });
    Object.defineProperty(exports, "readFile", { enumerable: true, get: function() {
      return config_1.readFile;
    } });
  }
});

export {
  require_dist_cjs
};
