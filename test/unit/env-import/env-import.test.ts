import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Runner, RunResult } from "../../../src/io/runner.js";
import { configLockFile } from "../../../src/io/config-lock.js";
import { dokkuPaths } from "../../../src/paths.js";
import { envImport, STDIN_HINT_MS } from "../../../src/subcommands/env-import.js";
import { stubContext, type StubContext } from "../../support/stub-context.js";

/**
 * A Runner that keeps one app's config in memory and answers the handful of commands
 * env-import drives, so read-back and restart decisions see the effect of the writes.
 */
function configRunner(
  initial: Record<string, string>,
  options: {
    corrupt?: boolean;
    deployed?: boolean;
    stopped?: boolean;
    domains?: string[];
    noImport?: boolean;
    failUnset?: boolean;
    mangle?: (key: string, value: string) => string;
    /** Sees every call before it is answered. */
    onCall?: (argv: string[]) => void;
  } = {},
): Runner & { config: Record<string, string>; seen: string[][]; inputs: string[] } {
  // Null prototype, as Dokku's Go map: `__proto__` and `constructor` are ordinary keys here too.
  const config: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, initial);
  const seen: string[][] = [];
  const inputs: string[] = [];
  const ok = (stdout = ""): RunResult => ({ exitCode: 0, stdout, stderr: "" });
  const store = (key: string, value: string) => {
    config[key] = options.mangle ? options.mangle(key, value) : value;
  };
  return {
    config,
    seen,
    inputs,
    async run(_bin, args, runOptions) {
      const argv = args[0] === "--quiet" ? args.slice(1) : [...args];
      seen.push(argv);
      options.onCall?.(argv);
      if (runOptions.input !== undefined) inputs.push(String(runOptions.input));
      const [command] = argv;
      switch (command) {
        case "config:export":
          if (options.corrupt) {
            return { exitCode: 1, stdout: "", stderr: ' !     unexpected character "\\\\" in variable name near "PASSWORD=\\"hunter2-leaked\\"\\n"\n' };
          }
          return ok(`${JSON.stringify(Object.fromEntries(Object.entries(config).sort()))}\n`);
        case "config:import":
          if (options.noImport) {
            // Dokku's `dokku_log_fail "\`$*\` is not a dokku command."` quotes the whole argv.
            return { exitCode: 1, stdout: "", stderr: ` !     \`${argv.join(" ")}\` is not a dokku command.\n !     See \`dokku help\` for a list of available commands.\n` };
          }
          for (const [key, value] of Object.entries(JSON.parse(String(runOptions.input)) as Record<string, string>)) store(key, value);
          return ok("-----> Setting config vars\n");
        case "config:set":
          for (const pair of argv.slice(4)) {
            const eq = pair.indexOf("=");
            store(pair.slice(0, eq), Buffer.from(pair.slice(eq + 1), "base64").toString("utf8"));
          }
          return ok();
        case "config:unset":
          if (options.failUnset) return { exitCode: 1, stdout: "", stderr: " !     Unable to lock the app's config\n" };
          for (const key of argv.slice(3)) delete config[key];
          return ok();
        case "ps:report":
          return ok(`${JSON.stringify({ deployed: String(Boolean(options.deployed)), restore: options.stopped ? "false" : "true" })}\n`);
        case "ps:restart":
          return ok(`-----> Restarting app ${argv[1]}\n`);
        case "domains:report":
          return ok(`${(options.domains ?? []).join(" ")}\n`);
        default:
          throw new Error(`unexpected dokku call: ${argv.join(" ")}`);
      }
    },
    async stream() {
      throw new Error("env-import never streams");
    },
  };
}

