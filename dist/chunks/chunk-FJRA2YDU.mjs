import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/core/app-name.ts
var CREATE_RULE = /^[a-z0-9][a-z0-9.-]*$/;
var LEGACY_LOOKUP_RULE = /^[a-z0-9][a-z0-9._-]*$/;
var RULE_MESSAGE = "App name must begin with lowercase alphanumeric character, and may only contain lowercase alphanumerics, dots, and hyphens";
function isValidNewAppName(name) {
  return CREATE_RULE.test(name);
}
function isValidAppName(name) {
  return LEGACY_LOOKUP_RULE.test(name);
}
function verifyAppName(name, { forCreate = false } = {}) {
  if (name === void 0 || name === "") {
    throw new UserError("Please specify an app to run the command on");
  }
  const valid = forCreate ? isValidNewAppName(name) : isValidAppName(name);
  if (!valid) throw new UserError(RULE_MESSAGE);
  return name;
}

export {
  isValidAppName,
  verifyAppName
};
