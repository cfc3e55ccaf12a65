import { parse as dotenvParse } from "dotenv";
import { UserError } from "../errors.js";
import { looksLikeRandomToken } from "./secret-shape.js";

/**
 * A strict reader of `.env` files. Every value is the one `dotenv.parse` gives; around it, this
 * project's own checks find each statement's line and refuse what dotenv would silently skip or
 * mangle: a line that yields no key (including `__proto__`, which dotenv's plain object drops), a
 * duplicate key, a key Dokku refuses, a value Dokku 0.38 would store wrongly, and any statement
 * dotenv reads differently in the whole file than on its own lines. Problems name the line and
 * the key, never the value, and never a key that may be part of one: a secret that wrapped onto
 * a line of its own reads as a key when it holds a `=`, so such a key is named by its line only.
 */

export interface EnvEntry {
  key: string;
  value: string;
  /** 1-based line of the key in the input (after dotenv's CRLF normalisation). */
  line: number;
}

export interface EnvProblem {
  line: number;
  key?: string;
  reason: string;
}

export interface EnvFileResult {
  /** In file order; empty whenever `problems` is not. */
  entries: EnvEntry[];
  problems: EnvProblem[];
}

/** Dokku's key rule (plugins/config: `^[a-zA-Z_][a-zA-Z0-9_]*$`). */
export const DOKKU_KEY_RULE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * Why Dokku would not store `value` as given, or undefined when it would. Dokku 0.38 writes the
 * ENV file with godotenv 1.5.1 (dokku-commands.md §3.9): integer-looking values are written
 * through strconv.Atoi (so `007` and `+5` come back changed) and a value ending in `"` or `\`
 * comes back altered or breaks the ENV file for every later config command.
 */
export function refusedValueReason(value: string): string | undefined {
  if (value.includes("\0")) return "the value contains a NUL byte, which no environment variable can hold";
  if (value.endsWith("\\")) {
    return "the value ends with a backslash, which Dokku 0.38 writes so that the app's ENV file can no longer be read; change the value (e.g. base64-encode it in the app)";
  }
  if (value.endsWith('"')) {
    return 'the value ends with a double quote, which Dokku 0.38 reads back with a backslash in its place; change the value or drop the trailing quote';
  }
  if (/^[+-]?[0-9]+$/.test(value)) {
    const number = BigInt(value);
    const fitsGoInt = number >= -(2n ** 63n) && number < 2n ** 63n;
    if (fitsGoInt && number.toString() !== value) {
      return "the value is a number with a leading 0 or sign that Dokku 0.38 drops when it stores it; add a non-digit character or have the app pad it";
    }
  }
  return undefined;
}

/** `KEY=rest`, optionally after `export `; the key as the user wrote it, checked afterwards. */
const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z0-9_.-]+)[ \t]*=(.*)$/;
/** Where a key dotenv read may start, to name its line. */
const KEY_AT_LINE_START = /^[ \t]*(?:export[ \t]+)?([A-Za-z0-9_.-]+)/;
/** dotenv also reads `KEY: value`; Docker, Dokku and django-environ do not. */
const COLON_ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?[A-Za-z0-9_.-]+:/;
const QUOTES = new Set(["'", '"', "`"]);
/** What may follow a closing quote on its line: blanks and a comment. */
const AFTER_CLOSING_QUOTE = /^[ \t]*(?:#.*)?$/;

/** One KEY=VALUE statement: where it is. Its value is whatever dotenv reads there. */
interface Statement {
  key: string;
  /** 0-based index of the first and the last line it spans (a quoted value may span several). */
  first: number;
  last: number;
  problem?: string;
}

/**
 * Where a statement starting on `lines[index]` ends, and what is wrong with its shape. A quoted
 * value ends at the first unescaped matching quote, on this line or a later one; only blanks and
 * a comment may follow it. An unquoted value is the rest of the line, and a `#` glued to it
 * would silently cut it short.
 */
function statementAt(lines: readonly string[], index: number, key: string, rest: string): Statement {
  const value = rest.replace(/^[ \t]+/, "");
  const quote = value[0];
  if (quote === undefined || !QUOTES.has(quote)) {
    const hash = value.indexOf("#");
    const glued = hash === 0 ? rest.length === value.length : hash > 0 && !/\s/.test(value[hash - 1]!);
    return {
      key,
      first: index,
      last: index,
      problem: glued ? "a # in an unquoted value starts a comment, so the value would be cut short; put the value in single quotes" : undefined,
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
        problem: AFTER_CLOSING_QUOTE.test(after) ? undefined : `text follows the closing ${quote} quote; quote the whole value`,
      };
    }
    text = lines[last + 1] ?? "";
  }
  return { key, first: index, last: index, problem: `the value opens a ${quote} quote that never closes; close it at the end of the value` };
}

function unescapedIndexOf(text: string, quote: string): number {
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (text[at - 1] !== "\\") return at;
  }
  return -1;
}

