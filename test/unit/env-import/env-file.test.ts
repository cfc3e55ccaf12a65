import dotenv from "dotenv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeProblems, parseEnvFile, readEnvFile, refusedValueReason } from "../../../src/core/env-file.js";
import { UserError } from "../../../src/errors.js";

const asObject = (text: string) => Object.fromEntries(parseEnvFile(text).entries.map((e) => [e.key, e.value]));

describe("parseEnvFile: what dotenv reads, a Pegasus .env imports unchanged", () => {
  it.each([
    ["plain", "A=1\nB=hello world\n", { A: "1", B: "hello world" }],
    ["export prefix", "export SECRET_KEY=abc\n", { SECRET_KEY: "abc" }],
    ["single quotes keep $ and #", "K='a$b#c'\n", { K: "a$b#c" }],
    ["double quotes expand \\n", 'K="l1\\nl2"\n', { K: "l1\nl2" }],
    ["= inside the value", "DATABASE_URL=postgres://u:p@h/db?x=1\n", { DATABASE_URL: "postgres://u:p@h/db?x=1" }],
    ["comments and blanks", "# head\n\nA=1 # trailing\n   # indented\n", { A: "1" }],
    ["multi-line double quoted", 'PEM="-----BEGIN-----\nabc\n-----END-----"\nB=2\n', { PEM: "-----BEGIN-----\nabc\n-----END-----", B: "2" }],
    ["CRLF", "A=1\r\nB=2\r\n", { A: "1", B: "2" }],
    ["empty value", "A=\nB=''\n", { A: "", B: "" }],
    ["spaces around =", "A = 1\n", { A: "1" }],
    ["$VAR is literal", "A=x$HOME\n", { A: "x$HOME" }],
  ])("%s", (_name, text, expected) => {
    expect(parseEnvFile(text).problems).toEqual([]);
    expect(asObject(text)).toEqual(expected);
    expect(asObject(text)).toEqual(dotenv.parse(text));
  });

  it("keys named after Object.prototype members are ordinary keys", () => {
    const text = "constructor=c\ntoString=t\nvalueOf=v\nhasOwnProperty=h\nisPrototypeOf=i\n";
    const { entries, problems } = parseEnvFile(text);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.key, e.value, e.line])).toEqual([
      ["constructor", "c", 1],
      ["toString", "t", 2],
      ["valueOf", "v", 3],
      ["hasOwnProperty", "h", 4],
      ["isPrototypeOf", "i", 5],
    ]);
  });

  it("names __proto__ and what to do, never its value", () => {
    expect(() => readEnvFile("stdin", "__proto__=leak-me\n")).toThrow(/line 1, __proto__: __proto__ is the one key dotenv cannot read \(it drops the line\); rename it$/);
  });

  it("records the line of each key", () => {
    const { entries } = parseEnvFile('# c\nA=1\n\nPEM="x\ny"\nB=2\n');
    expect(entries.map((e) => [e.key, e.line])).toEqual([
      ["A", 2],
      ["PEM", 4],
      ["B", 6],
    ]);
  });
});