async function run(
  runner: Runner,
  argv: string[],
  stdin = "",
  env?: Record<string, string>,
): Promise<{ context: StubContext; code: number | void; error?: Error }> {
  const context = stubContext(runner, { stdin, env });
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith("--format=")) options.format = arg.slice("--format=".length);
    else if (arg.startsWith("--")) options[arg.slice(2)] = true;
    else positionals.push(arg);
  }
  try {
    const code = await envImport.run({ positionals, options }, context);
    return { context, code };
  } catch (error) {
    return { context, code: (error as { exitCode?: number }).exitCode ?? -1, error: error as Error };
  }
}

const commands = (runner: { seen: string[][] }) => runner.seen.map((argv) => argv[0]);
const allText = (context: StubContext, error?: Error) =>
  [...context.log.lines.map((line) => line.message), context.output(), error?.message ?? ""].join("\n");

const ENV = [
  "SECRET_KEY='k3y-$with#specials=and=more'",
  "DEBUG=False",
  "ALLOWED_HOSTS=.example.com",
  'PEM="-----BEGIN KEY-----\\nMIIBOgIBAAJBAKj34GkxFhD9\\n-----END KEY-----"',
  "STRIPE_LIVE_SECRET_KEY=sk_live_51Habcdefghijklmnop",
  "",
].join("\n");

