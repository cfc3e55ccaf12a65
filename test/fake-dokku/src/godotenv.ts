// joho/godotenv v1.5.1, the ENV reader/writer of Dokku 0.38 (parser.go, godotenv.go), ported
// with its bugs: that is the point (dokku-commands §3.9).

export class GodotenvError extends Error {}

/** Go's strconv.Quote, enough for the error messages godotenv formats with %q. */
export function goQuote(s: string): string {
  let outText = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') outText += '\\"';
    else if (ch === "\\") outText += "\\\\";
    else if (ch === "\n") outText += "\\n";
    else if (ch === "\r") outText += "\\r";
    else if (ch === "\t") outText += "\\t";
    else if (ch === "\u0007") outText += "\\a";
    else if (ch === "\b") outText += "\\b";
    else if (ch === "\f") outText += "\\f";
    else if (ch === "\v") outText += "\\v";
    else if (c < 0x20 || c === 0x7f) outText += `\\x${c.toString(16).padStart(2, "0")}`;
    else outText += ch;
  }
  return `${outText}"`;
}

const isSpace = (ch: string) => ["\t", "\v", "\f", "\r", " ", "\u0085", "\u00a0"].includes(ch);
const isUnicodeSpace = (ch: string) => /\s/u.test(ch) || ch === "\u0085";
const isLineEnd = (ch: string) => ch === "\n" || ch === "\r";

function trimLeft(s: string, pred: (ch: string) => boolean): string {
  let i = 0;
  while (i < s.length && pred(s[i] as string)) i++;
  return s.slice(i);
}
function trimRight(s: string, pred: (ch: string) => boolean): string {
  let i = s.length;
  while (i > 0 && pred(s[i - 1] as string)) i--;
  return s.slice(0, i);
}

function getStatementStart(src: string): string | undefined {
  let pos = -1;
  for (let i = 0; i < src.length; i++) {
    if (!isUnicodeSpace(src[i] as string)) {
      pos = i;
      break;
    }
  }
  if (pos === -1) return undefined;
  src = src.slice(pos);
  if (src[0] !== "#") return src;
  const nl = src.indexOf("\n");
  if (nl === -1) return undefined;
  return getStatementStart(src.slice(nl));
}

function locateKeyName(src: string): [string, string] {
  src = trimLeft(src, isSpace);
  if (src.startsWith("export")) {
    const trimmed = src.slice("export".length);
    if (trimmed.length > 0 && isSpace(trimmed[0] as string)) src = trimLeft(trimmed, isSpace);
  }
  let key = "";
  let offset = 0;
  let i = 0;
  for (; i < src.length; i++) {
    const ch = src[i] as string;
    if (isSpace(ch)) continue;
    if (ch === "=" || ch === ":") {
      key = src.slice(0, i);
      offset = i + 1;
      break;
    }
    if (ch === "_") continue;
    if (/[\p{L}\p{N}.]/u.test(ch)) continue;
    throw new GodotenvError(`unexpected character ${goQuote(ch)} in variable name near ${goQuote(src)}`);
  }
  if (src.length === 0) throw new GodotenvError("zero length string");
  key = trimRight(key, isUnicodeSpace);
  return [key, trimLeft(src.slice(offset), isSpace)];
}

const expandVarRegex = /(\\)?(\$)(\()?\{?([A-Z0-9_]+)?\}?/g;

function expandVariables(v: string, vars: Map<string, string>): string {
  return v.replace(expandVarRegex, (whole: string, backslash?: string, dollar?: string, _paren?: string, name?: string) => {
    // godotenv compares submatch[2] (always "$") with "(": that branch never fires
    if (backslash === "\\" || dollar === "(") return whole.slice(1);
    if (name) return vars.get(name) ?? "";
    return whole;
  });
}

function expandEscapes(s: string): string {
  const replaced = s.replace(/\\[\s\S]/g, (match) => {
    const c = match.slice(1);
    if (c === "n") return "\n";
    if (c === "r") return "\r";
    return match;
  });
  return replaced.replace(/\\([^$])/g, "$1");
}

function extractVarValue(src: string, vars: Map<string, string>): [string, string] {
  const quote = src[0] === '"' || src[0] === "'" ? src[0] : undefined;
  if (!quote) {
    let endOfLine = -1;
    for (let i = 0; i < src.length; i++) {
      if (isLineEnd(src[i] as string)) {
        endOfLine = i;
        break;
      }
    }
    if (endOfLine === -1) {
      endOfLine = src.length;
      if (endOfLine === 0) return ["", ""];
    }
    const lineChars = Array.from(src.slice(0, endOfLine));
    let endOfVar = lineChars.length;
    if (endOfVar === 0) return ["", src.slice(endOfLine)];
    for (let i = endOfVar - 1; i >= 0; i--) {
      if (lineChars[i] === "#" && i > 0 && isSpace(lineChars[i - 1] as string)) {
        endOfVar = i;
        break;
      }
    }
    const trimmed = trimRight(trimLeft(lineChars.slice(0, endOfVar).join(""), isSpace), isSpace);
    return [expandVariables(trimmed, vars), src.slice(endOfLine)];
  }
  for (let i = 1; i < src.length; i++) {
    if (src[i] !== quote) continue;
    if (src[i - 1] === "\\") continue;
    const isQuote = (ch: string) => ch === quote;
    let value = trimLeft(trimRight(src.slice(0, i), isQuote), isQuote);
    if (quote === '"') value = expandVariables(expandEscapes(value), vars);
    return [value, src.slice(i + 1)];
  }
  let valEnd = src.indexOf("\n");
  if (valEnd === -1) valEnd = src.length;
  throw new GodotenvError(`unterminated quoted value ${src.slice(0, valEnd)}`);
}

/** godotenv.Parse / Unmarshal: keys in file order (a later duplicate wins). */
export function parse(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let cutset: string | undefined = text.replace(/\r\n/g, "\n");
  for (;;) {
    cutset = getStatementStart(cutset);
    if (cutset === undefined) break;
    const [key, left] = locateKeyName(cutset);
    const [value, rest] = extractVarValue(left, out);
    out.set(key, value);
    cutset = rest;
  }
  return out;
}

/** Go strconv.Atoi: optional sign, decimal digits, int64 range. */
export function goAtoi(v: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(v)) return undefined;
  const n = BigInt(v);
  if (n > 9223372036854775807n || n < -9223372036854775808n) return undefined;
  return n;
}

export function doubleQuoteEscape(line: string): string {
  for (const c of ["\\", "\n", "\r", '"', "!", "$", "`"]) {
    let to = `\\${c}`;
    if (c === "\n") to = "\\n";
    if (c === "\r") to = "\\r";
    line = line.split(c).join(to);
  }
  return line;
}

/** godotenv.Marshal: integer-looking values unquoted and normalised, lines sorted. */
export function marshal(env: Map<string, string>): string {
  const lines: string[] = [];
  for (const [k, v] of env) {
    const n = goAtoi(v);
    if (n !== undefined) lines.push(`${k}=${n.toString()}`);
    else lines.push(`${k}="${doubleQuoteEscape(v)}"`);
  }
  lines.sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
  return lines.join("\n");
}
