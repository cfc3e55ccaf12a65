import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommandArgs } from "../../../src/core/args.js";
import { AppMissingError } from "../../../src/errors.js";
import { report } from "../../../src/subcommands/report.js";
import { report as reportTrigger } from "../../../src/triggers/report.js";
import { stubContext, stubRunner, type StubAnswer } from "../../support/stub-context.js";

const SECRET = "s3cr3t-Passw0rd";

function shopAnswers(app = "shop"): StubAnswer[] {
  return [
    { argv: ["apps:list", "--format", "json"], stdout: `["${app}"]\n` },
    { argv: ["config:keys", app], stdout: "DATABASE_URL\nREDIS_URL\nSECRET_KEY\n" },
    // Values a careless report could leak: they must never be asked for.
    { argv: ["config:export"], stdout: JSON.stringify({ SECRET_KEY: SECRET }) },
    { argv: ["config:show"], stdout: `SECRET_KEY: ${SECRET}\n` },
    { argv: ["ps:report", app, "--deployed"], stdout: "true\n" },
    { argv: ["ps:scale", "--format=json", app], stdout: '[{"process_type":"web","quantity":1},{"process_type":"worker","quantity":1}]\n' },
    { argv: ["domains:report", app, "--domains-app-vhosts"], stdout: "shop.example.com\n" },
    { argv: ["storage:list", app, "--format", "json"], stdout: '[{"host_path":"/nonexistent/storage/shop","container_path":"/code/media"}]\n' },
    { argv: ["postgres:linked", `${app}-db`, app], stdout: `-----> Service ${app}-db is linked to ${app}\n` },
    { argv: ["redis:linked", `${app}-redis`, app], exitCode: 1, stderr: ` !     Service ${app}-redis is not linked to ${app}\n` },
    { argv: ["letsencrypt:active", app], stdout: "false\n" },
  ];
}

function withPlugins(context: ReturnType<typeof stubContext>, ...plugins: string[]) {
  for (const plugin of plugins) mkdirSync(path.join(context.paths.pluginEnabledPath, plugin), { recursive: true });
}

async function runReport(argv: string[], answers = shopAnswers(), plugins = ["postgres", "redis", "letsencrypt"], apps = ["shop"]) {
  const runner = stubRunner(answers);
  const context = stubContext(runner, { apps });
  withPlugins(context, ...plugins);
  const args = parseCommandArgs("pegasus:report", argv, report.options, {}, report.infoFlagPrefix);
  const code = await report.run(args, context);
  return { context, runner, code };
}