describe("pegasus:env-import: applying", () => {
  it("first import: one export, one config:import on stdin, one read-back; no restart when undeployed", async () => {
    const runner = configRunner({ NO_VHOST: "0" });
    const { context, error } = await run(runner, ["myapp", "--format=json"], ENV);
    expect(error).toBeUndefined();
    expect(runner.seen).toEqual([
      ["config:export", "--format", "json", "myapp"],
      ["domains:report", "myapp", "--domains-app-vhosts"],
      ["config:import", "--format", "json", "--no-restart", "myapp", "-"],
      ["config:export", "--format", "json", "myapp"],
      ["ps:report", "myapp", "--format", "json"],
    ]);
    expect(context.dokku.mutatingCalls).toBe(1);
    expect(JSON.parse(runner.inputs[0]!)).toEqual({
      SECRET_KEY: "k3y-$with#specials=and=more",
      DEBUG: "False",
      ALLOWED_HOSTS: ".example.com",
      PEM: "-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34GkxFhD9\n-----END KEY-----",
      STRIPE_LIVE_SECRET_KEY: "sk_live_51Habcdefghijklmnop",
    });
    expect(JSON.parse(context.output())).toEqual({
      app: "myapp",
      dry_run: false,
      added: ["ALLOWED_HOSTS", "DEBUG", "PEM", "SECRET_KEY", "STRIPE_LIVE_SECRET_KEY"],
      changed: [],
      removed: [],
      unchanged: [],
      restarted: false,
      would_restart: false,
    });
  });

  it("restarts exactly once for a change on a deployed app, and not at all for an identical re-import", async () => {
    const runner = configRunner({}, { deployed: true, domains: ["www.example.com"] });
    await run(runner, ["myapp"], ENV);
    expect(commands(runner).filter((c) => c === "ps:restart")).toHaveLength(1);

    runner.seen.length = 0;
    const again = await run(runner, ["myapp", "--format=json"], ENV);
    expect(commands(runner)).toEqual(["config:export", "domains:report"]);
    expect(again.context.dokku.mutatingCalls).toBe(0);
    expect(JSON.parse(again.context.output())).toMatchObject({ unchanged: expect.any(Array), restarted: false, added: [] });

    runner.seen.length = 0;
    await run(runner, ["myapp"], ENV.replace("DEBUG=False", "DEBUG=false"));
    expect(commands(runner).filter((c) => c === "ps:restart")).toHaveLength(1);
  });

  it("--no-restart writes but never restarts, and does not even ask whether the app is deployed", async () => {
    const runner = configRunner({}, { deployed: true });
    const { context } = await run(runner, ["myapp", "--no-restart"], "A=1\n");
    expect(commands(runner)).toEqual(["config:export", "config:import", "config:export"]);
    expect(context.log.lines.some((l) => l.message.includes("--no-restart"))).toBe(true);
  });

  it("leaves an app stopped with ps:stop stopped, as Dokku's own config commands do", async () => {
    const runner = configRunner({}, { deployed: true, stopped: true });
    const { context } = await run(runner, ["myapp", "--format=json"], "A=1\n");
    expect(commands(runner)).not.toContain("ps:restart");
    expect(JSON.parse(context.output()).restarted).toBe(false);
  });

  it("--dry-run reads and prints the diff and whether the app would restart, changes nothing", async () => {
    const runner = configRunner({ A: "old", B: "same" }, { deployed: true });
    const { context } = await run(runner, ["myapp", "--dry-run", "--replace", "--format=json"], "A=new\nB=same\nC=3\n");
    // ps:report: a restart re-runs the release phase, so the plan says whether one would come.
    expect(commands(runner)).toEqual(["config:export", "ps:report"]);
    expect(runner.config).toEqual({ A: "old", B: "same" });
    expect(JSON.parse(context.output())).toEqual({
      app: "myapp",
      dry_run: true,
      added: ["C"],
      changed: ["A"],
      removed: [],
      unchanged: ["B"],
      restarted: false,
      would_restart: true,
    });
  });

  it("--replace removes absent keys in one config:unset, never Dokku's own or link-managed ones", async () => {
    const current = {
      GIT_REV: "abc123",
      NO_VHOST: "0",
      DOKKU_APP_RESTORE: "1",
      DATABASE_URL: "postgres://postgres:pw@dokku-postgres-myapp-db:5432/myapp_db",
      REDIS_URL: "redis://:pw@dokku-redis-myapp-redis:6379",
      DOKKU_POSTGRES_AQUA_URL: "postgres://postgres:pw@dokku-postgres-myapp-db:5432/myapp_db",
      STALE: "x",
      OTHER_STALE: "y",
      KEEP: "1",
    };
    const runner = configRunner(current, { deployed: true });
    const { context } = await run(runner, ["myapp", "--replace", "--format=json"], "KEEP=1\nNEW=2\n");
    expect(runner.seen).toContainEqual(["config:unset", "--no-restart", "myapp", "OTHER_STALE", "STALE"]);
    expect(Object.keys(runner.config).sort()).toEqual(
      ["DATABASE_URL", "DOKKU_APP_RESTORE", "DOKKU_POSTGRES_AQUA_URL", "GIT_REV", "KEEP", "NEW", "NO_VHOST", "REDIS_URL"].sort(),
    );
    expect(JSON.parse(context.output())).toMatchObject({ added: ["NEW"], removed: ["OTHER_STALE", "STALE"], unchanged: ["KEEP"], restarted: true });
    expect(context.dokku.mutatingCalls).toBe(3);
  });

  it("a value ending in a backslash already in the app refuses an import on Dokku 0.38+ only: older Dokku writes it back as it reads it", async () => {
    for (const [version, refused] of [["0.37.9", false], ["0.38.0", true]] as const) {
      const runner = configRunner({ PASSWORD: "hunter2-leaked\\" });
      const context = stubContext(runner, { stdin: "A=1\n" });
      mkdirSync(context.paths.libRoot, { recursive: true });
      writeFileSync(path.join(context.paths.libRoot, "VERSION"), `${version}\n`);
      const outcome = await envImport.run({ positionals: ["myapp"], options: {} }, context).then(
        () => undefined,
        (error: unknown) => error as Error,
      );
      if (refused) {
        expect(outcome?.message).toContain("(PASSWORD;");
        expect(outcome?.message).not.toContain("hunter2");
        expect(commands(runner)).toEqual(["config:export"]);
      } else {
        expect(outcome).toBeUndefined();
        expect(runner.config).toMatchObject({ A: "1", PASSWORD: "hunter2-leaked\\" });
      }
    }
  });

  it("--replace keeps, and a file may not change, the URL of a link made with postgres:link/redis:link --alias (FOO_URL)", async () => {
    const current = {
      DATABASE_URL: "postgres://postgres:pw@dokku-postgres-myapp-db:5432/myapp_db",
      ANALYTICS_URL: "postgres://postgres:pw2@dokku-postgres-analytics:5432/analytics",
      CACHE_URL: "redis://:pw3@dokku-redis-cache:6379",
      STALE: "x",
    };
    const runner = configRunner(current, { deployed: true });
    const { context } = await run(runner, ["myapp", "--replace", "--format=json"], "NEW=2\n");
    expect(runner.seen).toContainEqual(["config:unset", "--no-restart", "myapp", "STALE"]);
    expect(Object.keys(runner.config).sort()).toEqual(["ANALYTICS_URL", "CACHE_URL", "DATABASE_URL", "NEW"]);
    expect(JSON.parse(context.output())).toMatchObject({ removed: ["STALE"] });

    const changed = configRunner(current);
    const { code, error } = await run(changed, ["myapp"], "ANALYTICS_URL=postgres://localhost/dev\n");
    expect(code).toBe(1);
    expect(error?.message).toContain("line 1, ANALYTICS_URL: is set by a service link");
    expect(commands(changed)).toEqual(["config:export"]);
  });

  it("refuses a file that changes a link-managed key, unless --allow-link-override", async () => {
    const current = { DATABASE_URL: "postgres://linked/db" };
    const file = "A=1\nDATABASE_URL=postgres://localhost/dev\n";
    const refused = configRunner(current);
    const { code, error } = await run(refused, ["myapp"], file);
    expect(code).toBe(1);
    expect(error?.message).toContain("line 2, DATABASE_URL: is set by a service link");
    expect(error?.message).toContain("--allow-link-override");
    expect(error?.message).not.toContain("localhost");
    expect(commands(refused)).toEqual(["config:export"]);

    const allowed = configRunner(current);
    await run(allowed, ["myapp", "--allow-link-override"], file);
    expect(allowed.config.DATABASE_URL).toBe("postgres://localhost/dev");

    const same = configRunner(current);
    const { error: none } = await run(same, ["myapp"], "DATABASE_URL=postgres://linked/db\n");
    expect(none).toBeUndefined();
  });

  it("a malformed file makes no Dokku call at all and exits 1", async () => {
    const runner = configRunner({});
    const { code, error } = await run(runner, ["myapp"], "A=1\nB=007\nnot a line\n");
    expect(code).toBe(1);
    expect(error?.message).toMatch(/line 2, B: .*leading 0/);
    expect(error?.message).toContain("line 3: not a KEY=VALUE line");
    expect(runner.seen).toEqual([]);
  });

  it("an input without keys (empty stdin, only comments) is an error, so --replace cannot clear the app", async () => {
    for (const input of ["", "# only a comment\n\n"]) {
      const runner = configRunner({ KEEP: "1" });
      const { code, error } = await run(runner, ["myapp", "--replace"], input);
      expect(code).toBe(1);
      expect(error?.message).toContain("stdin has no KEY=VALUE lines; nothing was imported");
      expect(runner.seen).toEqual([]);
    }
  });

  it("a read-back mismatch is a loud error naming the keys, and nothing is restarted", async () => {
    const runner = configRunner({}, { deployed: true, mangle: (key, value) => (key === "B" ? value.slice(1) : value) });
    const { code, error, context } = await run(runner, ["myapp"], "A=1\nB=secret-b-value\n");
    expect(code).toBe(1);
    expect(error?.message).toContain("Dokku did not store this key as written: B");
    expect(error?.message).toContain("was not restarted");
    expect(commands(runner)).not.toContain("ps:restart");
    expect(allText(context, error)).not.toContain("ecret-b-value");
  });

  it("refuses a Dokku without config:import (< 0.37) with exit 1: values never go into argv", async () => {
    const runner = configRunner({ KEEP: "1" }, { noImport: true, deployed: true });
    const { code, error, context } = await run(runner, ["myapp", "--replace"], "TOKEN='tok-$1#2'\n");
    expect(code).toBe(1);
    expect(error?.message).toBe(
      "pegasus:env-import needs Dokku 0.37 or newer (config:import reads values from stdin); upgrade Dokku",
    );
    expect(commands(runner)).toEqual(["config:export", "config:import"]);
    expect(runner.config).toEqual({ KEEP: "1" });
    expect(allText(context, error)).not.toContain("tok-");
  });

  it("if config:unset fails after config:import wrote, says which keys are already written (names only)", async () => {
    const runner = configRunner({ A: "old-value-a", STALE: "stale-value" }, { deployed: true, failUnset: true });
    const { code, error, context } = await run(runner, ["myapp", "--replace"], "A=new-value-a\nB=new-value-b\n");
    expect(code).toBe(1);
    expect(error?.message).toContain("dokku config:unset failed (exit 1): Unable to lock the app's config");
    expect(error?.message).toContain("The added and changed keys were already written by config:import: B, A.");
    expect(error?.message).toContain("Not removed: STALE. myapp was not restarted.");
    expect(commands(runner)).not.toContain("ps:restart");
    const text = allText(context, error);
    for (const value of ["old-value-a", "stale-value", "new-value-a", "new-value-b"]) expect(text).not.toContain(value);
  });

  it("refuses Dokku's own keys in a file (even new to the app) unless --allow-link-override, naming line and key only", async () => {
    const file = "A=1\nGIT_REV=0123456789abcdef0123456789abcdef01234567\nNO_VHOST=1\nDOKKU_PROXY_PORT=8080\n";
    for (const current of [{}, { NO_VHOST: "1" }] as Record<string, string>[]) {
      const refused = configRunner(current);
      const { code, error } = await run(refused, ["myapp"], file);
      expect(code).toBe(1);
      expect(error?.message).toContain("line 2, GIT_REV: is Dokku's own key");
      expect(error?.message).toContain("line 3, NO_VHOST: is Dokku's own key");
      expect(error?.message).toContain("line 4, DOKKU_PROXY_PORT: is Dokku's own key");
      expect(error?.message).toContain("--allow-link-override");
      expect(error?.message).not.toContain("0123456789abcdef");
      expect(error?.message).not.toContain("8080");
      expect(commands(refused)).toEqual(["config:export"]);
    }

    const allowed = configRunner({});
    const { error } = await run(allowed, ["myapp", "--allow-link-override"], file);
    expect(error).toBeUndefined();
    expect(allowed.config.GIT_REV).toBe("0123456789abcdef0123456789abcdef01234567");
  });
});

