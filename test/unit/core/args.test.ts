import { describe, expect, it } from "vitest";
import { expectPositionals, formatOption, parseCommandArgs } from "../../../src/core/args.js";

const specs = {
  domain: { type: "string" as const, multiple: true, description: "" },
  "dry-run": { type: "boolean" as const, description: "" },
  format: { type: "string" as const, description: "" },
};

describe("parseCommandArgs", () => {
  it("takes flags anywhere among the positionals and repeated flags", () => {
    const parsed = parseCommandArgs("pegasus:setup", ["--domain", "a.com", "app", "--dry-run", "--domain=b.com"], specs);
    expect(parsed.positionals).toEqual(["app"]);
    expect(parsed.options.domain).toEqual(["a.com", "b.com"]);
    expect(parsed.options["dry-run"]).toBe(true);
  });

  it("refuses an unknown flag and says where the usage is", () => {
    expect(() => parseCommandArgs("pegasus:setup", ["app", "--nope"], specs)).toThrow(
      /Unknown flag --nope\. See `dokku pegasus:help`/,
    );
  });

  it("refuses a string flag without a value", () => {
    expect(() => parseCommandArgs("pegasus:setup", ["app", "--format"], specs)).toThrow(/--format needs a value/);
  });

  it("tolerates Dokku's own global flags that parse_args leaves in argv", () => {
    const parsed = parseCommandArgs("pegasus:setup", ["app", "--quiet", "--trace"], specs);
    expect(parsed.positionals).toEqual(["app"]);
    expect(parsed.options).not.toHaveProperty("quiet");
  });

  it("puts the app from `dokku --app X` first, as the sample plugin does", () => {
    expect(parseCommandArgs("pegasus:report", [], specs, { DOKKU_APP_NAME: "web" }).positionals).toEqual(["web"]);
    expect(parseCommandArgs("pegasus:report", ["web"], specs, { DOKKU_APP_NAME: "web" }).positionals).toEqual(["web"]);
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
