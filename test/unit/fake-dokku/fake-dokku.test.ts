// The fake dokku against the reference's examples (shared/reference/dokku-commands.md), through its bin.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDeployableRepo, createSandbox, type Sandbox } from "../../support/sandbox.js";

let sb: Sandbox;
beforeEach(() => {
  sb = createSandbox();
});
afterEach(() => sb.cleanup());

const ok = (r: { exitCode: number; stdout: string; stderr: string }) => {
  expect(r.stderr + r.stdout, `exit ${r.exitCode}`).toBeDefined();
  expect(r.exitCode).toBe(0);
  return r;
};

async function deployable(app: string, sql?: string): Promise<string> {
  const repo = join(sb.root, `repo-${app}`);
  createDeployableRepo(repo, sql);
  ok(await sb.dokkuAsync(["apps:create", app]));
  ok(await sb.dokkuAsync(["builder-dockerfile:set", app, "dockerfile-path", "Dockerfile.web"]));
  return repo;
}

describe("global behaviour", () => {
  it("prints the version and rejects unknown commands with exit 1", async () => {
    expect((await sb.dokkuAsync(["version"])).stdout).toBe("dokku version 0.38.27\n");
    const r = await sb.dokkuAsync(["foo:bar", "x"]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(" !     `foo:bar x` is not a dokku command.\n !     See `dokku help` for a list of available commands.\n");
  });

  it("exits 2 on an unknown flag of a Go command, printing it on both streams", async () => {
    ok(await sb.dokkuAsync(["apps:create", "a1"]));
    const r = await sb.dokkuAsync(["config:show", "a1", "--quiet"]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("unknown flag: --quiet\n");
    expect(r.stderr).toContain("unknown flag: --quiet");
  });

  it("applies a leading --quiet", async () => {
    ok(await sb.dokkuAsync(["apps:create", "a1"]));
    expect((await sb.dokkuAsync(["--quiet", "apps:list"])).stdout).toBe("a1\n");
    expect((await sb.dokkuAsync(["apps:list"])).stdout).toBe("=====> My Apps\na1\n");
  });
});

describe("apps", () => {
  it("creates with NO_VHOST=1, web=1 and a bare repo; refuses duplicates and bad names", async () => {
    const r = ok(await sb.dokkuAsync(["apps:create", "myapp"]));
    expect(r.stdout).toBe("-----> Creating myapp...\n-----> Global server virtual host not set, disabling app vhost...\n");
    expect((await sb.dokkuAsync(["config:get", "myapp", "NO_VHOST"])).stdout).toBe("1\n");
    expect((await sb.dokkuAsync(["--quiet", "ps:scale", "myapp"])).stdout).toBe("web:  1\n");
    expect(existsSync(join(sb.dokkuRoot, "myapp", "hooks", "pre-receive"))).toBe(true);
    expect(await sb.dokkuAsync(["apps:create", "myapp"])).toMatchObject({ exitCode: 1, stderr: " !     Name is already taken\n" });
    expect((await sb.dokkuAsync(["apps:create", "My_App"])).exitCode).toBe(1);
    expect((await sb.dokkuAsync(["git:report", "myapp", "--git-sha"])).stdout).toBe("HEAD\n");
  });

  it("distinguishes exit 20 (missing app) from 1 (bad name), and bash commands map both to 20", async () => {
    expect(await sb.dokkuAsync(["apps:exists", "nope"])).toMatchObject({ exitCode: 20, stderr: " !     App nope does not exist\n" });
    expect((await sb.dokkuAsync(["apps:exists", "Bad!"])).exitCode).toBe(1);
    expect(await sb.dokkuAsync(["builder-dockerfile:set", "Bad_Name", "dockerfile-path", "x"])).toMatchObject({ exitCode: 20, stderr: " !     App Bad_Name does not exist\n" });
  });

  it("fires pre-delete/post-delete on destroy and for the old name on rename", async () => {
    const probe = join(sb.pluginPath, "available", "probe");
    mkdirSync(probe);
    for (const t of ["pre-delete", "post-delete", "post-app-rename-setup"]) {
      writeFileSync(join(probe, t), `#!/usr/bin/env bash\necho "${t} $*" >> "$FAKE_DOKKU_STATE/probe.log"\n`);
      chmodSync(join(probe, t), 0o755);
    }
    symlinkSync(probe, join(sb.pluginPath, "enabled", "probe"));
    ok(await sb.dokkuAsync(["apps:create", "old"]));
    ok(await sb.dokkuAsync(["apps:rename", "old", "new"]));
    ok(await sb.dokkuAsync(["--force", "apps:destroy", "new"]));
    expect(readFileSync(join(sb.state, "probe.log"), "utf8")).toBe("post-app-rename-setup old new\npre-delete old latest\npost-delete old latest\npre-delete new latest\npost-delete new latest\n");
  });
});

describe("config", () => {
  beforeEach(async () => {
    ok(await sb.dokkuAsync(["apps:create", "myapp"]));
  });

  it("stores values with godotenv v1.5.1 losses", async () => {
    const r = ok(await sb.dokkuAsync(["config:set", "myapp", "ZIP=007", "PHONE=+4412", "A_SPACE=hello world", 'Q=x"']));
    expect(r.stdout).toBe("-----> Setting config vars\n       A_SPACE:  hello world\n       PHONE:    +4412\n       Q:        x\"\n       ZIP:      007\n");
    expect(readFileSync(join(sb.libRoot, "config", "myapp", "ENV"), "utf8")).toBe('A_SPACE="hello world"\nNO_VHOST=1\nPHONE=4412\nQ="x\\""\nZIP=7\n');
    expect((await sb.dokkuAsync(["config:get", "myapp", "ZIP"])).stdout).toBe("7\n");
    expect((await sb.dokkuAsync(["config:get", "myapp", "Q"])).stdout).toBe("x\\\n");
    // the next write stores `x\` as "x\\": from then on the file cannot be parsed
    ok(await sb.dokkuAsync(["config:set", "myapp", "B=1"]));
    const broken = await sb.dokkuAsync(["config:show", "myapp"]);
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toMatch(/^ ! {5}(unterminated quoted value|unexpected character)/);
    expect(await sb.dokkuAsync(["config:get", "myapp", "B"])).toMatchObject({ exitCode: 1, stdout: "", stderr: "" });
  });

  it("exports every format exactly", async () => {
    ok(await sb.dokkuAsync(["config:set", "myapp", "A=it's", "B=2"]));
    const exp = async (format: string) => (await sb.dokkuAsync(["config:export", "myapp", "--format", format])).stdout;
    expect(await exp("exports")).toBe("export A='it'\\''s'\nexport B='2'\nexport NO_VHOST='1'\n");
    expect(await exp("envfile")).toBe('A="it\'s"\nB=2\nNO_VHOST=1\n');
    expect(await exp("shell")).toBe("A='it'\\''s' B='2' NO_VHOST='1' ");
    expect(await exp("docker-args")).toBe("--env=A='it'\\''s' --env=B='2' --env=NO_VHOST='1'\n");
    expect(await exp("docker-args-keys")).toBe("--env=A --env=B --env=NO_VHOST\n");
    expect(await exp("pack-keys")).toBe("--env A --env B --env NO_VHOST\n");
    expect(await exp("json")).toBe('{"A":"it\'s","B":"2","NO_VHOST":"1"}\n');
    expect(await exp("json-list")).toBe('[{"name":"A","value":"it\'s"},{"name":"B","value":"2"},{"name":"NO_VHOST","value":"1"}]\n');
    expect(await exp("pretty")).toBe("A:         it's\nB:         2\nNO_VHOST:  1\n");
    expect(await sb.dokkuAsync(["config:export", "myapp", "--format", "x"])).toMatchObject({ exitCode: 1, stderr: " !     Unknown export format: x\n" });
    ok(await sb.dokkuAsync(["config:clear", "myapp"]));
    expect(await exp("json-list")).toBe("null\n");
    expect(await exp("shell")).toBe(" ");
    expect(await exp("json")).toBe("{}\n");
  });

  it("keeps __proto__ and constructor as ordinary keys, as Go's map does", async () => {
    ok(await sb.dokkuAsync(["config:set", "--no-restart", "myapp", "__proto__=p", "constructor=c"]));
    expect((await sb.dokkuAsync(["config:export", "myapp", "--format", "json"])).stdout).toBe('{"NO_VHOST":"1","__proto__":"p","constructor":"c"}\n');
    expect((await sb.dokkuAsync(["config:get", "myapp", "__proto__"])).stdout).toBe("p\n");
  });

  it("imports from stdin, with --replace clearing NO_VHOST", async () => {
    const r = ok(await sb.dokkuAsync(["config:import", "myapp", "-", "--replace", "--no-restart"], "E=1\nIMPORTED='abc$DEF'\n"));
    expect(r.stdout).toContain("-----> Reading config vars from stdin\n");
    expect(r.stdout).toContain("-----> Setting config var IMPORTED=abc$DEF\n");
    expect((await sb.dokkuAsync(["config:keys", "myapp"])).stdout).toBe("E\nIMPORTED\n");
    expect(await sb.dokkuAsync(["config:import", "myapp", "-"], "")).toMatchObject({ exitCode: 1, stderr: " !     No config vars to set\n" });
  });

  it("restarts a deployed app exactly once per call, not with --no-restart, and on a no-op unset", async () => {
    const repo = await deployable("dep");
    ok(await sb.ctlAsync(["deploy", "dep", "--from", repo]));
    expect((await sb.ctlAsync(["restarts", "dep"])).stdout).toBe("0\n");
    ok(await sb.dokkuAsync(["config:set", "dep", "A=1", "B=2", "C=3"]));
    expect((await sb.ctlAsync(["restarts", "dep"])).stdout).toBe("1\n");
    ok(await sb.dokkuAsync(["config:set", "--no-restart", "dep", "D=4"]));
    ok(await sb.dokkuAsync(["config:unset", "dep", "NOPE"]));
    expect((await sb.ctlAsync(["restarts", "dep"])).stdout).toBe("2\n");
    ok(await sb.dokkuAsync(["ps:stop", "dep"]));
    ok(await sb.dokkuAsync(["config:set", "dep", "E=5"]));
    expect((await sb.ctlAsync(["restarts", "dep"])).stdout).toBe("2\n");
    // not deployed: no restart, nothing printed after the listing
    expect((await sb.dokkuAsync(["config:set", "myapp", "A=1"])).stdout).toBe("-----> Setting config vars\n       A:  1\n");
  });
});

describe("storage, services, domains", () => {
  it("refuses a duplicate mount and lists mounts", async () => {
    ok(await sb.dokkuAsync(["apps:create", "myapp"]));
    const e = await sb.dokkuAsync(["storage:ensure-directory", "--chown", "heroku", "media"]);
    expect(e.stderr).toBe(" !     Deprecated: please use 'storage:create' instead of 'storage:ensure-directory'\n");
    expect(e.stdout).toBe(`-----> Ensuring ${sb.libRoot}/data/storage/media exists\n       Setting directory ownership to 1000:1000\n       Directory ready for mounting\n`);
    const host = `${sb.libRoot}/data/storage/media`;
    expect(await sb.dokkuAsync(["storage:mount", "myapp", `${host}:/code/media`])).toMatchObject({ exitCode: 0, stdout: "" });
    expect(await sb.dokkuAsync(["storage:mount", "myapp", `${host}:/code/media`])).toMatchObject({ exitCode: 1, stderr: " !     Mount path already exists.\n" });
    expect((await sb.dokkuAsync(["--quiet", "storage:list", "myapp"])).stdout).toBe(`${host}:/code/media\n`);
    expect(JSON.parse((await sb.dokkuAsync(["storage:list", "myapp", "--format", "json"])).stdout)).toEqual([{ entry_name: expect.stringMatching(/^legacy-[0-9a-f]{10}$/), host_path: host, container_path: "/code/media" }]);
  });

  it("links postgres as DATABASE_URL, then refuses a second link", async () => {
    ok(await sb.dokkuAsync(["apps:create", "myapp"]));
    ok(await sb.dokkuAsync(["postgres:create", "myapp-db", "--image", "pgvector/pgvector", "--image-version", "pg17"]));
    expect(await sb.dokkuAsync(["postgres:create", "myapp-db"])).toMatchObject({ exitCode: 1, stderr: " !     Postgres service myapp-db already exists\n" });
    const dsn = (await sb.dokkuAsync(["postgres:info", "myapp-db", "--dsn"])).stdout.trim();
    expect(dsn).toMatch(/^postgres:\/\/postgres:[0-9a-f]{32}@dokku-postgres-myapp-db:5432\/myapp_db$/);
    expect((await sb.dokkuAsync(["postgres:info", "myapp-db", "--version"])).stdout).toBe("pgvector/pgvector:pg17\n");
    ok(await sb.dokkuAsync(["postgres:link", "myapp-db", "myapp"]));
    expect((await sb.dokkuAsync(["config:get", "myapp", "DATABASE_URL"])).stdout).toBe(`${dsn}\n`);
    expect(await sb.dokkuAsync(["postgres:link", "myapp-db", "myapp"])).toMatchObject({ exitCode: 1, stderr: " !     Already linked as DATABASE_URL\n" });
    expect((await sb.dokkuAsync(["postgres:linked", "myapp-db", "myapp"])).exitCode).toBe(0);
    expect(await sb.dokkuAsync(["postgres:exists", "nope"])).toMatchObject({ exitCode: 1, stderr: " !     Postgres service nope does not exist\n" });
    ok(await sb.dokkuAsync(["redis:create", "myapp-redis"]));
    ok(await sb.dokkuAsync(["redis:link", "myapp-redis", "myapp"]));
    expect((await sb.dokkuAsync(["config:get", "myapp", "REDIS_URL"])).stdout).toMatch(/^redis:\/\/:[0-9a-f]{64}@dokku-redis-myapp-redis:6379\n$/);
  });

  it("answers community commands only when the plugin is installed", async () => {
    const bare = createSandbox({ plugins: [] });
    try {
      expect(bare.dokku(["postgres:list"]).stderr).toContain("`postgres:list` is not a dokku command.");
    } finally {
      bare.cleanup();
    }
  });

  it("round-trips postgres:export | postgres:import through the real server", async () => {
    ok(await sb.dokkuAsync(["postgres:create", "db1"]));
    const repo = join(sb.root, "r");
    mkdirSync(repo);
    const dump = execFileSync(join(sb.fakeBin, "dokku"), ["postgres:export", "db1"], { env: sb.env });
    expect(dump.subarray(0, 5).toString()).toBe("PGDMP");
    const list = execFileSync("pg_restore", ["--list"], { input: dump }).toString();
    expect(list).toContain("Format: CUSTOM");
    expect((await sb.dokkuAsync(["postgres:import", "db1"], dump)).exitCode).toBe(0);
  });

  it("adds domains idempotently and re-enables vhosts", async () => {
    ok(await sb.dokkuAsync(["apps:create", "myapp"]));
    expect((await sb.dokkuAsync(["domains:add", "myapp", "example.com"])).stdout).toBe("-----> Added example.com to myapp\n");
    expect((await sb.dokkuAsync(["domains:add", "myapp", "example.com"])).stdout).toBe("-----> Skipping: example.com already added to myapp\n");
    expect((await sb.dokkuAsync(["config:get", "myapp", "NO_VHOST"])).stdout).toBe("0\n");
    expect(await sb.dokkuAsync(["domains:add", "myapp", "bad domain!"])).toMatchObject({ exitCode: 1, stderr: " !     bad domain! is invalid. exiting...\n" });
    expect((await sb.dokkuAsync(["domains:report", "myapp", "--format", "json"])).stdout).toBe('{"app-enabled":"true","app-vhosts":"example.com","global-enabled":"false","global-vhosts":""}\n');
  });

  it("checks letsencrypt:enable requirements in order", async () => {
    ok(await sb.dokkuAsync(["apps:create", "myapp"]));
    expect((await sb.dokkuAsync(["letsencrypt:enable", "myapp"])).stderr).toBe(" !     No domains detected for myapp\n");
    ok(await sb.dokkuAsync(["domains:add", "myapp", "example.com"]));
    expect((await sb.dokkuAsync(["letsencrypt:enable", "myapp"])).stderr).toContain("Cannot request a certificate without an e-mail address!");
    ok(await sb.dokkuAsync(["letsencrypt:set", "myapp", "email", "ops@example.com"]));
    expect((await sb.dokkuAsync(["letsencrypt:enable", "myapp"])).stderr).toBe(" !     Cannot enable letsencrypt for myapp: no http or https proxy port mapping was found.\n");
    expect((await sb.dokkuAsync(["letsencrypt:active", "myapp"])).stdout).toBe("false\n");
    ok(await sb.dokkuAsync(["letsencrypt:cron-job", "--add"]));
    expect((await sb.ctlAsync(["crontab"])).stdout).toContain("24 6 * * * dokku letsencrypt:auto-renew &>> /var/log/dokku/letsencrypt.log\n");
  });
});

describe("deploys", () => {
  it("deploys a git push: GIT_REV, release task against the real DB, Procfile types at 0", async () => {
    const repo = await deployable("myapp", "CREATE TABLE items (id int);");
    ok(await sb.dokkuAsync(["postgres:create", "myapp-db"]));
    ok(await sb.dokkuAsync(["postgres:link", "myapp-db", "myapp"]));
    const push = await sb.ctlAsync(["deploy", "myapp", "--from", repo]);
    expect(push.exitCode, push.stderr).toBe(0);
    const sha = execFileSync("git", ["-C", repo, "rev-parse", "HEAD"]).toString().trim();
    expect((await sb.dokkuAsync(["config:get", "myapp", "GIT_REV"])).stdout).toBe(`${sha}\n`);
    expect((await sb.dokkuAsync(["git:report", "myapp", "--git-sha"])).stdout).toBe(`${sha}\n`);
    expect((await sb.dokkuAsync(["apps:report", "myapp", "--app-deploy-source"])).stdout).toBe("git-push\n");
    expect((await sb.dokkuAsync(["--quiet", "ps:scale", "myapp"])).stdout).toBe("release: 0\nweb:  1\nworker: 0\n");
    const events = (await sb.ctlAsync(["events", "myapp"])).stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string; source?: string });
    const types = events.map((e) => e.type);
    expect(types.indexOf("trigger:pre-release-builder")).toBeLessThan(types.indexOf("release-task"));
    expect(events.find((e) => e.type === "release-task")?.source).toBe("git-hook");
    const dump = execFileSync(join(sb.fakeBin, "dokku"), ["postgres:export", "myapp-db"], { env: sb.env });
    expect(execFileSync("pg_restore", ["--list"], { input: dump }).toString()).toContain("TABLE public items");
  });

  it("fails the deploy on a missing dockerfile-path and on a failing release task", async () => {
    const repo = await deployable("myapp");
    ok(await sb.dokkuAsync(["builder-dockerfile:set", "myapp", "dockerfile-path", "nope/Dockerfile"]));
    const r = await sb.ctlAsync(["deploy", "myapp", "--from", repo]);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain(" !     Invalid dockerfile-path specified: nope/Dockerfile");
    expect((await sb.dokkuAsync(["git:report", "myapp", "--git-sha"])).stdout).toBe("HEAD\n");
    ok(await sb.dokkuAsync(["builder-dockerfile:set", "myapp", "dockerfile-path", "Dockerfile.web"]));
    execFileSync("bash", ["-c", 'cd "$1" && printf "web: x\\nrelease: exit 3\\n" > Procfile && git -c user.name=t -c user.email=t@e commit -qam fail', "_", repo]);
    const f = await sb.ctlAsync(["deploy", "myapp", "--from", repo]);
    expect(f.exitCode).not.toBe(0);
    expect(f.stderr).toContain(" !     Execution of release task failed: exit 3");
  });

  it("rebuilds and syncs with the DOKKU_BUILD_SOURCE values Dokku uses", async () => {
    const repo = await deployable("myapp");
    const probe = join(sb.pluginPath, "available", "probe");
    mkdirSync(probe);
    writeFileSync(join(probe, "pre-release-builder"), '#!/usr/bin/env bash\necho "$DOKKU_BUILD_SOURCE $*" >> "$FAKE_DOKKU_STATE/sources.log"\n');
    chmodSync(join(probe, "pre-release-builder"), 0o755);
    symlinkSync(probe, join(sb.pluginPath, "enabled", "probe"));
    ok(await sb.ctlAsync(["deploy", "myapp", "--from", repo]));
    ok(await sb.dokkuAsync(["config:set", "myapp", "X=1"]));
    ok(await sb.dokkuAsync(["ps:rebuild", "myapp"]));
    ok(await sb.dokkuAsync(["ps:stop", "myapp"]));
    ok(await sb.dokkuAsync(["ps:start", "myapp"]));
    ok(await sb.dokkuAsync(["git:sync", "--build", "myapp", repo, "main"]));
    ok(await sb.dokkuAsync(["ps:restart", "myapp"]));
    expect(readFileSync(join(sb.state, "sources.log"), "utf8")).toBe(
      ["git-hook", "config-redeploy", "ps:rebuild", "deploy", "git:sync"].map((s) => `${s} dockerfile myapp dokku/myapp:latest\n`).join(""),
    );
    expect((await sb.dokkuAsync(["apps:report", "myapp", "--app-deploy-source"])).stdout).toBe("git-sync\n");
  });

  it("stops a deploy when a pre-release-builder trigger fails", async () => {
    const repo = await deployable("myapp");
    const probe = join(sb.pluginPath, "available", "gate");
    mkdirSync(probe);
    writeFileSync(join(probe, "pre-release-builder"), "#!/usr/bin/env bash\necho gate-closed >&2\nexit 7\n");
    chmodSync(join(probe, "pre-release-builder"), 0o755);
    symlinkSync(probe, join(sb.pluginPath, "enabled", "gate"));
    const r = await sb.ctlAsync(["deploy", "myapp", "--from", repo]);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain("gate-closed");
    expect((await sb.ctlAsync(["events", "myapp"])).stdout).not.toContain('"release-task"');
  });
});

