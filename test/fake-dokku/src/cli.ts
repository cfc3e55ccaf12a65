// Shared command-line behaviour: pflag parsing for Go subcommands, app-name checks (§0.3) and
// the Go `:report` renderer (§0.4, plugins/common/common.go ReportSingleApp).
import { DokkuExit, err, fail, info2Quiet, line, out, warn } from "./output.js";
import { appExists, listApps } from "./state.js";

export interface FlagSpec {
  bool?: string[];
  string?: string[];
  /** Short aliases: `-n` → `no-restart`. */
  short?: Record<string, string>;
}

export interface Parsed {
  bools: Set<string>;
  strings: Map<string, string>;
  positionals: string[];
}

/** pflag with ExitOnError: interspersed flags, `--x=v` / `--x v`, unknown flag → exit 2. */
export function parseGoFlags(command: string, args: string[], spec: FlagSpec): Parsed {
  const bools = new Set<string>();
  const strings = new Map<string, string>();
  const positionals: string[] = [];
  const boolNames = new Set(spec.bool ?? []);
  const stringNames = new Set(spec.string ?? []);
  const usage = () => {
    const lines = [`Usage of ${command}:`];
    for (const b of [...boolNames].sort()) lines.push(`      --${b}   `);
    for (const s of [...stringNames].sort()) lines.push(`      --${s} string   `);
    return `${lines.join("\n")}\n`;
  };
  const unknown = (text: string): never => {
    out(`${text}\n`);
    err(`${text}\n${usage()}`);
    throw new DokkuExit(2);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a === "-h" || a === "--help") {
      err(usage());
      throw new DokkuExit(0);
    }
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (boolNames.has(name)) {
        const v = eq === -1 ? "true" : a.slice(eq + 1);
        if (v === "true" || v === "1") bools.add(name);
        else bools.delete(name);
      } else if (stringNames.has(name)) {
        if (eq !== -1) strings.set(name, a.slice(eq + 1));
        else if (i + 1 < args.length) strings.set(name, args[++i] as string);
        else unknown(`flag needs an argument: --${name}`);
      } else unknown(`unknown flag: --${name}`);
      continue;
    }
    if (a.startsWith("-") && a.length > 1 && !/^-[0-9]/.test(a)) {
      const c = a.slice(1, 2);
      const long = spec.short?.[c];
      if (!long) unknown(`unknown shorthand flag: '${c}' in ${a}`);
      else if (boolNames.has(long)) bools.add(long);
      else if (a.length > 2) strings.set(long, a.slice(2));
      else strings.set(long, (args[++i] as string) ?? "");
      continue;
    }
    positionals.push(a);
  }
  return { bools, strings, positionals };
}

/** The positionals parseGoFlags would find, without its errors (for classifying a call). */
export function goPositionals(args: string[], spec: FlagSpec): string[] {
  const stringNames = new Set(spec.string ?? []);
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.length > 2) {
      if (!a.includes("=") && stringNames.has(a.slice(2))) i++;
      continue;
    }
    if (a.startsWith("-") && a.length > 1 && !/^-[0-9]/.test(a)) {
      const long = spec.short?.[a.slice(1, 2)];
      if (long && stringNames.has(long) && a.length === 2) i++;
      continue;
    }
    positionals.push(a);
  }
  return positionals;
}

export const NEW_APP_RE = /^[a-z0-9][a-z0-9.-]*$/;
export const LEGACY_APP_RE = /^[a-z0-9][a-z0-9._-]*$/;
export const APP_NAME_MESSAGE =
  "App name must begin with lowercase alphanumeric character, and may only contain lowercase alphanumerics, dots, and hyphens";

/** Go VerifyAppName: empty → 1, bad syntax (both rules) → 1, missing dir → 20. */
export function verifyAppGo(app: string | undefined): string {
  if (!app) fail("Please specify an app to run the command on");
  if (!NEW_APP_RE.test(app) && !LEGACY_APP_RE.test(app)) fail(APP_NAME_MESSAGE);
  if (!appExists(app)) fail(`App ${app} does not exist`, 20);
  return app;
}