describe("pegasus:env-import: the app's config lock", () => {
  it("holds it from the first read to the read-back, not during the restart; a dry run takes none", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "pegasus-lock-"));
    const env = { DOKKU_ROOT: path.join(root, "home"), DOKKU_LIB_ROOT: path.join(root, "lib") };
    mkdirSync(path.join(env.DOKKU_ROOT, "myapp"), { recursive: true });
    const lockFile = configLockFile(dokkuPaths(env), "myapp");
    const held: [string, boolean][] = [];
    const runner = configRunner({}, { deployed: true, onCall: (argv) => held.push([argv[0]!, existsSync(lockFile)]) });
    const { error } = await run(runner, ["myapp"], "A=1\n", env);
    expect(error).toBeUndefined();
    expect(held).toEqual([
      ["config:export", true],
      ["config:import", true],
      ["config:export", true],
      ["ps:report", false],
      ["ps:restart", false],
    ]);
    held.length = 0;
    await run(runner, ["myapp", "--dry-run"], "A=2\n", env);
    expect(held).toEqual([
      ["config:export", false],
      ["ps:report", false],
    ]);
  });
});

describe("pegasus:env-import: keys named after JavaScript built-ins are ordinary keys", () => {
  const BUILTINS = JSON.parse('{"__proto__": "proto-value", "constructor": "old", "toString": "same", "hasOwnProperty": "gone"}') as Record<string, string>;

  it("adds, changes, keeps and leaves them exactly like any other key", async () => {
    const runner = configRunner(BUILTINS);
    const { context, error } = await run(runner, ["myapp", "--format=json"], "constructor=new\ntoString=same\nvalueOf=added\n");
    expect(error).toBeUndefined();
    expect(JSON.parse(context.output())).toMatchObject({ added: ["valueOf"], changed: ["constructor"], removed: [], unchanged: ["toString"] });
    expect(JSON.parse(runner.inputs[0]!)).toEqual({ constructor: "new", valueOf: "added" });
    expect(Object.entries(runner.config).sort()).toEqual(
      [["__proto__", "proto-value"], ["constructor", "new"], ["hasOwnProperty", "gone"], ["toString", "same"], ["valueOf", "added"]].sort(),
    );
    expect(allText(context)).toContain("2 other keys are in the app and not in the file");
  });

  it("--replace removes them (an existing __proto__ too) and reads the removal back as done", async () => {
    const runner = configRunner(BUILTINS);
    const { context, error } = await run(runner, ["myapp", "--replace", "--format=json"], "toString=same\n");
    expect(error).toBeUndefined();
    expect(runner.seen).toContainEqual(["config:unset", "--no-restart", "myapp", "__proto__", "constructor", "hasOwnProperty"]);
    expect(JSON.parse(context.output())).toMatchObject({ added: [], changed: [], removed: ["__proto__", "constructor", "hasOwnProperty"], unchanged: ["toString"] });
    expect(Object.keys(runner.config)).toEqual(["toString"]);
  });

  it("an identical re-import of such keys changes nothing", async () => {
    const runner = configRunner(BUILTINS);
    const { context, error } = await run(runner, ["myapp", "--format=json"], "constructor=old\ntoString=same\nhasOwnProperty=gone\n");
    expect(error).toBeUndefined();
    expect(JSON.parse(context.output())).toMatchObject({ added: [], changed: [], removed: [], unchanged: ["constructor", "hasOwnProperty", "toString"] });
    expect(context.dokku.mutatingCalls).toBe(0);
  });

  it("refuses __proto__ in the file with its line, before any Dokku call", async () => {
    const runner = configRunner({});
    const { code, error } = await run(runner, ["myapp"], "A=1\n__proto__=x\n");
    expect(code).toBe(1);
    expect(error?.message).toContain("line 2, __proto__: __proto__ is the one key dotenv cannot read");
    expect(runner.seen).toEqual([]);
  });
});

