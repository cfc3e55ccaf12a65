import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  restartState,
  unsetConfig,
  writeConfig
} from "./chunk-Q6PHM2EF.mjs";
import {
  require_main
} from "./chunk-GEW4U2Z7.mjs";
import {
  withConfigLock
} from "./chunk-EQXVWRTA.mjs";
import {
  appDomains,
  restartApp
} from "./chunk-46MYEWN4.mjs";
import {
  exportConfigMap
} from "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
import "./chunk-RVFNLFNF.mjs";
import {
  dirInDokkuMessage,
  diskFullError,
  diskFullInDokkuMessage,
  smallFileNeeds
} from "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  DRY_RUN_OPTION,
  FORMAT_OPTION,
  booleanOption,
  expectPositionals,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
import {
  __toESM
} from "./chunk-WOOJPRL6.mjs";

// src/subcommands/env-import.ts
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
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
  for (const [key, value] of input.generated ?? []) {
    if (!wanted.has(key) && !input.current.has(key)) wanted.set(key, value);
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
      const current = input.current.get(entry.key);
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
  const toSet = /* @__PURE__ */ new Map();
  for (const [key, value] of wanted) {
    const current = input.current.get(key);
    if (current === void 0) added.push(key);
    else if (current === value) unchanged.push(key);
    else changed.push(key);
    if (current !== value) toSet.set(key, value);
  }
  const removed = [];
  const kept = [];
  const untouched = [];
  for (const key of input.current.keys()) {
    if (wanted.has(key)) continue;
    const why = protectionOf(key);
    if (!input.replace) untouched.push(key);
    else if (why) kept.push({ key, why });
    else removed.push(key);
  }
  const after = new Map([...input.current, ...toSet]);
  for (const key of removed) after.delete(key);
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
    ...plan.added.map((key) => [key, `added     (${lengthOf(plan.toSet.get(key))})`]),
    ...plan.changed.map((key) => [key, `changed   (${lengthOf(plan.toSet.get(key))})`]),
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
  const wrong = [...plan.toSet].filter(([key, value]) => readBack.get(key) !== value).map(([key]) => key);
  const lingering = plan.toUnset.filter((key) => readBack.has(key));
  return [...wrong, ...lingering].sort(byName);
}
var TRUE_STRINGS = /* @__PURE__ */ new Set(["true", "on", "ok", "y", "yes", "1"]);
function isTruthy(value) {
  return value !== void 0 && TRUE_STRINGS.has(value.trim().toLowerCase());
}
function allowedHostsToCheck(config) {
  const raw = config.get("ALLOWED_HOSTS");
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
  if (isTruthy(config.get("DEBUG"))) {
    warnings.push("DEBUG is on: Django will show tracebacks and settings to visitors; set DEBUG=False for production");
  }
  if (isTruthy(config.get("ENABLE_DEBUG_TOOLBAR"))) {
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
var import_dotenv = __toESM(require_main(), 1);
var DOKKU_KEY_RULE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
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
var ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z0-9_.-]+)[ \t]*=(.*)$/;
var KEY_AT_LINE_START = /^[ \t]*(?:export[ \t]+)?([A-Za-z0-9_.-]+)/;
var COLON_ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?[A-Za-z0-9_.-]+:/;
var QUOTES = /* @__PURE__ */ new Set(["'", '"', "`"]);
var AFTER_CLOSING_QUOTE = /^[ \t]*(?:#.*)?$/;
function statementAt(lines, index, key, rest) {
  const value = rest.replace(/^[ \t]+/, "");
  const quote = value[0];
  if (quote === void 0 || !QUOTES.has(quote)) {
    const hash = value.indexOf("#");
    const glued = hash === 0 ? rest.length === value.length : hash > 0 && !/\s/.test(value[hash - 1]);
    return {
      key,
      first: index,
      last: index,
      problem: glued ? "a # in an unquoted value starts a comment, so the value would be cut short; put the value in single quotes" : void 0
    };
  }
  let text = value.slice(1);
  for (let last = index; last < lines.length; last++) {
    const close = unescapedIndexOf(text, quote);
    if (close !== -1) {
      const after = text.slice(close + 1);
      return {
        key,
        first: index,
        last,
        problem: AFTER_CLOSING_QUOTE.test(after) ? void 0 : `text follows the closing ${quote} quote; quote the whole value`
      };
    }
    text = lines[last + 1] ?? "";
  }
  return { key, first: index, last: index, problem: `the value opens a ${quote} quote that never closes; close it at the end of the value` };
}
function unescapedIndexOf(text, quote) {
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (text[at - 1] !== "\\") return at;
  }
  return -1;
}
function parseEnvFile(source) {
  const text = source.replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const problems = [];
  const statements = [];
  for (let index = 0; index < lines.length; index++) {
    const content = lines[index];
    const trimmed = content.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const assignment = ASSIGNMENT.exec(content);
    if (!assignment) {
      const reason = COLON_ASSIGNMENT.test(content) ? "write KEY=VALUE: Docker, Dokku and Django do not read KEY: VALUE" : "not a KEY=VALUE line, a comment or a blank line";
      problems.push({ line: index + 1, reason });
      continue;
    }
    const statement = statementAt(lines, index, assignment[1], assignment[2]);
    statements.push(statement);
    index = statement.last;
  }
  const firstLine = /* @__PURE__ */ new Map();
  const duplicated = /* @__PURE__ */ new Set();
  for (const { key, first } of statements) {
    if (firstLine.has(key)) duplicated.add(key);
    else firstLine.set(key, first + 1);
  }
  const whole = (0, import_dotenv.parse)(text);
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  for (const statement of statements) {
    const { key } = statement;
    const line = statement.first + 1;
    const problem = (reason) => problems.push({ line, key, reason });
    if (!DOKKU_KEY_RULE.test(key)) problem("not a valid key: use letters, digits and _ only, and do not start with a digit");
    if (seen.has(key)) problem(`duplicate key (first set on line ${firstLine.get(key)}); keep one`);
    seen.add(key);
    if (statement.problem) {
      problem(statement.problem);
      continue;
    }
    const value = dotenvValueOf(lines.slice(statement.first, statement.last + 1).join("\n"), key);
    if (value === void 0) {
      problem(
        key === "__proto__" ? "__proto__ is the one key dotenv cannot read (it drops the line); rename it" : "dotenv reads no KEY=VALUE from this line; write it as KEY=VALUE"
      );
      continue;
    }
    if (!duplicated.has(key) && (!Object.hasOwn(whole, key) || whole[key] !== value)) {
      problem("dotenv reads a different value here within the whole file; check the quotes and line breaks around it");
      continue;
    }
    const refused = refusedValueReason(value);
    if (refused) problem(refused);
    entries.push({ key, value, line });
  }
  const unseen = Object.keys(whole).filter((key) => !seen.has(key));
  if (unseen.length > 0) {
    const refusedLines = new Set(problems.map((problem) => problem.line));
    const lineOfKey = /* @__PURE__ */ new Map();
    lines.forEach((content, index) => {
      const key = KEY_AT_LINE_START.exec(content)?.[1];
      if (key !== void 0 && !lineOfKey.has(key)) lineOfKey.set(key, index + 1);
    });
    for (const key of unseen) {
      const line = lineOfKey.get(key) ?? 1;
      if (refusedLines.has(line)) continue;
      problems.push({ line, key, reason: "dotenv reads this key where no KEY=VALUE line starts; check the quotes above it" });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { entries: problems.length > 0 ? [] : entries, problems };
}
function dotenvValueOf(text, key) {
  const parsed = (0, import_dotenv.parse)(text);
  const keys = Object.keys(parsed);
  return keys.length === 1 && keys[0] === key ? parsed[key] : void 0;
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
    "Values are never printed: the diff shows keys and value lengths only.",
    "One change of an app's config at a time: a second env-import or setup waits for the first (up to 5 minutes)."
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
  const { log } = context;
  const input = await readInput(source, context);
  const entries = readEnvFile(input.label, input.text);
  if (entries.length === 0) {
    throw new UserError(`${input.label} has no KEY=VALUE lines; nothing was imported. Pipe a .env file: ${COMMAND} <app> < .env`);
  }
  log.info1(`Read ${entries.length} ${entries.length === 1 ? "key" : "keys"} from ${input.label}`);
  const change = () => planAndApply(app, entries, input.label, flags, context);
  const { plan, applied } = flags.dryRun ? await change() : await withConfigLock(app, context, change);
  return {
    app,
    dry_run: flags.dryRun,
    added: plan.added,
    changed: plan.changed,
    removed: plan.removed,
    unchanged: plan.unchanged,
    restarted: applied ? await restartOnce(app, flags.noRestart, context) : false
  };
}
async function planAndApply(app, entries, label, flags, context) {
  const { log, dokku } = context;
  const current = await exportConfigMap(dokku, app);
  const generated = secretKeyToGenerate(entries, current, flags.generateSecretKey, context);
  const plan = planEnvImport({
    entries,
    current,
    replace: flags.replace,
    allowLinkOverride: flags.allowLinkOverride,
    generated
  });
  if (plan.problems.length > 0) throw new UserError(describeProblems(plan.problems, label));
  log.info2(`${app}: ${summarizePlan(plan)}${flags.dryRun ? " (dry run)" : ""}`);
  for (const line of renderPlanLines(plan)) log.verbose(line);
  const hosts = allowedHostsToCheck(plan.after);
  const domains = hosts ? await appDomains(dokku, app) : void 0;
  for (const warning of productionWarnings(plan.after, domains)) log.warn(warning);
  if (flags.dryRun) {
    log.info1("Dry run: nothing was changed");
    return { plan, applied: false };
  }
  if (changeCount(plan) === 0) {
    log.info1(`Nothing to change; ${app} was not restarted`);
    return { plan, applied: false };
  }
  await apply(app, plan, context);
  return { plan, applied: true };
}
async function apply(app, plan, context) {
  const { log, dokku } = context;
  const setCount = plan.toSet.size;
  if (setCount > 0) {
    try {
      await writeConfig(dokku, app, plan.toSet);
    } catch (error) {
      const full = diskFullInDokkuMessage(error);
      if (!full) throw error;
      throw await diskFullError(full, {
        dir: dirInDokkuMessage(full.message) ?? path.join(context.paths.dokkuRoot, app),
        what: `the config of ${app} (dokku config:import)`,
        needed: smallFileNeeds(JSON.stringify(Object.fromEntries(plan.toSet))),
        neededBasis: "the new values, at least",
        left: `Dokku may have written part of the config: check it with \`dokku config:keys ${app}\`; ${app} was not restarted.`
      });
    }
    log.info1(`Wrote ${setCount} ${setCount === 1 ? "key" : "keys"} with one config:import`);
  }
  if (plan.toUnset.length > 0) {
    try {
      await unsetConfig(dokku, app, plan.toUnset);
    } catch (error) {
      if (setCount === 0) throw error;
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
  const readBack = await exportConfigMap(dokku, app);
  const wrong = verifyReadBack(plan, readBack);
  if (wrong.length > 0) {
    throw new UserError(
      [
        `Dokku did not store ${wrong.length === 1 ? "this key" : "these keys"} as written: ${wrong.join(", ")}`,
        `${app} was not restarted. Check them with \`dokku config:keys ${app}\` and set them again by hand.`
      ].join("\n")
    );
  }
  log.info1(`Read back ${setCount + plan.toUnset.length} changes: every value matches byte for byte`);
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
  const present = entries.some((entry) => entry.key === "SECRET_KEY") || current.has("SECRET_KEY");
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
  return /* @__PURE__ */ new Map([["SECRET_KEY", key]]);
}
async function readInput(source, context) {
  if (source === void 0 || source === "-") {
    const bytes = await readStdin(context.stdin(), context.stderr);
    return { label: "stdin", text: decode(bytes, "stdin") };
  }
  return { label: source, text: decode(await readCheckedFile(source, context), source) };
}
var STDIN_HINT_MS = 500;
async function readStdin(stream, stderr) {
  if (stream.isTTY) {
    throw new UserError(
      `No .env on stdin. Pipe one in: ssh dokku@host ${COMMAND} <app> < .env, or give a FILE path on the server`
    );
  }
  const hint = setTimeout(() => {
    stderr.write(`-----> Reading the .env from stdin: end it with Ctrl-D, or pass the file: ssh dokku@host ${COMMAND} <app> < .env
`);
  }, STDIN_HINT_MS);
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      clearTimeout(hint);
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
      size += buffer.length;
      if (size > MAX_INPUT_BYTES) throw tooLarge("stdin");
      chunks.push(buffer);
    }
  } finally {
    clearTimeout(hint);
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
  if (source === "") {
    throw new UserError(`The FILE argument is empty. Give a path on the server, or - (or nothing) to read the .env from stdin: ${COMMAND} <app> < .env`);
  }
  let handle;
  try {
    handle = await open(source, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new UserError(`Cannot read ${source}: no such file. Give a path on the server, or use - and pipe the .env on stdin`);
    }
    if (code === "EACCES" || code === "EPERM") throw new UserError(`Cannot read ${source}: permission denied for the dokku user`);
    throw new UserError(`Cannot read ${source}: ${code ?? "open failed"}. Give a path on the server, or use - and pipe the .env on stdin`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UserError(`Refusing ${source}: not a regular file. Give the path of a .env file, or pipe it on stdin`);
    const refusal = refusalOf(await openedPath(handle, source, info), await forbiddenRoots(context));
    if (refusal) throw new UserError(`Refusing ${source}: ${refusal}. Pipe the .env on stdin instead`);
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
async function openedPath(handle, source, info) {
  const fromProc = await realpath(`/proc/self/fd/${handle.fd}`).catch(() => void 0);
  if (fromProc !== void 0) return fromProc;
  const resolved = await realpath(source).catch(() => void 0);
  const now = resolved === void 0 ? void 0 : await stat(resolved).catch(() => void 0);
  if (resolved !== void 0 && now !== void 0 && now.dev === info.dev && now.ino === info.ino) return resolved;
  throw new UserError(`Refusing ${source}: it was moved or replaced while being opened; run the command again`);
}
function refusalOf(file, forbidden) {
  return forbidden.find(({ root }) => isInside(file, root))?.why;
}
async function forbiddenRoots(context) {
  const dokku = "it is inside Dokku's own directories, which hold every app's secrets";
  const kernel = (root) => `it is under ${root}, where the kernel keeps process and device state, not .env files`;
  const roots = [
    { root: context.paths.dokkuRoot, why: dokku },
    { root: context.paths.libRoot, why: dokku },
    { root: context.paths.dataDir, why: dokku },
    ...["/proc", "/sys", "/dev"].map((root) => ({ root, why: kernel(root) }))
  ];
  const resolved = await Promise.all(roots.map(async ({ root, why }) => ({ root: await realpath(root).catch(() => path.resolve(root)), why })));
  const linkedAway = await Promise.all(
    [context.paths.dokkuRoot, context.paths.libRoot].map(
      async (root) => (await symlinkTargetsIn(root)).map((target) => ({ root: target, why: dokku }))
    )
  );
  return [...roots.map(({ root, why }) => ({ root: path.resolve(root), why })), ...resolved, ...linkedAway.flat()];
}
async function symlinkTargetsIn(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const targets = await Promise.all(
    entries.filter((entry) => entry.isSymbolicLink()).map((entry) => realpath(path.join(dir, entry.name)).catch(() => void 0))
  );
  return targets.filter((target) => target !== void 0);
}
function isInside(file, root) {
  const relative = path.relative(root, file);
  return relative === "" || relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
export {
  MAX_INPUT_BYTES,
  STDIN_HINT_MS,
  envImport,
  importEnv
};
