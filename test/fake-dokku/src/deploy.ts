// The build/release/deploy pipeline (dokku-plugin-mechanics §3.3, dokku-commands §12), with the
// "image" being the extracted source tree and the release tasks run for real with bash.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEnv, mergedEnv, setMany } from "./config.js";
import { childStderrFd, fail, gitWarnLine, info1, isMerged, line, setMerged, verbose, warn, DokkuExit } from "./output.js";
import { childEnv, fireTrigger } from "./plugins.js";
import { readScale, writeScale } from "./ps.js";
import { localDatabaseUrls } from "./services.js";
import { appDir, atomicWrite, imageDir, isDeployed, paths, propComputed, propExists, propGet, propSet, recordEvent, setRunning } from "./state.js";

/** dokku_setup_build_capture: first caller wins; stderr merged into stdout from then on. */
export function setupBuildCapture(app: string, source: string): void {
  if (process.env.DOKKU_REDIRECT_OUTPUT === "true") {
    setMerged(true);
    return;
  }
  if (!app) return;
  process.env.DOKKU_REDIRECT_OUTPUT = "true";
  if (!process.env.DOKKU_BUILD_ID) process.env.DOKKU_BUILD_ID = `pid-${process.env.DOKKU_PID || process.pid}`;
  process.env.DOKKU_BUILD_SOURCE = source;
  const dir = join(paths().libRoot, "data", "builds", app);
  mkdirSync(dir, { recursive: true });
  const log = join(dir, `${process.env.DOKKU_BUILD_ID}.log`);
  atomicWrite(log, "", 0o644);
  process.env.DOKKU_BUILD_LOG_FILE = log;
  setMerged(true);
}

export function deployBranch(app: string): string {
  return propComputed("git", app, "deploy-branch", "master");
}

export interface ProcfileEntry {
  type: string;
  command: string;
}
export function parseProcfile(text: string): ProcfileEntry[] {
  const entries: ProcfileEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const m = /^([A-Za-z0-9_-]+):\s*(.+)$/.exec(raw.trim());
    if (m && !raw.trim().startsWith("#")) entries.push({ type: m[1] as string, command: (m[2] as string).trim() });
  }
  return entries;
}

/** The Procfile saved at the last extract ($DOKKU_LIB_ROOT/data/ps/<app>/Procfile). */
export function savedProcfile(app: string): ProcfileEntry[] | undefined {
  const file = join(paths().libRoot, "data", "ps", app, "Procfile");
  if (!existsSync(file)) return undefined;
  return parseProcfile(readFileSync(file, "utf8"));
}

function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_QUARANTINE_PATH;
  return env;
}

/**
 * git_build: `rev` given (push, git:sync) sets the rev env var first; without it (ps:rebuild)
 * the deploy branch head is built. Returns the exit code.
 */
export function gitBuild(app: string, rev: string | undefined): number {
  let ref = rev;
  if (rev) {
    const varName = propExists("git", app, "rev-env-var") ? propGet("git", app, "rev-env-var") : "GIT_REV";
    if (varName) setMany(app, new Map([[varName, rev]]), { restart: false, silent: true });
  } else {
    const branch = deployBranch(app);
    const headFile = join(appDir(app), "refs", "heads", branch);
    if (existsSync(headFile)) ref = readFileSync(headFile, "utf8").trim();
    else {
      const r = spawnSync("git", ["--git-dir", appDir(app), "rev-parse", "--verify", "-q", `refs/heads/${branch}`], { encoding: "utf8", env: gitEnv() });
      if (r.status === 0) ref = r.stdout.trim();
      else gitWarnLine(`WARNING: Cannot build from '${branch}' as there are no commits stored at that branch.`);
    }
  }
  if (!ref) return 1;
  return buildAppRepo(app, ref);
}