/** Parses `.env` text; never throws. See `readEnvFile` for the throwing form. */
export function parseEnvFile(source: string): EnvFileResult {
  // dotenv reads \r\n and a lone \r as line breaks; so do the line numbers.
  const text = source.replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const problems: EnvProblem[] = [];
  const statements: Statement[] = [];

  for (let index = 0; index < lines.length; index++) {
    const content = lines[index]!;
    const trimmed = content.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const assignment = ASSIGNMENT.exec(content);
    if (!assignment) {
      const reason = COLON_ASSIGNMENT.test(content)
        ? "write KEY=VALUE: Docker, Dokku and Django do not read KEY: VALUE"
        : "not a KEY=VALUE line, a comment or a blank line";
      problems.push({ line: index + 1, reason });
      continue;
    }
    const statement = statementAt(lines, index, assignment[1]!, assignment[2]!);
    statements.push(statement);
    index = statement.last;
  }

  const firstLine = new Map<string, number>();
  const duplicated = new Set<string>();
  for (const { key, first } of statements) {
    if (firstLine.has(key)) duplicated.add(key);
    else firstLine.set(key, first + 1);
  }

  const whole = dotenvParse(text);
  const entries: EnvEntry[] = [];
  const seen = new Set<string>();
  for (const statement of statements) {
    const { key } = statement;
    const line = statement.first + 1;
    const wrapped = wrappedValueReason(key, lines[statement.first]!);
    if (wrapped) {
      seen.add(key);
      problems.push({ line, reason: wrapped });
      continue;
    }
    const problem = (reason: string) => problems.push({ line, key, reason });
    if (seen.has(key)) problem(`duplicate key (first set on line ${firstLine.get(key)}); keep one`);
    seen.add(key);
    if (statement.problem) {
      problem(statement.problem);
      continue;
    }
    const value = dotenvValueOf(lines.slice(statement.first, statement.last + 1).join("\n"), key);
    if (value === undefined) {
      problem(
        key === "__proto__"
          ? "__proto__ is the one key dotenv cannot read (it drops the line); rename it"
          : "dotenv reads no KEY=VALUE from this line; write it as KEY=VALUE",
      );
      continue;
    }
    // A statement read alone and within the whole file must give the same value: if not, a
    // quote or line break around it means something else to dotenv than it seems to.
    if (!duplicated.has(key) && (!Object.hasOwn(whole, key) || whole[key] !== value)) {
      problem("dotenv reads a different value here within the whole file; check the quotes and line breaks around it");
      continue;
    }
    const refused = refusedValueReason(value);
    if (refused) problem(refused);
    entries.push({ key, value, line });
  }

  // A key dotenv finds where this reader saw none (inside what looked like a quoted value).
  const unseen = Object.keys(whole).filter((key) => !seen.has(key));
  if (unseen.length > 0) {
    const refusedLines = new Set(problems.map((problem) => problem.line));
    const lineOfKey = new Map<string, number>();
    lines.forEach((content, index) => {
      const key = KEY_AT_LINE_START.exec(content)?.[1];
      if (key !== undefined && !lineOfKey.has(key)) lineOfKey.set(key, index + 1);
    });
    for (const key of unseen) {
      const line = lineOfKey.get(key) ?? 1;
      if (refusedLines.has(line)) continue; // already refused there
      // Read from inside what looked like a quoted value: it may be a piece of that value.
      const shown = isShownKey(key) ? key : undefined;
      problems.push({ line, key: shown, reason: `dotenv reads a key${shown ? "" : " (not shown: it may be part of a value)"} here, where no KEY=VALUE line starts; check the quotes above it` });
    }
  }

  problems.sort((a, b) => a.line - b.line);
  return { entries: problems.length > 0 ? [] : entries, problems };
}

/** Whether a message may name `key`: a key Dokku takes that does not look like a piece of a secret. */
function isShownKey(key: string): boolean {
  return DOKKU_KEY_RULE.test(key) && !looksLikeRandomToken(key);
}

/**
 * Why a statement's key must be named by its line alone, or undefined. A long value (a base64
 * secret, a Django key) that wrapped onto a line of its own reads as `KEY=rest` when it holds a
 * `=`: base64 padding makes a value of `=` signs alone, and a random run before the first `=`
 * is no name anyone gave a variable. A key Dokku refuses may be such a piece too.
 */
function wrappedValueReason(key: string, content: string): string | undefined {
  const rest = content.slice(content.indexOf("=") + 1).trim();
  const notShown = "(the line is not shown: it may be part of a secret)";
  if (/^=+$/.test(rest)) {
    return `the value is only = signs, as where a base64 value wrapped onto a line of its own ends ${notShown}; put the whole value on its KEY= line`;
  }
  if (!DOKKU_KEY_RULE.test(key)) return `not a valid key ${notShown}: use letters, digits and _ only, and do not start with a digit`;
  if (looksLikeRandomToken(key)) {
    return `the key looks like a piece of a secret, as where a value wrapped onto a line of its own, not a name ${notShown}; put the whole value on its KEY= line, or give the variable a name of words`;
  }
  return undefined;
}

/** The value dotenv reads for `key` from `text` alone, or undefined when it reads nothing else. */
function dotenvValueOf(text: string, key: string): string | undefined {
  const parsed = dotenvParse(text);
  const keys = Object.keys(parsed);
  return keys.length === 1 && keys[0] === key ? parsed[key] : undefined;
}

/** How many problems a message lists before it says "and N more". */
const MAX_LISTED = 20;

export function describeProblems(problems: readonly EnvProblem[], source: string): string {
  const listed = problems.slice(0, MAX_LISTED).map(
    (problem) => `  line ${problem.line}${problem.key ? `, ${problem.key}` : ""}: ${problem.reason}`,
  );
  if (problems.length > MAX_LISTED) listed.push(`  … and ${problems.length - MAX_LISTED} more`);
  return [
    `${source} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}; nothing was imported:`,
    ...listed,
  ].join("\n");
}

/** Parses and throws one UserError listing every problem, so a fix-and-retry loop takes one round. */
export function readEnvFile(source: string, text: string): EnvEntry[] {
  const { entries, problems } = parseEnvFile(text);
  if (problems.length > 0) throw new UserError(describeProblems(problems, source));
  return entries;
}
