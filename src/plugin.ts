/**
 * dist/plugin.cjs, what every shim runs: `plugin.cjs subcommand <pegasus:name> args...` or
 * `plugin.cjs trigger <name> args...`. It imports nothing itself: each command and trigger is a
 * bundle of its own (dist/subcommand/<name>.cjs, dist/trigger/<name>.cjs, made by build.ts from
 * src/registry.ts) that holds all the code its start runs, so a start reads two files. Libraries
 * a command loads only on some paths (execa, croner, tar, age, the AWS SDK) are in dist/vendor/,
 * reached by `import()` alone.
 */

/** The registry's names, written in by build.ts (esbuild `define`). */
declare const PEGASUS_COMMANDS: { subcommand: readonly string[]; trigger: readonly string[] };

import path from "node:path";
import { PLUGIN_NAME } from "./paths.js";

const PLUGIN_PREFIX = `${PLUGIN_NAME}:`;
const [kind, name] = process.argv.slice(2);

if (kind === "subcommand" && name) {
  const subcommand = name.startsWith(PLUGIN_PREFIX) ? name.slice(PLUGIN_PREFIX.length) : name;
  if (PEGASUS_COMMANDS.subcommand.includes(subcommand)) {
    load(`subcommand/${subcommand}.cjs`);
  } else {
    fail(`\`${name}\` is not a dokku command. See \`dokku pegasus:help\``);
  }
} else if (kind === "trigger" && name) {
  // plugn runs every plugin's trigger file; one we do not implement in Node has nothing to do.
  if (PEGASUS_COMMANDS.trigger.includes(name)) load(`trigger/${name}.cjs`);
} else {
  fail("Usage: plugin.cjs subcommand <pegasus:name> [args] | trigger <name> [args]");
}

/** A file of dist/ beside this one, by a name only known at run time (so esbuild leaves it be). */
function load(file: string): void {
  module.require(path.join(__dirname, file));
}

function fail(message: string): void {
  process.stderr.write(` !     ${message}\n`);
  process.exitCode = 1;
}
