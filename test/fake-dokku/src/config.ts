// config (Go, plugins/config): godotenv v1.5.1 storage in $DOKKU_LIB_ROOT/config/<app>/ENV.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isatty } from "node:tty";
import { parseGoFlags, verifyAppGo } from "./cli.js";
import { releaseAndDeploy } from "./deploy.js";
import { GodotenvError, marshal, parse } from "./godotenv.js";
import { DokkuExit, fail, info1, info1Quiet, info2Quiet, isQuiet, line, out, warn } from "./output.js";
import { atomicWrite, isDeployed, paths, propGet, readText, withLock } from "./state.js";

export const GLOBAL = "--global";

export function envPath(app: string): string {
  return join(paths().libRoot, "config", app, "ENV");
}

/** Loads an app's (or `--global`) env; throws GodotenvError when the file cannot be parsed. */
export function loadEnv(app: string): Map<string, string> {
  const text = readText(envPath(app));
  if (text === undefined) return new Map();
  return parse(text);
}

export function loadEnvOrFail(app: string): Map<string, string> {
  try {
    return loadEnv(app);
  } catch (e) {
    if (e instanceof GodotenvError) fail(e.message);
    throw e;
  }
}

export function writeEnv(app: string, env: Map<string, string>): void {
  atomicWrite(envPath(app), `${marshal(env)}\n`, 0o600);
}

/** The env a container would get: global values under app values. */
export function mergedEnv(app: string): Map<string, string> {
  const merged = new Map<string, string>();
  for (const [k, v] of safeLoad(GLOBAL)) merged.set(k, v);
  for (const [k, v] of safeLoad(app)) merged.set(k, v);
  return merged;
}
function safeLoad(app: string): Map<string, string> {
  try {
    return loadEnv(app);
  } catch {
    return new Map();
  }
}

const KEY_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** columnize with prefix, delimiter `\x00`, glue two spaces; elements trimmed. */
export function prettyPrint(prefix: string, entries: Map<string, string>): string {
  const keys = [...entries.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const rows = keys.map((k) => [`${k}:`.trim(), (entries.get(k) ?? "").trim()]);
  const width = Math.max(0, ...rows.map((r) => (r[0] as string).length));
  const text = rows.map((r) => `${prefix}${(r[0] as string).padEnd(width)}  ${r[1]}`).join("\n");
  return text;
}

function singleQuoteEscape(v: string): string {
  return v.split("'").join("'\\''");
}

export interface SetOptions {
  restart: boolean;
  replace?: boolean;
  /** Internal callers (GIT_REV, NO_VHOST) run with DOKKU_QUIET_OUTPUT=1. */
  silent?: boolean;
}

/** config.SetMany. Returns after the (optional) restart; a failed restart only warns. */
export function setMany(app: string, entries: Map<string, string>, options: SetOptions): void {
  const global = app === GLOBAL;
  for (const k of entries.keys()) if (!KEY_RE.test(k)) fail(`Invalid key name: '${k}'`);
  if (entries.size !== 0) {
    withLock(`env-${app}`, () => {
      const env = options.replace ? new Map<string, string>() : loadEnvOrFail(app);
      for (const [k, v] of entries) env.set(k, v);
      writeEnv(app, env);
    });
    if (!options.silent) {
      info1Quiet("Setting config vars");
      if (!isQuiet()) line(prettyPrint("       ", entries));
    }
  } else if (options.replace) {
    withLock(`env-${app}`, () => writeEnv(app, new Map()));
  }
  if (!global && options.restart && shouldRestart(app)) triggerRestart(app);
}

export function shouldRestart(app: string): boolean {
  return propGet("ps", app, "restore") !== "false";
}

/** config.triggerRestart: release-and-deploy with source config-redeploy; failure only warns. */
export function triggerRestart(app: string): void {
  if (!isDeployed(app)) return;
  info1(`Restarting app ${app}`);
  const code = releaseAndDeploy(app, "", "config-redeploy");
  if (code !== 0) warn(`Failure while restarting app: exit status ${code}`);
}

function appOrGlobal(positionals: string[], global: boolean): string {
  if (global) return GLOBAL;
  return verifyAppGo(positionals[0]);
}

/** Go base64.StdEncoding.DecodeString, strict padding, with its error text. */
function decodeBase64(value: string): Buffer | string {
  const s = value.replace(/[\r\n]/g, "");
  const alphabet = /[A-Za-z0-9+/]/;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if (c === "=") break;
    if (!alphabet.test(c)) return `illegal base64 data at input byte ${i}`;
  }
  if (i < s.length) {
    // padding: only at the end of a quantum, at most two, nothing after
    const quantumPos = i % 4;
    const pad = s.slice(i);
    const needed = quantumPos === 2 ? "==" : quantumPos === 3 ? "=" : "";
    if (needed === "" || pad !== needed) return `illegal base64 data at input byte ${i}`;
  } else if (s.length % 4 !== 0) {
    return `illegal base64 data at input byte ${s.length - (s.length % 4)}`;
  }
  return Buffer.from(s, "base64");
}