describe("plugin dispatch and the controller", () => {
  async function probePlugin(): Promise<void> {
    const probe = join(sb.pluginPath, "available", "probe");
    mkdirSync(join(probe, "subcommands"), { recursive: true });
    writeFileSync(join(probe, "subcommands", "echo"), '#!/usr/bin/env bash\necho "argv: $*"\ndokku --quiet apps:list >/dev/null\ndokku config:set --no-restart a1 K=V >/dev/null\n');
    writeFileSync(join(probe, "commands"), '#!/usr/bin/env bash\ncase "$1" in\n  help) echo "    probe:echo <app>, Echo its arguments";;\n  probe:loop) echo "loop-handled";;\n  *) exit "$DOKKU_NOT_IMPLEMENTED_EXIT";;\nesac\n');
    chmodSync(join(probe, "subcommands", "echo"), 0o755);
    chmodSync(join(probe, "commands"), 0o755);
    symlinkSync(probe, join(sb.pluginPath, "enabled", "probe"));
  }

  it("runs subcommands with the full argv and counts nested calls by depth", async () => {
    await probePlugin();
    ok(await sb.dokkuAsync(["apps:create", "a1"]));
    expect((await sb.dokkuAsync(["probe:echo", "a1", "--flag"])).stdout).toBe("argv: probe:echo a1 --flag\n");
    expect((await sb.ctlAsync(["calls", "--depth", "1", "--count"])).stdout).toBe("2\n");
    expect((await sb.ctlAsync(["calls", "--depth", "1", "--mutating", "--count"])).stdout).toBe("1\n");
    expect((await sb.ctlAsync(["calls", "--depth", "0", "--command", "apps:create", "--count"])).stdout).toBe("1\n");
    expect((await sb.dokkuAsync(["probe:loop"])).stdout).toBe("loop-handled\n");
    expect((await sb.dokkuAsync(["probe:other"])).exitCode).toBe(1);
  });

  it("lists community help, including pegasus' help lines", async () => {
    await probePlugin();
    const r = ok(await sb.dokkuAsync(["help", "--all"]));
    expect(r.stdout).toContain("Community plugin commands:");
    expect(r.stdout).toMatch(/probe:echo <app>\s+Echo its arguments/);
    const lines = existsSync(join(sb.pluginPath, "enabled", "pegasus", "dist", "help-lines.txt"))
      ? readFileSync(join(sb.pluginPath, "enabled", "pegasus", "dist", "help-lines.txt"), "utf8").split("\n").filter(Boolean)
      : [];
    for (const l of lines) expect(r.stdout).toContain((l.trim().split(",")[0] as string).trim());
  });

  it("injects faults: exit before side effects, truncated export exiting 0", async () => {
    ok(await sb.ctlAsync(["fail", "apps:create", "--exit", "3", "--message", "boom"]));
    expect(await sb.dokkuAsync(["apps:create", "a1"])).toMatchObject({ exitCode: 3, stderr: " !     boom\n" });
    expect(existsSync(join(sb.dokkuRoot, "a1"))).toBe(false);
    ok(await sb.dokkuAsync(["apps:create", "a1"]));
    ok(await sb.dokkuAsync(["postgres:create", "db1"]));
    ok(await sb.ctlAsync(["fail", "postgres:export db1", "--truncate-bytes", "10"]));
    const cut = execFileSync(join(sb.fakeBin, "dokku"), ["postgres:export", "db1"], { env: sb.env });
    expect(cut.length).toBe(10);
    ok(await sb.ctlAsync(["fail", "postgres:export", "--kill-after-bytes", "5"]));
    let signal: string | null = null;
    try {
      execFileSync(join(sb.fakeBin, "dokku"), ["postgres:export", "db1"], { env: sb.env, stdio: ["ignore", "pipe", "ignore"] });
    } catch (e) {
      signal = (e as { signal: string | null }).signal;
    }
    expect(signal).toBe("SIGKILL");
  });

  it("installs a plugin from a git clone and refuses a second enable", async () => {
    const src = join(sb.root, "dokku-hello");
    mkdirSync(join(src, "subcommands"), { recursive: true });
    writeFileSync(join(src, "plugin.toml"), '[plugin]\ndescription = "hello"\nversion = "0.1.0"\n[plugin.config]\n');
    writeFileSync(join(src, "install"), '#!/usr/bin/env bash\necho "install-ran" >> "$FAKE_DOKKU_STATE/install.log"\n');
    writeFileSync(join(src, "subcommands", "world"), '#!/usr/bin/env bash\necho "hello $2"\n');
    chmodSync(join(src, "install"), 0o755);
    chmodSync(join(src, "subcommands", "world"), 0o755);
    execFileSync("bash", ["-c", 'cd "$1" && git init -q && git add -A && git -c user.name=t -c user.email=t@e commit -qm init', "_", src]);
    ok(await sb.dokkuAsync(["plugin:install", `file://${src}`]));
    expect((await sb.dokkuAsync(["hello:world", "there"])).stdout).toBe("hello there\n");
    expect(readFileSync(join(sb.state, "install.log"), "utf8")).toBe("install-ran\n");
    expect(await sb.dokkuAsync(["plugin:install", `file://${src}`])).toMatchObject({ exitCode: 1 });
    ok(await sb.dokkuAsync(["plugin:uninstall", "hello"]));
    expect((await sb.dokkuAsync(["hello:world"])).exitCode).toBe(1);
  });
});
