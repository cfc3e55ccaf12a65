import { mkdir, rm, writeFile } from "node:fs/promises";
import { build, type BuildOptions, type Metafile, type Plugin } from "esbuild";
import { PLUGIN_SUMMARY, renderHelpLines, renderUsage } from "./src/help.js";
import { WRAPPER } from "./src/io/compile-cache.js";
import { loadSubcommands, subcommands, triggers } from "./src/registry.js";

/**
 * Libraries only some paths of a command use, loaded with `await import()`: each is bundled
 * once into dist/vendor/ and every command reaches it there, so no start parses one it does
 * not run. (commander and dotenv are small and used on every path that has them: inlined.)
 */
const VENDOR: Record<string, string> = {
  execa: "execa",
  croner: "croner",
  tar: "tar",
  "age-encryption": "age-encryption",
  "@aws-sdk/client-s3": "aws-sdk-client-s3",
};

const common: BuildOptions = {
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node18",
  legalComments: "none",
  // Comments and indentation are half of a bundle's bytes (commander's documentation most of
  // them), and a start reads the file, holds it as a string and hands V8 a copy: a refused
  // pegasus:set took 130 fewer page faults and 3% less time without them (npm run bench).
  // Names and syntax stay as written, so a stack trace still names its functions.
  minifyWhitespace: true,
  metafile: true,
  logLevel: "warning",
};

// What a start loads is CommonJS: Node reads it synchronously, where an ES module entry costs
// its async loader and libuv's worker threads, 4 to 6 ms of a 57 ms `node -e 0` measured here.
const commonJs: BuildOptions = { ...common, format: "cjs", outExtension: { ".js": ".cjs" } };

// The libraries in dist/vendor/ are CommonJS too, each one file (the ES modules among them,
// execa and age-encryption, converted by esbuild), required on first use. Like a command's
// own code they run in a vm.Script (src/plugin.ts, for V8's code cache), which has no ES module
// loader: an `import()` in them (the AWS SDK has two, of builtins) becomes a require().
const noImportCalls: BuildOptions = { supported: { "dynamic-import": false } };
// And each of them carries Node's CommonJS wrapper itself (WRAPPER in src/io/compile-cache.ts),
// so a start hands V8 the file's text as read, not a copy of it joined to the wrapper. (Node's
// own require of such a file would only evaluate a function: plugin.cjs is their one loader.)
const inTheirWrapper: BuildOptions = { banner: { js: WRAPPER }, footer: { js: "\n})" } };
const vendorJs: BuildOptions = { ...commonJs, ...noImportCalls, ...inTheirWrapper };

// The bundle is committed (plugin:install is a plain git clone) and CI rebuilds it and fails
// on any difference, so the output must be byte-identical from run to run: chunk names are
// content hashes, and the files of an earlier build are removed first.
for (const dir of ["chunks", "subcommand", "trigger", "vendor"]) await rm(`dist/${dir}`, { recursive: true, force: true });

// A start costs a few milliseconds per ES module it loads (resolve, read, compile, link), so
// each command is one file: the shim's dist/plugin.cjs requires dist/<kind>/<name>.cjs, which
// holds everything its start runs (src/main.ts, the command's module and all they import,
// commander included), and nothing else.
const entry = (kind: "subcommand" | "trigger", name: string, file: string) => ({
  in: `pegasus-entry:${kind}/${name}`,
  out: `${kind}/${name}`,
  contents:
    kind === "subcommand"
      ? [
          `import * as module from "./${file}";`,
          `import { parseSubcommandArgs } from "./src/core/args.ts";`,
          `import { startSubcommand } from "./src/main.ts";`,
          `void startSubcommand(module, ${JSON.stringify(name)}, parseSubcommandArgs);`,
        ].join("\n")
      : [`import * as module from "./${file}";`, `import { startTrigger } from "./src/main.ts";`, `void startTrigger(module, ${JSON.stringify(name)});`].join("\n"),
});
// The registry's naming rule (src/registry.ts): a command's module is src/<kind>s/<name>.ts.
const entries = [
  ...subcommands.map(({ name }) => entry("subcommand", name, `src/subcommands/${name}.ts`)),
  ...triggers.map(({ name }) => entry("trigger", name, `src/triggers/${name}.ts`)),
];
const SIDE_EFFECT_FREE = Symbol("side-effect free");

