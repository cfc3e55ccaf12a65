import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommandArgs, parseSubcommandArgs } from "../../../src/core/args.js";
import { AppMissingError, UserError } from "../../../src/errors.js";
import { set } from "../../../src/subcommands/set.js";
import { stubContext, stubRunner } from "../../support/stub-context.js";

/** pegasus:set where `apps` exist, through a Dokku that answers nothing: set makes no Dokku call. */
async function runSet(argv: string[], apps = ["web"]) {
  const runner = stubRunner([]);
  const context = stubContext(runner, { apps });
  const args = parseSubcommandArgs(set, argv);
  await set.run(args, context);
  return { context, runner };
}

describe("pegasus:set", () => {
  it("stores a property as Dokku does: one file per key, mode 0600, no newline", async () => {
    const { context } = await runSet(["web", "backup-keep", "7"]);
    const file = path.join(context.paths.propertiesDir, "web", "backup-keep");
    expect(await readFile(file, "utf8")).toBe("7");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(context.log.lines).toContainEqual({ level: "info2", message: "Setting backup-keep to 7" });
  });

  it("unsets with an empty value", async () => {
    const { context } = await runSet(["web", "backup-keep", "7"]);
    const args = parseCommandArgs("pegasus:set", ["web", "backup-keep"], set.options);
    await set.run(args, context);
    await expect(readFile(path.join(context.paths.propertiesDir, "web", "backup-keep"), "utf8")).rejects.toThrow();
    expect(context.log.lines.at(-1)).toEqual({ level: "info2", message: "Unsetting backup-keep" });
  });

  it("sets global values without asking Dokku about an app", async () => {
    // No app exists at all: --global is no app to look for.
    const { context, runner } = await runSet(["--global", "backup-on-deploy", "false"], []);
    expect(runner.seen).toEqual([]);
    expect(await readFile(path.join(context.paths.propertiesDir, "--global", "backup-on-deploy"), "utf8")).toBe("false");
  });

  it.each([
    [["web", "colour", "red"], /Invalid key specified, valid keys include: postgres-service, backup-keep/],
    [["web", "backup-keep", "1.5"], /backup-keep must be a whole number/],
    // A negative number is the value, not an unknown flag.
    [["web", "backup-keep", "-1"], /backup-keep must be a whole number from 0 to 99999, got "-1"/],
    [["--global", "backup-keep", "-1"], /backup-keep must be a whole number/],
    [["web", "backup-keep", "1", "extra"], /Too many arguments\. Expected 3 arguments but got 4/],
    [["web", "--bogus"], /Unknown option '--bogus'/],
    [["web", "backup-on-deploy", "yes"], /backup-on-deploy must be true or false/],
    [["web", "letsencrypt-email", "not-an-email"], /letsencrypt-email must be an email address/],
    [["web", "postgres-service", "db/../x"], /postgres-service must be a service name/],
    [["web", "postgres-service", "--", "-xdb"], /postgres-service must be a service name \(letters, digits, _ and - \(not first\)/],
    [["--global", "postgres-service", "db"], /valid keys include: backup-keep, backup-on-deploy, backup-media, backup-lock-wait, letsencrypt-email, offsite-url, .*offsite-required$/],
    [["Bad_App!", "backup-keep", "1"], /App name must begin/],
  ])("refuses %j", async (argv, message) => {
    await expect(runSet(argv)).rejects.toThrow(message);
  });

  it("never prints back an age key or a token typed where a flag goes (commander quotes what it refuses)", async () => {
    const key = "AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGP";
    for (const typed of [`--${key}`, "--c2VjcmV0LXRva2VuLXZhbHVlLTEyMw"]) {
      const refusal = runSet(["web", typed]);
      await expect(refusal).rejects.toThrow(/^Unknown option \(a word not shown: it looks like a secret\)/);
      await expect(refusal).rejects.not.toThrow(typed.slice(2, 20));
    }
  });

  it("stores but never prints back a valid value that reads like a secret; refuses a region that reads like one and an offsite-url too long for the store, quoting neither", async () => {
    const token = "9f86d081884c7d659a2feaa0c55ad015";
    const { context } = await runSet(["web", "offsite-url", `s3://backups-1/${token}`]);
    expect(await readFile(path.join(context.paths.propertiesDir, "web", "offsite-url"), "utf8")).toBe(`s3://backups-1/${token}`);
    expect(JSON.stringify(context.log.lines)).not.toContain(token);
    expect(context.log.lines).toContainEqual({ level: "info2", message: "Setting offsite-url to a value of 47 characters (not shown: it looks like a secret)" });
    expect((await runSet(["web", "offsite-region", "eu-central-003"])).context.log.lines).toContainEqual({ level: "info2", message: "Setting offsite-region to eu-central-003" });

    for (const [key, value] of [
      ["offsite-region", token],
      ["offsite-url", `s3://backups-1/${"a".repeat(700)}`],
    ] as const) {
      const refusal = await runSet(["web", key, value]).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(UserError);
      expect((refusal as Error).message).not.toContain(value.slice(-32));
    }
    await expect(runSet(["web", "offsite-url", `s3://backups-1/${"a".repeat(700)}`])).rejects.toThrow(/at most 600 bytes \(the store's object names hold 1024\); this one has 715/);
  });

  it("shows the age public key an offsite-recipient was set to, though it reads like a token", async () => {
    const recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
    const { context } = await runSet(["web", "offsite-recipient", recipient]);
    expect(context.log.lines).toContainEqual({ level: "info2", message: `Setting offsite-recipient to ${recipient}` });
  });

  it("refuses before its first await, so a refused command starts no promise machinery", () => {
    // A rejected promise makes Node compile its rejection tracking, 1.1 M instructions of a
    // refused command's start (callgrind): every check throws synchronously instead.
    const context = stubContext(stubRunner([]), { apps: ["web"] });
    for (const argv of [["--global", "no-such-key", "x"], ["web", "backup-keep", "1.5"], ["web", "colour", "red"]]) {
      expect(() => set.run(parseSubcommandArgs(set, argv), context)).toThrow(UserError);
    }
  });

  it("refuses a postgres-service that does not exist, after one postgres:list, naming the services; writes nothing", async () => {
    const runner = stubRunner([{ argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\nother-db\n" }]);
    const context = stubContext(runner, { apps: ["web"] });
    const args = parseSubcommandArgs(set, ["web", "postgres-service", "web-db-typo"]);
    await expect(set.run(args, context)).rejects.toThrow(
      "The Postgres service given does not exist, so postgres-service of web was not set (services: web-db, other-db). " +
        "Give one of those, or create the service first with `dokku postgres:create NAME`",
    );
    expect(runner.seen).toEqual([["postgres:list"]]);
    await expect(stat(path.join(context.paths.propertiesDir, "web", "postgres-service"))).rejects.toThrow();
  });

  it("never repeats, nor passes to dokku, a postgres-service that looks like a pasted secret", async () => {
    const runner = stubRunner([{ argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\n" }]);
    const context = stubContext(runner, { apps: ["web"] });
    // A base64 token, and a 32-hex one (a dokku-postgres password's shape, which reads like a name).
    for (const token of ["c2VjcmV0LXRva2VuLXZhbHVlLTEyMw", "c6426c5d0f6e4a1b9d3e2f7a8b9c0d1e"]) {
      const refusal = set.run(parseSubcommandArgs(set, ["web", "postgres-service", token]), context);
      await expect(refusal).rejects.toThrow(/^The Postgres service given does not exist/);
      await expect(refusal).rejects.not.toThrow(token);
      expect(runner.seen.flat()).not.toContain(token);
    }
  });

  it("stores an existing postgres-service, linked or not, after that one call; unsetting it asks Dokku nothing", async () => {
    const runner = stubRunner([{ argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\nother-db\n" }]);
    const context = stubContext(runner, { apps: ["web"] });
    await set.run(parseSubcommandArgs(set, ["web", "postgres-service", "other-db"]), context);
    expect(await readFile(path.join(context.paths.propertiesDir, "web", "postgres-service"), "utf8")).toBe("other-db");
    await set.run(parseSubcommandArgs(set, ["web", "postgres-service"]), context);
    expect(runner.seen).toEqual([["postgres:list"]]);
  });

  it("exits 20 for a missing app, before writing anything", async () => {
    const runner = stubRunner([]);
    const context = stubContext(runner, { apps: ["web"] });
    const args = parseCommandArgs("pegasus:set", ["gone", "backup-keep", "3"], set.options);
    expect(() => set.run(args, context)).toThrow(AppMissingError);
    await expect(stat(path.join(context.paths.propertiesDir, "gone"))).rejects.toThrow();
  });
});
