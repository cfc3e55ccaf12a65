import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidAppName, isValidNewAppName, verifyAppName } from "../../../src/core/app-name.js";

describe("app names, as Dokku checks them", () => {
  it.each(["myapp", "my-app", "my.app", "0app", "a"])("accepts %s for a new app", (name) => {
    expect(isValidNewAppName(name)).toBe(true);
  });

  it.each(["MyApp", "-app", ".app", "my_app", "my app", "app/../x", "", "ä"])("refuses %j for a new app", (name) => {
    expect(isValidNewAppName(name)).toBe(false);
  });

  it("accepts the legacy underscore rule for existing apps only", () => {
    expect(isValidAppName("legacy_app")).toBe(true);
    expect(isValidNewAppName("legacy_app")).toBe(false);
    expect(() => verifyAppName("legacy_app", { forCreate: true })).toThrow(/lowercase alphanumeric/);
    expect(verifyAppName("legacy_app")).toBe("legacy_app");
  });

  it("gives Dokku's messages", () => {
    expect(() => verifyAppName(undefined)).toThrow("Please specify an app to run the command on");
    expect(() => verifyAppName("Bad/Name")).toThrow(
      "App name must begin with lowercase alphanumeric character, and may only contain lowercase alphanumerics, dots, and hyphens",
    );
  });

  it("never lets a name climb out of a directory", () => {
    for (const name of ["..", "../x", "a/b", "/abs"]) expect(isValidAppName(name)).toBe(false);
  });

  it("accepts for lookup every name it accepts for create (the legacy rule alone decides lookups)", () => {
    const alphabet = fc.constantFrom(..."abz09.-_A/ ".split(""));
    fc.assert(
      fc.property(fc.stringOf(alphabet, { maxLength: 12 }), (name) => {
        if (isValidNewAppName(name)) expect(isValidAppName(name)).toBe(true);
        expect(isValidAppName(name)).toBe(/^[a-z0-9][a-z0-9._-]*$/.test(name));
      }),
    );
  });
});
