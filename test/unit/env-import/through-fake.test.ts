// pegasus:env-import end to end: the fake `dokku` runs the plugin's shim, which drives the fake.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import dotenv from "dotenv";
import fc from "fast-check";
import { execa } from "execa";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { refusedValueReason } from "../../../src/core/env-file.js";
import { marshal, parse } from "../../fake-dokku/src/godotenv.js";
import { createDeployableRepo, createSandbox, type Sandbox } from "../../support/sandbox.js";

const FIXTURE = readFileSync(new URL("../../fixtures/pegasus.env", import.meta.url), "utf8");
const FIXTURE_VALUES = dotenv.parse(FIXTURE);

let sb: Sandbox;
beforeEach(() => {
  sb = createSandbox();
});
afterEach(() => sb.cleanup());

interface Ran {
  exitCode: number;
  stdout: string;
  stderr: string;
}

// Asynchronous children keep the vitest worker responsive; these tests start hundreds of them.
async function spawn(bin: string, args: string[], input?: string): Promise<Ran> {
  const r = await execa(bin, args, { env: sb.env, extendEnv: false, input, stdin: input === undefined ? "ignore" : undefined, reject: false });
  return { exitCode: r.exitCode ?? 1, stdout: String(r.stdout), stderr: String(r.stderr) };
}
const dokku = (args: string[], input?: string) => spawn(sb.dokkuBin, args, input);
const ctl = (args: string[]) => spawn(join(sb.fakeBin, "fake-dokku-ctl"), args);

async function ok(pending: Promise<Ran>): Promise<Ran> {
  const r = await pending;
  expect(r.exitCode, r.stderr + r.stdout).toBe(0);
  return r;
}

async function deployedApp(app: string): Promise<void> {
  const repo = join(sb.root, `repo-${app}`);
  createDeployableRepo(repo);
  await ok(dokku(["apps:create", app]));
  await ok(dokku(["builder-dockerfile:set", app, "dockerfile-path", "Dockerfile.web"]));
  await ok(ctl(["deploy", app, "--from", repo]));
}

const count = async (args: string[]) => Number((await ctl(args)).stdout.trim());
const restarts = (app: string) => count(["restarts", app]);
/** Calls the plugin made (depth 1), so the counts exclude the user's own `dokku pegasus:…`. */
const pluginCalls = () => count(["calls", "--depth", "1", "--count"]);
const pluginMutating = () => count(["calls", "--depth", "1", "--mutating", "--count"]);
const envImport = (args: string[], input?: string) => dokku(["pegasus:env-import", ...args], input);
const configOf = async (app: string) => JSON.parse((await ok(dokku(["config:export", "--format", "json", app]))).stdout) as Record<string, string>;

