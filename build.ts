import { mkdir, rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";
import { PLUGIN_SUMMARY, renderHelpLines, renderUsage } from "./src/help.js";
import { subcommands } from "./src/registry.js";

// The bundle is committed (plugin:install is a plain git clone) and CI rebuilds it and fails
// on any difference, so the output must be byte-identical from run to run.
// Chunk names carry a content hash: last build's chunks must not linger beside this one's.
await rm("dist/chunks", { recursive: true, force: true });
await build({
  entryPoints: { plugin: "src/main.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  // `await import()` of a heavy library (the AWS SDK, age) becomes its own chunk, read only
  // by the command that reaches it: no other command starts slower because of it.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
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
// it is rendered here from the same specs the commands parse with, so it cannot drift.
await mkdir("dist", { recursive: true });
await writeFile("dist/help-lines.txt", renderHelpLines(subcommands));
await writeFile("dist/help-summary.txt", `    pegasus, ${PLUGIN_SUMMARY}\n`);
await writeFile("dist/usage.txt", renderUsage(subcommands));