// A builtin a module imports at its top is loaded at every start of the bundle, used or not:
// node:crypto, node:stream, node:fs/promises, node:child_process, node:os and node:v8 cost up to 3 ms
// each (commander requires child_process for the executable subcommands pegasus has none of).
// Each is reached through a stand-in instead, and loads when a name of it is first read.
const LAZY_BUILTINS = /^(?:node:)?(child_process|crypto|fs\/promises|os|stream|stream\/promises|v8)$/;
const lazyBuiltins: Plugin = {
  name: "pegasus-lazy-builtins",
  setup(plugin) {
    plugin.onResolve({ filter: LAZY_BUILTINS }, ({ path, namespace }) =>
      namespace === "pegasus-lazy-builtin" ? { path, external: true } : { path, namespace: "pegasus-lazy-builtin" },
    );
    plugin.onLoad({ filter: /.*/, namespace: "pegasus-lazy-builtin" }, ({ path }) => ({ contents: lazyBuiltin(path), loader: "js" }));
  },
};
/**
 * CommonJS whose exports object has no properties of its own: every name is looked up on its
 * prototype, a Proxy that requires the builtin then. esbuild's interop (`__toESM`) copies a
 * CommonJS module's own names one getter each and keeps its prototype, so the stand-in costs one
 * object at start whatever the builtin exports (getters for each name cost a tenth of a refused
 * command's start), and needs no list of names, which differ from one Node to the next.
 */
function lazyBuiltin(builtin: string): string {
  if (builtin.replace(/^node:/, "") === "fs/promises") return lazyFsPromises();
  return [
    `let builtin;`,
    `module.exports = Object.create(new Proxy({}, { get: (_, name) => (builtin ??= require(${JSON.stringify(builtin)}))[name] }));`,
  ].join("\n");
}
/**
 * node:fs/promises costs a fifth of a start to load (it brings readline, watchers and the
 * FileHandle machinery): the functions we call that have a callback twin in node:fs, which every
 * start has loaded, are that twin made to return a promise (same bindings, same errors and
 * codes). Only the others (`open` and its FileHandle, `cp`) load fs/promises. realpath is not
 * among the twins: node:fs's callback realpath walks the path in JavaScript where
 * fs/promises asks the system, and the env-import check of a FILE relies on the system's.
 */