describe("pegasus:env-import through the fake Dokku", () => {
  it("imports the 40-key Pegasus .env in one write and one restart; an identical re-import costs nothing", async () => {
    await deployedApp("myapp");
    const before = await restarts("myapp");
    const firstCalls = await pluginCalls();

    const first = await ok(envImport(["myapp", "--format", "json"], FIXTURE));
    expect(JSON.parse(first.stdout)).toMatchObject({ app: "myapp", dry_run: false, changed: [], removed: [], restarted: true });
    expect(JSON.parse(first.stdout).added).toHaveLength(40);
    expect((await restarts("myapp")) - before).toBe(1);
    expect(await pluginMutating()).toBe(2); // config:import + ps:restart
    const config = await configOf("myapp");
    for (const [key, value] of Object.entries(FIXTURE_VALUES)) expect(config[key], key).toBe(value);

    const callsAfterFirst = await pluginCalls();
    expect(callsAfterFirst - firstCalls).toBe(6);
    const again = await ok(envImport(["myapp", "--format", "json"], FIXTURE));
    expect(JSON.parse(again.stdout)).toMatchObject({ added: [], changed: [], removed: [], restarted: false });
    expect(JSON.parse(again.stdout).unchanged).toHaveLength(40);
    expect((await restarts("myapp")) - before).toBe(1);
    expect(await pluginMutating()).toBe(2);
    expect((await pluginCalls()) - callsAfterFirst).toBe(2); // config:export + domains:report
  });

  it("restarts once for a change, never with --no-restart, never for an undeployed app", async () => {
    await deployedApp("myapp");
    await ok(envImport(["myapp"], "SECRET_KEY=abcdefgh12\nA=1\n"));
    const base = await restarts("myapp");
    await ok(envImport(["myapp"], "SECRET_KEY=abcdefgh12\nA=2\n"));
    expect(await restarts("myapp")).toBe(base + 1);
    await ok(envImport(["myapp", "--no-restart"], "SECRET_KEY=abcdefgh12\nA=3\n"));
    expect(await restarts("myapp")).toBe(base + 1);
    expect((await configOf("myapp")).A).toBe("3");

    await ok(dokku(["apps:create", "fresh"]));
    const r = await ok(envImport(["fresh", "--format", "json"], "A=1\n"));
    expect(JSON.parse(r.stdout).restarted).toBe(false);
    expect(await restarts("fresh")).toBe(0);
  });

  it("prints no value of the file on stdout or stderr, and puts none in any process argument", async () => {
    await deployedApp("myapp");
    await ok(dokku(["config:set", "--no-restart", "myapp", "STRIPE_LIVE_SECRET_KEY=sk_live_previous_value_123"]));
    const runs = [await envImport(["myapp"], FIXTURE), await envImport(["myapp", "--dry-run", "--replace"], FIXTURE), await envImport(["myapp", "--format", "json"], FIXTURE)];
    const output = runs.map((r) => r.stdout + r.stderr).join("\n");
    const argv = (await ctl(["calls", "--depth", "1", "--json"])).stdout;
    const needles = [...Object.values(FIXTURE_VALUES).flatMap((v) => v.split("\n")), "sk_live_previous_value_123"].filter((v) => v.length >= 4);
    for (const needle of needles) {
      expect(output, "output leaks a value").not.toContain(needle);
      if (needle !== "False" && needle !== "True") expect(argv, "argv leaks a value").not.toContain(needle);
    }
  });

  it("reads a FILE on the server as well as stdin, and refuses an app's ENV file", async () => {
    await ok(dokku(["apps:create", "myapp"]));
    await ok(dokku(["apps:create", "other"]));
    await ok(dokku(["config:set", "other", "OTHER_SECRET=other-apps-secret"]));
    const file = join(sb.root, "prod.env");
    writeFileSync(file, "FROM_FILE=yes-file\n");
    await ok(envImport(["myapp", file]));
    await ok(envImport(["myapp", "-"], "FROM_STDIN=yes-stdin\n"));
    expect(await configOf("myapp")).toMatchObject({ FROM_FILE: "yes-file", FROM_STDIN: "yes-stdin" });

    const refused = await envImport(["myapp", join(sb.libRoot, "config", "other", "ENV")]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain("inside Dokku's own directories");
    expect(refused.stdout + refused.stderr).not.toContain("other-apps-secret");
    expect((await configOf("myapp")).OTHER_SECRET).toBeUndefined();
  });

  it.each([
    ["a bare word", 3, "A=1\nB=2\njunk\n"],
    ["a duplicate key", 3, "A=1\nB=2\nA=3\n"],
    ["an invalid key", 2, "A=1\nMY-KEY=2\n"],
    ["a leading-zero number", 2, "A=1\nZIP=007\n"],
    ["a value ending in a backslash", 3, "A=1\nB=2\nP='C:\\dir\\'\n"],
    ["a value ending in a double quote", 1, "Q='say \"hi\"'\n"],
    ["an unclosed quote", 2, 'A=1\nB="abc\nC=3\n'],
  ])("a file with %s applies nothing, names line %i and exits 1", async (_name, line, text) => {
    await ok(dokku(["apps:create", "myapp"]));
    const before = await configOf("myapp");
    const mutatingBefore = await pluginMutating();
    const r = await envImport(["myapp"], text);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^ !     +line ${line}\\b`, "m"));
    expect(await configOf("myapp")).toEqual(before);
    expect(await pluginMutating()).toBe(mutatingBefore);
  });

  it("--replace removes stale keys but never Dokku's own or a link's; a file may not override a link", async () => {
    await deployedApp("myapp");
    await ok(dokku(["postgres:create", "myapp-db"]));
    await ok(dokku(["postgres:link", "myapp-db", "myapp"]));
    await ok(dokku(["config:set", "--no-restart", "myapp", "STALE=1", "DOKKU_PROXY_PORT=80"]));
    const linked = await configOf("myapp");
    expect(linked.DATABASE_URL).toMatch(/^postgres:\/\//);

    const overriding = await envImport(["myapp", "--replace"], "A=1\nDATABASE_URL=postgres://localhost/dev\n");
    expect(overriding.exitCode).toBe(1);
    expect(overriding.stderr).toContain("line 2, DATABASE_URL: is set by a service link");
    expect(await configOf("myapp")).toEqual(linked);

    const r = await ok(envImport(["myapp", "--replace", "--format", "json"], "A=1\n"));
    expect(JSON.parse(r.stdout)).toMatchObject({ added: ["A"], removed: ["STALE"] });
    const after = await configOf("myapp");
    expect(after.STALE).toBeUndefined();
    for (const key of Object.keys(linked).filter((k) => k !== "STALE")) expect(after[key], key).toBe(linked[key]);
  });
});

// Values the plugin accepts: anything refusedValueReason lets through, biased towards the
// characters godotenv escapes or chokes on.
const trickyChar = fc.constantFrom("a", "Z", "0", "+", "-", '"', "'", "\\", "$", "`", "!", "\n", "\r", "\t", " ", "#", "=", "{", "}", "é", "€");
const acceptedValue = fc
  .oneof(fc.string({ unit: trickyChar, maxLength: 24 }), fc.string({ maxLength: 24 }), fc.string({ unit: "binary", maxLength: 12 }))
  .filter((value) => refusedValueReason(value) === undefined);

describe("round trip through the fake's storage (godotenv 1.5.1, as Dokku 0.38 writes the ENV file)", () => {
  it("every accepted value is read back byte for byte (in process, many values)", async () => {
    fc.assert(
      fc.property(acceptedValue, (value) => {
        expect(parse(`${marshal(new Map([["K", value]]))}\n`).get("K")).toBe(value);
      }),
      { numRuns: 20000 },
    );
  });

  it("every accepted value survives pegasus:env-import and config:export of the fake", async () => {
    await ok(dokku(["apps:create", "rt"]));
    const spellable = acceptedValue.filter((value) => {
      const spelled = asDotenvValue(value);
      return spelled !== undefined && dotenv.parse(`K=${spelled}\n`).K === value;
    });
    await fc.assert(
      fc.asyncProperty(fc.array(spellable, { minLength: 1, maxLength: 40 }), async (values) => {
        const wanted = Object.fromEntries(values.map((value, index) => [`K${index}`, value]));
        const file = Object.entries(wanted)
          .map(([key, value]) => `${key}=${asDotenvValue(value)}`)
          .join("\n");
        await ok(envImport(["rt", "--replace"], file));
        const stored = await configOf("rt");
        for (const [key, value] of Object.entries(wanted)) expect(stored[key], key).toBe(value);
      }),
      { numRuns: 12 },
    );
  }, 180_000);
});

/** A dotenv spelling of `value` in the quotes that can hold it literally, if any can. */
function asDotenvValue(value: string): string | undefined {
  for (const quote of ["'", "`"]) if (!value.includes(quote)) return `${quote}${value}${quote}`;
  if (!value.includes('"') && !/\\[nr]/.test(value)) return `"${value}"`;
  return undefined;
}