describe("pegasus:env-import: SECRET_KEY and production warnings", () => {
  it("--generate-secret-key creates a 50-char key once, and never rotates an existing one", async () => {
    const runner = configRunner({});
    await run(runner, ["myapp", "--generate-secret-key"], "A=1\n");
    const key = runner.config.SECRET_KEY!;
    expect(key).toHaveLength(50);
    expect(key.startsWith("$")).toBe(false);

    await run(runner, ["myapp", "--generate-secret-key"], "A=1\n");
    expect(runner.config.SECRET_KEY).toBe(key);
  });

  it("warns, without failing, when SECRET_KEY is missing everywhere", async () => {
    const runner = configRunner({});
    const { context, error } = await run(runner, ["myapp"], "A=1\n");
    expect(error).toBeUndefined();
    expect(context.log.lines.filter((l) => l.level === "warn").map((l) => l.message)).toEqual([
      expect.stringContaining("--generate-secret-key"),
    ]);
  });

  it("warns on DEBUG, ENABLE_DEBUG_TOOLBAR and ALLOWED_HOSTS that misses a Dokku domain", async () => {
    const runner = configRunner({}, { domains: ["app.example.com", "www.other.org"] });
    const { context } = await run(runner, ["myapp"], "SECRET_KEY=x1\nDEBUG=True\nENABLE_DEBUG_TOOLBAR=yes\nALLOWED_HOSTS=.example.com\n");
    const warnings = context.log.lines.filter((l) => l.level === "warn").map((l) => l.message);
    expect(warnings).toEqual([
      expect.stringContaining("DEBUG is on"),
      expect.stringContaining("ENABLE_DEBUG_TOOLBAR is on"),
      expect.stringContaining("www.other.org"),
    ]);
    expect(warnings[2]).not.toContain("app.example.com");
  });

  it("skips the domains read when ALLOWED_HOSTS is absent or *", async () => {
    for (const file of ["SECRET_KEY=x1\n", "SECRET_KEY=x1\nALLOWED_HOSTS=*\n"]) {
      const runner = configRunner({}, { domains: ["a.example.com"] });
      await run(runner, ["myapp"], file);
      expect(commands(runner)).not.toContain("domains:report");
    }
  });
});

