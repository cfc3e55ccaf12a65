// Plugin dispatch (the `dokku` script's execute_dokku_cmd and `help`), plugn trigger semantics,
// and the plugin:* commands.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { userInfo } from "node:os";
import { childStderrFd, DokkuExit, err, fail, info1, info1Quiet, line, out, warn } from "./output.js";
import { currentDepth, paths, recordEvent } from "./state.js";

export const COMMUNITY_EMULATED = ["postgres", "redis", "letsencrypt"] as const;

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `enabled/*` in glob order (plugn walks it alphabetically; core and community share it). */
export function enabledPlugins(): string[] {
  const dir = paths().enabledPath;
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

export function pluginEnabled(name: string): boolean {
  return existsSync(join(paths().enabledPath, name));
}

function groupName(): string {
  const r = spawnSync("id", ["-gn"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : userInfo().username;
}

/** What Dokku exports to plugin processes, plus the fake's depth counter and bin on PATH. */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const p = paths();
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.DOKKU_ROOT = p.dokkuRoot;
  env.DOKKU_HOST_ROOT = process.env.DOKKU_HOST_ROOT || p.dokkuRoot;
  env.DOKKU_LIB_ROOT = p.libRoot;
  env.PLUGIN_PATH = p.pluginPath;
  env.PLUGIN_AVAILABLE_PATH = p.availablePath;
  env.PLUGIN_ENABLED_PATH = p.enabledPath;
  env.PLUGIN_CORE_PATH = p.corePath;
  env.PLUGIN_CORE_AVAILABLE_PATH = p.coreAvailablePath;
  env.PLUGIN_CORE_ENABLED_PATH = p.coreEnabledPath;
  env.DOKKU_SYSTEM_USER = process.env.DOKKU_SYSTEM_USER || userInfo().username;
  env.DOKKU_SYSTEM_GROUP = process.env.DOKKU_SYSTEM_GROUP || groupName();
  env.DOKKU_API_VERSION = "1";
  env.DOKKU_NOT_IMPLEMENTED_EXIT = "10";
  env.DOKKU_VALID_EXIT = "0";
  env.DOKKU_PID = process.env.DOKKU_PID || String(process.pid);
  env.DOKKU_CONTAINER_LABEL = "dokku";
  env.DOCKER_BIN = process.env.DOCKER_BIN || "docker";
  env.FAKE_DOKKU_DEPTH = String(currentDepth() + 1);
  const bin = process.env.FAKE_DOKKU_BIN_DIR;
  if (bin && !(env.PATH ?? "").split(":").includes(bin)) env.PATH = `${bin}:${env.PATH ?? ""}`;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface SpawnResult {
  status: number;
  signal: NodeJS.Signals | null;
  stdout?: string;
}

/** Runs a plugin program with inherited stdio (stderr merged under build capture). */
export function runProgram(file: string, args: string[], options: { captureStdout?: boolean; cwd?: string; input?: Buffer } = {}): SpawnResult {
  const opts: SpawnSyncOptions = {
    env: childEnv(),
    cwd: options.cwd,
    stdio: [options.input ? "pipe" : "inherit", options.captureStdout ? "pipe" : "inherit", childStderrFd()],
    input: options.input,
    maxBuffer: 1 << 30,
  };
  const r = spawnSync(file, args, opts);
  if (r.error && (r.error as NodeJS.ErrnoException).code === "EACCES") {
    warn(`${file}: Permission denied`);
    return { status: 126, signal: null };
  }
  if (r.error && (r.error as NodeJS.ErrnoException).code === "EISDIR") {
    warn(`${file}: Is a directory`);
    return { status: 126, signal: null };
  }
  const status = r.status ?? (r.signal ? 128 + (signalNumber(r.signal) ?? 1) : 1);
  return { status, signal: r.signal, stdout: options.captureStdout ? String(r.stdout ?? "") : undefined };
}

function signalNumber(sig: NodeJS.Signals): number | undefined {
  const table: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15, SIGPIPE: 13, SIGABRT: 6, SIGSEGV: 11 };
  return table[sig];
}

export interface TriggerResult {
  status: number;
  stdout: string;
}

/** A core plugin's trigger answered in-process (the fake has no core plugin files). */
export type CoreTrigger = (args: string[]) => void;
const coreTriggers = new Map<string, Map<string, CoreTrigger>>();

/** Registers `<plugin>/<trigger>` of an emulated core plugin (see core-triggers.ts). */
export function registerCoreTrigger(trigger: string, plugin: string, fn: CoreTrigger): void {
  let byPlugin = coreTriggers.get(trigger);
  if (!byPlugin) {
    byPlugin = new Map();
    coreTriggers.set(trigger, byPlugin);
  }
  byPlugin.set(plugin, fn);
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * `plugn trigger <name> args…`: every enabled plugin's executable `<name>` file in glob order
 * (emulated core plugins take their place in that order); the first non-zero exit stops the
 * loop and is returned. `capture` collects stdout (callers that consume trigger output);
 * otherwise it streams. Core handlers always write to the fake's own stdout.
 */
export function fireTrigger(name: string, args: string[], options: { capture?: boolean } = {}): TriggerResult {
  const p = paths();
  let collected = "";
  const ran: string[] = [];
  const appIndex = ["pre-build", "post-build", "pre-release-builder", "post-release-builder", "scheduler-cron-write"].includes(name) ? 1 : 0;
  const app = ["install", "update", "uninstall", "dependencies", "cron-entries"].includes(name) ? undefined : args[appIndex] || undefined;
  const done = (status: number): TriggerResult => {
    recordEvent(app, `trigger:${name}`, { args, plugins: ran, exitCode: status });
    return { status, stdout: collected };
  };
  const core = coreTriggers.get(name) ?? new Map<string, CoreTrigger>();
  const plugins = [...new Set([...enabledPlugins(), ...core.keys()])].sort(byteOrder);
  for (const plugin of plugins) {
    const handler = core.get(plugin);
    if (handler) {
      ran.push(plugin);
      let status = 0;
      try {
        handler(args);
      } catch (e) {
        if (!(e instanceof DokkuExit)) throw e;
        status = e.code;
      }
      if (status !== 0) return done(status);
      continue;
    }
    const file = join(p.enabledPath, plugin, name);
    if (!existsSync(file)) continue;
    try {
      if (!statSync(file).isFile()) continue;
    } catch {
      continue;
    }
    if (!isExecutableFile(file)) {
      err(`Trigger '${name}' is not executable, skipping plugin (${plugin})\n`);
      continue;
    }
    const r = runProgram(file, args, { captureStdout: options.capture });
    ran.push(plugin);
    if (options.capture) collected += r.stdout ?? "";
    if (r.status !== 0) return done(r.status);
  }
  return done(0);
}

// ---------------------------------------------------------------- dispatch

/** The `dokku` script's lookup of subcommands/ files. Returns the exit code, or undefined. */
export function dispatchSubcommandFile(argv: string[]): number | undefined {
  const p = paths();
  const name = argv[0] ?? "";
  const cmd = name;
  const rest = name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
  const prefix = name.split(":")[0] ?? "";
  const candidates = [join(p.enabledPath, name, "subcommands", "default"), join(p.enabledPath, name, "subcommands", cmd)];
  if (rest !== "") candidates.push(join(p.enabledPath, prefix, "subcommands", rest));
  for (const file of candidates) {
    if (isExecutableFile(file)) return runProgram(file, argv).status;
  }
  return undefined;
}

/** The `commands` loop: exit 10 = not mine; other non-zero ends dokku; 0 continues. */
export function commandsLoop(argv: string[]): number | undefined {
  let implemented = false;
  for (const plugin of enabledPlugins()) {
    const file = join(paths().enabledPath, plugin, "commands");
    if (!existsSync(file)) continue;
    const r = runProgram(file, argv);
    if (r.status === 10) continue;
    implemented = true;
    if (r.status !== 0) return r.status;
  }
  return implemented ? 0 : undefined;
}

export function notACommand(argv: string[]): never {
  warn(`\`${argv.join(" ")}\` is not a dokku command.`);
  warn("See `dokku help` for a list of available commands.");
  throw new DokkuExit(1);
}

// ---------------------------------------------------------------- help

const CORE_HELP = [
  "    apps, Manage apps",
  "    builder, Manage builder settings",
  "    builder-dockerfile, Manage the dockerfile builder integration for an app",
  "    config, Manage global and app-specific config vars",
  "    domains, Manage vhost domains used by the Dokku proxy",
  "    git, Manage app deploys via git",
  "    plugin, Manage installed plugins",
  "    ps, List processes running in app containers",
  "    storage, Mount local volume / directories inside containers",
];
const CORE_HELP_ALL = [
  "    apps:create <app>, Create a new app",
  "    apps:destroy <app>, Permanently destroy an app",
  "    apps:exists <app>, Checks if an app exists",
  "    apps:list, List your apps",
  "    apps:report [<app>] [<flag>], Displays an app report for one or more apps",
  "    config:export [--format=FORMAT] [--merged] (<app>|--global), Export a global or app environment",
  "    config:get [--quoted] (<app>|--global) KEY, Display a global or app-specific config value",
  "    config:import [--replace] [--no-restart] (<app>|--global) [FILE|-], Import config vars from a file or stdin",
  "    config:set [--encoded] [--no-restart] (<app>|--global) KEY1=VALUE1 [KEY2=VALUE2 ...], Set one or more config vars",
  "    config:unset [--no-restart] (<app>|--global) KEY1 [KEY2 ...], Unset one or more config vars",
  "    plugin:install [--core|git-url|tar-url] [--committish tag|branch|commit|--name custom-plugin-name], Optionally download git-url (and pin to the specified branch/tag/commit) & run install trigger for active plugins",
  "    ps:scale [--skip-deploy] <app> <proc>=<count> [<proc>=<count>...], Get/Set how many instances of a given process to run",
];

/** The `help` case of the dokku script, with the same sort | sed | column pipeline. */
export function help(all: boolean): number {
  const p = paths();
  const find = spawnSync("find", ["-L", p.enabledPath, "-name", "commands"], { encoding: "utf8" });
  const files = (find.stdout ?? "").split("\n").filter(Boolean);
  const core: string[] = [];
  const community: string[] = [];
  for (const f of files) {
    let real = f;
    try {
      real = realpathSync(f);
    } catch {
      /* dangling */
    }
    (real.includes("core-plugins") ? core : community).push(f);
  }
  out('Usage: dokku [--quiet|--trace|--force] COMMAND <app> [command-specific-options]\n\nPrimary help options, type "dokku COMMAND:help" for more details, or dokku help --all to see all commands.\n\nCommands:\n\n');
  const script = all
    ? 'set -eo pipefail; export LC_ALL=C; { printf "%s\\n" "$CORE_LINES"; for c in $CORE_FILES; do $c help; done; } | sort | column -c2 -t -s,; printf "\\nCommunity plugin commands:\\n\\n"; for c in $COMMUNITY_FILES; do $c help; done | sort | column -c2 -t -s,'
    : 'set -eo pipefail; export LC_ALL=C; { printf "%s\\n" "$CORE_LINES"; for c in $CORE_FILES; do $c help; done; } | sort | sed -e \'/^.*:/d\' -e \'s/\\s[\\[\\<\\-\\(].*,/,/\' | column -c2 -t -s,; if [[ -n "$COMMUNITY_FILES" ]]; then printf "\\nCommunity plugin commands:\\n\\n"; for c in $COMMUNITY_FILES; do $c help; done | sort | column -c2 -t -s,; fi';
  const env = childEnv({
    CORE_LINES: (all ? [...CORE_HELP, ...CORE_HELP_ALL] : CORE_HELP).join("\n"),
    CORE_FILES: core.join(" "),
    COMMUNITY_FILES: community.length ? `${community.join(" ")} ` : "",
  });
  // `--all` is read by plugins from the parent's command line (ps -o command= $PPID): the
  // parent of each `commands` is this bash, so put --all on its command line too.
  const r = spawnSync("bash", ["-c", script, "dokku-help", ...(all ? ["--all"] : [])], { env, stdio: ["inherit", "inherit", "inherit"] });
  return r.status ?? 1;
}

// ---------------------------------------------------------------- plugin:*

function gitRun(args: string[], cwd?: string): number {
  const r = spawnSync("git", args, { cwd, stdio: ["ignore", "inherit", childStderrFd()], env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } });
  return r.status ?? 1;
}

function defaultPluginName(url: string): string {
  let name = url.replace(/\/+$/, "").split("/").pop() ?? url;
  name = name.replace(/\.git$/, "").replace(/\.(tar\.gz|tgz)$/, "").replace(/^dokku-/, "");
  return name;
}

function primeCompletion(): void {
  // plugin_prime_bash_completion: `dokku --quiet help --all` under pipefail.
  const r = spawnSync(process.execPath, [process.argv[1] ?? "", "--quiet", "help", "--all"], { env: childEnv({ FAKE_DOKKU_NO_RECORD: "1" }), stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new DokkuExit(r.status ?? 1);
}

export function pluginCommand(cmd: string, args: string[]): void {
  // root-only: checked by users.ts switchUser before dispatch, as the dokku script does
  const p = paths();
  switch (cmd) {
    case "plugin:list": {
      info1Quiet("Plugin Version Status Description".replace(/ /g, " "));
      for (const plugin of readdirSync(p.availablePath).sort()) {
        const toml = (() => {
          try {
            return readFileSync(join(p.availablePath, plugin, "plugin.toml"), "utf8");
          } catch {
            return "";
          }
        })();
        const version = /version\s*=\s*"([^"]*)"/.exec(toml)?.[1] ?? "";
        const description = /description\s*=\s*"([^"]*)"/.exec(toml)?.[1] ?? "";
        const status = existsSync(join(p.enabledPath, plugin)) ? "enabled" : "disabled";
        line(`  ${plugin.padEnd(27)} ${version.padEnd(12)} ${status.padEnd(10)} ${description}`);
      }
      return;
    }
    case "plugin:installed": {
      const name = args[0];
      if (!name) fail("Please specify a plugin");
      if (!existsSync(join(p.availablePath, name))) throw new DokkuExit(1);
      return;
    }
    case "plugin:install": {
      let name: string | undefined;
      let committish: string | undefined;
      let skipTrigger = false;
      const pos: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const a = args[i] as string;
        if (a === "--name") name = args[++i];
        else if (a === "--committish") committish = args[++i];
        else if (a === "--skip-install-trigger") skipTrigger = true;
        else if (a === "--core" || a === "--force") continue;
        else pos.push(a);
      }
      const url = pos[0];
      if (url) {
        if (!/^(https:|git|ssh:|file:)/.test(url) && !/\.(tar\.gz|tgz)$/.test(url) && !url.startsWith("/")) {
          fail("Unable to install plugin: invalid url");
        }
        name = name ?? defaultPluginName(url);
        info1(`Cloning plugin repo ${url} to ${join(p.availablePath, name)}`);
        mkdirSync(p.availablePath, { recursive: true });
        if (existsSync(join(p.availablePath, name))) {
          out("Plugin already installed\n");
        } else {
          const code = gitRun(["clone", "-q", url, name], p.availablePath);
          if (code !== 0) throw new DokkuExit(code);
        }
        mkdirSync(p.enabledPath, { recursive: true });
        if (existsSync(join(p.enabledPath, name))) fail("Plugin already enabled");
        symlinkSync(join(p.availablePath, name), join(p.enabledPath, name));
        if (committish) {
          const dir = join(p.availablePath, name);
          gitRun(["fetch", "-q", "--tags"], dir);
          const code = gitRun(["checkout", "-q", committish], dir);
          if (code !== 0) throw new DokkuExit(code);
        }
      }
      if (!skipTrigger) {
        const r = fireTrigger("install", []);
        if (r.status !== 0) throw new DokkuExit(r.status);
      }
      primeCompletion();
      if (url) info1(`Plugin ${name} enabled`);
      return;
    }
    case "plugin:update": {
      const name = args[0];
      const targets = name ? [name] : enabledPlugins().filter((n) => !COMMUNITY_EMULATED.includes(n as never) || existsSync(join(p.availablePath, n, ".git")));
      for (const t of targets) {
        const dir = join(p.availablePath, t);
        if (!existsSync(join(dir, ".git"))) {
          out(`Plugin (${t}) not managed by git\n`);
          continue;
        }
        const code = args[1] ? gitRun(["checkout", "-q", args[1]], dir) : gitRun(["pull", "-q"], dir);
        if (code !== 0) throw new DokkuExit(code);
      }
      const r = fireTrigger("update", []);
      if (r.status !== 0) throw new DokkuExit(r.status);
      primeCompletion();
      return;
    }
    case "plugin:uninstall": {
      const name = args[0];
      if (!name) fail("Please specify a plugin");
      if (!existsSync(join(p.availablePath, name)) && !existsSync(join(p.enabledPath, name))) fail(`Plugin ${name} is not installed`);
      const r = fireTrigger("uninstall", [name]);
      if (r.status !== 0) throw new DokkuExit(r.status);
      rmSync(join(p.enabledPath, name), { force: true, recursive: true });
      const avail = join(p.availablePath, name);
      if (existsSync(avail) || isSymlink(avail)) rmSync(avail, { recursive: !isSymlink(avail), force: true });
      info1(`Plugin ${name} uninstalled`);
      return;
    }
    case "plugin:enable": {
      const name = args[0] ?? "";
      if (existsSync(join(p.enabledPath, name))) fail("Plugin already enabled");
      if (!existsSync(join(p.availablePath, name))) fail(`Plugin ${name} is not installed`);
      symlinkSync(join(p.availablePath, name), join(p.enabledPath, name));
      primeCompletion();
      return;
    }
    case "plugin:disable": {
      const name = args[0] ?? "";
      rmSync(join(p.enabledPath, name), { force: true, recursive: true });
      return;
    }
    case "plugin:trigger": {
      const r = fireTrigger(args[0] ?? "", args.slice(1));
      if (r.status !== 0) throw new DokkuExit(r.status);
      return;
    }
    default:
      fail(`Invalid plugin subcommand: ${cmd}`);
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export const pluginBasename = (dir: string) => basename(dirname(dir));