describe("parseEnvFile: strict where dotenv is lenient (line numbers, keys, never values)", () => {
  it.each([
    ["a bare word", "A=1\njunk\nB=2\n", [{ line: 2 }]],
    ["a key without =", "A=1\nNOVALUE\n", [{ line: 2 }]],
    ["space in the key", "A=1\nMY KEY=x\n", [{ line: 2 }]],
    ["duplicate key", "A=1\nB=2\nA=3\n", [{ line: 3, key: "A" }]],
    // A key Dokku refuses is named by its line only: it may be a piece of a wrapped secret.
    ["dotted key (dotenv takes it, Dokku refuses it)", "my.key=1\n", [{ line: 1 }]],
    ["dashed key", "MY-KEY=1\n", [{ line: 1 }]],
    ["key starting with a digit", "1KEY=1\n", [{ line: 1 }]],
    ["unclosed double quote", 'A=1\nB="abc\nC=3\n', [{ line: 2, key: "B" }]],
    ["unclosed single quote", "A='abc\n", [{ line: 1, key: "A" }]],
    ["text after a closing quote", 'A="abc" x "def"\n', [{ line: 1, key: "A" }]],
    ["# glued to an unquoted value", "SECRET_KEY=abc#def\n", [{ line: 1, key: "SECRET_KEY" }]],
    ["# right after =", "SECRET_KEY=#abc\n", [{ line: 1, key: "SECRET_KEY" }]],
    // dotenv lets the value start on the next line; read alone, line 1 is A="".
    ["value on the next line", "A=\n'x'\n", [{ line: 1, key: "A" }, { line: 2 }]],
    ["KEY: VALUE (dotenv reads it, Docker and Dokku do not)", "A: 1\n", [{ line: 1 }]],
    ["__proto__, which dotenv drops silently", "A=1\n__proto__=x\nB=2\n", [{ line: 2, key: "__proto__" }]],
    ["__proto__ with export and quotes", "export __proto__='{\"a\":1}'\n", [{ line: 1, key: "__proto__" }]],
    ["export on its own line", "export\nA=1\n", [{ line: 1 }]],
    ["several problems, all listed", "junk\nA=007\nA=1\n", [{ line: 1 }, { line: 2, key: "A" }, { line: 3, key: "A" }]],
    ["junk after a multi-line value", 'P="a\nb"\nnot a pair\n', [{ line: 3 }]],
  ])("%s", (_name, text, expected) => {
    const { entries, problems } = parseEnvFile(text);
    expect(entries).toEqual([]);
    expect(problems.map(({ line, key }) => (key ? { line, key } : { line }))).toEqual(expected);
  });

  it("says what to do and never echoes a value", () => {
    const secret = "s3cr3t-value-that-must-not-leak";
    const text = `A=${secret}\nA=${secret}\nB=${secret}#x\nC=0${secret.length}\nD="${secret}\\"\nnot-a-line ${secret}\n`;
    try {
      readEnvFile("stdin", text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const message = (error as UserError).message;
      expect(message).not.toContain(secret);
      expect(message).toMatch(/^stdin has 5 problems; nothing was imported:/);
      expect(message).toContain("line 2, A: duplicate key (first set on line 1)");
      expect(message).toContain("line 6: not a KEY=VALUE line");
    }
  });
});

describe("parseEnvFile: a secret that wrapped onto a line of its own is refused by line number, never shown", () => {
  const secret = "c2VjcmV0LXRva2VuLXZhbHVlLTEyMw";
  it.each([
    ["base64 padding (==): dotenv reads the secret as a key whose value is =", `DJANGO_SECRET=\n${secret}==\n`],
    ["a single = of padding, which dotenv reads as a key with an empty value", `DJANGO_SECRET=\n${secret}=\n`],
    ["base64url with a -, which Dokku refuses as a key", `DJANGO_SECRET=\nc2VjcmV0-LXRva2VuLXZhbHVlLTEyMw==\n`],
    ["a = inside the token", `DJANGO_SECRET=\nc2VjcmV0LXRva2Vu=LXZhbHVlLTEyMw\n`],
    ["the token after export", `DJANGO_SECRET=\nexport ${secret}=x\n`],
    ["no = at all", `DJANGO_SECRET=\n${secret}\n`],
    ["a padded piece too short to look random", "PEM_BODY=MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\nZw==\n"],
  ])("%s", (_name, text) => {
    const { entries, problems } = parseEnvFile(text);
    expect(entries).toEqual([]);
    expect(problems).toEqual([{ line: 2, reason: expect.any(String) }]);
    const message = describeProblems(problems, "stdin");
    expect(message).toMatch(/^stdin has a problem; nothing was imported:\n {2}line 2: /);
    for (const piece of [secret.slice(0, 10), secret.slice(-10), "c2VjcmV0", "Zw"]) expect(message).not.toContain(piece);
  });

  it("says what the = signs are and what to do", () => {
    expect(() => readEnvFile("stdin", `A=1\nTOKEN==\n`)).toThrow(
      /line 2: the value is only = signs, as where a base64 value wrapped onto a line of its own ends \(the line is not shown: it may be part of a secret\); put the whole value on its KEY= line$/,
    );
  });

  it("an empty value, a quoted = and keys made of words are still read as dotenv reads them", () => {
    const text = `SENTRY_DSN=\nPAD='=='\nAWS_S3_CUSTOM_DOMAIN=x\nPYTHONDONTWRITEBYTECODE=1\nGOOGLE_OAUTH2_CLIENT_ID=y\n`;
    const { entries, problems } = parseEnvFile(text);
    expect(problems).toEqual([]);
    expect(Object.fromEntries(entries.map((e) => [e.key, e.value]))).toEqual(dotenv.parse(text));
  });
});

describe("parseEnvFile: a 1 MiB input takes linear time, whatever it holds", () => {
  it("60,000 lines whose quotes dotenv reads differently are all refused in seconds", () => {
    // Every other line opens a quote the next line seems to close; dotenv reads every line as a
    // key of its own, so 30,000 keys have to be placed on their lines.
    const text = Array.from({ length: 60_000 }, (_, index) => `A${index}='x`).join("\n");
    const started = Date.now();
    const { problems } = parseEnvFile(text);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(problems.find((problem) => problem.key === "A1")).toEqual({ line: 2, key: "A1", reason: expect.stringContaining("where no KEY=VALUE line starts") });
  }, 30_000);

  it("names the line of a key dotenv reads from a KEY: VALUE line further down", () => {
    expect(parseEnvFile("A=1\nB=2\nC: 3\n").problems).toEqual([{ line: 3, reason: expect.stringContaining("write KEY=VALUE") }]);
  });
});

describe("refusedValueReason: values Dokku 0.38 would store wrongly (dokku-commands §3.9)", () => {
  it.each([
    ["ends with a double quote", 'say "hi"'],
    ["ends with a backslash", "C:\\path\\"],
    ["leading zero", "007"],
    ["plus sign", "+4412"],
    ["negative with leading zero", "-007"],
    ["minus zero", "-0"],
    ["NUL byte", "a\0b"],
  ])("refuses a value that %s", (_name, value) => {
    expect(refusedValueReason(value)).toMatch(/\S/);
  });

  it.each([["0"], ["-5"], ["42"], ["12345678901234567890123"], ["0.5"], ["0x1"], ["it's \"quoted\" inside"], ["a\\b"], [""]])(
    "accepts %j",
    (value) => {
      expect(refusedValueReason(value)).toBeUndefined();
    },
  );

  it("refuses the file, naming line, key and reason", () => {
    const { problems } = parseEnvFile("OK=1\nZIP=007\nQ='x\"'\n");
    expect(problems).toEqual([
      { line: 2, key: "ZIP", reason: expect.stringContaining("leading 0") },
      { line: 3, key: "Q", reason: expect.stringContaining("double quote") },
    ]);
  });
});

// Pieces a real .env is made of, including dotenv's oddities, so the generator reaches both
// the accepted and the refused paths often.
const keyArb = fc.oneof(
  fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/),
  fc.constantFrom("export", "my.key", "A-B", "1X"),
);
const valueCharArb = fc.constantFrom("a", "Z", "0", " ", "$", "=", "#", "'", '"', "`", "\\", "n", ":", "\t", "é", "/");
const rawValueArb = fc.array(valueCharArb, { maxLength: 12 }).map((cs) => cs.join(""));
const valueArb = fc.oneof(
  rawValueArb,
  rawValueArb.map((v) => `'${v}'`),
  rawValueArb.map((v) => `"${v}"`),
  rawValueArb.map((v) => `\`${v}\``),
  fc.tuple(rawValueArb, rawValueArb).map(([a, b]) => `"${a}\n${b}"`),
  fc.tuple(rawValueArb, rawValueArb).map(([a, b]) => `'${a}\n${b}'`),
);
const lineArb = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom("", "export ", "  "), keyArb, fc.constantFrom("=", " = ", ": ", "="), valueArb, fc.constantFrom("", " # c", "  ")).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.constantFrom("", "# comment", "   ", "junk", "export", "=x") },
);
const fileArb = fc.tuple(fc.array(lineArb, { maxLength: 8 }), fc.constantFrom("\n", "\r\n")).map(([lines, eol]) => lines.join(eol));