export function configCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "config":
    case "config:show": {
      const f = parseGoFlags(cmd, args, { bool: ["global", "merged", "shell", "export"] });
      const app = appOrGlobal(f.positionals, f.bools.has("global"));
      const env = f.bools.has("merged") && app !== GLOBAL ? mergedOrFail(app) : loadEnvOrFail(app);
      if (f.bools.has("shell") && f.bools.has("export")) fail("Only one of --shell and --export can be given");
      if (f.bools.has("shell")) {
        warn("Deprecated: Use 'config:export --format shell' instead");
        out(exportEnv(env, "shell"));
      } else if (f.bools.has("export")) {
        warn("Deprecated: Use 'config:export --format exports' instead");
        out(`${exportEnv(env, "exports")}\n`);
      } else {
        info2Quiet(`${app === GLOBAL ? "global" : app} env vars`);
        line(prettyPrint("", env));
      }
      return;
    }
    case "config:get": {
      const f = parseGoFlags(cmd, args, { bool: ["global", "quoted"] });
      const global = f.bools.has("global");
      const app = appOrGlobal(f.positionals, global);
      const keys = global ? f.positionals : f.positionals.slice(1);
      if (keys.length === 0) fail("Expected: key");
      if (keys.length !== 1) fail(`Unexpected argument(s): [${keys.slice(1).join(" ")}]`);
      let env: Map<string, string>;
      try {
        env = loadEnv(app);
      } catch {
        throw new DokkuExit(1);
      }
      const value = env.get(keys[0] as string);
      if (value === undefined) throw new DokkuExit(1);
      line(f.bools.has("quoted") ? `'${singleQuoteEscape(value)}'` : value);
      return;
    }
    case "config:keys": {
      const f = parseGoFlags(cmd, args, { bool: ["global", "merged"] });
      const app = appOrGlobal(f.positionals, f.bools.has("global"));
      const env = f.bools.has("merged") && app !== GLOBAL ? mergedOrFail(app) : loadEnvOrFail(app);
      for (const k of [...env.keys()].sort()) line(k);
      return;
    }
    case "config:set": {
      const f = parseGoFlags(cmd, args, { bool: ["global", "no-restart", "encoded"] });
      const global = f.bools.has("global");
      const app = appOrGlobal(f.positionals, global);
      const pairs = global ? f.positionals : f.positionals.slice(1);
      if (pairs.length === 0) fail("At least one env pair must be given");
      const entries = new Map<string, string>();
      for (const pair of pairs) {
        const eq = pair.indexOf("=");
        if (eq === -1) fail(`Invalid env pair: ${pair}`);
        const key = pair.slice(0, eq);
        let value = pair.slice(eq + 1);
        if (f.bools.has("encoded")) {
          const decoded = decodeBase64(value);
          if (typeof decoded === "string") fail(`${decoded} for key '${key}'`);
          value = decoded.toString("utf8");
        }
        entries.set(key, value);
      }
      loadEnvOrFail(app);
      setMany(app, entries, { restart: !f.bools.has("no-restart") });
      return;
    }
    case "config:unset": {
      const f = parseGoFlags(cmd, args, { bool: ["global", "no-restart"] });
      const global = f.bools.has("global");
      const app = appOrGlobal(f.positionals, global);
      const keys = global ? f.positionals : f.positionals.slice(1);
      if (keys.length === 0) fail("At least one key must be given");
      for (const k of keys) if (!KEY_RE.test(k)) fail(`Invalid key name: '${k}'`);
      loadEnvOrFail(app);
      withLock(`env-${app}`, () => {
        const env = loadEnvOrFail(app);
        let changed = false;
        for (const k of keys) {
          if (env.has(k)) {
            info1Quiet(`Unsetting ${k}`);
            env.delete(k);
            changed = true;
          } else info1Quiet(`Skipping ${k}, it is not set in the environment`);
        }
        if (changed) writeEnv(app, env);
      });
      if (!global && !f.bools.has("no-restart") && shouldRestart(app)) triggerRestart(app);
      return;
    }
    case "config:clear": {
      const f = parseGoFlags(cmd, args, { bool: ["global", "no-restart"] });
      const global = f.bools.has("global");
      const app = appOrGlobal(f.positionals, global);
      withLock(`env-${app}`, () => {
        const env = loadEnvOrFail(app);
        for (const k of env.keys()) info1Quiet(`Unsetting ${k}`);
        if (env.size > 0) writeEnv(app, new Map());
      });
      if (!global && !f.bools.has("no-restart") && shouldRestart(app)) triggerRestart(app);
      return;
    }
    case "config:export": {
      const f = parseGoFlags(cmd, args, { bool: ["global", "merged"], string: ["format"] });
      const app = appOrGlobal(f.positionals, f.bools.has("global"));
      const format = f.strings.get("format") ?? "exports";
      const env = f.bools.has("merged") && app !== GLOBAL ? mergedOrFail(app) : loadEnvOrFail(app);
      const formats = ["docker-args", "docker-args-keys", "envfile", "exports", "json", "json-list", "pack-keys", "pretty", "shell"];
      if (!formats.includes(format)) fail(`Unknown export format: ${format}`);
      out(exportEnv(env, format) + (format === "shell" ? " " : "\n"));
      return;
    }
    case "config:import": {
      const f = parseGoFlags(cmd, args, { bool: ["global", "no-restart", "replace"], string: ["format"] });
      const global = f.bools.has("global");
      const app = appOrGlobal(f.positionals, global);
      const filename = (global ? f.positionals[0] : f.positionals[1]) ?? "";
      const format = f.strings.get("format") || "envfile";
      if (filename === "-") info1Quiet("Reading config vars from stdin");
      let text = "";
      if (filename === "-") text = isatty(0) ? "" : readFileSync(0, "utf8");
      else if (filename !== "") {
        if (!existsSync(filename)) fail(`open ${filename}: no such file or directory`);
        try {
          text = readFileSync(filename, "utf8");
        } catch (e) {
          fail(`open ${filename}: ${(e as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : String(e)}`);
        }
      }
      let entries: Map<string, string>;
      if (format === "envfile") {
        try {
          entries = parse(text);
        } catch (e) {
          if (e instanceof GodotenvError) fail(e.message);
          throw e;
        }
      } else if (format === "json") {
        entries = new Map();
        if (text.trim() !== "") {
          let data: unknown;
          try {
            data = JSON.parse(text);
          } catch (e) {
            fail(`invalid character in JSON: ${(e as Error).message}`);
          }
          if (!data || typeof data !== "object" || Array.isArray(data)) fail("json: cannot unmarshal array into Go value of type map[string]string");
          for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
            if (typeof v !== "string") fail(`json: cannot unmarshal ${v === null ? "null" : typeof v === "object" ? (Array.isArray(v) ? "array" : "object") : typeof v} into Go value of type string`);
            entries.set(k, v);
          }
        }
      } else fail(`Unknown format: ${format}`);
      for (const k of [...entries.keys()]) {
        if (!KEY_RE.test(k)) {
          info1Quiet(`Deleting invalid key ${k}`);
          entries.delete(k);
        }
      }
      if (entries.size === 0) fail("No config vars to set");
      for (const [k, v] of entries) info1Quiet(`Setting config var ${k}=${v}`);
      loadEnvOrFail(app);
      setMany(app, entries, { restart: !f.bools.has("no-restart"), replace: f.bools.has("replace") });
      return;
    }
    case "config:bundle":
      fail("config:bundle is not implemented by fake-dokku");
      break;
    default:
      fail(`Invalid config subcommand: ${cmd}`);
  }
}

