// Where state lives: the same directories real Dokku uses, rooted where the environment says
// (as /etc/default/dokku would), plus the fake's own bookkeeping under FAKE_DOKKU_STATE.
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  cpSync,
} from "node:fs";
import { dirname, join } from "node:path";

export interface Paths {
  dokkuRoot: string;
  libRoot: string;
  pluginPath: string;
  availablePath: string;
  enabledPath: string;
  corePath: string;
  coreAvailablePath: string;
  coreEnabledPath: string;
  state: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(` !     fake-dokku: ${name} is not set (use test/bats/test_helper.bash sandbox_setup or test/support/sandbox.ts)\n`);
    process.exit(1);
  }
  return value;
}

let cached: Paths | undefined;

/** Resolves the roots like the dokku script does and exports them for children. */
export function paths(): Paths {
  if (cached) return cached;
  const dokkuRoot = required("DOKKU_ROOT");
  const libRoot = process.env.DOKKU_LIB_PATH || required("DOKKU_LIB_ROOT");
  const pluginPath = process.env.PLUGIN_PATH || join(libRoot, "plugins");
  const corePath = process.env.PLUGIN_CORE_PATH || join(libRoot, "core-plugins");
  cached = {
    dokkuRoot,
    libRoot,
    pluginPath,
    availablePath: process.env.PLUGIN_AVAILABLE_PATH || join(pluginPath, "available"),
    enabledPath: process.env.PLUGIN_ENABLED_PATH || join(pluginPath, "enabled"),
    corePath,
    coreAvailablePath: process.env.PLUGIN_CORE_AVAILABLE_PATH || join(corePath, "available"),
    coreEnabledPath: process.env.PLUGIN_CORE_ENABLED_PATH || join(corePath, "enabled"),
    state: required("FAKE_DOKKU_STATE"),
  };
  return cached;
}

// ---------------------------------------------------------------- files

export function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Write to a temporary name, then rename: readers never see half a file. */
export function atomicWrite(file: string, content: string | Buffer, mode = 0o600): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(16).slice(2)}`;
  try {
    writeFileSync(tmp, content, { mode });
  } catch (error) {
    // A write by descriptor carries no path; Go's *os.PathError names the file.
    throw Object.assign(error as NodeJS.ErrnoException, { path: (error as NodeJS.ErrnoException).path ?? tmp, syscall: "write" });
  }
  renameSync(tmp, file);
}

/** One JSON object per line; O_APPEND writes of one short line do not interleave. */
export function appendJsonl(file: string, record: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}

export function readJsonl<T>(file: string): T[] {
  const text = readText(file);
  if (!text) return [];
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
export { sleepMs };

/** A mkdir lock under FAKE_DOKKU_STATE; held only around read-modify-write, never across children. */
export function withLock<T>(name: string, fn: () => T): T {
  const dir = join(paths().state, "locks", `${name.replace(/[^A-Za-z0-9_.-]/g, "_")}.lock`);
  mkdirSync(dirname(dir), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(dir);
      break;
    } catch {
      // a lock older than 10s belongs to a dead (e.g. SIGKILLed) process
      try {
        if (Date.now() - statSync(dir).mtimeMs > 10_000) rmSync(dir, { recursive: true, force: true });
      } catch {
        /* raced */
      }
      if (Date.now() - started > 30_000) throw new Error(`fake-dokku: lock ${name} stuck`);
      sleepMs(5);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- properties

export function propFile(plugin: string, app: string, key: string): string {
  return join(paths().libRoot, "config", plugin, app, key);
}
export function propGet(plugin: string, app: string, key: string, fallback = ""): string {
  const value = readText(propFile(plugin, app, key));
  return value === undefined ? fallback : value;
}
export function propExists(plugin: string, app: string, key: string): boolean {
  return existsSync(propFile(plugin, app, key));
}
export function propSet(plugin: string, app: string, key: string, value: string): void {
  atomicWrite(propFile(plugin, app, key), value, 0o600);
}
export function propDel(plugin: string, app: string, key: string): void {
  rmSync(propFile(plugin, app, key), { force: true });
}
/** prop get with the app → global → default chain the `computed` report values use. */
export function propComputed(plugin: string, app: string, key: string, fallback: string): string {
  const own = propGet(plugin, app, key);
  if (own !== "") return own;
  const global = propGet(plugin, "--global", key);
  return global !== "" ? global : fallback;
}

/** The core plugins whose property dirs `config/<plugin>/<app>` are per-app (not ENV dirs). */
/**
 * The core plugins' property directories. Each core plugin clones, moves and destroys its own
 * properties in its own post-app-clone-setup / post-app-rename-setup / post-delete
 * (plugins/common/properties.go PropertyClone, called per plugin); a community plugin's
 * (any name installed under PLUGIN_AVAILABLE_PATH) are left to that plugin's own triggers.
 */
function propertyPlugins(): string[] {
  const root = join(paths().libRoot, "config");
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((p) => {
    // an app's ENV lives in config/<app>/ENV; a property plugin dir has app subdirs
    return !existsSync(join(root, p, "ENV")) && !existsSync(join(paths().availablePath, p));
  });
}
export function propDestroyApp(app: string): void {
  for (const plugin of propertyPlugins()) rmSync(join(paths().libRoot, "config", plugin, app), { recursive: true, force: true });
}
export function propCloneApp(oldApp: string, newApp: string): void {
  for (const plugin of propertyPlugins()) {
    const from = join(paths().libRoot, "config", plugin, oldApp);
    if (existsSync(from)) cpSync(from, join(paths().libRoot, "config", plugin, newApp), { recursive: true });
  }
}

// ---------------------------------------------------------------- apps

export function appDir(app: string): string {
  return join(paths().dokkuRoot, app);
}
export function appExists(app: string): boolean {
  if (!app || app.startsWith(".") || /^[A-Z]/.test(app)) return false;
  try {
    return statSync(appDir(app)).isDirectory();
  } catch {
    return false;
  }
}
export function listApps(): string[] {
  const root = paths().dokkuRoot;
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith(".") && !/^[A-Z]/.test(d.name))
    .map((d) => d.name)
    .sort();
}

// ---------------------------------------------------------------- fake bookkeeping

export function fakeFile(...parts: string[]): string {
  return join(paths().state, ...parts);
}

export function isDeployed(app: string): boolean {
  return propGet("common", app, "deployed") === "true";
}
export function isRunning(app: string): boolean {
  return readText(fakeFile("running", app)) === "true";
}
export function setRunning(app: string, running: boolean): void {
  atomicWrite(fakeFile("running", app), running ? "true" : "false");
}
/** The fake "image": the extracted source tree of the last successful build. */
export function imageDir(app: string): string {
  return fakeFile("images", app);
}

export interface FakeEvent {
  ts: string;
  pid: number;
  app?: string;
  type: string;
  [key: string]: unknown;
}
export function recordEvent(app: string | undefined, type: string, extra: Record<string, unknown> = {}): void {
  appendJsonl(fakeFile("events.jsonl"), {
    ts: new Date().toISOString(),
    pid: process.pid,
    app,
    type,
    source: process.env.DOKKU_BUILD_SOURCE || undefined,
    ...extra,
  });
}

export function currentDepth(): number {
  const depth = Number.parseInt(process.env.FAKE_DOKKU_DEPTH ?? "0", 10);
  return Number.isFinite(depth) ? depth : 0;
}
