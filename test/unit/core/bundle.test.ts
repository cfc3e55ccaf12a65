import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSubcommands, subcommands, triggers } from "../../../src/registry.js";
import { REPO_ROOT } from "../../support/sandbox.js";

// test/run-all builds dist/ before the tests, so this reads the bundle that ships.
const DIST = path.join(REPO_ROOT, "dist");
const text = (file: string) => readFileSync(file, "utf8");
const commandFile = (kind: "subcommand" | "trigger", name: string) => path.join(DIST, kind, `${name}.cjs`);
const COMMAND_FILES = [
  ...subcommands.map(({ name }) => commandFile("subcommand", name)),
  ...triggers.map(({ name }) => commandFile("trigger", name)),
];
const VENDOR_FILES = readdirSync(path.join(DIST, "vendor")).map((name) => path.join(DIST, "vendor", name));

/** The relative files a module loads at its start (`require("./x")`, or a static ESM import). */
function staticImports(file: string): string[] {
  return [...text(file).matchAll(/\brequire\(\s*"(\.[^"]+)"\s*\)|^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)";|^import\s*"(\.[^"]+)";/gms)].map((match) =>
    path.resolve(path.dirname(file), (match[1] ?? match[2] ?? match[3])!),
  );
}

/** The files a module reaches with `import("...")` (a literal path). */
function dynamicImports(file: string): string[] {
  return [...text(file).matchAll(/\bimport\(\s*"(\.[^"]+)"\s*\)/g)].map((match) => path.resolve(path.dirname(file), match[1]!));
}

/**
 * The node builtins a command bundle loads when it starts: the top-level `var x = require("node:y")`
 * of CommonJS output (a require() inside a function runs only when that function does).
 */
function builtins(file: string): string[] {
  const found = [...text(file).matchAll(/^\s*var [\w$]+ = (?:__toESM\()?require\("(?:node:)?([a-z_/]+)"\)/gm)];
  return [...new Set(found.map((match) => match[1]!))].sort();
}

/** The builtins Node actually loaded for a run of the plugin, read from process.moduleLoadList at exit. */
function builtinsLoadedBy(args: string[]): string[] {
  const probe = `process.on("exit", () => process.stderr.write("\\nLOADED " + JSON.stringify(process.moduleLoadList) + "\\n"));`;
  const probeFile = path.join(mkdtempSync(path.join(tmpdir(), "pegasus-probe-")), "probe.cjs");
  writeFileSync(probeFile, probe);
  const run = spawnSync(process.execPath, ["--require", probeFile, path.join(DIST, "plugin.cjs"), ...args], { encoding: "utf8" });
  rmSync(path.dirname(probeFile), { recursive: true });
  const line = run.stderr.split("\n").find((candidate) => candidate.startsWith("LOADED "));
  if (!line) throw new Error(`no module list from plugin.cjs ${args.join(" ")}: ${run.stderr}`);
  return (JSON.parse(line.slice("LOADED ".length)) as string[]).filter((entry) => entry.startsWith("NativeModule ")).map((entry) => entry.slice("NativeModule ".length));
}

const LIBRARY = {
  commander: "// node_modules/commander/",
  dotenv: "// node_modules/dotenv/",
  execa: "// node_modules/execa/",
  croner: "// node_modules/croner/",
  tar: "// node_modules/tar/",
  "aws-sdk": "// node_modules/@aws-sdk/",
  age: "// node_modules/age-encryption/",
};
type Library = keyof typeof LIBRARY;
const librariesIn = (file: string) => (Object.keys(LIBRARY) as Library[]).filter((library) => text(file).includes(LIBRARY[library]));

describe("the bundle: one file per command", () => {
  it("starts from a plugin.cjs that loads nothing at its start and knows every command of the registry", () => {
    const entry = path.join(DIST, "plugin.cjs");
    expect(staticImports(entry)).toEqual([]);
    expect(builtins(entry)).toEqual(["path"]);
    const names = /var define_PEGASUS_COMMANDS_default = \{ subcommand: (\[[^\]]*\]), trigger: (\[[^\]]*\]) \};/.exec(text(entry))!;
    expect(JSON.parse(names[1]!)).toEqual(subcommands.map(({ name }) => name));
    expect(JSON.parse(names[2]!)).toEqual(triggers.map(({ name }) => name));
    expect(text(entry)).toContain("load(`subcommand/${subcommand}.cjs`)");
    expect(text(entry)).toContain("load(`trigger/${name}.cjs`)");
  });

  it("runs a refused pegasus:set without child_process, crypto or v8: commander gets spawn only when it calls it", () => {
    const loaded = builtinsLoadedBy(["subcommand", "pegasus:set", "--global", "no-such-key", "x"]);
    expect(loaded).toContain("internal/fs/promises");
    for (const builtin of ["child_process", "crypto", "v8", "zlib"]) expect(loaded).not.toContain(builtin);
  });

  it.each(COMMAND_FILES.map((file) => [path.relative(DIST, file), file]))(
    "%s is one file: no static import of another, only import() of dist/vendor/, no library code of the vendor's",
    (_label, file) => {
      expect(existsSync(file)).toBe(true);
      expect(staticImports(file)).toEqual([]);
      for (const target of dynamicImports(file)) {
        expect(path.dirname(target)).toBe(path.join(DIST, "vendor"));
        expect(existsSync(target), target).toBe(true);
      }
      expect(librariesIn(file).filter((library) => library !== "commander" && library !== "dotenv")).toEqual([]);
    },
  );

  it.each([
    // [command file, the libraries it holds, node builtins its start must not load]
    ["subcommand/set.cjs", ["commander"], ["child_process", "crypto", "v8"]],
    ["subcommand/backups.cjs", ["commander", "dotenv"], []],
    ["subcommand/backup-schedule.cjs", ["commander"], []],
    ["trigger/report.cjs", ["dotenv"], ["child_process"]],
    ["trigger/cron-entries.cjs", [], ["child_process", "crypto"]],
    ["trigger/pre-release-builder.cjs", ["dotenv"], []],
    ["trigger/post-deploy.cjs", [], ["child_process"]],
  ])("%s holds only %j (commander parses subcommands only; dotenv only where credentials or env files are read)", (file, libraries, notLoaded) => {
    expect(librariesIn(path.join(DIST, file))).toEqual(libraries);
    for (const builtin of notLoaded) expect(builtins(path.join(DIST, file))).not.toContain(builtin);
  });

  it.each(["subcommand/offsite-push.cjs", "subcommand/restore.cjs", "subcommand/backup-download.cjs", "subcommand/backup-deploy.cjs", "subcommand/rollback.cjs", "trigger/pre-release-builder.cjs"])(
    "%s, which streams backups, keeps the young generation small from its start, not from an import() that runs later",
    (file) => {
      // At the bundle's top level: inlined, or the init call of a module esbuild wraps because an import() also reaches it.
      expect(text(path.join(DIST, file))).toMatch(/^(?:init_young_generation\(\)|\(0, import_node_v8\.setFlagsFromString\)\("--semi-space-growth-factor=1"\));$/m);
    },
  );

  it("keeps execa, croner, tar, age and the AWS SDK in dist/vendor/, reached only by import()", () => {
    for (const library of ["execa", "croner", "tar", "aws-sdk", "age"] as const) {
      expect(VENDOR_FILES.some((file) => text(file).includes(LIBRARY[library])), library).toBe(true);
    }
    for (const file of COMMAND_FILES) {
      expect(staticImports(file).filter((target) => target.includes(`${path.sep}vendor${path.sep}`))).toEqual([]);
    }
    const set = commandFile("subcommand", "set");
    expect(dynamicImports(set).map((target) => path.basename(target))).toEqual(["execa.mjs"]);
  });
});

describe("the registry", () => {
  it("names each entry as its module names itself", async () => {
    expect((await loadSubcommands()).map((subcommand) => subcommand.name)).toEqual(subcommands.map((entry) => entry.name));
    for (const entry of triggers) expect((await entry.load()).name).toBe(entry.name);
  });

  it("keeps the naming rule build.ts relies on: pegasus:<name> is src/subcommands/<name>.ts, a trigger src/triggers/<name>.ts", () => {
    for (const { name } of subcommands) expect(existsSync(path.join(REPO_ROOT, "src", "subcommands", `${name}.ts`)), name).toBe(true);
    for (const { name } of triggers) expect(existsSync(path.join(REPO_ROOT, "src", "triggers", `${name}.ts`)), name).toBe(true);
  });
});
