import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireBackupLock } from "../../../src/backup/lock.js";
import { parseCommandArgs } from "../../../src/core/args.js";
import { configLockFile } from "../../../src/io/config-lock.js";
import { setup } from "../../../src/subcommands/setup.js";
import { stubContext, stubRunner, type StubAnswer } from "../../support/stub-context.js";

function pluginsDir(present = ["postgres", "redis", "letsencrypt"]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pegasus-plugins-"));
  for (const plugin of present) mkdirSync(path.join(dir, plugin));
  return dir;
}

async function runSetup(answers: StubAnswer[], argv: string[], env: Record<string, string> = {}) {
  const runner = stubRunner(answers);
  const ctx = stubContext(runner, { env: { PLUGIN_ENABLED_PATH: pluginsDir(), ...env } });
  const args = parseCommandArgs("pegasus:setup", argv, setup.options);
  const exitCode = await setup.run(args, ctx);
  return { exitCode, ctx, runner };
}

// Dokku 0.37: storage is a directory and a colon-form mount (0.38's entries: bats and setup-plan tests).
const FRESH: StubAnswer[] = [
  { argv: ["scheduler:report", "--global", "--scheduler-computed-selected"], stdout: "docker-local\n" },
  { argv: ["version"], stdout: "dokku version 0.37.9\n" },
  { argv: ["postgres:exists", "shop-db"], exitCode: 1, stderr: " !     Postgres service shop-db does not exist\n" },
  { argv: ["redis:exists", "shop-redis"], exitCode: 1, stderr: " !     Redis service shop-redis does not exist\n" },
  { argv: ["letsencrypt:cron-job", "--add"], stdout: "-----> Added cron job to dokku's crontab.\n" },
  { argv: ["letsencrypt:cron-job"], stdout: "=====> Auto-renew cron job is not enabled\n" },
  { argv: ["apps:create", "shop"] },
  { argv: ["builder:set", "shop", "selected", "dockerfile"] },
  { argv: ["builder-dockerfile:set", "shop", "dockerfile-path", "Dockerfile.web"] },
  { argv: ["postgres:create", "shop-db"] },
  { argv: ["redis:create", "shop-redis"] },
  { argv: ["postgres:link", "shop-db", "shop"] },
  { argv: ["redis:link", "shop-redis", "shop"] },
  { argv: ["storage:ensure-directory", "--chown", "1000", "shop"] },
  { argv: ["storage:mount", "shop"] },
  { argv: ["domains:add", "shop", "shop.example.com"] },
  { argv: ["ports:set", "shop", "http:80:8080"] },
  { argv: ["ps:scale", "--skip-deploy", "shop", "worker=1"] },
  { argv: ["letsencrypt:set", "shop", "email", "ops@example.com"] },
];

const FULL_ARGS = [
  "shop",
  "--domain",
  "shop.example.com",
  "--letsencrypt-email",
  "ops@example.com",
  "--postgres-image",
  "pgvector/pgvector",
  "--postgres-image-version",
  "pg17",
  "--port",
  "8080",
];

/**
 * shop as setup leaves it (Dokku 0.38): the answers of its read-only calls, the environment that
 * holds its storage directory and properties, and the arguments it was set up with. The app
 * itself exists once a context is built with `apps: ["shop"]` over this environment.
 */