function mergedOrFail(app: string): Map<string, string> {
  const merged = new Map<string, string>();
  for (const [k, v] of loadEnvOrFail(GLOBAL)) merged.set(k, v);
  for (const [k, v] of loadEnvOrFail(app)) merged.set(k, v);
  return merged;
}

/** Every config:export format, without the suffix the command adds. */
export function exportEnv(env: Map<string, string>, format: string): string {
  const keys = [...env.keys()].sort();
  const quoted = (prefix: string, sep: string) => keys.map((k) => `${prefix}${k}='${singleQuoteEscape(env.get(k) ?? "")}'`).join(sep);
  switch (format) {
    case "exports":
      return quoted("export ", "\n");
    case "envfile":
      return marshal(env);
    case "shell":
      return quoted("", " ");
    case "docker-args":
      return quoted("--env=", " ");
    case "docker-args-keys":
      return keys.map((k) => `--env=${k}`).join(" ");
    case "pack-keys":
      return keys.map((k) => `--env ${k}`).join(" ");
    case "json": {
      // Null prototype: a `__proto__` key (Go's map holds it like any other) stays a key.
      const o: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const k of keys) o[k] = env.get(k) ?? "";
      return goJsonLocal(o);
    }
    case "json-list":
      if (keys.length === 0) return "null";
      return goJsonLocal(keys.map((k) => ({ name: k, value: env.get(k) ?? "" })));
    case "pretty":
      return prettyPrint("", env);
    default:
      fail(`Unknown export format: ${format}`);
  }
}

function goJsonLocal(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
