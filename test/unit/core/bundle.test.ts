import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSubcommands, subcommands, triggers } from "../../../src/registry.js";
import { REPO_ROOT } from "../../support/sandbox.js";

// test/run-all builds dist/ before the tests, so this reads the bundle that ships.
const DIST = path.join(REPO_ROOT, "dist");
const text = (file: string) => readFileSync(file, "utf8");
const commandFile = (kind: "subcommand" | "trigger", name: string) => path.join(DIST, kind, `${name}.mjs`);
const COMMAND_FILES = [
  ...subcommands.map(({ name }) => commandFile("subcommand", name)),
  ...triggers.map(({ name }) => commandFile("trigger", name)),
];
const VENDOR_FILES = readdirSync(path.join(DIST, "vendor")).map((name) => path.join(DIST, "vendor", name));

/** The relative files a module imports statically (`import ... from "./x"`, `import "./x"`). */
function staticImports(file: string): string[] {
  return [...text(file).matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)";|^import\s*"(\.[^"]+)";/gms)].map((match) =>
    path.resolve(path.dirname(file), (match[1] ?? match[2])!),
  );
}

/** The files a module reaches with `import("...")` (a literal path). */
function dynamicImports(file: string): string[] {
  return [...text(file).matchAll(/\bimport\(\s*"(\.[^"]+)"\s*\)/g)].map((match) => path.resolve(path.dirname(file), match[1]!));
}

/** The node builtins a module loads at its start (static ESM imports and CommonJS require() in bundled code). */
function builtins(file: string): string[] {
  const found = [...text(file).matchAll(/^import\s[^;]*?from\s*"(node:[^"]+)";|__require\("(?:node:)?([a-z_/]+)"\)/gms)];
  return [...new Set(found.map((match) => (match[1] ?? `node:${match[2]}`).replace(/^node:/, "")))].sort();
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
  it("starts from a plugin.mjs that imports nothing statically and knows every command of the registry", () => {
    const entry = path.join(DIST, "plugin.mjs");
    expect(staticImports(entry)).toEqual([]);
    expect(text(entry)).not.toMatch(/^import\s/m);
    const names = /var define_PEGASUS_COMMANDS_default = \{ subcommand: (\[[^\]]*\]), trigger: (\[[^\]]*\]) \};/.exec(text(entry))!;
    expect(JSON.parse(names[1]!)).toEqual(subcommands.map(({ name }) => name));
    expect(JSON.parse(names[2]!)).toEqual(triggers.map(({ name }) => name));
    expect(text(entry)).toContain("import(new URL(`./subcommand/${subcommand}.mjs`, import.meta.url).href)");
    expect(text(entry)).toContain("import(new URL(`./trigger/${name}.mjs`, import.meta.url).href)");
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
    ["subcommand/set.mjs", ["commander"], ["crypto"]],
    ["subcommand/backups.mjs", ["commander", "dotenv"], []],
    ["subcommand/backup-schedule.mjs", ["commander"], []],
    ["trigger/report.mjs", ["dotenv"], ["child_process"]],
    ["trigger/cron-entries.mjs", [], ["child_process", "crypto"]],
    ["trigger/pre-release-builder.mjs", ["dotenv"], []],
    ["trigger/post-deploy.mjs", [], ["child_process"]],
  ])("%s holds only %j (commander parses subcommands only; dotenv only where credentials or env files are read)", (file, libraries, notLoaded) => {
    expect(librariesIn(path.join(DIST, file))).toEqual(libraries);
    for (const builtin of notLoaded) expect(builtins(path.join(DIST, file))).not.toContain(builtin);
  });

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
