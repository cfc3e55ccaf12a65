import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSubcommands, subcommands, triggers } from "../../../src/registry.js";
import { REPO_ROOT } from "../../support/sandbox.js";

// test/run-all builds dist/ before the tests, so this reads the bundle that ships.
const DIST = path.join(REPO_ROOT, "dist");
const CHUNKS = readdirSync(path.join(DIST, "chunks")).map((name) => path.join(DIST, "chunks", name));
const text = (file: string) => readFileSync(file, "utf8");

/** Every file a start of `file` parses before it runs: its static imports, transitively. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of text(file).matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)";|^import\s*"(\.[^"]+)";/gms)) {
    staticGraph(path.resolve(path.dirname(file), (match[1] ?? match[2])!), seen);
  }
  return seen;
}

/** The chunk esbuild made for one source module (it names the source in a comment). */
function chunkOf(source: string): string {
  const found = CHUNKS.filter((file) => text(file).includes(`\n// ${source}\n`));
  expect(found, source).toHaveLength(1);
  return found[0]!;
}

const HEAVY = {
  commander: "node_modules/commander/",
  execa: "node_modules/execa/",
  croner: "node_modules/croner/",
  "aws-sdk": "node_modules/@aws-sdk/",
  age: "node_modules/age-encryption/",
};
function heavyIn(graph: Set<string>): string[] {
  return Object.entries(HEAVY)
    .filter(([, marker]) => [...graph].some((file) => text(file).includes(`// ${marker}`)))
    .map(([name]) => name);
}

describe("the split bundle", () => {
  it("starts from a plugin.mjs that statically loads no library: every command and trigger is a dynamic import", () => {
    const entry = path.join(DIST, "plugin.mjs");
    expect(heavyIn(staticGraph(entry))).toEqual([]);
    const dynamic = [...text(entry).matchAll(/import\("(\.\/chunks\/[^"]+)"\)/g)].map((match) => match[1]);
    expect(dynamic.length).toBeGreaterThanOrEqual(subcommands.length + triggers.length);
  });

  it.each([
    // [source module, the libraries its start may parse]
    ["src/subcommands/set.ts", ["commander"]],
    ["src/subcommands/backups.ts", ["commander"]],
    ["src/subcommands/backup-schedule.ts", ["commander"]],
    ["src/triggers/report.ts", []],
    ["src/triggers/cron-entries.ts", []],
    ["src/triggers/pre-release-builder.ts", []],
    ["src/triggers/post-deploy.ts", []],
  ])("%s statically loads only %j (execa on its first spawn, croner when a schedule is checked)", (source, libraries) => {
    expect(heavyIn(staticGraph(chunkOf(source)))).toEqual(libraries);
  });

  it("keeps execa and croner in chunks of their own, reached only by import()", () => {
    for (const library of ["execa", "croner"] as const) {
      const chunk = CHUNKS.filter((file) => text(file).includes(`// ${HEAVY[library]}`));
      expect(chunk).toHaveLength(1);
      const name = path.basename(chunk[0]!);
      const staticImporters = CHUNKS.filter((file) => new RegExp(`from "\\./${name}"|import "\\./${name}"`).test(text(file)));
      expect(staticImporters, library).toEqual([]);
    }
  });
});

describe("the registry", () => {
  it("names each entry as its module names itself", async () => {
    expect((await loadSubcommands()).map((subcommand) => subcommand.name)).toEqual(subcommands.map((entry) => entry.name));
    for (const entry of triggers) expect((await entry.load()).name).toBe(entry.name);
  });
});
