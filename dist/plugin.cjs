"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:PEGASUS_COMMANDS>
var define_PEGASUS_COMMANDS_default = { subcommand: ["setup", "env-import", "backup-deploy", "backups", "backup-download", "backup-schedule", "backup-unschedule", "restore", "offsite-auth", "offsite-push", "rollback", "releases", "set", "report"], trigger: ["post-delete", "post-app-rename-setup", "post-app-clone-setup", "cron-entries", "post-build", "pre-release-builder", "post-deploy", "report"] };

// src/plugin.ts
var import_node_path = __toESM(require("node:path"), 1);

// src/paths.ts
var PLUGIN_NAME = "pegasus";

// src/plugin.ts
var PLUGIN_PREFIX = `${PLUGIN_NAME}:`;
var [kind, name] = process.argv.slice(2);
if (kind === "subcommand" && name) {
  const subcommand = name.startsWith(PLUGIN_PREFIX) ? name.slice(PLUGIN_PREFIX.length) : name;
  if (define_PEGASUS_COMMANDS_default.subcommand.includes(subcommand)) {
    load(`subcommand/${subcommand}.cjs`);
  } else {
    fail(`\`${name}\` is not a dokku command. See \`dokku pegasus:help\``);
  }
} else if (kind === "trigger" && name) {
  if (define_PEGASUS_COMMANDS_default.trigger.includes(name)) load(`trigger/${name}.cjs`);
} else {
  fail("Usage: plugin.cjs subcommand <pegasus:name> [args] | trigger <name> [args]");
}
function load(file) {
  module.require(import_node_path.default.join(__dirname, file));
}
function fail(message) {
  process.stderr.write(` !     ${message}
`);
  process.exitCode = 1;
}
