import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-3CEZ2N6Z.mjs";

// src/core/args.ts
import { parseArgs } from "node:util";
var DOKKU_GLOBAL_FLAGS = {
  quiet: { type: "boolean", description: "" },
  trace: { type: "boolean", description: "" },
  app: { type: "string", description: "" }
};
function parseCommandArgs(command, argv, specs, env = {}, infoFlagPrefix) {
  const infoFlags = infoFlagPrefix ? argv.filter((arg) => arg.startsWith(`--${infoFlagPrefix}`)) : [];
  argv = argv.filter((arg) => !infoFlags.includes(arg));
  const options = {};
  for (const [name, spec] of Object.entries({ ...DOKKU_GLOBAL_FLAGS, ...specs })) {
    options[name] = { type: spec.type, multiple: spec.multiple ?? false };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${describeParseError(error)}. See \`dokku pegasus:help\` for the usage of ${command}`);
  }
  const positionals = [...parsed.positionals];
  const app = parsed.values.app ?? env.DOKKU_APP_NAME;
  if (app && positionals[0] !== app) positionals.unshift(app);
  const values = { ...parsed.values };
  delete values.quiet;
  delete values.trace;
  delete values.app;
  return { positionals, options: values, infoFlags };
}
function describeParseError(error) {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Unknown flag ${unknown[1]}`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `Flag ${missing[1]?.replace(/^-\w, /, "")} needs a value`;
  const notString = /Option '([^']+?)(?: <value>)?' argument is ambiguous/.exec(message);
  if (notString) return `Flag ${notString[1]} needs a value`;
  return message.split("\n")[0] ?? message;
}
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
  parseCommandArgs,
  stringOption,
  stringListOption,
  booleanOption,
  formatOption,
  FORMAT_OPTION,
  DRY_RUN_OPTION,
  expectPositionals
};
