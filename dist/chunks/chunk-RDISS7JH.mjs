import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/core/options.ts
function stringOption(options, name) {
  const value = options[name];
  return typeof value === "string" ? value : void 0;
}
function stringListOption(options, name) {
  const value = options[name];
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function booleanOption(options, name) {
  return options[name] === true;
}
function formatOption(options) {
  const format = stringOption(options, "format") ?? "stdout";
  if (format === "json" || format === "stdout" || format === "text") {
    return format === "json" ? "json" : "stdout";
  }
  throw new UserError(`Format must be "stdout" or "json": "${format}"`);
}
var FORMAT_OPTION = {
  format: { type: "string", value: "stdout|json", description: "json prints only data on stdout" }
};
var DRY_RUN_OPTION = {
  "dry-run": { type: "boolean", description: "print what would change and change nothing" }
};
function expectPositionals(command, usage, positionals, min, max) {
  if (positionals.length < min) {
    throw new UserError(`Missing argument. Usage: dokku ${command} ${usage}`);
  }
  if (positionals.length > max) {
    throw new UserError(
      `Unexpected argument ${JSON.stringify(positionals[max])}. Usage: dokku ${command} ${usage}`
    );
  }
}

export {
  stringOption,
  stringListOption,
  booleanOption,
  formatOption,
  FORMAT_OPTION,
  DRY_RUN_OPTION,
  expectPositionals
};
