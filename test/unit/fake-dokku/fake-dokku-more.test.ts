// The fake dokku against Dokku HEAD for ports:*, the root/dokku user split, the fake plugn and
// the cron plugin's scheduler-cron-write, ps:scale --format, letsencrypt:report --global and
// `dokku report <app>` — through the bins, like fake-dokku.test.ts.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../../support/sandbox.js";

let sb: Sandbox;
beforeEach(() => {
  sb = createSandbox({ pegasus: false });
});
afterEach(() => sb.cleanup());

const ok = (r: { exitCode: number; stdout: string; stderr: string }) => {
  expect(r.exitCode, r.stderr + r.stdout).toBe(0);
  return r;
};

/** A plugin `probe` with the given executable files (relative path → bash body). */
function probe(files: Record<string, string>): void {
  const dir = join(sb.pluginPath, "available", "probe");
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  if (!existsSync(join(sb.pluginPath, "enabled", "probe"))) symlinkSync(dir, join(sb.pluginPath, "enabled", "probe"));
}

const calls = () =>
  sb
    .ctl(["calls", "--json"])
    .stdout.trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { depth: number; argv: string[]; command: string; mutating: boolean; user?: string; bin?: string; exit?: number });

describe("ports", () => {
  beforeEach(() => {
    ok(sb.dokku(["apps:create", "web"]));
  });

  it("sets, lists with the columnize table, and stores a sorted list property", () => {
    expect(sb.dokku(["ports:list", "web"])).toMatchObject({ exitCode: 1, stdout: "", stderr: " !     No port mappings configured for app\n" });
    ok(sb.dokku(["ports:set", "web", "https:443:5000", "http:80:5000", "8080"]));
    expect(readFileSync(join(sb.libRoot, "config", "ports", "web", "map"), "utf8")).toBe("http:80:5000\nhttps:443:5000\n");
    expect(sb.dokku(["ports:list", "web"]).stdout).toBe(
      "-----> Port mappings for web\n    -----> scheme  host port  container port\n    http           80         5000\n    https          443        5000\n",
    );
    expect(sb.dokku(["--quiet", "ports:list", "web"]).stdout).toBe("    http   80   5000\n    https  443  5000\n");
  });

  it("validates like plugins/ports: messages and exit codes", () => {
    ok(sb.dokku(["ports:set", "web", "http:80:5000"]));
    const fails = (args: string[], message: string) => expect(sb.dokku(args)).toMatchObject({ exitCode: 1, stderr: ` !     ${message}\n` });
    fails(["ports:add", "web"], "No port mapping specified");
    fails(["ports:add", "web", "http:80:3000"], "Error validating all port mappings: The same scheme:host-port is being reused: http:80");
    fails(["ports:add", "web", "http:81:1", "http:81:2"], "Error validating new port mappings: The same scheme:host-port is being reused: http:81");
    fails(["ports:set", "web", "http:81:1", "http:81:2"], "Error validating port mappings: The same scheme:host-port is being reused: http:81");
    fails(["ports:add", "web", "http:80"], "Invalid port map http:80 [len=2]");
    fails(["ports:add", "web", "http:x:1"], 'Invalid port map http:x:1 [err=strconv.Atoi: parsing "x": invalid syntax]');
    fails(["ports:add", "web", "http:65536:1"], "Invalid port map http:65536:1 [hostPort=65536]");
    fails(["ports:add", "web", "http:1:0"], "Invalid port map http:1:0 [containerPort=0]");
    expect(sb.dokku(["ports:add", "nope", "http:1:1"])).toMatchObject({ exitCode: 20, stderr: " !     App nope does not exist\n" });
    expect(sb.dokku(["ports:add", "web", "--bogus"]).exitCode).toBe(2);
    expect(readFileSync(join(sb.libRoot, "config", "ports", "web", "map"), "utf8")).toBe("http:80:5000\n");
  });

  it("adds, removes by mapping or host port, clears; reports every flag", () => {
    ok(sb.dokku(["ports:add", "web", "http:8080:5000", "https:443:5000"]));
    ok(sb.dokku(["ports:add", "web", "http:80:5000"]));
    expect(sb.dokku(["ports:report", "web", "--ports-map"]).stdout).toBe("http:8080:5000 http:80:5000 https:443:5000\n"); // sort.Strings: "8" < ":"
    ok(sb.dokku(["ports:remove", "web", "443", "http:8080:5000"]));
    expect(sb.dokku(["ports:report", "web", "--ports-map"]).stdout).toBe("http:80:5000\n");
    expect(sb.dokku(["ports:report", "web", "--ports-map-json"]).stdout).toBe('[{"container_port":5000,"host_port":80,"scheme":"http"}]\n');
    expect(sb.dokku(["ports:report", "web"]).stdout).toBe(
      "=====> web ports information\n" +
        "       Ports map:                     http:80:5000\n" +
        "       Ports map detected:            http:80:5000\n" +
        '       Ports map detected json:       [{"container_port":5000,"host_port":80,"scheme":"http"}]\n' +
        '       Ports map json:                [{"container_port":5000,"host_port":80,"scheme":"http"}]\n',
    );
    const json = JSON.parse(sb.dokku(["ports:report", "web", "--format", "json"]).stdout) as Record<string, string>;
    expect(Object.keys(json)).toEqual(["map", "map-detected", "map-detected-json", "map-json", "ports-map", "ports-map-detected", "ports-map-detected-json", "ports-map-json"]);
    ok(sb.dokku(["ports:remove", "web", "80"]));
    expect(existsSync(join(sb.libRoot, "config", "ports", "web", "map"))).toBe(false);
    ok(sb.dokku(["ports:add", "web", "http:80:5000"]));
    ok(sb.dokku(["ports:clear", "web"]));
    expect(sb.dokku(["ports:report", "web", "--ports-map-json"]).stdout).toBe("null\n");
    expect(sb.dokku(["ports:report", "web", "--ports-map"]).stdout).toBe("\n");
    expect(sb.dokku(["ports:report", "--global"]).stdout).toBe("=====> --global ports information\n");
    expect(sb.dokku(["ports:report", "web", "--nope"])).toMatchObject({
      exitCode: 1,
      stderr: " !     Invalid flag passed, valid flags: --ports-map, --ports-map-detected, --ports-map-detected-json, --ports-map-json\n",
    });
  });

  it("fires post-proxy-ports-update <app> <action>, classifies calls, and restarts nothing", () => {
    probe({ "post-proxy-ports-update": 'echo "ports $*" >> "$FAKE_DOKKU_STATE/probe.log"' });
    ok(sb.dokku(["ports:set", "web", "http:80:5000"]));
    ok(sb.dokku(["ports:add", "web", "http:81:5000"]));
    ok(sb.dokku(["ports:remove", "web", "81"]));
    ok(sb.dokku(["ports:clear", "web"]));
    expect(readFileSync(join(sb.state, "probe.log"), "utf8")).toBe("ports web set\nports web add\nports web remove\nports web clear\n");
    ok(sb.dokku(["ports:report", "web"]));
    sb.dokku(["ports:list", "web"]);
    expect(calls().map((c) => `${c.command} ${c.mutating ? "M" : "R"}`)).toEqual([
      "apps:create M",
      "ports:set M",
      "ports:add M",
      "ports:remove M",
      "ports:clear M",
      "ports:report R",
      "ports:list R",
    ]);
    expect(sb.ctl(["restarts", "web"]).stdout).toBe("0\n");
  });
});

