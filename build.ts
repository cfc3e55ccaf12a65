import { mkdir, rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";
import { PLUGIN_SUMMARY, renderHelpLines, renderUsage } from "./src/help.js";
import { loadSubcommands } from "./src/registry.js";

// The bundle is committed (plugin:install is a plain git clone) and CI rebuilds it and fails
// on any difference, so the output must be byte-identical from run to run: chunk names are
// content hashes, and the chunks of an earlier build are removed first.
await rm("dist/chunks", { recursive: true, force: true });
await build({
  // The shims run dist/plugin.mjs; every command and trigger is a chunk it imports on demand
  // (src/registry.ts), so a start parses only what that command uses.
  entryPoints: { plugin: "src/main.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  target: "node18",
  format: "esm",
  legalComments: "none",
  logLevel: "warning",
  banner: {
    // CommonJS dependencies call require(); ESM output has none unless we make one.
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

// Help is answered by bash (the root `commands` file) so `dokku help` never starts Node;
// it is commander's own help of each command, rendered here from the specs it parses with.
const subcommands = await loadSubcommands();
await mkdir("dist", { recursive: true });
await writeFile("dist/help-lines.txt", renderHelpLines(subcommands));
await writeFile("dist/help-summary.txt", `    pegasus, ${PLUGIN_SUMMARY}\n`);
await writeFile("dist/usage.txt", renderUsage(subcommands));