/** bash verify_app_name: every failure is `App X does not exist`, exit 20. */
export function verifyAppBash(app: string | undefined): string {
  if (!app) fail("Please specify an app to run the command on");
  if (!LEGACY_APP_RE.test(app) || !appExists(app)) fail(`App ${app} does not exist`, 20);
  return app;
}

/** Go encoding/json: sorted keys (we sort), HTML-escaped. */
export function goJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === "object") {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) o[k] = sortKeys((v as Record<string, unknown>)[k]);
      return o;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value))
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export interface ReportSpec {
  /** e.g. `apps` (flags `--app-…`), `ps`, `domains`. */
  type: string;
  /** flag prefix without dashes, e.g. `app` for apps, `ps` for ps. */
  prefix: string;
  /** Flag (`--prefix-x` or bare like `--deployed`) → value, for one app. */
  flags(app: string): Record<string, string>;
  /** Global-only flags for `--global`. */
  globalFlags?(): Record<string, string>;
  /** apps, builder, ps, storage also emit the prefixed keys in JSON during 0.38. */
  legacyPrefixedJson: boolean;
}

function labelOf(flag: string): string {
  const words = flag.replace(/^--/, "").replace(/[-.]/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function renderTable(name: string, type: string, flags: Record<string, string>): void {
  info2Quiet(`${name} ${type} information`);
  const keys = Object.keys(flags).sort();
  const width = Math.max(31, ...keys.map((k) => k.length));
  for (const k of keys) line(`       ${`${labelOf(k)}:`.padEnd(width)}${flags[k]}`);
}

function jsonOf(spec: ReportSpec, flags: Record<string, string>): string {
  const obj: Record<string, string> = {};
  const pre = `--${spec.prefix}-`;
  for (const [k, v] of Object.entries(flags)) {
    const bare = k.replace(/^--/, "");
    if (k.startsWith(pre)) {
      obj[k.slice(pre.length)] = v;
      if (spec.legacyPrefixedJson) obj[bare] = v;
    } else obj[bare] = v;
  }
  return goJson(obj);
}

/** `X:report [<app>|--global] [--<flag>] [--format stdout|json]`. */
export function runReport(spec: ReportSpec, args: string[]): void {
  let format = "stdout";
  let global = false;
  const infoFlags: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--format") format = args[++i] ?? "";
    else if (a.startsWith("--format=")) format = a.slice("--format=".length);
    else if (a === "--global") global = true;
    else if (a.startsWith("--")) infoFlags.push(a);
    else positionals.push(a);
  }
  if (format !== "stdout" && format !== "json") fail(`Format must be "stdout" or "json": "${format}"`);
  if (infoFlags.length > 1) return; // the parse error is swallowed: no output, exit 0
  const info = infoFlags[0];
  if (info && format === "json") fail("--format flag cannot be specified when specifying an info flag");

  const one = (name: string, flags: Record<string, string>) => {
    if (info) {
      if (!(info in flags)) fail(`Invalid flag passed, valid flags: ${Object.keys(flags).sort().join(", ")}`);
      line(flags[info] ?? "");
      return;
    }
    if (format === "json") line(jsonOf(spec, flags));
    else renderTable(name, spec.type, flags);
  };

  if (global) {
    const all = spec.globalFlags ? spec.globalFlags() : {};
    one("--global", all);
    return;
  }
  const app = positionals[0];
  if (app) {
    verifyAppGo(app);
    one(app, spec.flags(app));
    return;
  }
  const apps = listApps();
  if (apps.length === 0) {
    // CommandReport: errors.Is(err, common.NoAppsExist) → LogWarn, return nil (exit 0)
    warn("You haven't deployed any applications yet");
    return;
  }
  for (const a of apps) one(a, spec.flags(a));
}