describe("ps:scale --format", () => {
  it("takes --format json / --format=json as a flag and counts the call read-only", () => {
    ok(sb.dokku(["apps:create", "web"]));
    expect(sb.dokku(["ps:scale", "--format", "json", "web"]).stdout).toBe('[{"process_type":"web","quantity":1}]\n');
    expect(sb.dokku(["ps:scale", "web", "--format=json"]).stdout).toBe('[{"process_type":"web","quantity":1}]\n');
    ok(sb.dokku(["ps:scale", "--skip-deploy", "web", "worker=0"]));
    ok(sb.dokku(["--app", "web", "ps:scale", "worker=0"]));
    expect(calls().map((c) => c.mutating)).toEqual([true, false, false, true, true]);
  });
});

describe("root and the dokku user", () => {
  it("refuses plugin:* but help/list inside a subcommand, and plugn trigger works there", () => {
    probe({
      "subcommands/go":
        'dokku plugin:trigger scheduler-cron-write; echo "trigger=$?"; dokku plugin:list >/dev/null; echo "list=$?"; plugn trigger scheduler-cron-write; echo "plugn=$?"',
      "cron-entries": 'echo "0 3 * * *;dokku probe:run;/var/log/dokku/probe.log"',
    });
    const r = ok(sb.dokku(["probe:go"]));
    expect(r.stderr).toBe(" !     This command must be run as root\n");
    expect(r.stdout).toBe("trigger=1\nlist=0\n-----> Updated schedule file\nplugn=0\n");
    expect(sb.ctl(["crontab"]).stdout).toBe("PATH=/usr/local/bin:/usr/bin:/bin\nSHELL=/bin/bash\n\n0 3 * * * dokku probe:run &>> /var/log/dokku/probe.log\n");
    const seen = calls().map((c) => ({ depth: c.depth, command: c.command, user: c.user, mutating: c.mutating, exit: c.exit }));
    expect(seen).toEqual([
      { depth: 0, command: "probe:go", user: "dokku", mutating: true, exit: 0 },
      { depth: 1, command: "plugin:trigger", user: "dokku", mutating: true, exit: 1 },
      { depth: 1, command: "plugin:list", user: "dokku", mutating: false, exit: 0 },
      { depth: 1, command: "plugn:trigger", user: "dokku", mutating: true, exit: 0 },
    ]);
    expect(sb.ctl(["calls", "--command", "plugn:trigger"]).stdout).toBe("1 M plugn trigger scheduler-cron-write\n");
  });

  it("keeps root for plugin:* at the top level and for the install trigger it fires", () => {
    probe({ install: 'dokku plugin:installed probe; echo "install installed=$?" >> "$FAKE_DOKKU_STATE/probe.log"' });
    ok(sb.dokku(["plugin:install"]));
    expect(readFileSync(join(sb.state, "probe.log"), "utf8")).toBe("install installed=0\n");
    expect(calls().find((c) => c.command === "plugin:installed")).toMatchObject({ depth: 1, user: "root", exit: 0 });
  });

  it("a dokku-user trigger cannot call plugin:*, and a caller told it is the dokku user neither", () => {
    probe({ "post-create": 'dokku plugin:installed probe 2>> "$FAKE_DOKKU_STATE/probe.log"; echo "rc=$?" >> "$FAKE_DOKKU_STATE/probe.log"' });
    ok(sb.dokku(["apps:create", "web"]));
    expect(readFileSync(join(sb.state, "probe.log"), "utf8")).toBe(" !     This command must be run as root\nrc=1\n");
    const r = spawnAs("dokku", ["plugin:install"]);
    expect(r).toMatchObject({ exitCode: 1, stderr: " !     This command must be run as root\n" });
  });

  function spawnAs(user: string, args: string[]) {
    const prev = sb.env.FAKE_DOKKU_USER;
    sb.env.FAKE_DOKKU_USER = user;
    try {
      return sb.dokku(args);
    } finally {
      if (prev === undefined) delete sb.env.FAKE_DOKKU_USER;
      else sb.env.FAKE_DOKKU_USER = prev;
    }
  }
});

