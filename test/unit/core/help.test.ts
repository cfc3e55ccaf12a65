import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSubcommandArgs, renderCommandHelp } from "../../../src/core/args.js";
import { HelpRequested } from "../../../src/errors.js";
import { renderHelpLines, renderUsage } from "../../../src/help.js";
import { REPO_ROOT } from "../../support/sandbox.js";
import { loadSubcommands } from "../../../src/registry.js";

const subcommands = await loadSubcommands();

describe("help rendered from the registry", () => {
  it("gives Dokku one `    pegasus:name args, summary` line per command, no stray commas", () => {
    const lines = renderHelpLines(subcommands).trimEnd().split("\n");
    expect(lines.length).toBe(subcommands.length + 1);
    for (const line of lines) {
      expect(line).toMatch(/^ {4}pegasus:[a-z-]+( [^,]*)?, [^,]+$/);
    }
  });

  it("lists every flag of every command in pegasus:help", () => {
    const usage = renderUsage(subcommands);
    expect(usage.startsWith("Usage: dokku pegasus[:COMMAND]\n")).toBe(true);
    for (const subcommand of subcommands) {
      expect(usage).toContain(`pegasus:${subcommand.name}`);
      for (const flag of Object.keys(subcommand.options)) expect(usage).toContain(`--${flag}`);
    }
  });

  it("is commander's own help of each command, and dist/usage.txt (answered by bash) is that text", () => {
    const usage = renderUsage(subcommands);
    expect(readFileSync(path.join(REPO_ROOT, "dist", "usage.txt"), "utf8")).toBe(usage);
    for (const subcommand of subcommands) {
      let help: unknown;
      try {
        parseSubcommandArgs(subcommand, ["--help"]);
      } catch (error) {
        help = error;
      }
      expect(help).toBeInstanceOf(HelpRequested);
      expect((help as HelpRequested).text).toBe(renderCommandHelp(subcommand));
      expect(usage).toContain(`\n${renderCommandHelp(subcommand).trimEnd()}\n`);
    }
  });

  it("has a summary for every registered command without commas", () => {
    for (const subcommand of subcommands) expect(subcommand.summary).not.toContain(",");
  });
});