describe("pegasus:env-import: input and masking", () => {
  it("prints no value from the input anywhere (diff shows lengths only)", async () => {
    const runner = configRunner({ STRIPE_LIVE_SECRET_KEY: "sk_live_old_value_zzz" }, { deployed: true });
    const { context, error } = await run(runner, ["myapp"], ENV);
    expect(error).toBeUndefined();
    const text = allText(context);
    for (const value of ["k3y-$with#specials=and=more", "MIIBOgIBAAJBAKj34GkxFhD9", "sk_live_51Habcdefghijklmnop", "sk_live_old_value_zzz", ".example.com"]) {
      expect(text).not.toContain(value);
    }
    expect(text).toContain("STRIPE_LIVE_SECRET_KEY: changed   (27 chars)");
  });

  it("scrubs Dokku's error text, which quotes a broken ENV file", async () => {
    const runner = configRunner({}, { corrupt: true });
    const { code, error } = await run(runner, ["myapp"], "A=1\n");
    expect(code).toBe(1);
    expect(error?.message).toContain("dokku config:export failed (exit 1): unexpected character");
    expect(error?.message).not.toContain("hunter2");
  });

  it("on a silent open stdin, says within a second (on stderr) what it waits for; nothing when data comes at once", async () => {
    const slow = new PassThrough();
    const runner = configRunner({});
    const context = stubContext(runner);
    context.stdin = () => slow;
    const started = Date.now();
    const done = envImport.run({ positionals: ["myapp"], options: {} }, context);
    await new Promise((resolve) => setTimeout(resolve, STDIN_HINT_MS + 300));
    expect(context.errorOutput()).toBe("-----> Reading the .env from stdin: end it with Ctrl-D, or pass the file: ssh dokku@host pegasus:env-import <app> < .env\n");
    slow.end("A=1\n");
    await done;
    expect(Date.now() - started).toBeGreaterThanOrEqual(STDIN_HINT_MS);
    expect(runner.config).toEqual({ A: "1" });
    expect(context.output()).toBe("");
    expect(context.log.lines.map((line) => line.message).join("\n")).not.toContain("Ctrl-D");

    const quick = await run(configRunner({}), ["myapp"], "A=1\n");
    await new Promise((resolve) => setTimeout(resolve, STDIN_HINT_MS + 100));
    expect(quick.context.errorOutput()).toBe("");
  });

  it("reads a FILE path on the server, and - or nothing as stdin", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pegasus-env-"));
    const file = path.join(dir, "prod.env");
    writeFileSync(file, "FROM_FILE=1\n");
    const byFile = configRunner({});
    await run(byFile, ["myapp", file], "FROM_STDIN=1\n");
    expect(byFile.config).toEqual({ FROM_FILE: "1" });

    const byDash = configRunner({});
    await run(byDash, ["myapp", "-"], "FROM_STDIN=1\n");
    expect(byDash.config).toEqual({ FROM_STDIN: "1" });
  });

  it("resolves FILE as the kernel does: dir-symlink/../x.env is the file cat would read", async () => {
    // dir/link -> dir/real/sub, so link/.. is dir/real (not dir, as a textual resolution says).
    const dir = mkdtempSync(path.join(tmpdir(), "pegasus-env-"));
    mkdirSync(path.join(dir, "real", "sub"), { recursive: true });
    symlinkSync(path.join(dir, "real", "sub"), path.join(dir, "link"));
    writeFileSync(path.join(dir, "real", "x.env"), "WHAT_CAT_READS=1\n");
    writeFileSync(path.join(dir, "x.env"), "TEXTUAL_DECOY=1\n");
    const source = `${dir}/link/../x.env`;
    expect(execFileSync("cat", [source], { encoding: "utf8" })).toBe("WHAT_CAT_READS=1\n");
    const runner = configRunner({});
    const { error } = await run(runner, ["myapp", source]);
    expect(error).toBeUndefined();
    expect(runner.config).toEqual({ WHAT_CAT_READS: "1" });
  });

  it("checks the real path of what was opened: a symlinked directory's .. cannot reach an app's ENV", async () => {
    const runner = configRunner({});
    const context = stubContext(runner);
    const envFile = path.join(context.paths.libRoot, "config", "otherapp", "ENV");
    mkdirSync(path.join(path.dirname(envFile), "sub"), { recursive: true });
    writeFileSync(envFile, "SECRET=other-apps-secret\n");
    const dir = mkdtempSync(path.join(tmpdir(), "pegasus-env-"));
    symlinkSync(path.join(path.dirname(envFile), "sub"), path.join(dir, "link"));
    mkdirSync(path.join(dir, "otherapp"));
    writeFileSync(path.join(dir, "ENV"), "HARMLESS=1\n");
    const error = (await envImport.run({ positionals: ["myapp", `${dir}/link/../ENV`], options: {} }, context).catch((e: unknown) => e)) as Error;
    expect(error?.message).toMatch(/^Refusing .*link\/\.\.\/ENV: it is inside Dokku's own directories/);
    expect(error.message).not.toContain("other-apps-secret");
    expect(runner.seen).toEqual([]);
  });

  it("refuses files under Dokku's directories, non-regular files and missing files, before any Dokku call", async () => {
    const runner = configRunner({});
    const context = stubContext(runner);
    const envFile = path.join(context.paths.libRoot, "config", "otherapp", "ENV");
    mkdirSync(path.dirname(envFile), { recursive: true });
    writeFileSync(envFile, "SECRET=other-apps-secret\n");
    const cases: [string, RegExp][] = [
      [envFile, /inside Dokku's own directories/],
      [path.dirname(envFile), /not a regular file/],
      [tmpdir(), /not a regular file/],
      ["/proc/self/environ", /^Refusing \/proc\/self\/environ: it is under \/proc, where the kernel keeps process and device state/],
      ["/dev/zero", /^Refusing \/dev\/zero: not a regular file/],
      [path.join(tmpdir(), "no-such-file.env"), /no such file/],
      ["", /^The FILE argument is empty\. Give a path on the server, or - \(or nothing\) to read the \.env from stdin/],
    ];
    for (const [file, message] of cases) {
      await expect(envImport.run({ positionals: ["myapp", file], options: {} }, context)).rejects.toThrow(message);
    }
    expect(runner.seen).toEqual([]);
  });

  it("refuses a bad app name and extra arguments with exit 1 before reading anything", async () => {
    const runner = configRunner({});
    expect((await run(runner, ["Bad_App!"], "A=1\n")).code).toBe(1);
    expect((await run(runner, ["myapp", "a", "b"], "A=1\n")).code).toBe(1);
    expect(runner.seen).toEqual([]);
  });
});