describe("plugn and scheduler-cron-write", () => {
  it("regenerates the crontab from every cron-entries, removes it when empty, ignores other schedulers", () => {
    probe({ "cron-entries": '[[ -f "$FAKE_DOKKU_STATE/on" ]] && echo "5 4 * * *;dokku probe:run"; true' });
    writeFileSync(join(sb.state, "on"), "");
    expect(sb.ctl(["crontab"]).stdout).toBe("PATH=/usr/local/bin:/usr/bin:/bin\nSHELL=/bin/bash\n\n5 4 * * * dokku probe:run\n");
    expect(ok(sb.dokku(["plugin:trigger", "scheduler-cron-write", "k3s", "web"])).stdout).toBe("");
    expect(existsSync(join(sb.state, "crontab"))).toBe(false);
    const r = spawnPlugn(["trigger", "scheduler-cron-write"]);
    expect(r).toMatchObject({ exitCode: 0, stdout: "-----> Updated schedule file\n" });
    expect(readFileSync(join(sb.state, "crontab"), "utf8")).toBe("PATH=/usr/local/bin:/usr/bin:/bin\nSHELL=/bin/bash\n\n5 4 * * * dokku probe:run\n");
    // ctl prints the stored crontab, even when cron-entries would now say otherwise
    rmSync(join(sb.state, "on"));
    expect(sb.ctl(["crontab"]).stdout).toContain("5 4 * * * dokku probe:run");
    expect(spawnPlugn(["trigger", "scheduler-cron-write", "docker-local", "web"]).stdout).toBe("-----> Removed\n");
    expect(existsSync(join(sb.state, "crontab"))).toBe(false);
  });

  it("fails on an invalid injected task and classifies read triggers read-only", () => {
    probe({ "cron-entries": 'echo "bad line"' });
    expect(spawnPlugn(["trigger", "scheduler-cron-write"])).toMatchObject({ exitCode: 1, stderr: " !     Invalid injected cron task: bad line\n" });
    ok(spawnPlugn(["trigger", "cron-entries", "docker-local"]));
    ok(spawnPlugn(["trigger", "ports-get-property", "web", "proxy-port"]));
    expect(calls().map((c) => `${c.bin} ${c.argv.slice(1, 2).join("")} ${c.mutating ? "M" : "R"} ${c.exit}`)).toEqual([
      "plugn scheduler-cron-write M 1",
      "plugn cron-entries R 0",
      "plugn ports-get-property R 0",
    ]);
    expect(spawnPlugn(["list"]).exitCode).toBe(1);
  });

  function spawnPlugn(args: string[]) {
    const r = spawnSync(join(sb.fakeBin, "plugn"), args, { env: sb.env, encoding: "utf8" });
    return { exitCode: r.status ?? 1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  }
});

describe("letsencrypt:report", () => {
  beforeEach(() => {
    sb.fakePlugins("letsencrypt");
    ok(sb.dokku(["apps:create", "web"]));
    ok(sb.dokku(["letsencrypt:set", "--global", "email", "ops@example.com"]));
    ok(sb.dokku(["letsencrypt:set", "web", "server", "staging"]));
  });

  it("--global reports only the global values, under a `global` header", () => {
    expect(sb.dokku(["letsencrypt:report", "--global"]).stdout).toBe(
      "=====> global letsencrypt information\n" +
        `       ${"Letsencrypt global dns provider:".padEnd(30)} ${"".padEnd(25)}\n` +
        `       ${"Letsencrypt global email:".padEnd(30)} ${"ops@example.com".padEnd(25)}\n` +
        `       ${"Letsencrypt global graceperiod:".padEnd(30)} ${"".padEnd(25)}\n` +
        `       ${"Letsencrypt global lego args:".padEnd(30)} ${"".padEnd(25)}\n` +
        `       ${"Letsencrypt global lego docker options:".padEnd(30)} ${"".padEnd(25)}\n` +
        `       ${"Letsencrypt global server:".padEnd(30)} ${"".padEnd(25)}\n`,
    );
    expect(sb.dokku(["letsencrypt:report", "--global", "--format", "json"]).stdout).toBe(
      '{"global-dns-provider":"","global-email":"ops@example.com","global-graceperiod":"","global-lego-args":"","global-lego-docker-options":"","global-server":""}\n',
    );
    expect(sb.dokku(["letsencrypt:report", "--global", "--letsencrypt-global-email"]).stdout).toBe("ops@example.com\n");
    expect(sb.dokku(["letsencrypt:report", "--letsencrypt-global-email", "--global"]).stdout).toBe("ops@example.com\n");
    expect(sb.dokku(["letsencrypt:report", "--global", "--letsencrypt-global-server"])).toMatchObject({ exitCode: 1, stdout: "", stderr: " !     not deployed\n" });
    expect(sb.dokku(["letsencrypt:report", "--global", "--letsencrypt-email"])).toMatchObject({
      exitCode: 1,
      stderr:
        " !     Invalid flag passed, valid flags: --letsencrypt-global-dns-provider --letsencrypt-global-email --letsencrypt-global-graceperiod --letsencrypt-global-lego-args --letsencrypt-global-lego-docker-options --letsencrypt-global-server\n",
    });
    expect(sb.dokku(["letsencrypt:report", "--global", "--letsencrypt-global-email", "--format", "json"])).toMatchObject({
      exitCode: 1,
      stderr: " !     --format flag cannot be specified when specifying an info flag\n",
    });
  });

  it("an app report keeps every value in the plugin's order", () => {
    const json = JSON.parse(sb.dokku(["letsencrypt:report", "web", "--format", "json"]).stdout) as Record<string, string>;
    expect(Object.keys(json)[0]).toBe("active");
    expect(json).toMatchObject({ "computed-email": "ops@example.com", email: "", "computed-server": "https://acme-staging-v02.api.letsencrypt.org/directory", server: "staging", "computed-graceperiod": "2592000" });
    expect(sb.dokku(["letsencrypt:report", "web", "--letsencrypt-computed-email"]).stdout).toBe("ops@example.com\n");
    // with no app, each app in turn; a failing app never fails the command
    expect(sb.dokku(["letsencrypt:report", "--letsencrypt-email"])).toMatchObject({ exitCode: 0, stdout: "", stderr: " !     not deployed\n" });
  });
});

describe("dokku report", () => {
  it("prints the vitals, then every plugin's report trigger for the app, core plugins included", () => {
    probe({ report: 'echo "=====> $1 probe information"' });
    ok(sb.dokku(["apps:create", "web"]));
    const r = ok(sb.dokku(["report", "web"]));
    expect(r.stdout).toMatch(/^-----> uname: /);
    expect(r.stdout).toContain("-----> dokku version: dokku version 0.38.27\n");
    const headers = r.stdout.split("\n").filter((l) => l.startsWith("=====> "));
    expect(headers).toEqual([
      "=====> web app information",
      "=====> web builder information",
      "=====> web builder-dockerfile information",
      "=====> web domains information",
      "=====> web git information",
      "=====> web ports information",
      "=====> web probe information",
      "=====> web ps information",
    ]);
    expect(calls().at(-1)).toMatchObject({ command: "report", mutating: false, exit: 0 });
    expect(ok(sb.dokku(["report"])).stdout).not.toContain("=====> ");
    expect(sb.dokku(["report", "nope"])).toMatchObject({ exitCode: 20 });
    expect(sb.dokku(["report", "--format"])).toMatchObject({ exitCode: 1, stderr: " !     --format flag not supported on global report\n" });
    ok(sb.dokku(["apps:create", "api"]));
    expect(ok(sb.dokku(["report", "--all"])).stdout.split("\n").filter((l) => l.endsWith("probe information"))).toEqual([
      "=====> api probe information",
      "=====> web probe information",
    ]);
  });
});
