import { describe, expect, it } from "vitest";
import {
  commanderArguments,
  expectPositionals,
  formatOption,
  parseCommandArgs,
  parseSubcommandArgs,
  renderCommandHelp,
  type CommandShape,
} from "../../../src/core/args.js";
import { HelpRequested, UserError } from "../../../src/errors.js";

const specs = {
  domain: { type: "string" as const, multiple: true, description: "" },
  "dry-run": { type: "boolean" as const, description: "" },
  format: { type: "string" as const, description: "" },
  "no-redis": { type: "boolean" as const, description: "" },
};

const shape: CommandShape = {
  name: "demo",
  args: "<app> [FILE|-]",
  summary: "A demo command",
  notes: ["A note under the flags."],
  options: specs,
};

/** The error a parse throws, so a test can check its class and every line. */
function failure(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("parseSubcommandArgs (commander)", () => {
  it("takes flags anywhere among the positionals and repeated flags", () => {
    const parsed = parseSubcommandArgs(shape, ["--domain", "a.com", "app", "--dry-run", "--domain=b.com"]);
    expect(parsed.positionals).toEqual(["app"]);
    expect(parsed.options).toEqual({ domain: ["a.com", "b.com"], "dry-run": true });
  });

  it("keeps a --no-<x> flag our own boolean (true when given, absent otherwise)", () => {
    expect(parseSubcommandArgs(shape, ["app", "--no-redis"]).options).toEqual({ "no-redis": true });
    expect(parseSubcommandArgs(shape, ["app"]).options).toEqual({});
  });

  it("refuses an unknown flag with commander's suggestion, in lines main prints after ` !     `", () => {
    const error = failure(() => parseSubcommandArgs(shape, ["app", "--dyr-run"]));
    expect(error.exitCode).toBe(1);
    expect(error.message.split("\n")).toEqual([
      "Unknown option '--dyr-run'",
      "(Did you mean --dry-run?)",
      "See `dokku pegasus:demo --help` for its usage",
    ]);
  });

  it("says a boolean flag takes no value (--dry-run=false), rather than calling it unknown", () => {
    const error = failure(() => parseSubcommandArgs(shape, ["app", "--dry-run=false"]));
    expect(error.message.split("\n")).toEqual([
      "Option '--dry-run' takes no value: give --dry-run alone, or leave it out",
      "See `dokku pegasus:demo --help` for its usage",
    ]);
    expect(() => parseSubcommandArgs(shape, ["app", "--quiet=1"])).toThrow(/^Option '--quiet' takes no value/);
    expect(() => parseSubcommandArgs(shape, ["app", "--dry-runs=1"])).toThrow(/^Unknown option '--dry-runs=1'/);
    expect(() => parseSubcommandArgs(shape, ["app", "--dry-runx"])).toThrow(/^Unknown option '--dry-runx'\n\(Did you mean --dry-run\?\)/);
  });

  it("refuses a string flag without a value, too many and too few arguments", () => {
    expect(() => parseSubcommandArgs(shape, ["app", "--format"])).toThrow(/^Option '--format <VALUE>' argument missing\n/);
    expect(() => parseSubcommandArgs(shape, ["app", "f", "x"])).toThrow(/^Too many arguments\. Expected 2 arguments but got 3\./);
    expect(() => parseSubcommandArgs(shape, [])).toThrow(/^Please specify an app to run the command on$/);
    expect(() => parseSubcommandArgs({ ...shape, args: "<app> <backup-id>" }, ["app"])).toThrow(
      /^Missing required argument 'backup-id'\nSee `dokku pegasus:demo --help`/,
    );
  });

  it("reads a value that starts with a dash as a value", () => {
    expect(parseSubcommandArgs(shape, ["app", "--domain", "-x.com", "--format", "-1"]).options).toEqual({ domain: ["-x.com"], format: "-1" });
    // A negative number where an operand is due: `pegasus:set app backup-keep -1`.
    expect(parseSubcommandArgs({ ...shape, args: "<app> [key] [value]" }, ["app", "backup-keep", "-1"]).positionals).toEqual(["app", "backup-keep", "-1"]);
    expect(parseSubcommandArgs(shape, ["app", "-5", "--dry-run"])).toEqual({ positionals: ["app", "-5"], options: { "dry-run": true }, infoFlags: [] });
    // After `--` anything is an operand.
    expect(parseSubcommandArgs(shape, ["app", "--", "--dry-run"]).positionals).toEqual(["app", "--dry-run"]);
    // A dash and a letter is still an (unknown) flag.
    expect(() => parseSubcommandArgs(shape, ["app", "-x"])).toThrow(/^Unknown option '-x'/);
  });

  it("refuses one of the command's own flags as a string flag's value: the value was forgotten", () => {
    const error = failure(() => parseSubcommandArgs(shape, ["app", "--format", "--dry-run"]));
    expect(error.message.split("\n")).toEqual([
      "Option '--format <VALUE>' argument '--dry-run' is invalid. --dry-run is a flag of pegasus:demo: give --format its value first",
      "See `dokku pegasus:demo --help` for its usage",
    ]);
    for (const [flag, value] of [
      ["--domain", "--no-redis"],
      ["--domain", "--domain=a.com"],
      ["--format", "--quiet"],
      ["--format", "--app"],
      ["--domain", "-h"],
      ["--format", "--help"],
      ["--app", "--dry-run"],
    ]) {
      expect(() => parseSubcommandArgs(shape, ["app", flag!, value!]), `${flag} ${value}`).toThrow(
        `argument '${value}' is invalid. ${value!.replace(/=.*/, "")} is a flag of pegasus:demo: give ${flag} its value first`,
      );
    }
    // Any other word that starts with a dash is still a value for validation to judge.
    expect(parseSubcommandArgs(shape, ["app", "--domain", "--dry-runner", "--format", "-x"]).options).toEqual({ domain: ["--dry-runner"], format: "-x" });
  });

  it("names a flag typed with a typographic dash (pasted from a web page) instead of taking it as an argument", () => {
    for (const dash of ["\u2014", "\u2013", "\u2013\u2013", "\u2212"]) {
      const error = failure(() => parseSubcommandArgs(shape, ["app", `${dash}dry-run`]));
      expect(error.message.split("\n")).toEqual([
        `"${dash}dry-run" starts with a typographic dash, not two hyphens: type --dry-run`,
        "See `dokku pegasus:demo --help` for its usage",
      ]);
    }
    // After `--` it is an argument like any other word.
    expect(parseSubcommandArgs(shape, ["app", "--", "\u2014x"]).positionals).toEqual(["app", "\u2014x"]);
  });

  it("does not print back a secret glued to a flag typed with a typographic dash (an age key after --identity=)", () => {
    const identity = "AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQS5XJ0QY";
    const token = "q8Zr2Lx9Vt4Kp7Nw3Hd6Jm1Bc5Yf0Gs";
    for (const [word, named] of [
      [`\u2014identity=${identity}`, "--identity"],
      [`\u2013format=${token}`, "--format"],
    ] as const) {
      const error = failure(() => parseSubcommandArgs(shape, ["app", word]));
      expect(error.message).not.toContain(identity);
      expect(error.message).not.toContain(token);
      expect(error.message).toContain(`type ${named}`);
      expect(error.message).toContain("not shown");
    }
  });

  it("tolerates Dokku's own global flags that parse_args leaves in argv", () => {
    const parsed = parseSubcommandArgs(shape, ["app", "--quiet", "--trace"]);
    expect(parsed.positionals).toEqual(["app"]);
    expect(parsed.options).toEqual({});
  });

  it("puts the app from `dokku --app X` (DOKKU_APP_NAME) or a trailing --app X first", () => {
    expect(parseSubcommandArgs(shape, [], { DOKKU_APP_NAME: "web" }).positionals).toEqual(["web"]);
    expect(parseSubcommandArgs(shape, ["web"], { DOKKU_APP_NAME: "web" }).positionals).toEqual(["web"]);
    expect(parseSubcommandArgs(shape, ["--dry-run", "f.env"], { DOKKU_APP_NAME: "web" }).positionals).toEqual(["web", "f.env"]);
    expect(parseSubcommandArgs(shape, ["f.env", "--app", "web"]).positionals).toEqual(["web", "f.env"]);
    expect(parseSubcommandArgs(shape, ["--app=web"]).positionals).toEqual(["web"]);
  });

  it("leaves the app of --app out when --global names the scope (Dokku's client adds --app in an app's repository)", () => {
    const set: CommandShape = { name: "set", args: "", arguments: ["[app]", "[key]", "[value]"], summary: "s", options: { global: { type: "boolean", description: "" } } };
    expect(parseSubcommandArgs(set, ["--global", "backup-keep", "3"], { DOKKU_APP_NAME: "web" })).toEqual({
      positionals: ["backup-keep", "3"],
      options: { global: true },
      infoFlags: [],
    });
    expect(parseSubcommandArgs(set, ["backup-keep", "3", "--global", "--app", "web"]).positionals).toEqual(["backup-keep", "3"]);
    expect(parseSubcommandArgs(set, ["backup-keep", "3"], { DOKKU_APP_NAME: "web" }).positionals).toEqual(["web", "backup-keep", "3"]);
  });

  it("hands a :report command's --<prefix><key> flags to it, and only those", () => {
    const report: CommandShape = { name: "report", args: "[<app>|--global]", summary: "r", options: { format: specs.format }, infoFlagPrefix: "pegasus-" };
    expect(parseSubcommandArgs(report, ["web", "--pegasus-tls", "--format", "json"])).toEqual({
      positionals: ["web"],
      options: { format: "json" },
      infoFlags: ["--pegasus-tls"],
    });
    expect(() => parseSubcommandArgs(report, ["web", "--pegasu-tls"])).toThrow(/Unknown option '--pegasu-tls'/);
  });

  it("answers --help and -h with commander's help, the very text rendered into dist/usage.txt", () => {
    for (const flag of ["--help", "-h"]) {
      let help: unknown;
      try {
        parseSubcommandArgs(shape, ["app", "--bogus", flag]);
      } catch (error) {
        help = error;
      }
      expect(help).toBeInstanceOf(HelpRequested);
      expect((help as HelpRequested).text).toBe(renderCommandHelp(shape));
    }
    expect(renderCommandHelp(shape)).toBe(
      [
        "Usage: dokku pegasus:demo <app> [FILE|-] [options]",
        "",
        "A demo command",
        "",
        "Options:",
        "  --domain <VALUE>",
        "  --dry-run",
        "  --format <VALUE>",
        "  --no-redis",
        "  -h, --help        display help for command",
        "",
        "  A note under the flags.",
        "",
      ].join("\n"),
    );
  });
});

describe("commanderArguments", () => {
  it("reads the help's argument words, an `<app>|--global` as optional", () => {
    expect(commanderArguments({ name: "x", args: "<app> [FILE|-]" })).toEqual(["<app>", "[FILE|-]"]);
    expect(commanderArguments({ name: "x", args: "[<app>|--global]" })).toEqual(["[app]"]);
    expect(commanderArguments({ name: "x", args: "<app>|--global <key> [<value>]" })).toEqual(["[app]", "<key>", "[value]"]);
    expect(commanderArguments({ name: "x", args: "" })).toEqual([]);
  });

  it("refuses words it cannot read, so a new command declares its `arguments`", () => {
    expect(() => commanderArguments({ name: "x", args: '<app> "<cron schedule>"' })).toThrow(/give the command its `arguments`/);
  });
});

describe("parseCommandArgs (specs alone)", () => {
  it("parses flags and leaves the positional count to the caller", () => {
    expect(parseCommandArgs("pegasus:setup", ["a", "b", "c", "--dry-run"], specs)).toEqual({
      positionals: ["a", "b", "c"],
      options: { "dry-run": true },
      infoFlags: [],
    });
    expect(() => parseCommandArgs("pegasus:setup", ["app", "--nope"], specs)).toThrow(/Unknown option '--nope'\nSee `dokku pegasus:setup --help`/);
  });
});

describe("formatOption", () => {
  it("accepts stdout and json and refuses the rest in Dokku's words", () => {
    expect(formatOption({})).toBe("stdout");
    expect(formatOption({ format: "json" })).toBe("json");
    expect(() => formatOption({ format: "yaml" })).toThrow('Format must be "stdout" or "json": "yaml"');
  });
});

describe("expectPositionals", () => {
  it("names the usage when an argument is missing or extra", () => {
    expect(() => expectPositionals("pegasus:backups", "<app>", [], 1, 1)).toThrow(/Usage: dokku pegasus:backups <app>/);
    expect(() => expectPositionals("pegasus:backups", "<app>", ["a", "b"], 1, 1)).toThrow(/Unexpected argument "b"/);
  });
});
