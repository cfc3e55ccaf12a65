import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  appDomains
} from "./chunk-XGTILJKN.mjs";
import {
  restartApp
} from "./chunk-OL6A5YWY.mjs";
import {
  exportConfig
} from "./chunk-WJ7ZNAKO.mjs";
import {
  dokkuMessage
} from "./chunk-RVFNLFNF.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-P3ZE2WAR.mjs";
import {
  DRY_RUN_OPTION,
  FORMAT_OPTION,
  booleanOption,
  expectPositionals,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import {
  DokkuCommandError,
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-5QU4PDJH.mjs";

// src/subcommands/env-import.ts
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import path from "node:path";

// src/core/env-diff.ts
function isDokkuOwnKey(key) {
  return key === "GIT_REV" || key === "NO_VHOST" || key.startsWith("DOKKU_");
}
function isLinkManagedKey(key) {
  return key === "DATABASE_URL" || key === "REDIS_URL" || /^DOKKU_(POSTGRES|REDIS)_[A-Z0-9_]+_URL$/.test(key);
}
function protectionOf(key) {
  if (isLinkManagedKey(key)) return "set by a service link";
  if (isDokkuOwnKey(key)) return "Dokku's own";
  return void 0;
}
var byName = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function planEnvImport(input) {
  const wanted = /* @__PURE__ */ new Map();
  for (const entry of input.entries) wanted.set(entry.key, entry.value);
  for (const [key, value] of Object.entries(input.generated ?? {})) {
    if (!wanted.has(key) && !(key in input.current)) wanted.set(key, value);
  }
  const problems = [];
  if (!input.allowLinkOverride) {
    for (const entry of input.entries) {
      if (isDokkuOwnKey(entry.key)) {
        problems.push({
          line: entry.line,
          key: entry.key,
          reason: "is Dokku's own key (Dokku sets it itself); remove it from the file, or pass --allow-link-override to set it anyway"
        });
        continue;
      }
      const why = protectionOf(entry.key);
      const current = input.current[entry.key];
      if (why && current !== void 0 && current !== entry.value) {
        problems.push({
          line: entry.line,
          key: entry.key,
          reason: `is ${why} and the file sets a different value; remove it from the file, or pass --allow-link-override to change it`
        });
      }
    }
  }
  const added = [];
  const changed = [];
  const unchanged = [];
  const toSet = {};
  for (const [key, value] of wanted) {
    const current = input.current[key];
    if (current === void 0) added.push(key);
    else if (current === value) unchanged.push(key);
    else changed.push(key);
    if (current !== value) toSet[key] = value;
  }
  const removed = [];
  const kept = [];
  const untouched = [];
  for (const key of Object.keys(input.current)) {
    if (wanted.has(key)) continue;
    const why = protectionOf(key);
    if (!input.replace) untouched.push(key);
    else if (why) kept.push({ key, why });
    else removed.push(key);
  }
  const after = { ...input.current, ...toSet };
  for (const key of removed) delete after[key];
  return {
    added: added.sort(byName),
    changed: changed.sort(byName),
    removed: removed.sort(byName),
    unchanged: unchanged.sort(byName),
    kept: kept.sort((a, b) => byName(a.key, b.key)),
    untouched: untouched.sort(byName),
    toSet,
    toUnset: removed.slice().sort(byName),
    after,
    problems
  };
}
function changeCount(plan) {
  return plan.added.length + plan.changed.length + plan.removed.length;
}
function lengthOf(value) {
  const length = [...value].length;
  return `${length} ${length === 1 ? "char" : "chars"}`;
}
function renderPlanLines(plan) {
  const rows = [
    ...plan.added.map((key) => [key, `added     (${lengthOf(plan.toSet[key])})`]),
    ...plan.changed.map((key) => [key, `changed   (${lengthOf(plan.toSet[key])})`]),
    ...plan.removed.map((key) => [key, "removed"]),
    ...plan.kept.map(({ key, why }) => [key, `kept      (${why})`])
  ];
  const width = Math.max(0, ...rows.map(([key]) => key.length)) + 2;
  const lines = rows.map(([key, what]) => `${`${key}:`.padEnd(width)}${what}`);
  if (plan.unchanged.length > 0) lines.push(`${plan.unchanged.length} unchanged`);
  if (plan.untouched.length > 0) {
    const one = plan.untouched.length === 1;
    lines.push(`${plan.untouched.length} other ${one ? "key is" : "keys are"} in the app and not in the file: left as ${one ? "it is" : "they are"} (--replace removes unprotected ones)`);
  }
  return lines;
}
function summarizePlan(plan) {
  return `${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed, ${plan.unchanged.length} unchanged`;
}
function verifyReadBack(plan, readBack) {
  const wrong = Object.entries(plan.toSet).filter(([key, value]) => readBack[key] !== value).map(([key]) => key);
  const lingering = plan.toUnset.filter((key) => key in readBack);
  return [...wrong, ...lingering].sort(byName);
}
var TRUE_STRINGS = /* @__PURE__ */ new Set(["true", "on", "ok", "y", "yes", "1"]);
function isTruthy(value) {
  return value !== void 0 && TRUE_STRINGS.has(value.trim().toLowerCase());
}
function allowedHostsToCheck(config) {
  const raw = config.ALLOWED_HOSTS;
  if (raw === void 0) return void 0;
  const hosts = raw.split(",").map((host) => host.trim().toLowerCase()).filter(Boolean);
  if (hosts.length === 0 || hosts.includes("*")) return void 0;
  return hosts;
}
function hostAllowed(domain, patterns) {
  const host = domain.toLowerCase().replace(/\.$/, "");
  return patterns.some((pattern) => {
    if (pattern === "*") return true;
    if (pattern.startsWith(".")) return host === pattern.slice(1) || host.endsWith(pattern);
    return host === pattern;
  });
}
function productionWarnings(config, domains) {
  const warnings = [];
  if (isTruthy(config.DEBUG)) {
    warnings.push("DEBUG is on: Django will show tracebacks and settings to visitors; set DEBUG=False for production");
  }
  if (isTruthy(config.ENABLE_DEBUG_TOOLBAR)) {
    warnings.push("ENABLE_DEBUG_TOOLBAR is on: set ENABLE_DEBUG_TOOLBAR=False for production");
  }
  const hosts = allowedHostsToCheck(config);
  if (hosts && domains) {
    const missing = domains.filter((domain) => !hostAllowed(domain, hosts));
    if (missing.length > 0) {
      warnings.push(
        `ALLOWED_HOSTS does not cover ${missing.length === 1 ? "the app domain" : "the app domains"} ${missing.join(", ")}: Django will answer 400 there; add ${missing.length === 1 ? "it" : "them"} to ALLOWED_HOSTS`
      );
    }
  }
  return warnings;
}
var SECRET_KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)";
var SECRET_KEY_LENGTH = 50;
function secretKeyFrom(randomBytes2) {
  const symbols = SECRET_KEY_ALPHABET.length;
  const limit = 256 - 256 % symbols;
  let key = "";
  while (key.length < SECRET_KEY_LENGTH) {
    for (const byte of randomBytes2(64)) {
      if (byte < limit && key.length < SECRET_KEY_LENGTH) key += SECRET_KEY_ALPHABET[byte % symbols];
    }
  }
  return key;
}

// src/core/env-file.ts
var DOKKU_KEY_RULE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
var LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;
var QUOTED = {
  "'": /^'(?:\\'|[^'])*'$/,
  '"': /^"(?:\\"|[^"])*"$/,
  "`": /^`(?:\\`|[^`])*`$/
};
function dotenvValue(raw) {
  let value = (raw || "").trim();
  const maybeQuote = value[0];
  value = value.replace(/^(['"`])([\s\S]*)\1$/gm, "$2");
  if (maybeQuote === '"') {
    value = value.replace(/\\n/g, "\n");
    value = value.replace(/\\r/g, "\r");
  }
  return value;
}
function refusedValueReason(value) {
  if (value.includes("\0")) return "the value contains a NUL byte, which no environment variable can hold";
  if (value.endsWith("\\")) {
    return "the value ends with a backslash, which Dokku 0.38 writes so that the app's ENV file can no longer be read; change the value (e.g. base64-encode it in the app)";
  }
  if (value.endsWith('"')) {
    return "the value ends with a double quote, which Dokku 0.38 reads back with a backslash in its place; change the value or drop the trailing quote";
  }
  if (/^[+-]?[0-9]+$/.test(value)) {
    const number = BigInt(value);
    const fitsGoInt = number >= -(2n ** 63n) && number < 2n ** 63n;
    if (fitsGoInt && number.toString() !== value) {
      return "the value is a number with a leading 0 or sign that Dokku 0.38 drops when it stores it; add a non-digit character or have the app pad it";
    }
  }
  return void 0;
}
function lineStarts(text) {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}
function lineOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
function parseEnvFile(source) {
  const text = source.replace(/\r\n?/gm, "\n");
  const starts = lineStarts(text);
  const covered = new Array(starts.length + 1).fill(false);
  const problems = [];
  const entries = [];
  const firstLine = /* @__PURE__ */ new Map();
  LINE.lastIndex = 0;
  for (let match = LINE.exec(text); match !== null; match = LINE.exec(text)) {
    const indices = match.indices;
    const [keyStart, keyEnd] = indices[1];
    const key = match[1];
    const raw = match[2];
    const end = match.index + match[0].length;
    const line = lineOf(starts, keyStart);
    for (let covering = lineOf(starts, match.index); covering <= lineOf(starts, Math.max(match.index, end - 1)); covering++) {
      covered[covering] = true;
    }
    const problem = (reason) => problems.push({ line, key, reason });
    const lead = text.slice(match.index, keyStart).replace(/^\s*/, "");
    if (lead.includes("\n")) {
      problems.push({ line: lineOf(starts, keyStart - lead.length), reason: "`export` must be followed by KEY=VALUE on the same line" });
      continue;
    }
    let separatorEnd;
    if (raw !== void 0) {
      separatorEnd = indices[2][0] + (raw.length - raw.trimStart().length);
    } else {
      separatorEnd = keyEnd + (text.slice(keyEnd).search(/[=:]/) + 1);
    }
    if (text.slice(keyEnd, separatorEnd).includes("\n")) {
      problem("the key, its `=` and the start of its value must be on one line");
      continue;
    }
    if (!DOKKU_KEY_RULE.test(key)) {
      problem("not a valid key: use letters, digits and _ only, and do not start with a digit");
    }
    const trimmed = (raw ?? "").trim();
    const quote = trimmed[0];
    if (quote !== void 0 && quote in QUOTED) {
      if (!QUOTED[quote].test(trimmed)) {
        problem(`the value opens a ${quote} quote that does not close at its end; quote the whole value`);
      }
    } else {
      const after = raw === void 0 ? separatorEnd : indices[2][1];
      const before = text[after - 1] ?? "";
      if (text[after] === "#" && !/\s/.test(before)) {
        problem("a # in an unquoted value starts a comment, so the value would be cut short; put the value in single quotes");
      }
    }
    const value = dotenvValue(raw);
    const refused = refusedValueReason(value);
    if (refused) problem(refused);
    const seen = firstLine.get(key);
    if (seen !== void 0) {
      problem(`duplicate key (first set on line ${seen}); keep one`);
    } else {
      firstLine.set(key, line);
    }
    entries.push({ key, value, line });
  }
  const lines = text.split("\n");
  lines.forEach((content, index) => {
    const trimmed = content.trim();
    if (covered[index + 1] || trimmed === "" || trimmed.startsWith("#")) return;
    problems.push({ line: index + 1, reason: "not a KEY=VALUE line, a comment or a blank line" });
  });
  problems.sort((a, b) => a.line - b.line);
  return { entries: problems.length > 0 ? [] : entries, problems };
}
var MAX_LISTED = 20;
function describeProblems(problems, source) {
  const listed = problems.slice(0, MAX_LISTED).map(
    (problem) => `  line ${problem.line}${problem.key ? `, ${problem.key}` : ""}: ${problem.reason}`
  );
  if (problems.length > MAX_LISTED) listed.push(`  \u2026 and ${problems.length - MAX_LISTED} more`);
  return [
    `${source} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}; nothing was imported:`,
    ...listed
  ].join("\n");
}
function readEnvFile(source, text) {
  const { entries, problems } = parseEnvFile(text);
  if (problems.length > 0) throw new UserError(describeProblems(problems, source));
  return entries;
}

// src/dokku/env.ts
var NEEDS_CONFIG_IMPORT = "pegasus:env-import needs Dokku 0.37 or newer (config:import reads values from stdin); upgrade Dokku";
async function writeConfig(dokku, app, values) {
  const imported = await dokku.run(["config:import", "--format", "json", "--no-restart", app, "-"], {
    mutating: true,
    quiet: true,
    input: JSON.stringify(values),
    // Exit 1 is read here rather than thrown: a Dokku without config:import says so with it.
    okExitCodes: [1]
  });
  if (imported.exitCode === 0) return;
  if (/`config:import(?: [^`]*)?` is not a dokku command/.test(imported.stderr + imported.stdout)) {
    throw new UserError(NEEDS_CONFIG_IMPORT);
  }
  throw new DokkuCommandError("config:import", imported.exitCode, dokkuMessage(imported.stderr, imported.stdout));
}
async function unsetConfig(dokku, app, keys) {
  await dokku.run(["config:unset", "--no-restart", app, ...keys], { mutating: true, quiet: true });
}
async function restartState(dokku, app) {
  const { stdout } = await dokku.run(["ps:report", app, "--format", "json"], { mutating: false });
  const report = JSON.parse(stdout.trim() || "{}");
  return {
    deployed: String(report.deployed) === "true",
    restore: String(report.restore ?? report["ps-restore"] ?? "true") !== "false"
  };
}

// src/subcommands/env-import.ts
var USAGE = "<app> [FILE|-]";
var COMMAND = "pegasus:env-import";
var MAX_INPUT_BYTES = 1024 * 1024;
var envImport = {
  name: "env-import",
  args: USAGE,
  summary: "Load a .env into an app's config safely with at most one restart",
  options: {
    ...DRY_RUN_OPTION,
    "no-restart": { type: "boolean", description: "write the config but do not restart the app" },
    replace: {
      type: "boolean",
      description: "also remove keys the file lacks (never GIT_REV, NO_VHOST, DOKKU_* or link URLs)"
    },
    "allow-link-override": {
      type: "boolean",
      description: "let the file set Dokku's own keys (GIT_REV, NO_VHOST, DOKKU_*) or change DATABASE_URL, REDIS_URL"
    },
    "generate-secret-key": {
      type: "boolean",
      description: "create a SECRET_KEY when neither the file nor the app has one (never rotates)"
    },
    ...FORMAT_OPTION
  },
  notes: [
    "Reads stdin when FILE is - or absent: ssh dokku@host pegasus:env-import myapp < .env",
    "The file is read as the dotenv package reads it ($VAR is NOT expanded, unlike config:import),",
    "but strictly: a line that is not KEY=VALUE, a duplicate key or a value Dokku 0.38 would store",
    'wrongly (ending in " or \\, or a number with a leading 0 or +) stops the import; nothing is applied.',
    "Values are never printed: the diff shows keys and value lengths only."
  ],
  printsData: (args) => formatOption(args.options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals(COMMAND, USAGE, positionals, 1, 2);
    const app = verifyAppName(positionals[0]);
    const json = formatOption(options) === "json";
    const flags = {
      dryRun: booleanOption(options, "dry-run"),
      noRestart: booleanOption(options, "no-restart"),
      replace: booleanOption(options, "replace"),
      allowLinkOverride: booleanOption(options, "allow-link-override"),
      generateSecretKey: booleanOption(options, "generate-secret-key")
    };
    const result = await importEnv(app, positionals[1], flags, context);
    if (json) context.stdout.write(`${JSON.stringify(result)}
`);
  }
};
async function importEnv(app, source, flags, context) {
  const { log, dokku } = context;
  const input = await readInput(source, context);
  const entries = readEnvFile(input.label, input.text);
  if (entries.length === 0) {
    throw new UserError(`${input.label} has no KEY=VALUE lines; nothing was imported. Pipe a .env file: ${COMMAND} <app> < .env`);
  }
  log.info1(`Read ${entries.length} ${entries.length === 1 ? "key" : "keys"} from ${input.label}`);
  const current = await exportConfig(dokku, app);
  const generated = secretKeyToGenerate(entries, current, flags.generateSecretKey, context);
  const plan = planEnvImport({
    entries,
    current,
    replace: flags.replace,
    allowLinkOverride: flags.allowLinkOverride,
    generated
  });
  if (plan.problems.length > 0) throw new UserError(describeProblems(plan.problems, input.label));
  log.info2(`${app}: ${summarizePlan(plan)}${flags.dryRun ? " (dry run)" : ""}`);
  for (const line of renderPlanLines(plan)) log.verbose(line);
  const hosts = allowedHostsToCheck(plan.after);
  const domains = hosts ? await appDomains(dokku, app) : void 0;
  for (const warning of productionWarnings(plan.after, domains)) log.warn(warning);
  const report = (restarted) => ({
    app,
    dry_run: flags.dryRun,
    added: plan.added,
    changed: plan.changed,
    removed: plan.removed,
    unchanged: plan.unchanged,
    restarted
  });
  if (flags.dryRun) {
    log.info1("Dry run: nothing was changed");
    return report(false);
  }
  if (changeCount(plan) === 0) {
    log.info1(`Nothing to change; ${app} was not restarted`);
    return report(false);
  }
  await apply(app, plan, context);
  return report(await restartOnce(app, flags.noRestart, context));
}
async function apply(app, plan, context) {
  const { log, dokku } = context;
  const setKeys = Object.keys(plan.toSet);
  if (setKeys.length > 0) {
    await writeConfig(dokku, app, plan.toSet);
    log.info1(`Wrote ${setKeys.length} ${setKeys.length === 1 ? "key" : "keys"} with one config:import`);
  }
  if (plan.toUnset.length > 0) {
    try {
      await unsetConfig(dokku, app, plan.toUnset);
    } catch (error) {
      if (setKeys.length === 0) throw error;
      throw new UserError(
        [
          error instanceof Error ? error.message : String(error),
          `The added and changed keys were already written by config:import: ${[...plan.added, ...plan.changed].join(", ")}.`,
          `Not removed: ${plan.toUnset.join(", ")}. ${app} was not restarted. Fix the cause, then run the same import again (it only removes what is left)`
        ].join("\n"),
        error instanceof UserError ? error.exitCode : 1
      );
    }
    log.info1(`Removed ${plan.toUnset.length} ${plan.toUnset.length === 1 ? "key" : "keys"} with one config:unset`);
  }
  const readBack = await exportConfig(dokku, app);
  const wrong = verifyReadBack(plan, readBack);
  if (wrong.length > 0) {
    throw new UserError(
      [
        `Dokku did not store ${wrong.length === 1 ? "this key" : "these keys"} as written: ${wrong.join(", ")}`,
        `${app} was not restarted. Check them with \`dokku config:keys ${app}\` and set them again by hand.`
      ].join("\n")
    );
  }
  log.info1(`Read back ${setKeys.length + plan.toUnset.length} changes: every value matches byte for byte`);
}
async function restartOnce(app, noRestart, context) {
  const { log, dokku } = context;
  if (noRestart) {
    log.info1(`Not restarting (--no-restart); run \`dokku ps:restart ${app}\` to apply the new config`);
    return false;
  }
  const state = await restartState(dokku, app);
  if (!state.deployed) {
    log.info1(`${app} is not deployed yet; the new config applies at its first deploy`);
    return false;
  }
  if (!state.restore) {
    log.info1(`${app} was stopped with ps:stop; not restarting it (ps:start applies the new config)`);
    return false;
  }
  log.info1(`Restarting ${app}`);
  try {
    await restartApp(dokku, app);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError(
      `The config was written and verified, but the restart failed: ${message}
Run \`dokku ps:restart ${app}\` once the cause is fixed.`,
      error instanceof UserError ? error.exitCode : 1
    );
  }
  return true;
}
function secretKeyToGenerate(entries, current, requested, context) {
  const present = entries.some((entry) => entry.key === "SECRET_KEY") || "SECRET_KEY" in current;
  if (present) {
    if (requested) context.log.info1("SECRET_KEY is already set; it is never rotated (--generate-secret-key ignored)");
    return void 0;
  }
  if (!requested) {
    context.log.warn("SECRET_KEY is set neither in the file nor in the app; re-run with --generate-secret-key to create one");
    return void 0;
  }
  let key = secretKeyFrom(randomBytes);
  while (refusedValueReason(key)) key = secretKeyFrom(randomBytes);
  context.log.info1("Generating a new SECRET_KEY (50 random characters)");
  return { SECRET_KEY: key };
}
async function readInput(source, context) {
  if (source === void 0 || source === "-") {
    const bytes = await readStdin(context.stdin());
    return { label: "stdin", text: decode(bytes, "stdin") };
  }
  return { label: source, text: decode(await readCheckedFile(source, context), source) };
}
async function readStdin(stream) {
  if (stream.isTTY) {
    throw new UserError(
      `No .env on stdin. Pipe one in: ssh dokku@host ${COMMAND} <app> < .env, or give a FILE path on the server`
    );
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge("stdin");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
function tooLarge(label) {
  return new UserError(`${label} is larger than ${MAX_INPUT_BYTES / 1024} KiB; that is not a .env file`);
}
function decode(bytes, label) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${label} is not UTF-8 text; save the .env as UTF-8 and try again`);
  }
}
async function readCheckedFile(source, context) {
  let resolved;
  try {
    resolved = await realpath(path.resolve(source));
  } catch {
    throw new UserError(`Cannot read ${source}: no such file. Give a path on the server, or use - and pipe the .env on stdin`);
  }
  const forbidden = await forbiddenRoots(context);
  const refuseForbidden = (file) => {
    if (forbidden.some((root) => isInside(file, root))) {
      throw new UserError(`Refusing ${source}: it is inside Dokku's own directories. Pipe the .env on stdin instead`);
    }
  };
  refuseForbidden(resolved);
  let handle;
  try {
    handle = await open(resolved, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP") throw new UserError(`Refusing ${source}: it was replaced by a symbolic link while being read`);
    if (code === "EACCES" || code === "EPERM") throw new UserError(`Cannot read ${source}: permission denied for the dokku user`);
    throw new UserError(`Cannot read ${source}: ${code ?? "open failed"}. Give a path on the server, or use - and pipe the .env on stdin`);
  }
  try {
    const opened = await realpath(`/proc/self/fd/${handle.fd}`).catch(() => void 0);
    if (opened !== void 0) refuseForbidden(opened);
    const info = await handle.stat();
    if (!info.isFile()) throw new UserError(`Refusing ${source}: not a regular file`);
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(source);
    const buffer = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_INPUT_BYTES) throw tooLarge(source);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
async function forbiddenRoots(context) {
  const roots = [context.paths.dokkuRoot, context.paths.libRoot, context.paths.dataDir, "/proc", "/sys", "/dev"];
  const resolved = await Promise.all(roots.map((root) => realpath(root).catch(() => root)));
  return [.../* @__PURE__ */ new Set([...roots.map((root) => path.resolve(root)), ...resolved])];
}
function isInside(file, root) {
  const relative = path.relative(root, file);
  return relative === "" || relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
export {
  MAX_INPUT_BYTES,
  envImport,
  importEnv
};
