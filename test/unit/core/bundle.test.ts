import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { WRAPPER } from "../../../src/io/compile-cache.js";
import { loadSubcommands, subcommands, triggers } from "../../../src/registry.js";
import { REPO_ROOT } from "../../support/sandbox.js";

// test/run-all builds dist/ before the tests, so this reads the bundle that ships.
const DIST = path.join(REPO_ROOT, "dist");
const text = (file: string) => readFileSync(file, "utf8");
type CommandKind = "subcommand" | "trigger";
const ALL_COMMANDS: [CommandKind, string][] = [
  ...subcommands.map(({ name }): [CommandKind, string] => ["subcommand", name]),
  ...triggers.map(({ name }): [CommandKind, string] => ["trigger", name]),
];

const commandFile = (kind: CommandKind, name: string) => path.join(DIST, kind, `${name}.cjs`);
const COMMAND_FILES = ALL_COMMANDS.map(([kind, name]) => commandFile(kind, name));
/** The commands src/registry.ts marks as streaming backups (io/young-generation.ts). */
const STREAMING = [
  "subcommand/backup-deploy",
  "subcommand/backup-download",
  "subcommand/restore",
  "subcommand/offsite-push",
  "subcommand/rollback",
  "trigger/post-build",
  "trigger/pre-release-builder",
];
/** Runs `body` with a plugin directory of its own (a copy of dist/, so its own compile cache). */
function inDistCopy(body: (root: string) => void): void {
  const root = mkdtempSync(path.join(tmpdir(), "pegasus-dist-"));
  try {
    cpSync(DIST, path.join(root, "dist"), { recursive: true });
    body(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** What the shims give node before plugin.cjs (`exec node <flags> "$PLUGIN_AVAILABLE_PATH/..."`). */
const SHIM_NODE_ARGS = (/^exec node ((?:--[a-z-]+ )*)"/.exec(text(path.join(REPO_ROOT, "subcommands", "set")).split("\n")[2] ?? "")?.[1] ?? "").split(" ").filter(Boolean);

/** A start of a command that ends early: `--help` for a subcommand, no app for a trigger. */
function startEarly(root: string, kind: CommandKind, name: string, options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}) {
  const args = kind === "subcommand" ? [`pegasus:${name}`, "--help"] : [name];
  return spawnSync(process.execPath, [...(options.nodeArgs ?? []), path.join(root, "dist", "plugin.cjs"), kind, ...args], { encoding: "utf8", env: options.env });
}
/** The compile cache's trace line of one shim-like start under DOKKU_TRACE (all of stderr if there is none). */
function cacheTrace(root: string, kind: CommandKind, name: string): string {
  const { stderr } = startEarly(root, kind, name, { nodeArgs: SHIM_NODE_ARGS, env: { ...process.env, DOKKU_TRACE: "1" } });
  return stderr.split("\n").find((candidate) => candidate.startsWith("+ pegasus: compile cache: ")) ?? stderr;
}
const VENDOR_FILES = readdirSync(path.join(DIST, "vendor")).map((name) => path.join(DIST, "vendor", name));

// dist/ is whitespace-minified (build.ts): a statement is `var x=require("y")`, wherever it sits.
/** The relative files a module loads at its start: a `var x = require("./x")` of esbuild's. */
function staticImports(file: string): string[] {
  return [...text(file).matchAll(/\bvar [\w$]+=(?:__toESM\()?require\("(\.[^"]+)"\)/g)].map((match) => path.resolve(path.dirname(file), match[1]!));
}

/** The files a module requires on first use: what esbuild makes of `await import("...")`. */
function lazyRequires(file: string): string[] {
  return [...text(file).matchAll(/Promise\.resolve\(\)\.then\(\(\)=>__toESM\(require\("(\.[^"]+)"\)/g)].map((match) => path.resolve(path.dirname(file), match[1]!));
}

/**
 * The node builtins a command bundle loads when it starts: the `var x = require("node:y")` that
 * esbuild makes of an import (a require() it leaves inside a function runs only when that function does).
 */
function builtins(file: string): string[] {
  const found = [...text(file).matchAll(/\bvar [\w$]+=(?:__toESM\()?require\("(?:node:)?([a-z_/]+)"\)/g)];
  return [...new Set(found.map((match) => match[1]!))].sort();
}

/** The builtins Node actually loaded for a run of the plugin, read from process.moduleLoadList at exit. */
function builtinsLoadedBy(args: string[]): string[] {
  // Written to the descriptor: process.stderr would load the stream family and node:net itself.
  const probe = `process.on("exit", () => require("node:fs").writeSync(2, "\\nLOADED " + JSON.stringify(process.moduleLoadList) + "\\n"));`;
  const probeFile = path.join(mkdtempSync(path.join(tmpdir(), "pegasus-probe-")), "probe.cjs");
  writeFileSync(probeFile, probe);
  const run = spawnSync(process.execPath, ["--require", probeFile, path.join(DIST, "plugin.cjs"), ...args], { encoding: "utf8" });
  rmSync(path.dirname(probeFile), { recursive: true });
  const line = run.stderr.split("\n").find((candidate) => candidate.startsWith("LOADED "));
  if (!line) throw new Error(`no module list from plugin.cjs ${args.join(" ")}: ${run.stderr}`);
  return (JSON.parse(line.slice("LOADED ".length)) as string[]).filter((entry) => entry.startsWith("NativeModule ")).map((entry) => entry.slice("NativeModule ".length));
}

const LIBRARY = {
  commander: "node_modules/commander/",
  dotenv: "node_modules/dotenv/",
  execa: "node_modules/execa/",
  croner: "node_modules/croner/",
  tar: "node_modules/tar/",
  "aws-sdk": "node_modules/@aws-sdk/",
  age: "node_modules/age-encryption/",
};
type Library = keyof typeof LIBRARY;
/**
 * What build.ts wrote of esbuild's metafile: each file of dist/ and the modules it holds. It is
 * not committed (.cache/): a clone or a pull that changed dist/ needs `npm run build` first, as
 * test/run-all does, and a metafile whose sizes differ from dist/'s is another build's.
 */
const METAFILE = readMetafile();
function readMetafile(): { outputs: Record<string, { inputs: Record<string, unknown>; bytes: number }> } {
  const file = path.join(REPO_ROOT, ".cache", "dist-metafile.json");
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before this test (npm test does)`);
  const metafile = JSON.parse(readFileSync(file, "utf8")) as ReturnType<typeof readMetafile>;
  for (const [output, { bytes }] of Object.entries(metafile.outputs)) {
    const size = existsSync(path.join(REPO_ROOT, output)) ? readFileSync(path.join(REPO_ROOT, output)).length : -1;
    if (size !== bytes) throw new Error(`${file} describes another build than dist/ (${output}): run \`npm run build\` before this test`);
  }
  return metafile;
}
const librariesIn = (file: string) => {
  const inputs = Object.keys(METAFILE.outputs[path.relative(REPO_ROOT, file)]!.inputs);
  return (Object.keys(LIBRARY) as Library[]).filter((library) => inputs.some((input) => input.startsWith(LIBRARY[library])));
};

describe("the bundle: one file per command", () => {
  it("starts from a plugin.cjs that loads nothing at its start and knows every command of the registry", () => {
    const entry = path.join(DIST, "plugin.cjs");
    expect(staticImports(entry)).toEqual([]);
    // node:path only when a file requires another by a relative path (a vendor library).
    expect(builtins(entry)).toEqual(["fs", "vm"]);
    // Every start compiles it uncached: what only a run with a cache to write needs is a file of its own.
    const inputs = Object.keys(METAFILE.outputs["dist/plugin.cjs"]!.inputs);
    expect(inputs).toContain("src/io/compile-cache.ts");
    expect(inputs).not.toContain("src/io/compile-cache-writer.ts");
    expect(Object.keys(METAFILE.outputs["dist/compile-cache-writer.cjs"]!.inputs)).toContain("src/io/compile-cache-writer.ts");
    const names = /\bPEGASUS_COMMANDS=JSON\.parse\('([^']*)'\)/.exec(text(entry))!;
    const commands = JSON.parse(names[1]!) as { subcommand: string[]; trigger: string[]; streamsBackups: string[] };
    expect(commands.subcommand).toEqual(subcommands.map(({ name }) => name));
    expect(commands.trigger).toEqual(triggers.map(({ name }) => name));
    expect(commands.streamsBackups).toEqual(STREAMING);
    expect(text(entry)).toContain('load("subcommand",subcommand)');
    expect(text(entry)).toContain('load("trigger",name)');
  });

  it("runs a refused pegasus:set without child_process, crypto, v8, fs/promises or a stderr stream: each loads on first use", () => {
    const loaded = builtinsLoadedBy(["subcommand", "pegasus:set", "--global", "no-such-key", "x"]);
    expect(loaded).toContain("vm");
    // commander gets spawn only when it calls it; the refusal is written to fd 2 (io/standard-output.ts).
    for (const builtin of ["child_process", "crypto", "v8", "zlib", "internal/fs/promises", "stream", "net"]) expect(loaded).not.toContain(builtin);
  });

  it("is ASCII throughout: V8 keeps an ASCII source one byte a character, and copies any other as two", () => {
    for (const file of [path.join(DIST, "plugin.cjs"), ...COMMAND_FILES, ...VENDOR_FILES]) expect(text(file), file).not.toMatch(/[^\x00-\x7f]/);
  });

  it("gives every file plugin.cjs loads Node's CommonJS wrapper, and plugin.cjs and the cache's writer none (Node's require loads them)", () => {
    for (const file of [...COMMAND_FILES, ...VENDOR_FILES]) expect(text(file).startsWith(WRAPPER), file).toBe(true);
    for (const file of ["plugin.cjs", "compile-cache-writer.cjs"]) expect(text(path.join(DIST, file)).startsWith(WRAPPER), file).toBe(false);
  });

  it("has no import() in any file a command loads: they run in a vm.Script, which has no ES module loader", () => {
    for (const file of [...COMMAND_FILES, ...VENDOR_FILES]) expect(text(file), file).not.toMatch(/(?<![\w$.:])import\(/);
  });

  it.each(COMMAND_FILES.map((file) => [path.relative(DIST, file), file]))(
    "%s is one file: no static import of another, only a require on first use of dist/vendor/, no library code of the vendor's",
    (_label, file) => {
      expect(existsSync(file)).toBe(true);
      expect(staticImports(file)).toEqual([]);
      for (const target of lazyRequires(file)) {
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

  it("keeps the young generation small, before anything is compiled, for the commands that stream backups, and for no other", () => {
    // Records, in a copy of dist/ (its own compile cache), the order of the flag and of each compile.
    inDistCopy((root) => {
      const probe = path.join(root, "probe.cjs");
      writeFileSync(
        probe,
        [
          `const v8 = require("node:v8"), vm = require("node:vm"), fs = require("node:fs");`,
          `const events = [];`,
          `const setFlags = v8.setFlagsFromString;`,
          `v8.setFlagsFromString = (flags) => { events.push("flag " + flags); setFlags(flags); };`,
          `const Script = vm.Script;`,
          `vm.Script = function (source, options) { events.push("compile " + require("node:path").basename(options.filename)); return new Script(source, options); };`,
          `process.on("exit", () => fs.writeSync(2, "\\nEVENTS " + JSON.stringify(events) + "\\n"));`,
        ].join("\n"),
      );
      for (const [kind, name] of ALL_COMMANDS) {
        const command = `${kind}/${name}`;
        const run = startEarly(root, kind, name, { nodeArgs: ["--require", probe] });
        const line = run.stderr.split("\n").find((candidate) => candidate.startsWith("EVENTS "));
        expect(line, `${command}: ${run.stderr}`).toBeDefined();
        const events = JSON.parse(line!.slice("EVENTS ".length)) as string[];
        expect(events[0], command).toBe(STREAMING.includes(command) ? "flag --semi-space-growth-factor=1" : `compile ${name}.cjs`);
        expect(events.filter((event) => event.startsWith("flag ")).length, command).toBe(STREAMING.includes(command) ? 1 : 0);
      }
    });
  });

  it("uses its compile cache from the second start of every command on (a flag set after the compile would make V8 refuse it)", () => {
    inDistCopy((root) => {
      // As the shims start it, and through a symlink, as plugins/enabled/ or a moved /var/lib/dokku reach it.
      expect(SHIM_NODE_ARGS).toEqual(["--no-global-search-paths", "--preserve-symlinks-main"]);
      const link = `${root}-link`;
      symlinkSync(root, link);
      onTestFinished(() => rmSync(link));
      const start = (kind: CommandKind, name: string) => cacheTrace(link, kind, name);
      for (const [kind, name] of ALL_COMMANDS) {
        expect(start(kind, name), `${kind} ${name}, first start`).toBe(`+ pegasus: compile cache: used none; made ${kind}/${name}.cjs.cache`);
        expect(start(kind, name), `${kind} ${name}, second start`).toBe(`+ pegasus: compile cache: used ${kind}/${name}.cjs; made none`);
      }
      expect(readdirSync(path.join(root, ".compile-cache")).sort()).toEqual(ALL_COMMANDS.map(([kind, name]) => `${kind}-${name}`).sort());
      // Without DOKKU_TRACE a start listens for its exit only once it has a cache to write: the
      // first start still writes it, and the next one uses it.
      for (const [kind, name] of ALL_COMMANDS) {
        const cacheFile = path.join(root, ".compile-cache", `${kind}-${name}`, kind, `${name}.cjs.cache`);
        rmSync(cacheFile);
        const first = startEarly(link, kind, name, { nodeArgs: SHIM_NODE_ARGS, env: { ...process.env, DOKKU_TRACE: "" } });
        expect(first.stderr, `${kind} ${name}`).not.toContain("compile cache");
        expect(existsSync(cacheFile), `${kind} ${name}, first start without trace`).toBe(true);
        expect(start(kind, name), `${kind} ${name}, after a start without trace`).toBe(`+ pegasus: compile cache: used ${kind}/${name}.cjs; made none`);
      }
    });
  });

  it("makes a command's cache again, once, when a failed start made it: the first start that does its work, with DOKKU_TRACE or without", () => {
    inDistCopy((root) => {
      const cacheFile = path.join(root, ".compile-cache", "subcommand-set", "subcommand", "set.cjs.cache");
      const firstLine = () => readFileSync(cacheFile, "utf8").split("\n")[0]!;
      // `pegasus:set --global` writes its property under DOKKU_LIB_ROOT: a start that succeeds without Dokku.
      const dokkuDirs = { DOKKU_ROOT: path.join(root, "home"), DOKKU_LIB_ROOT: path.join(root, "lib") };
      const set = (trace: boolean, ...args: string[]) => {
        const child = spawnSync(process.execPath, [...SHIM_NODE_ARGS, path.join(root, "dist", "plugin.cjs"), "subcommand", "pegasus:set", ...args], {
          encoding: "utf8",
          env: { ...process.env, ...dokkuDirs, DOKKU_TRACE: trace ? "1" : "" },
        });
        return { status: child.status, trace: child.stderr.split("\n").find((line) => line.startsWith("+ pegasus: compile cache: ")) };
      };
      const refused = ["--global", "no-such-key", "x"];
      const works = ["--global", "backup-keep", "5"];
      for (const trace of [true, false]) {
        rmSync(path.join(root, ".compile-cache"), { recursive: true, force: true });
        const failed = set(trace, ...refused);
        expect(failed.status).toBe(1);
        if (trace) expect(failed.trace).toBe("+ pegasus: compile cache: used none; made subcommand/set.cjs.cache");
        expect(firstLine(), `trace ${trace}`).toMatch(/ partial$/);
        const partialSize = statSync(cacheFile).size;
        // Help exits 0 but compiles little beyond itself: not the run that makes the cache whole.
        const help = set(trace, "--help");
        expect(help.status).toBe(0);
        if (trace) expect(help.trace).toBe("+ pegasus: compile cache: used subcommand/set.cjs; made none");
        expect(firstLine(), `trace ${trace}`).toMatch(/ partial$/);
        const succeeded = set(trace, ...works);
        expect(succeeded.status).toBe(0);
        if (trace) expect(succeeded.trace).toBe("+ pegasus: compile cache: used subcommand/set.cjs; made subcommand/set.cjs.cache");
        expect(firstLine(), `trace ${trace}`).not.toMatch(/ partial$/);
        expect(statSync(cacheFile).size).toBeGreaterThan(partialSize);
        for (const args of [refused, works, ["--help"]]) expect(set(true, ...args).trace).toBe("+ pegasus: compile cache: used subcommand/set.cjs; made none");
      }
    });
  });

  it("keeps its compile cache in the plugin's directory when dist/ itself is a symlink (as in every test sandbox and the bench's)", () => {
    inDistCopy((root) => {
      // The plugin's directory holds a dist/ that links elsewhere: `dist/..` is, to the kernel,
      // the target's parent, not the plugin's directory that the cache's writer names.
      const plugin = `${root}-plugin`;
      mkdirSync(plugin);
      symlinkSync(path.join(root, "dist"), path.join(plugin, "dist"));
      onTestFinished(() => rmSync(plugin, { recursive: true, force: true }));
      const start = () => cacheTrace(plugin, "subcommand", "set");
      expect(start()).toBe("+ pegasus: compile cache: used none; made subcommand/set.cjs.cache");
      expect(start()).toBe("+ pegasus: compile cache: used subcommand/set.cjs; made none");
      expect(existsSync(path.join(plugin, ".compile-cache", "subcommand-set", "subcommand", "set.cjs.cache"))).toBe(true);
      expect(existsSync(path.join(root, ".compile-cache"))).toBe(false);
    });
  });

  it("imports node's builtins by name in our code: no command copies a builtin's names at its start", () => {
    // A default import (`import path from "node:path"`) becomes esbuild's __toESM, which copies
    // every name of the builtin into a new object, once per module that imports it, at every
    // start: four of them were 0.28 M instructions of a refused pegasus:set (callgrind).
    for (const file of COMMAND_FILES) expect(text(file), file).not.toMatch(/__toESM\(require\("node:/);
  });

  it("keeps execa, croner, tar, age and the AWS SDK in dist/vendor/, required only on first use", () => {
    for (const library of ["execa", "croner", "tar", "aws-sdk", "age"] as const) {
      expect(VENDOR_FILES.some((file) => librariesIn(file).includes(library)), library).toBe(true);
    }
    for (const file of COMMAND_FILES) {
      expect(staticImports(file).filter((target) => target.includes(`${path.sep}vendor${path.sep}`))).toEqual([]);
    }
    const set = commandFile("subcommand", "set");
    expect(lazyRequires(set).map((target) => path.basename(target))).toEqual(["execa.cjs"]);
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