// Well-formed files with the characters a Pegasus .env really holds ($, #, =, quotes of the
// other kind, backslashes inside, multi-line PEMs), so most are accepted.
const charsWithout = (banned: string) =>
  fc
    .array(fc.constantFrom(..."aZ09 $=#'\"`\\n:/+é-_.".split("").filter((c) => !banned.includes(c))), { maxLength: 16 })
    .map((cs) => cs.join(""))
    .filter((v) => !v.endsWith("\\"));
const goodValueArb = fc.oneof(
  charsWithout("#'\"`").map((v) => v.trim()).filter((v) => !v.endsWith("\\")),
  charsWithout("'").map((v) => `'${v}'`),
  charsWithout('"').map((v) => `"${v}"`),
  fc.tuple(charsWithout('"'), charsWithout('"')).map(([a, b]) => `"${a}\n${b}"`),
);
const goodLineArb = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom("", "export "), fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,10}$/), fc.constantFrom("=", " = "), goodValueArb, fc.constantFrom("", " # note")).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.constantFrom("", "# section", "  # indented comment") },
);
const goodFileArb = fc.array(goodLineArb, { maxLength: 10 }).map((lines) => `${lines.join("\n")}\n`);

describe("equivalence with dotenv.parse (fast-check)", () => {
  it("every file the strict parser accepts yields exactly what dotenv.parse yields", () => {
    fc.assert(
      fc.property(fileArb, (text) => {
        const { entries, problems } = parseEnvFile(text);
        if (problems.length > 0) return;
        expect(Object.fromEntries(entries.map((e) => [e.key, e.value]))).toEqual(dotenv.parse(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("well-formed files: accepted ones (most) yield exactly what dotenv.parse yields", () => {
    fc.assert(
      fc.property(goodFileArb, (text) => {
        const { entries, problems } = parseEnvFile(text);
        if (problems.length > 0) return;
        expect(Object.fromEntries(entries.map((e) => [e.key, e.value]))).toEqual(dotenv.parse(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("on arbitrary text it never throws and accepted text still matches dotenv", () => {
    const charArb = fc.constantFrom("A", "B", "=", "#", "'", '"', "`", "\\", " ", "\n", "\r", ":", "x", "-", ".", "0", "e", "x", "p", "o", "r", "t");
    fc.assert(
      fc.property(fc.array(charArb, { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
        const { entries, problems } = parseEnvFile(text);
        if (problems.length === 0) {
          expect(Object.fromEntries(entries.map((e) => [e.key, e.value]))).toEqual(dotenv.parse(text));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("the generator does reach accepted files (the property is not vacuous)", () => {
    const accepted = (arb: fc.Arbitrary<string>) =>
      fc.sample(arb, { numRuns: 500, seed: 42 }).filter((text) => parseEnvFile(text).problems.length === 0 && text.includes("=")).length;
    expect(accepted(fileArb)).toBeGreaterThan(25);
    expect(accepted(goodFileArb)).toBeGreaterThan(250);
  });
});

describe("the benchmark's fixture (test/fixtures/pegasus.env)", () => {
  it("is a 40-key Pegasus .env the strict parser accepts, identical to dotenv's reading", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../fixtures/pegasus.env", import.meta.url), "utf8");
    const { entries, problems } = parseEnvFile(text);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(40);
    expect(Object.fromEntries(entries.map((e) => [e.key, e.value]))).toEqual(dotenv.parse(text));
    expect(entries.find((e) => e.key === "GITHUB_APP_PRIVATE_KEY")?.value.split("\n")).toHaveLength(4);
  });
});
