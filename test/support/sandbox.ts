// A fresh fake Dokku host per test for vitest integration tests (the bats helper's twin).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const FAKE_BIN = join(REPO_ROOT, "test", "fake-dokku", "bin");
const BUNDLE = join(REPO_ROOT, ".cache", "fake-dokku.cjs");

export interface CtlResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface Sandbox {
  /** The whole environment for child processes (PATH has the fake first). */
  env: Record<string, string>;
  fakeBin: string;
  /** `<fakeBin>/dokku`: pass as `bin` to DokkuClient. */
  dokkuBin: string;
  dokkuRoot: string;
  libRoot: string;
  pluginPath: string;
  state: string;
  root: string;
  /** Runs `fake-dokku-ctl <args>` synchronously (a short step). */
  ctl(args: string[]): CtlResult;
  /** Runs the fake `dokku <args>` synchronously (a short setup step). */
  dokku(args: string[], input?: string | Buffer): CtlResult;
  /**
   * The same, without blocking the event loop: use these for anything long (deploys, runs of
   * the plugin). A vitest worker whose loop is blocked past 60 s cannot read its runner's reply,
   * and the run fails with `Timeout calling "onTaskUpdate"` although every test passed.
   */
  ctlAsync(args: string[]): Promise<CtlResult>;
  dokkuAsync(args: string[], input?: string | Buffer): Promise<CtlResult>;
  /** Marks community plugins installed (postgres, redis, letsencrypt). */
  fakePlugins(...names: string[]): void;
  cleanup(): void;
}

export interface SandboxOptions {
  /** Install the repo as the `pegasus` plugin (default true). */
  pegasus?: boolean;
  /** Community plugins to mark installed (default postgres, redis, letsencrypt). */
  plugins?: string[];
  /** Link available/pegasus to the repo root itself instead of a tree without node_modules. */
  linkRoot?: boolean;
}

/** Creates the directories, installs the plugin, and builds the fake when its bundle is missing. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  if (!existsSync(BUNDLE)) execFileSync("npm", ["run", "-s", "build:fake"], { cwd: REPO_ROOT, stdio: "inherit" });
  const root = mkdtempSync(join(tmpdir(), "fake-dokku-"));
  const dokkuRoot = join(root, "home");
  const libRoot = join(root, "lib");
  const pluginPath = join(libRoot, "plugins");
  const state = join(root, "fake-state");
  for (const d of [dokkuRoot, join(pluginPath, "available"), join(pluginPath, "enabled"), state]) mkdirSync(d, { recursive: true });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (/^(DOKKU_|FAKE_DOKKU_|PLUGIN_|GIT_DIR$|GIT_WORK_TREE$)/.test(k)) continue;
    env[k] = v;
  }
  Object.assign(env, {
    DOKKU_ROOT: dokkuRoot,
    DOKKU_LIB_ROOT: libRoot,
    PLUGIN_PATH: pluginPath,
    PLUGIN_AVAILABLE_PATH: join(pluginPath, "available"),
    PLUGIN_ENABLED_PATH: join(pluginPath, "enabled"),
    FAKE_DOKKU_STATE: state,
    PATH: `${FAKE_BIN}:${process.env.PATH ?? ""}`,
    GIT_AUTHOR_NAME: "test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "test",
    GIT_COMMITTER_EMAIL: "test@example.com",
  });
  const fakePlugins = (...names: string[]) => {
    for (const name of names) {
      mkdirSync(join(pluginPath, "available", name), { recursive: true });
      const link = join(pluginPath, "enabled", name);
      if (!existsSync(link)) symlinkSync(join(pluginPath, "available", name), link);
    }
  };
  if (options.pegasus !== false) {
    const target = join(pluginPath, "available", "pegasus");
    if (options.linkRoot) symlinkSync(REPO_ROOT, target);
    else {
      mkdirSync(target);
      for (const entry of readdirSync(REPO_ROOT)) {
        if (["node_modules", ".git", ".cache"].includes(entry)) continue;
        symlinkSync(join(REPO_ROOT, entry), join(target, basename(entry)));
      }
    }
    symlinkSync(target, join(pluginPath, "enabled", "pegasus"));
  }
  fakePlugins(...(options.plugins ?? ["postgres", "redis", "letsencrypt"]));
  const run = (file: string, args: string[], input?: string | Buffer): CtlResult => {
    const r = spawnSync(file, args, { env, input, encoding: "utf8", stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    return { exitCode: r.status ?? 1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  };
  const runAsync = (file: string, args: string[], input?: string | Buffer): Promise<CtlResult> =>
    new Promise((resolvePromise, reject) => {
      const child = spawn(file, args, { env, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
      child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
      child.on("error", reject);
      child.on("close", (code) =>
        resolvePromise({ exitCode: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
      );
      if (input !== undefined) child.stdin?.end(input);
    });
  return {
    env,
    fakeBin: FAKE_BIN,
    dokkuBin: join(FAKE_BIN, "dokku"),
    dokkuRoot,
    libRoot,
    pluginPath,
    state,
    root,
    ctl: (args) => run(join(FAKE_BIN, "fake-dokku-ctl"), args),
    dokku: (args, input) => run(join(FAKE_BIN, "dokku"), args, input),
    ctlAsync: (args) => runAsync(join(FAKE_BIN, "fake-dokku-ctl"), args),
    dokkuAsync: (args, input) => runAsync(join(FAKE_BIN, "dokku"), args, input),
    fakePlugins,
    cleanup() {
      run(join(FAKE_BIN, "fake-dokku-ctl"), ["cleanup"]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A git repo (branch main) with Dockerfile.web and a Procfile; `sql` becomes the release migration. */
export function createDeployableRepo(dir: string, sql?: string): void {
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { stdio: "ignore" });
  git("init", "-q", "-b", "main");
  const files: Record<string, string> = {
    "Dockerfile.web": 'FROM python:3.12-slim\nWORKDIR /code\nCOPY . .\nCMD ["gunicorn"]\n',
    Procfile: sql
      ? 'web: gunicorn app.wsgi\nworker: celery -A app worker\nrelease: psql -v ON_ERROR_STOP=1 -q "$DATABASE_URL" -f migrate.sql\n'
      : "web: gunicorn app.wsgi\nworker: celery -A app worker\nrelease: echo release-ran\n",
  };
  if (sql) files["migrate.sql"] = `${sql}\n`;
  for (const [name, content] of Object.entries(files)) execFileSync("bash", ["-c", 'printf "%s" "$1" > "$2"', "_", content, join(dir, name)]);
  git("add", "-A");
  git("commit", "-q", "-m", "initial");
}