const FS_CALLBACK_TWINS = [
  "access", "appendFile", "chmod", "chown", "copyFile", "lchown", "link", "lstat", "mkdir", "mkdtemp", "readdir", "readFile",
  "readlink", "rename", "rm", "rmdir", "stat", "statfs", "symlink", "truncate", "unlink", "utimes", "writeFile",
];
function lazyFsPromises(): string {
  return [
    `const fs = require("node:fs");`,
    `const twins = new Set(${JSON.stringify(FS_CALLBACK_TWINS)});`,
    `const promised = new Map();`,
    `const promise = (name) => (...args) => new Promise((resolve, reject) => fs[name](...args, (error, value) => (error ? reject(error) : resolve(value))));`,
    `let builtin;`,
    `module.exports = Object.create(new Proxy({}, {`,
    `  get: (_, name) => twins.has(name) ? promised.get(name) ?? promised.set(name, promise(name)).get(name) : (builtin ??= require("node:fs/promises"))[name],`,
    `}));`,
  ].join("\n");
}
const commandEntries: Plugin = {
  name: "pegasus-entries",
  setup(plugin) {
    plugin.onResolve({ filter: /^pegasus-entry:/ }, ({ path }) => ({ path, namespace: "pegasus-entry" }));
    plugin.onLoad({ filter: /.*/, namespace: "pegasus-entry" }, ({ path }) => ({
      contents: entries.find((candidate) => candidate.in === path)!.contents,
      resolveDir: process.cwd(),
      loader: "ts",
    }));
    // Every command file sits one level below dist/, beside dist/vendor/.
    const library = new RegExp(`^(${Object.keys(VENDOR).map((name) => name.replace(/[/.-]/g, "\\$&")).join("|")})$`);
    plugin.onResolve({ filter: library }, ({ path }) => ({ path: `../vendor/${VENDOR[path]}.cjs`, external: true }));
    // dotenv is CommonJS, which esbuild keeps (and runs at start, loading node:crypto) even
    // where nothing calls it, e.g. `pegasus:set`, whose settings share a module with the
    // off-site credentials reader. Loading it does nothing but define functions: let esbuild
    // drop it wherever it goes unused.
    plugin.onResolve({ filter: /^dotenv$/ }, async ({ path, resolveDir, kind, pluginData }) => {
      if (pluginData === SIDE_EFFECT_FREE) return undefined;
      const { path: file, errors } = await plugin.resolve(path, { resolveDir, kind, pluginData: SIDE_EFFECT_FREE });
      return { path: file, errors, sideEffects: false };
    });
  },
};
// What each file of dist/ holds and imports, for the bundle's tests (test/unit/core/bundle.test.ts):
// the files themselves keep no comment that would name a module.
const outputs: Metafile["outputs"] = {};
const keepMetafile = ({ metafile }: { metafile?: Metafile }) => Object.assign(outputs, metafile!.outputs);

await build({
  ...commonJs,
  entryPoints: entries.map(({ in: input, out }) => ({ in: input, out })),
  splitting: false,
  // `import()` of a vendor library becomes a require() on first use.
  ...noImportCalls,
  ...inTheirWrapper,
  plugins: [lazyBuiltins, commandEntries],
}).then(keepMetafile);

await build({
  ...vendorJs,
  entryPoints: Object.entries(VENDOR).map(([library, out]) => ({ in: library, out: `vendor/${out}` })),
}).then(keepMetafile);

// What the shims run: src/plugin.ts, and beside it the compile cache's writer, which it requires
// only when a run has a cache to write (it is compiled, uncached, on every start otherwise).
await build({
  ...commonJs,
  entryPoints: { "compile-cache-writer": "src/io/compile-cache-writer.ts" },
  plugins: [lazyBuiltins],
}).then(keepMetafile);
await build({
  ...commonJs,
  entryPoints: { plugin: "src/plugin.ts" },
  external: ["./compile-cache-writer.cjs"],
  define: {
    PEGASUS_COMMANDS_JSON: JSON.stringify(JSON.stringify({
      subcommand: subcommands.map(({ name }) => name),
      trigger: triggers.map(({ name }) => name),
      streamsBackups: [
        ...subcommands.filter(({ streamsBackups }) => streamsBackups).map(({ name }) => `subcommand/${name}`),
        ...triggers.filter(({ streamsBackups }) => streamsBackups).map(({ name }) => `trigger/${name}`),
      ],
    })),
  },
  // Its one builtin beyond fs, path and vm (node:v8) it requires inside the function that uses it.
}).then(keepMetafile);
await mkdir(".cache", { recursive: true });
await writeFile(".cache/dist-metafile.json", JSON.stringify({ outputs }, null, 1));

// Help is answered by bash (the root `commands` file) so `dokku help` never starts Node;
// it is commander's own help of each command, rendered here from the specs it parses with.
const loaded = await loadSubcommands();
await mkdir("dist", { recursive: true });
await writeFile("dist/help-lines.txt", renderHelpLines(loaded));
await writeFile("dist/help-summary.txt", `    pegasus, ${PLUGIN_SUMMARY}\n`);
await writeFile("dist/usage.txt", renderUsage(loaded));
