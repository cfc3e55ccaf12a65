import { describe, expect, it, vi } from "vitest";

/**
 * The values come from `dotenv.parse` itself, not from a copy of its grammar: with dotenv's
 * parse wrapped, whatever it answers is what the strict reader yields.
 */
const calls: string[] = [];
vi.mock("dotenv", async (importOriginal) => {
  const actual = await importOriginal<typeof import("dotenv")>();
  const parse = (text: string) => {
    calls.push(text);
    return Object.fromEntries(Object.entries(actual.parse(text)).map(([key, value]) => [key, `dotenv:${value}`]));
  };
  return { ...actual, parse, default: { ...actual, parse } };
});

const { parseEnvFile } = await import("../../../src/core/env-file.js");

describe("parseEnvFile takes every value from dotenv.parse", () => {
  it("yields what dotenv.parse answers, statement by statement and for the whole file", () => {
    const text = "A=1\nPEM=\"l1\nl2\"\n";
    const { entries, problems } = parseEnvFile(text);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { key: "A", value: "dotenv:1", line: 1 },
      { key: "PEM", value: "dotenv:l1\nl2", line: 2 },
    ]);
    expect(calls).toContain(text);
    expect(calls).toContain("A=1");
    expect(calls).toContain('PEM="l1\nl2"');
  });
});