function convergedShop(): { env: Record<string, string>; answers: StubAnswer[]; args: string[] } {
  const uid = process.getuid?.() ?? 1000;
  const root = mkdtempSync(path.join(tmpdir(), "pegasus-converged-"));
  const lib = path.join(root, "lib");
  mkdirSync(path.join(lib, "data", "storage", "shop"), { recursive: true });
  mkdirSync(path.join(lib, "config", "pegasus", "shop"), { recursive: true });
  writeFileSync(path.join(lib, "config", "pegasus", "shop", "postgres-service"), "shop-db");
  writeFileSync(path.join(lib, "VERSION"), "0.38.27\n");
  const answers: StubAnswer[] = [
    { argv: ["scheduler:report", "shop", "--scheduler-computed-selected"], stdout: "docker-local\n" },
    { argv: ["config:get", "shop", "DATABASE_URL"], stdout: "postgres://postgres:secret@dokku-postgres-shop-db:5432/shop_db\n" },
    { argv: ["config:get", "shop", "REDIS_URL"], stdout: "redis://:secret@dokku-redis-shop-redis:6379\n" },
    { argv: ["ps:report", "shop", "--deployed"], stdout: "true\n" },
    { argv: ["builder:report", "shop", "--builder-selected"], stdout: "dockerfile\n" },
    { argv: ["builder-dockerfile:report", "shop"], stdout: "Dockerfile.web\n" },
    { argv: ["postgres:exists", "shop-db"], stdout: "-----> Service shop-db exists\n" },
    { argv: ["postgres:info", "shop-db", "--version"], stdout: "pgvector/pgvector:pg17\n" },
    { argv: ["postgres:info", "shop-db", "--dsn"], stdout: "postgres://postgres:secret@dokku-postgres-shop-db:5432/shop_db\n" },
    { argv: ["redis:info", "shop-redis", "--dsn"], stdout: "redis://:secret@dokku-redis-shop-redis:6379\n" },
    { argv: ["postgres:linked", "shop-db", "shop"] },
    { argv: ["redis:exists", "shop-redis"] },
    { argv: ["redis:linked", "shop-redis", "shop"] },
    {
      argv: ["storage:list", "shop", "--format", "json"],
      stdout: JSON.stringify([{ entry_name: "legacy-x", host_path: `${lib}/data/storage/shop`, container_path: "/code/media" }]),
    },
    { argv: ["domains:report", "shop"], stdout: "shop.example.com\n" },
    { argv: ["ports:report", "shop"], stdout: "http:80:8080 https:443:8080\n" },
    { argv: ["ps:scale", "--format=json", "shop"], stdout: '[{"process_type":"web","quantity":1},{"process_type":"worker","quantity":1}]' },
    {
      argv: ["letsencrypt:report", "shop", "--format", "json"],
      stdout: '{"active":"true","autorenew":"true","email":"ops@example.com","global-email":""}',
    },
  ];
  return {
    env: { PLUGIN_ENABLED_PATH: pluginsDir(), DOKKU_LIB_ROOT: lib, DOKKU_ROOT: path.join(root, "home") },
    answers,
    args: [...FULL_ARGS, "--storage-uid", String(uid)],
  };
}