function buildAppRepo(app: string, rev: string): number {
  const work = mkdtempSync(join(tmpdir(), `dokku-${process.pid}-git_build_app_repo.`));
  try {
    const r = spawnSync("bash", ["-c", 'set -o pipefail; git --git-dir="$1" archive --format=tar "$2" | tar -x -C "$3"', "extract", appDir(app), rev, work], {
      env: gitEnv(),
      stdio: ["ignore", "inherit", childStderrFd()],
    });
    if (r.status !== 0) return r.status ?? 1;
    return receive(app, work, rev);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** core-post-extract, builder detection, build (pre-build/post-build), then release-and-deploy. */
function receive(app: string, work: string, rev: string): number {
  const lib = paths().libRoot;
  // core-post-extract: Procfile, app.json, dockerfile-path → Dockerfile
  const procfilePath = propComputed("ps", app, "procfile-path", "Procfile");
  const psData = join(lib, "data", "ps", app);
  mkdirSync(psData, { recursive: true });
  rmSync(join(psData, "Procfile"), { force: true });
  if (existsSync(join(work, procfilePath))) cpSync(join(work, procfilePath), join(psData, "Procfile"));
  const appJsonPath = propComputed("app-json", app, "appjson-path", "app.json");
  const appJsonData = join(lib, "data", "app-json", app);
  mkdirSync(appJsonData, { recursive: true });
  rmSync(join(appJsonData, "app.json"), { force: true });
  if (existsSync(join(work, appJsonPath))) cpSync(join(work, appJsonPath), join(appJsonData, "app.json"));

  const selected = propComputed("builder", app, "selected", "");
  const dockerfilePath = propComputed("builder-dockerfile", app, "dockerfile-path", "");
  let builder = selected;
  if (!builder) builder = dockerfilePath || existsSync(join(work, "Dockerfile")) ? "dockerfile" : "herokuish";
  if (builder === "dockerfile") {
    const path = dockerfilePath || "Dockerfile";
    if (!existsSync(join(work, path))) {
      warn(`Invalid dockerfile-path specified: ${path}`);
      return 1;
    }
    if (path !== "Dockerfile") renameSync(join(work, path), join(work, "Dockerfile"));
  }
  let t = fireTrigger("post-extract", [app, work, rev]);
  if (t.status !== 0) return t.status;
  t = fireTrigger("pre-receive-app", [app, builder, work, rev]);
  if (t.status !== 0) return t.status;

  info1(builder === "dockerfile" ? `Building ${app} from Dockerfile` : `Building ${app} from ${builder}`);
  t = fireTrigger("pre-build", [builder, app, work]);
  if (t.status !== 0) return t.status;
  recordEvent(app, "build", { builder, rev });
  t = fireTrigger("post-build", [builder, app, work]);
  if (t.status !== 0) {
    warn("App build failed");
    return t.status;
  }
  // the new "image": replace the previous one
  const image = imageDir(app);
  rmSync(image, { recursive: true, force: true });
  mkdirSync(join(image, ".."), { recursive: true });
  cpSync(work, image, { recursive: true });
  atomicWrite(join(paths().state, "images", `${app}.builder`), builder);
  return releaseAndDeploy(app, "latest", "deploy");
}

function readAppJson(app: string): Record<string, unknown> | undefined {
  const file = join(paths().libRoot, "data", "app-json", app, "app.json");
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Container env for release tasks: config with service URLs pointed at the real server. */
export function taskEnv(app: string): NodeJS.ProcessEnv {
  const env = childEnv();
  const config = mergedEnv(app);
  const rewrites = localDatabaseUrls();
  for (const [k, v] of config) {
    let value = v;
    for (const [dsn, local] of rewrites) {
      if (value === dsn) value = local;
      else if (value.startsWith(`${dsn}?`)) value = `${local}&${value.slice(dsn.length + 1)}`;
    }
    // defineProperty: `env.__proto__ = value` would be swallowed, Docker passes it on.
    Object.defineProperty(env, k, { value, enumerable: true, writable: true, configurable: true });
  }
  env.PORT = env.PORT ?? "5000";
  return env;
}

function runTask(app: string, phase: string, command: string): number {
  const cid = Math.random().toString(16).slice(2, 11).padEnd(9, "0");
  line(`=====> Start of ${app} ${phase} task (${cid}) output`);
  const r = spawnSync("/bin/bash", ["-c", `set -e; set -o pipefail || true; ${command} || exit 1;`], {
    cwd: imageDir(app),
    env: taskEnv(app),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 30,
  });
  const text = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  for (const l of text.split("\n")) if (l !== "") verbose(l);
  line(`=====> End of ${app} ${phase} task (${cid}) output`);
  return r.status ?? 1;
}

/** release_and_deploy: release phase, then the scheduler deploy. Returns the exit code. */
export function releaseAndDeploy(app: string, tag: string, source: string): number {
  const wasMerged = isMerged();
  const saved = {
    redirect: process.env.DOKKU_REDIRECT_OUTPUT,
    source: process.env.DOKKU_BUILD_SOURCE,
    id: process.env.DOKKU_BUILD_ID,
    log: process.env.DOKKU_BUILD_LOG_FILE,
  };
  setupBuildCapture(app, source);
  try {
    return releaseAndDeployInner(app, tag || "latest");
  } finally {
    // the capture belongs to the trigger process in real Dokku: restore the caller's streams
    setMerged(wasMerged);
    restoreEnv("DOKKU_REDIRECT_OUTPUT", saved.redirect);
    restoreEnv("DOKKU_BUILD_SOURCE", saved.source);
    restoreEnv("DOKKU_BUILD_ID", saved.id);
    restoreEnv("DOKKU_BUILD_LOG_FILE", saved.log);
  }
}
function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

function releaseAndDeployInner(app: string, tag: string): number {
  const image = `dokku/${app}:${tag}`;
  if (!existsSync(imageDir(app))) {
    warn(`App image (${image}) not found`);
    return 1;
  }
  const builder = (() => {
    try {
      return readFileSync(join(paths().state, "images", `${app}.builder`), "utf8");
    } catch {
      return "dockerfile";
    }
  })();
  info1(`Releasing ${app}...`);
  recordEvent(app, "release", { tag });
  const code = releasePhase(app, builder, image);
  if (code !== 0) return code;
  return schedulerDeploy(app, tag, undefined, true);
}

function releasePhase(app: string, builder: string, image: string): number {
  const appJson = readAppJson(app);
  // app-json's pre-release-builder: env defaults, then scripts.dokku.predeploy
  const env = appJson?.env as Record<string, unknown> | undefined;
  if (env && typeof env === "object") {
    const current = (() => {
      try {
        return loadEnv(app);
      } catch {
        return new Map<string, string>();
      }
    })();
    const defaults = new Map<string, string>();
    for (const [k, v] of Object.entries(env)) {
      const value = typeof v === "object" && v !== null ? (v as Record<string, unknown>).value : v;
      if (typeof value === "string" && !current.has(k)) defaults.set(k, value);
    }
    if (defaults.size) setMany(app, defaults, { restart: false, silent: true });
  }
  const scripts = (appJson?.scripts as Record<string, unknown> | undefined)?.dokku as Record<string, unknown> | undefined;
  const predeploy = typeof scripts?.predeploy === "string" ? scripts.predeploy : undefined;
  info1("Checking for predeploy task");
  if (predeploy) {
    verbose(`Executing predeploy task from app.json: ${predeploy}`);
    const status = runTask(app, "predeploy", predeploy);
    recordEvent(app, "predeploy", { command: predeploy, exitCode: status });
    if (status !== 0) {
      warn(`Execution of predeploy task failed: ${predeploy}`);
      return 1;
    }
  } else verbose("No predeploy task found, skipping");
  let t = fireTrigger("pre-release-builder", [builder, app, image]);
  if (t.status !== 0) return t.status;

  // app-json's post-release-builder: Procfile release, formation, scale, first-deploy postdeploy
  const procfile = savedProcfile(app);
  const release = procfile?.find((e) => e.type === "release");
  info1("Checking for release task");
  if (release) {
    verbose(`Executing release task from Procfile in ephemeral container: ${release.command}`);
    const status = runTask(app, "release", release.command);
    recordEvent(app, "release-task", { command: release.command, exitCode: status });
    if (status !== 0) {
      warn(`Execution of release task failed: ${release.command}`);
      return 1;
    }
  } else verbose("No release task found, skipping");
  applyFormation(app, appJson, procfile);
  t = fireTrigger("post-release-builder", [builder, app, image]);
  if (t.status !== 0) return t.status;
  return 0;
}

function applyFormation(app: string, appJson: Record<string, unknown> | undefined, procfile: ProcfileEntry[] | undefined): void {
  const scale = readScale(app);
  const formation = appJson?.formation as Record<string, { quantity?: number }> | undefined;
  const withQuantity = formation ? Object.entries(formation).filter(([, v]) => v && typeof v.quantity === "number") : [];
  if (withQuantity.length > 0) {
    const next: [string, number][] = [];
    for (const [type, v] of withQuantity) next.push([type, v.quantity as number]);
    for (const e of procfile ?? []) if (!next.some(([t]) => t === e.type)) next.push([e.type, 0]);
    writeScale(app, next);
    propSet("ps", app, "can-scale", "false");
    return;
  }
  if (formation) propSet("ps", app, "can-scale", "true");
  let changed = false;
  for (const e of procfile ?? []) {
    if (!scale.some(([t]) => t === e.type)) {
      scale.push([e.type, 0]);
      changed = true;
    }
  }
  if (changed) writeScale(app, scale);
}

/**
 * scheduler-deploy: containers replaced (a restart when the app was already deployed), then
 * post-deploy. `processType` deploys one type only (ps:scale).
 */
export function schedulerDeploy(app: string, tag: string, processType: string | undefined, fromRelease: boolean): number {
  const wasDeployed = isDeployed(app);
  info1(`Deploying ${app} via the docker-local scheduler...`);
  recordEvent(app, "deploy", { tag, processType, release: fromRelease });
  if (wasDeployed && !processType) recordEvent(app, "restart", { tag });
  propSet("common", app, "deployed", "true");
  propSet("ps", app, "restore", "true");
  propSet("ps", app, "deployed-image-tag", tag);
  setRunning(app, true);
  const t = fireTrigger("post-deploy", [app, "", "", tag]);
  if (t.status !== 0) return t.status;
  info1("Application deployed:");
  const vhosts = (() => {
    try {
      return readFileSync(join(appDir(app), "VHOST"), "utf8").split("\n").filter(Boolean);
    } catch {
      return [];
    }
  })();
  const noVhost = (() => {
    try {
      return loadEnv(app).get("NO_VHOST") === "1";
    } catch {
      return false;
    }
  })();
  if (noVhost || vhosts.length === 0) verbose("http://127.0.0.1:5000");
  else for (const v of vhosts) verbose(`http://${v}`);
  return 0;
}

/** After a successful push or sync: the deploy source, then the deploy-source-set trigger. */
export function setDeploySource(app: string, source: string, metadata: string): void {
  propSet("apps", app, "deploy-source", source);
  propSet("apps", app, "deploy-source-metadata", metadata);
  fireTrigger("deploy-source-set", [app, source, metadata]);
}

/** ps:rebuild / apps:rename: build from the repo without a revision. */
export function rebuild(app: string): number {
  return gitBuild(app, undefined);
}

export function exitWith(code: number): void {
  if (code !== 0) throw new DokkuExit(code);
}

export { fail };
