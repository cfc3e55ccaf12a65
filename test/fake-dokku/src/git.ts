// git (plugins/git): git-hook (the pre-receive path of `git push`), git:sync, git:set, git:report.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, createGitHook } from "./apps.js";
import { runReport, verifyAppBash, LEGACY_APP_RE } from "./cli.js";
import { deployBranch, gitBuild, setDeploySource, setupBuildCapture } from "./deploy.js";
import { childStderrFd, DokkuExit, fail, gitWarnLine, info1Quiet, info2Quiet, verbose, warn } from "./output.js";
import { appDir, appExists, paths, propDel, propExists, propGet, propSet } from "./state.js";

function git(args: string[], options: { cwd?: string; quiet?: boolean } = {}): { status: number; stdout: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0" };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_QUARANTINE_PATH;
  const r = spawnSync("git", args, { cwd: options.cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", options.quiet ? "pipe" : childStderrFd()] });
  return { status: r.status ?? 1, stdout: r.stdout ?? "" };
}

function revParse(app: string, rev: string): string | undefined {
  const r = git(["rev-parse", "--verify", "-q", rev], { cwd: appDir(app), quiet: true });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function readStdin(): string {
  try {
    return readFileSync(0, "utf8");
  } catch {
    return "";
  }
}

function gitHook(app: string): void {
  if (!appExists(app)) {
    if (!LEGACY_APP_RE.test(app)) fail(`App ${app} does not exist`, 20);
    createApp(app);
  }
  const branch = deployBranch(app);
  for (const raw of readStdin().split("\n")) {
    const [, newrev, refname] = raw.trim().split(/\s+/);
    if (!newrev || !refname) continue;
    if (refname === `refs/heads/${branch}` || refname === `refs/tags/${branch}`) {
      const code = receive(app, newrev);
      if (code !== 0) throw new DokkuExit(code);
      setDeploySource(app, "git-push", newrev);
    } else if (!propGet("git", app, "deploy-branch") && !propGet("git", "--global", "deploy-branch")) {
      const deployBranchName = refname.replace(/^refs\/heads\//, "").replace(/^refs\/tags\//, "");
      gitWarnLine(`Set ${deployBranchName} as deploy-branch`);
      propSet("git", app, "deploy-branch", deployBranchName);
      const code = receive(app, newrev);
      if (code !== 0) throw new DokkuExit(code);
      setDeploySource(app, "git-push", newrev);
    } else {
      gitWarnLine(`WARNING: deploy did not complete, you must push to ${branch}.`);
      gitWarnLine(`for example, try 'git push <dokku> ${refname.replace(/^refs\/heads\//, "")}:${branch}'`);
    }
  }
}

/**
 * git_receive_app: the build and release run under the app's deploy lock
 * (acquire_app_deploy_lock "$APP" "exclusive" in plugins/git/functions), whose file
 * `$DOKKU_LIB_ROOT/data/apps/<app>/.deploy.lock` holds the build id and exists until the deploy
 * ends (release_advisory_lock removes it); `apps:locked` reports that file. Dokku flocks it: a
 * file nobody holds (apps:lock's, a killed deploy's) does not stop a deploy, so neither does it here.
 */
function receive(app: string, rev: string): number {
  if (!existsSync(join(appDir(app), "refs"))) return 0;
  return withDeployLock(app, () => gitBuild(app, rev));
}

function withDeployLock(app: string, build: () => number): number {
  const lock = join(paths().libRoot, "data", "apps", app, ".deploy.lock");
  mkdirSync(join(lock, ".."), { recursive: true });
  writeFileSync(lock, `pid-${process.pid}\n`);
  try {
    return build();
  } finally {
    rmSync(lock, { force: true });
  }
}

function gitSync(args: string[]): void {
  let flag = "";
  let skipDeployBranch = false;
  const pos: string[] = [];
  for (const a of args) {
    if (a === "--build" || a === "--build-if-changes") flag = a;
    else if (a === "--skip-deploy-branch") skipDeployBranch = true;
    else pos.push(a);
  }
  const app = verifyAppBash(pos[0]);
  const remote = pos[1];
  const ref = pos[2] ?? "";
  if (!remote) fail("Missing GIT_REMOTE parameter");
  const root = appDir(app);
  const branch = deployBranch(app);
  const currentRef = revParse(app, branch) ?? "";
  setupBuildCapture(app, "git:sync");
  if (!currentRef) {
    info1Quiet(`Cloning ${app} from ${remote}#${ref}`);
    cloneInto(app, remote, ref, skipDeployBranch);
  } else {
    verbose(`Fetching remote code for ${app} from ${remote}#${ref}`);
    git(["remote", "rm", "remote"], { cwd: root, quiet: true });
    git(["remote", "add", "--mirror=fetch", "--no-tags", "remote", remote], { cwd: root });
    if (!ref) {
      const r = git(["fetch", "--update-head-ok", "remote", branch], { cwd: root });
      if (r.status !== 0) throw new DokkuExit(r.status);
    } else {
      let r = git(["fetch", "--update-head-ok", "remote"], { cwd: root });
      if (r.status !== 0) throw new DokkuExit(r.status);
      r = git(["update-ref", `refs/heads/${branch}`, `${ref}^{commit}`], { cwd: root });
      if (r.status !== 0) throw new DokkuExit(r.status);
    }
    git(["config", "--add", "core.bare", "true"], { cwd: root });
  }
  const newBranch = deployBranch(app);
  const updatedRef = revParse(app, newBranch) ?? "";
  let build = flag === "--build";
  if (flag === "--build-if-changes") {
    if (currentRef === updatedRef) {
      verbose("Skipping build as no changes were detected");
      return;
    }
    build = true;
  }
  if (!build) return;
  const sha = ref ? (revParse(app, ref) ?? ref) : updatedRef;
  // git:sync --build runs receive-app, the same locked build as a push.
  const code = withDeployLock(app, () => gitBuild(app, sha));
  if (code !== 0) throw new DokkuExit(code);
  setDeploySource(app, "git-sync", `${remote}#${sha}`);
}

/** fn-git-clone: first sync of an app; a branch ref becomes the deploy branch. */
function cloneInto(app: string, remote: string, gitRef: string, skipDeployBranch: boolean): void {
  let ref = gitRef || deployBranch(app);
  const probe = mkdtempSync(join(tmpdir(), "dokku-ref-"));
  let isRef = true;
  if (git(["clone", "--depth", "1", "-n", "--branch", ref, remote, probe], { quiet: true }).status === 0) isRef = false;
  rmSync(probe, { recursive: true, force: true });
  const tmp = mkdtempSync(join(tmpdir(), "dokku-fn-git-clone-"));
  try {
    if (isRef) {
      const r = git(["clone", "-q", "-n", remote, tmp]);
      if (r.status !== 0) throw new DokkuExit(r.status);
      const c = git(["checkout", "-qq", ref], { cwd: tmp });
      if (c.status !== 0) throw new DokkuExit(c.status);
    } else {
      const r = git(["clone", "-q", "-n", "--branch", ref, remote, tmp]);
      if (r.status !== 0) throw new DokkuExit(r.status);
      if (git(["show-ref", "--verify", `refs/heads/${ref}`], { cwd: tmp, quiet: true }).status === 0) {
        if (!skipDeployBranch) {
          verbose(`Detected branch, setting deploy-branch to ${ref}`);
          propSet("git", app, "deploy-branch", ref);
        } else verbose(`Detected branch ${ref}, skipping deploy-branch setting`);
      }
    }
    const branch = deployBranch(app);
    if (ref !== branch) {
      if (isRef) git(["branch", "-qq", "-D", branch], { cwd: tmp, quiet: true });
      git(["checkout", "-qq", "-b", branch], { cwd: tmp });
    }
    cpSync(join(tmp, ".git"), appDir(app), { recursive: true, force: true });
    createGitHook(app);
    git(["config", "--add", "core.bare", "true"], { cwd: appDir(app) });
    ref = branch;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function gitFlags(app: string): Record<string, string> {
  const branch = deployBranch(app);
  const head = join(appDir(app), "refs", "heads", branch);
  let updated = "";
  try {
    updated = String(Math.floor(statSync(head).mtimeMs / 1000));
  } catch {
    updated = "";
  }
  const sha = spawnSync("git", ["rev-parse", "HEAD"], { cwd: appDir(app), encoding: "utf8", env: { ...process.env, GIT_DIR: undefined } as NodeJS.ProcessEnv });
  return {
    "--git-computed-archive-max-files": propGet("git", app, "archive-max-files") || propGet("git", "--global", "archive-max-files") || "10000",
    "--git-computed-archive-max-size": propGet("git", app, "archive-max-size") || propGet("git", "--global", "archive-max-size") || "1073741824",
    "--git-computed-deploy-branch": branch,
    "--git-computed-keep-git-dir": propGet("git", app, "keep-git-dir") || propGet("git", "--global", "keep-git-dir") || "false",
    "--git-deploy-branch": propGet("git", app, "deploy-branch"),
    "--git-global-archive-max-files": propGet("git", "--global", "archive-max-files"),
    "--git-global-archive-max-size": propGet("git", "--global", "archive-max-size"),
    "--git-global-deploy-branch": propGet("git", "--global", "deploy-branch"),
    "--git-global-keep-git-dir": propGet("git", "--global", "keep-git-dir"),
    "--git-keep-git-dir": propGet("git", app, "keep-git-dir"),
    "--git-last-updated-at": updated,
    "--git-rev-env-var": propExists("git", app, "rev-env-var") ? propGet("git", app, "rev-env-var") : "GIT_REV",
    "--git-sha": (sha.stdout ?? "").trim(),
    "--git-source-image": propGet("git", app, "source-image"),
  };
}

export function gitCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "git-hook": {
      const app = args[0] ?? "";
      setupBuildCapture(app, "git-hook");
      gitHook(app);
      return;
    }
    case "git:sync":
      gitSync(args);
      return;
    case "git:set": {
      const app = args[0] === "--global" ? "--global" : verifyAppBash(args[0]);
      const key = args[1];
      const value = args[2];
      const valid = ["archive-max-files", "archive-max-size", "deploy-branch", "keep-git-dir", "rev-env-var", "source-image"];
      if (!key) fail("No key specified");
      if (!valid.includes(key)) fail(`Invalid key specified, valid keys include: ${valid.join(", ")}`);
      if (value !== undefined && value !== "") {
        info2Quiet(`Setting ${key} to ${value}`);
        propSet("git", app, key, value);
      } else if (key === "rev-env-var" && value === "") {
        // an explicitly empty rev-env-var disables GIT_REV: the property exists but is empty
        info2Quiet(`Unsetting ${key}`);
        propSet("git", app, key, "");
      } else {
        info2Quiet(`Unsetting ${key}`);
        propDel("git", app, key);
      }
      return;
    }
    case "git:report":
      runReport(
        {
          type: "git",
          prefix: "git",
          legacyPrefixedJson: false,
          flags: gitFlags,
          globalFlags: () => ({
            "--git-global-archive-max-files": propGet("git", "--global", "archive-max-files"),
            "--git-global-archive-max-size": propGet("git", "--global", "archive-max-size"),
            "--git-global-deploy-branch": propGet("git", "--global", "deploy-branch"),
            "--git-global-keep-git-dir": propGet("git", "--global", "keep-git-dir"),
          }),
        },
        args,
      );
      return;
    case "git:initialize": {
      const app = verifyAppBash(args[0]);
      createGitHook(app);
      return;
    }
    default:
      warn(`fake-dokku: ${cmd} is not implemented`);
      throw new DokkuExit(1);
  }
}
