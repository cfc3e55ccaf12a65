/**
 * dist/plugin.cjs, what every shim runs: `plugin.cjs subcommand <pegasus:name> args...` or
 * `plugin.cjs trigger <name> args...`. Each command and trigger is a bundle of its own
 * (dist/subcommand/<name>.cjs, dist/trigger/<name>.cjs, made by build.ts from src/registry.ts)
 * that holds all the code its start runs, so a start reads two files. Libraries a command
 * loads only on some paths (execa, croner, tar, age, the AWS SDK) are in dist/vendor/, required
 * on first use. All of them run through V8's code cache (io/compile-cache.ts), kept in the
 * plugin's directory, which `plugin:uninstall` removes with it.
 */

/**
 * The registry's names, written in by build.ts (esbuild `define`) as JSON text: an object
 * defined as such becomes a module of its own, with a wrapper that costs more to start than
 * the parse.
 */
declare const PEGASUS_COMMANDS_JSON: string;
const PEGASUS_COMMANDS = JSON.parse(PEGASUS_COMMANDS_JSON) as { subcommand: string[]; trigger: string[]; streamsBackups: string[] };

import { compileCache, NotAsBuiltError, type CompileCache } from "./io/compile-cache.js";
import { keepYoungGenerationSmall } from "./io/young-generation.js";
import { PLUGIN_NAME } from "./paths.js";

const PLUGIN_PREFIX = `${PLUGIN_NAME}:`;
/** Beside dist/, in the plugin's directory (owned by the dokku user, as Dokku makes it). */
const COMPILE_CACHE_DIR = ".compile-cache";
const kind = process.argv[2];
const name = process.argv[3];

// Once the event loop has nothing left to do, as when Node would exit by itself, exit here
// instead: the same exit ('exit' listeners run, with the exit code the command set), without
// Node first freeing the environment and V8's heap piece by piece, which the kernel does at once
// when the process ends. That teardown was 0.3 ms of every start (npm run bench); no code of
// ours or of the libraries we bundle listens for 'beforeExit'. `on`, not `once`: the listener
// ends the process, so it runs once either way, and `once` would have Node compile its wrapper
// and removeListener on every start (0.3 M instructions, 0.015x of a refused start's wall time).
//
// A run that got here did its command's work if it set no exit code and was not asked for help:
// the one time a command's cache made by a failed run is made again (io/compile-cache.ts). A
// failed run pays nothing for it.
let commandCache: CompileCache | undefined;
process.on("beforeExit", () => {
  if (!process.exitCode && commandCache?.usedPartial.length && !asksForHelp()) commandCache.save(true);
  process.exit();
});

/**
 * `--help` or `-h` before any `--`: commander answers with the help and exit 0 whatever else the
 * words say, and such a run compiles little beyond that. Its cache is saved as partial, like a
 * failed run's, so that the first run that does the command's work saves it again.
 */
function asksForHelp(): boolean {
  const words = process.argv.slice(4);
  const end = words.indexOf("--");
  return (end === -1 ? words : words.slice(0, end)).some((word) => word === "--help" || word === "-h");
}

if (kind === "subcommand" && name) {
  const subcommand = name.startsWith(PLUGIN_PREFIX) ? name.slice(PLUGIN_PREFIX.length) : name;
  if (PEGASUS_COMMANDS.subcommand.includes(subcommand)) {
    load("subcommand", subcommand);
  } else {
    fail(`\`${name}\` is not a dokku command. See \`dokku pegasus:help\``);
  }
} else if (kind === "trigger" && name) {
  // plugn runs every plugin's trigger file; one we do not implement in Node has nothing to do.
  if (PEGASUS_COMMANDS.trigger.includes(name)) load("trigger", name);
} else {
  fail("Usage: plugin.cjs subcommand <pegasus:name> [args] | trigger <name> [args]");
}

function load(kind: "subcommand" | "trigger", name: string): void {
  if (PEGASUS_COMMANDS.streamsBackups.includes(`${kind}/${name}`)) keepYoungGenerationSmall(require("node:v8") as typeof import("node:v8"));
  // Paths joined by hand: node:path's join, compiled on its first call, cost more than the rest
  // of choosing the bundle. __dirname is absolute and dist/'s names are the registry's. The
  // plugin's directory is dist/'s parent by name, as join made it: `dist/..` would be, to the
  // kernel, the parent of a symlinked dist/'s target, where the writer (node:path) never looks.
  const trace = Boolean(process.env.DOKKU_TRACE);
  const pluginDir = __dirname.slice(0, __dirname.lastIndexOf("/"));
  const onExit = (code: number) => {
    cache.save(code === 0 && !asksForHelp());
    if (trace) process.stderr.write(`+ pegasus: compile cache: used ${cache.used.join(" ") || "none"}; made ${cache.made.join(" ") || "none"}\n`);
  };
  const cache = compileCache({
    distDir: __dirname,
    cacheDir: `${pluginDir}/${COMPILE_CACHE_DIR}/${kind}-${name}`,
    requireBuiltin: require,
    // Beside this file in dist/ (build.ts), Node's own require: only a run with a cache to write loads it.
    writer: () => require("./compile-cache-writer.cjs") as typeof import("./io/compile-cache-writer.js"),
    // A start with nothing to write (every start after a command's first) adds no exit listener,
    // unless DOKKU_TRACE asks what the cache did. What a start compiled is saved as partial if
    // it fails (the exit code), and a partial cache is made again by 'beforeExit' above.
    onPending: trace ? undefined : () => process.once("exit", onExit),
  });
  if (trace) process.once("exit", onExit);
  commandCache = cache;
  try {
    cache.load(`${__dirname}/${kind}/${name}.cjs`);
  } catch (error) {
    // An edited bundle is the operator's to put right, and the message says how; anything else
    // the command's own start threw is a bug, and Node prints it with its stack.
    if (!(error instanceof NotAsBuiltError)) throw error;
    fail(error.message);
  }
}

function fail(message: string): void {
  process.stderr.write(` !     ${message}\n`);
  process.exitCode = 1;
}
