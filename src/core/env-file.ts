import { UserError } from "../errors.js";

/**
 * A strict reader of `.env` files that yields exactly what `dotenv.parse` (16.6.1) yields for
 * every file it accepts, and refuses what dotenv would silently skip or mangle: a line that
 * yields no key, a duplicate key, a key Dokku refuses, a value Dokku 0.38 would store wrongly.
 * Problems name the line and the key, never the value.
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

// dotenv 16.6.1 lib/main.js LINE, verbatim but for the `d` flag that gives group offsets.
// Copying it (rather than re-deriving a grammar) is what keeps the values identical to dotenv's.
const LINE =
  /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;

const QUOTED: Record<string, RegExp> = {
  "'": /^'(?:\\'|[^'])*'$/,
  '"': /^"(?:\\"|[^"])*"$/,
  "`": /^`(?:\\`|[^`])*`$/,
};

/** dotenv's value post-processing, verbatim: trim, strip matching quotes, expand \n \r in "…". */
function dotenvValue(raw: string | undefined): string {
  let value = (raw || "").trim();
  const maybeQuote = value[0];
  value = value.replace(/^(['"`])([\s\S]*)\1$/gm, "$2");
  if (maybeQuote === '"') {
    value = value.replace(/\\n/g, "\n");
    value = value.replace(/\\r/g, "\r");
  }
  return value;
}

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

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}

/** 1-based line number of `offset`, by binary search over the line starts. */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Parses `.env` text; never throws. See `readEnvFile` for the throwing form. */
export function parseEnvFile(source: string): EnvFileResult {
  const text = source.replace(/\r\n?/gm, "\n");
  const starts = lineStarts(text);
  const covered = new Array<boolean>(starts.length + 1).fill(false);
  const problems: EnvProblem[] = [];
  const entries: EnvEntry[] = [];
  const firstLine = new Map<string, number>();

  LINE.lastIndex = 0;
  for (let match = LINE.exec(text); match !== null; match = LINE.exec(text)) {
    const indices = match.indices!;
    const [keyStart, keyEnd] = indices[1]!;
    const key = match[1]!;
    const raw = match[2];
    const end = match.index + match[0].length;
    const line = lineOf(starts, keyStart);
    for (let covering = lineOf(starts, match.index); covering <= lineOf(starts, Math.max(match.index, end - 1)); covering++) {
      covered[covering] = true;
    }
    const problem = (reason: string) => problems.push({ line, key, reason });

    // dotenv lets `\s` run across line breaks around the key and the separator; a key whose
    // `export`, `=` or value sits on another line is almost always a broken file.
    const lead = text.slice(match.index, keyStart).replace(/^\s*/, "");
    if (lead.includes("\n")) {
      problems.push({ line: lineOf(starts, keyStart - lead.length), reason: "`export` must be followed by KEY=VALUE on the same line" });
      continue;
    }
    let separatorEnd: number;
    if (raw !== undefined) {
      separatorEnd = indices[2]![0] + (raw.length - raw.trimStart().length);
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
    if (quote !== undefined && quote in QUOTED) {
      if (!QUOTED[quote]!.test(trimmed)) {
        problem(`the value opens a ${quote} quote that does not close at its end; quote the whole value`);
      }
    } else {
      const after = raw === undefined ? separatorEnd : indices[2]![1];
      const before = text[after - 1] ?? "";
      if (text[after] === "#" && !/\s/.test(before)) {
        problem("a # in an unquoted value starts a comment, so the value would be cut short; put the value in single quotes");
      }
    }

    const value = dotenvValue(raw);
    const refused = refusedValueReason(value);
    if (refused) problem(refused);

    const seen = firstLine.get(key);
    if (seen !== undefined) {
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