describe("pegasus:setup through a stub dokku", () => {
  it("provisions a fresh app: read-only facts first, then one call per change", async () => {
    const { exitCode, ctx, runner } = await runSetup(FRESH, [...FULL_ARGS, "--format", "json"]);
    expect(exitCode).toBe(0);
    const output = JSON.parse(ctx.output());
    expect(output).toMatchObject({ app: "shop", dry_run: false, changed: 15 });
    expect(output.steps.map((s: { status: string }) => s.status)).not.toContain("failed");
    expect(runner.seen.map((argv) => argv[0])).toEqual([
      "scheduler:report",
      "version",
      "postgres:exists",
      "redis:exists",
      "letsencrypt:cron-job",
      "apps:create",
      "builder:set",
      "builder-dockerfile:set",
      "postgres:create",
      "redis:create",
      "postgres:link",
      "redis:link",
      "storage:ensure-directory",
      "storage:mount",
      "domains:add",
      "ports:set",
      "ps:scale",
      "letsencrypt:set",
      "letsencrypt:cron-job",
    ]);
    expect(ctx.dokku.mutatingCalls).toBe(14);
    expect(runner.seen).toContainEqual(["postgres:create", "shop-db", "--image", "pgvector/pgvector", "--image-version", "pg17"]);
    const mount = runner.seen.find((argv) => argv[0] === "storage:mount")!;
    expect(mount[2]).toBe(`${ctx.paths.libRoot}/data/storage/shop:/code/media`);
    expect(readFileSync(path.join(ctx.paths.propertiesDir, "shop", "postgres-service"), "utf8")).toBe("shop-db");
    expect(ctx.log.lines.some((line) => line.message.includes("git push dokku main:master"))).toBe(true);
  });

  it("uses letsencrypt's global email for a new app without setting one on it", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "pegasus-global-email-"));
    const lib = path.join(root, "lib");
    mkdirSync(path.join(lib, "config", "letsencrypt", "--global"), { recursive: true });
    writeFileSync(path.join(lib, "config", "letsencrypt", "--global", "email"), "global@example.com");
    const { exitCode, ctx, runner } = await runSetup(FRESH, ["shop", "--format", "json"], { DOKKU_LIB_ROOT: lib });
    expect(exitCode).toBe(0);
    const steps = JSON.parse(ctx.output()).steps as { name: string; status: string; detail: string }[];
    expect(steps.find((step) => step.name === "letsencrypt-email")).toEqual({
      name: "letsencrypt-email",
      status: "ok",
      detail: "global@example.com (global)",
    });
    expect(runner.seen.map((argv) => argv[0])).not.toContain("letsencrypt:set");
  });

  it("dry-run makes only read-only calls and prints the plan", async () => {
    const { exitCode, ctx } = await runSetup(FRESH, [...FULL_ARGS, "--dry-run", "--format", "json"]);
    expect(exitCode).toBe(0);
    expect(ctx.dokku.mutatingCalls).toBe(0);
    const output = JSON.parse(ctx.output());
    expect(output).toMatchObject({ dry_run: true, changed: 0 });
    expect(output.steps.filter((s: { status: string }) => s.status === "planned")).toHaveLength(15);
  });

  it("makes no mutating call on a converged app", async () => {
    const { env, answers, args } = convergedShop();
    const runner = stubRunner(answers);
    const ctx = stubContext(runner, { env, apps: ["shop"] });
    expect(await setup.run(parseCommandArgs("pegasus:setup", [...args, "--format", "json"], setup.options), ctx)).toBe(0);
    expect(ctx.dokku.mutatingCalls).toBe(0);
    const output = JSON.parse(ctx.output());
    expect(output.changed).toBe(0);
    expect(output.steps.every((s: { status: string }) => s.status === "ok")).toBe(true);
  });

  it("a second setup racing a first on a new app says the app was created meanwhile, not that the name is taken", async () => {
    const runner = stubRunner([{ argv: ["apps:create", "shop"], exitCode: 1, stderr: " !     Name is already taken\n" }, ...FRESH]);
    const ctx = stubContext(runner, { env: { PLUGIN_ENABLED_PATH: pluginsDir() } });
    // shop is missing when the plan is made; the other run creates it ($DOKKU_ROOT/shop) just
    // before this run's apps:create, which Dokku then refuses.
    const answer = runner.run.bind(runner);
    runner.run = (command, args, options) => {
      const argv = args[0] === "--quiet" ? args.slice(1) : args;
      if (argv[0] === "apps:create") mkdirSync(path.join(ctx.paths.dokkuRoot, "shop"), { recursive: true });
      return answer(command, args, options);
    };
    const exitCode = await setup.run(parseCommandArgs("pegasus:setup", FULL_ARGS, setup.options), ctx);
    expect(exitCode).toBe(1);
    const failures = ctx.log.lines.filter((line) => line.level === "fail").map((line) => line.message);
    expect(failures[0]).toBe(
      "Step app failed: shop was created meanwhile by another command (a second pegasus:setup shop?). This run changed nothing. " +
        "Run dokku pegasus:setup shop again: it waits for the other run and converges.",
    );
    expect(runner.seen.filter((argv) => argv[0] !== "apps:create").every((argv) => !/:(create|link|set|mount|add|scale)$/.test(argv[0]!))).toBe(true);
  });

  it("stops at a failing step with Dokku's message and the fix, and still prints JSON", async () => {
    const failing: StubAnswer[] = [
      {
        argv: ["redis:create", "shop-redis"],
        exitCode: 1,
        stderr: " !     Unable to pull image redis:8.8.0\n",
      },
      ...FRESH,
    ];
    const { exitCode, ctx, runner } = await runSetup(failing, [...FULL_ARGS, "--format", "json"]);
    expect(exitCode).toBe(1);
    const output = JSON.parse(ctx.output());
    expect(output.steps.at(-1)).toEqual({
      name: "redis-service",
      status: "failed",
      detail: "dokku redis:create failed (exit 1): Unable to pull image redis:8.8.0",
    });
    expect(runner.seen.map((argv) => argv[0])).not.toContain("postgres:link");
    const failures = ctx.log.lines.filter((line) => line.level === "fail").map((line) => line.message);
    expect(failures[0]).toBe("Step redis-service failed: dokku redis:create failed (exit 1): Unable to pull image redis:8.8.0");
    expect(failures[1]).toMatch(/^To fix: /);
    expect(failures[2]).toMatch(/re-run dokku pegasus:setup shop/);
  });

  it("waits for another config change of the app (env-import's lock) before its first read; a dry run does not", async () => {
    // The lock lives in the app's directory: an existing app, whose one change is its scale.
    const { env, answers, args } = convergedShop();
    const SCALE = ["ps:scale", "--skip-deploy", "shop", "worker=2"];
    const runner = stubRunner([{ argv: SCALE }, ...answers]);
    const ctx = stubContext(runner, { env, apps: ["shop"] });
    const release = await acquireBackupLock(configLockFile(ctx.paths, "shop"), { app: "shop", now: new Date(), log: ctx.log, kind: "config change" });

    const dryRun = parseCommandArgs("pegasus:setup", [...args, "--scale", "worker=2", "--dry-run"], setup.options);
    expect(await setup.run(dryRun, ctx)).toBe(0);
    expect(runner.seen.length).toBeGreaterThan(0);
    expect(ctx.dokku.mutatingCalls).toBe(0);

    runner.seen.length = 0;
    let releasedAt = 0;
    let firstCallAt = 0;
    const answer = runner.run.bind(runner);
    runner.run = (...call) => {
      firstCallAt ||= Date.now();
      return answer(...call);
    };
    setTimeout(() => void release().then(() => (releasedAt = Date.now())), 600);
    const exitCode = await setup.run(parseCommandArgs("pegasus:setup", [...args, "--scale", "worker=2"], setup.options), ctx);
    expect(exitCode).toBe(0);
    expect(releasedAt).toBeGreaterThan(0);
    expect(firstCallAt).toBeGreaterThanOrEqual(releasedAt);
    expect(ctx.log.lines.filter((line) => line.message.startsWith("Another config change of shop is running; waiting"))).toHaveLength(1);
    expect(runner.seen).toContainEqual(SCALE);
  });

  it("refuses to start without the plugins it needs, before any Dokku call", async () => {
    const runner = stubRunner([]);
    const ctx = stubContext(runner, { env: { PLUGIN_ENABLED_PATH: pluginsDir(["postgres"]) } });
    const args = parseCommandArgs("pegasus:setup", ["shop"], setup.options);
    await expect(setup.run(args, ctx)).rejects.toThrow(/sudo dokku plugin:install https:\/\/github.com\/dokku\/dokku-redis.git redis/);
    expect(runner.seen).toEqual([]);
  });

  it("refuses bad input before any Dokku call", async () => {
    const runner = stubRunner([]);
    const ctx = stubContext(runner, { env: { PLUGIN_ENABLED_PATH: pluginsDir() } });
    const args = parseCommandArgs("pegasus:setup", ["shop", "--scale", "worker"], setup.options);
    await expect(setup.run(args, ctx)).rejects.toThrow(/--scale "worker" must be TYPE=N/);
    expect(runner.seen).toEqual([]);
  });
});