describe("pegasus:report", () => {
  it("makes read-only Dokku calls only, each once, and never reads a config value", async () => {
    const { context, runner } = await runReport(["shop"]);
    expect(context.dokku.mutatingCalls).toBe(0);
    const commands = runner.seen.map((argv) => argv[0]);
    expect(new Set(commands).size).toBe(commands.length);
    expect(commands).not.toContain("config:export");
    expect(commands).not.toContain("config:show");
    expect(commands).not.toContain("config:get");
    expect(context.output()).not.toContain(SECRET);
    expect(context.output()).toContain("Pegasus config keys:");
    expect(context.output()).toMatch(/Pegasus config keys: +3\n/);
  });

  it("prints Dokku's table: header through the log, sorted padded rows", async () => {
    const { context } = await runReport(["shop"]);
    expect(context.log.lines).toContainEqual({ level: "info2", message: "shop pegasus information" });
    const rows = context.output().trimEnd().split("\n");
    const labels = rows.map((row) => row.trim().split(":")[0]);
    expect(rows.every((row) => row.startsWith("       Pegasus "))).toBe(true);
    expect(rows.find((row) => row.includes("Pegasus scale:"))).toMatch(/web=1 worker=1$/);
    expect(rows.find((row) => row.includes("Pegasus redis linked:"))).toMatch(/false$/);
    expect(rows.find((row) => row.includes("Pegasus tls:"))).toMatch(/inactive$/);
    expect(rows.find((row) => row.includes("Pegasus storage owner:"))).toMatch(/ -$/);
    expect(labels.length).toBeGreaterThan(25);
    const valueColumn = new Set(rows.map((row) => /^( {7}[^:]+:\s*)/.exec(row)?.[1]?.length));
    expect(valueColumn.size).toBe(1);
  });

  it("prints one JSON line with --format json", async () => {
    const { context } = await runReport(["shop", "--format", "json"]);
    const lines = context.output().trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ "postgres-linked": "true", deployed: "true", "config-keys": "3" });
    expect(context.log.lines.filter((line) => line.level === "info2")).toEqual([]);
  });

  it("prints the raw value of a single info flag", async () => {
    const { context } = await runReport(["shop", "--pegasus-domains"]);
    expect(context.output()).toBe("shop.example.com\n");
  });

  it("answers an unknown info flag in Dokku's words, listing the valid ones", async () => {
    await expect(runReport(["shop", "--pegasus-colour"])).rejects.toThrow(
      /^Invalid flag passed, valid flags: --pegasus-backup-count, .*--pegasus-tls/,
    );
  });

  it("refuses an info flag with --format json before asking Dokku anything", async () => {
    const runner = stubRunner([]);
    const context = stubContext(runner);
    const args = parseCommandArgs("pegasus:report", ["shop", "--pegasus-domains", "--format", "json"], report.options, {}, report.infoFlagPrefix);
    await expect(report.run(args, context)).rejects.toThrow("--format flag cannot be specified when specifying an info flag");
    expect(runner.seen).toEqual([]);
  });

  it("exits 20 for a missing app", async () => {
    // shop exists, gone does not: refused before any Dokku call (the stub answers none).
    await expect(runReport(["gone"], [])).rejects.toBeInstanceOf(AppMissingError);
  });

  it("reports every app without an app argument", async () => {
    const answers = [
      { argv: ["apps:list", "--format", "json"], stdout: '["one","two"]\n' },
      ...shopAnswers("one").filter((answer) => answer.argv[0] !== "apps:list"),
      ...shopAnswers("two").filter((answer) => answer.argv[0] !== "apps:list"),
    ];
    // Neither one nor two has a $DOKKU_ROOT directory here: the apps apps:list names are reported
    // without a second existence check of each (which would refuse them).
    const { context, runner } = await runReport(["--format", "json"], answers, undefined, []);
    expect(context.output().trimEnd().split("\n")).toHaveLength(2);
    expect(runner.seen.filter((argv) => argv[0] === "apps:list")).toHaveLength(1);
  });

  it("reports every other app when one app's state cannot be read, and exits 1", async () => {
    const answers = [
      { argv: ["apps:list", "--format", "json"], stdout: '["one","two"]\n' },
      ...shopAnswers("one").filter((answer) => answer.argv[0] !== "apps:list"),
      ...shopAnswers("two").filter((answer) => answer.argv[0] !== "apps:list"),
    ];
    const runner = stubRunner(answers);
    const context = stubContext(runner);
    withPlugins(context, "postgres", "redis", "letsencrypt");
    mkdirSync(path.join(context.paths.dataDir, "one", "releases.jsonl"), { recursive: true });
    const code = await report.run(parseCommandArgs("pegasus:report", ["--format", "json"], report.options, {}, report.infoFlagPrefix), context);
    expect(code).toBe(1);
    expect(context.output().trimEnd().split("\n")).toHaveLength(1);
    expect(context.log.lines).toContainEqual({
      level: "warn",
      message: expect.stringMatching(/^pegasus report of one unavailable: Cannot read the release history of one .*: it is a directory\. Move it aside/),
    });
  });

  it("asks nothing of plugins that are not installed", async () => {
    const { context, runner } = await runReport(["shop", "--format", "json"], shopAnswers(), []);
    expect(runner.seen.map((argv) => argv[0])).not.toContain("postgres:linked");
    expect(runner.seen.map((argv) => argv[0])).not.toContain("letsencrypt:active");
    expect(JSON.parse(context.output())).toMatchObject({ "postgres-linked": "plugin not installed", tls: "letsencrypt not installed" });
  });

  it("shows the properties, backups and last deploy pegasus keeps", async () => {
    const runner = stubRunner(shopAnswers());
    const context = stubContext(runner, { apps: ["shop"] });
    const props = path.join(context.paths.propertiesDir);
    mkdirSync(path.join(props, "shop"), { recursive: true });
    mkdirSync(path.join(props, "--global"), { recursive: true });
    writeFileSync(path.join(props, "shop", "backup-skip-next"), "true");
    writeFileSync(path.join(props, "--global", "backup-keep"), "4");
    const data = path.join(context.paths.dataDir, "shop");
    mkdirSync(data, { recursive: true });
    writeFileSync(
      path.join(data, "releases.jsonl"),
      `${JSON.stringify({ rev: "1111111aaaa", deployed_at: "2026-11-25T10:00:00Z", source: "git-hook", build_id: null, backup_id: null, previous_rev: "none" })}\n` +
        `${JSON.stringify({ rev: "2222222bbbb", deployed_at: "2026-11-26T10:00:00Z", source: "git-hook", build_id: null, backup_id: null, previous_rev: "1111111aaaa" })}\n`,
    );
    const args = parseCommandArgs("pegasus:report", ["shop", "--format", "json"], report.options, {}, report.infoFlagPrefix);
    await report.run(args, context);
    expect(JSON.parse(context.output())).toMatchObject({
      "computed-backup-keep": "4",
      "global-backup-keep": "4",
      "backup-keep": "",
      "deploy-gate": "skip next",
      "deploy-last-rev": "2222222bbbb",
      "deploy-last-at": "2026-11-26T10:00:00Z",
    });
  });

  it("reports --global properties only: as set, and computed with the defaults (as Dokku's ps:report --global)", async () => {
    const { context, runner } = await runReport(["--global", "--format", "json"], []);
    expect(runner.seen).toEqual([]);
    expect(JSON.parse(context.output())).toEqual({
      "global-backup-keep": "",
      "computed-backup-keep": "10",
      "global-backup-on-deploy": "",
      "computed-backup-on-deploy": "true",
      "global-backup-media": "",
      "computed-backup-media": "false",
      "global-backup-lock-wait": "",
      "computed-backup-lock-wait": "900",
      "global-letsencrypt-email": "",
      "computed-letsencrypt-email": "",
      "global-offsite-url": "",
      "computed-offsite-url": "",
      "global-offsite-endpoint": "",
      "computed-offsite-endpoint": "",
      "global-offsite-region": "",
      "computed-offsite-region": "us-east-1",
      "global-offsite-path-style": "",
      "computed-offsite-path-style": "false",
      "global-offsite-recipient": "",
      "computed-offsite-recipient": "",
      "global-offsite-keep": "",
      "computed-offsite-keep": "30",
      "global-offsite-required": "",
      "computed-offsite-required": "false",
    });
  });

  it("--global computed values follow what --global sets", async () => {
    const runner = stubRunner([]);
    const context = stubContext(runner);
    mkdirSync(path.join(context.paths.propertiesDir, "--global"), { recursive: true });
    writeFileSync(path.join(context.paths.propertiesDir, "--global", "backup-keep"), "4");
    const args = parseCommandArgs("pegasus:report", ["--global", "--pegasus-computed-backup-keep"], report.options, {}, report.infoFlagPrefix);
    await report.run(args, context);
    expect(context.output()).toBe("4\n");
  });
});

describe("report trigger", () => {
  it("adds our section to `dokku report <app>`", async () => {
    const runner = stubRunner(shopAnswers());
    const context = stubContext(runner);
    withPlugins(context, "postgres", "redis", "letsencrypt");
    expect(await reportTrigger.run(["shop"], context)).toBe(0);
    expect(context.log.lines).toContainEqual({ level: "info2", message: "shop pegasus information" });
    expect(context.output()).toContain("Pegasus deploy gate:");
  });

  it("never fails dokku report: a failure is one warning and exit 0", async () => {
    const runner = stubRunner([{ argv: ["config:keys"], exitCode: 1, stderr: " !     boom\n" }]);
    const context = stubContext(runner);
    expect(await reportTrigger.run(["shop"], context)).toBe(0);
    expect(context.log.lines.filter((line) => line.level === "warn")).toHaveLength(1);
    expect(context.log.lines[0]?.message).toMatch(/^pegasus report of shop unavailable: /);
  });
});
