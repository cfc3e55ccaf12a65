// apps (Go, plugins/apps) with the post-create work of git, ps, domains and config.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isatty } from "node:tty";
import { APP_NAME_MESSAGE, NEW_APP_RE, parseGoFlags, runReport, verifyAppGo } from "./cli.js";
import { envPath, setMany } from "./config.js";
import { rebuild } from "./deploy.js";
import { globalVhosts } from "./domains.js";
import { DokkuExit, fail, info1Quiet, info2Quiet, isQuiet, line, warn } from "./output.js";
import { fireTrigger } from "./plugins.js";
import { writeScale } from "./ps.js";
import { dropAppStorage } from "./storage.js";
import { appDir, appExists, fakeFile, imageDir, isDeployed, listApps, paths, propCloneApp, propDestroyApp, propGet, propSet, readText } from "./state.js";

/** fn-git-create-hook: bare repo plus the pre-receive hook that runs `dokku git-hook`. */
export function createGitHook(app: string): void {
  const dir = appDir(app);
  if (!existsSync(join(dir, "refs"))) {
    const r = spawnSync("git", ["-c", "init.defaultBranch=master", "init", "-q", "--bare", dir], { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new DokkuExit(r.status ?? 1);
  }
  const hook = join(dir, "hooks", "pre-receive");
  mkdirSync(join(dir, "hooks"), { recursive: true });
  writeFileSync(hook, `#!/usr/bin/env bash\nset -e\nset -o pipefail\n\ncat | DOKKU_ROOT="${paths().dokkuRoot}" dokku git-hook "${app}"\n`);
  chmodSync(hook, 0o755);
}

function validateNewName(app: string | undefined): string {
  if (!app) fail("Please specify an app to run the command on");
  if (!NEW_APP_RE.test(app)) fail(APP_NAME_MESSAGE);
  return app;
}

/** createApp + post-create triggers of the core plugins we model, then the plugins' own. */
export function createApp(app: string): void {
  validateNewName(app);
  if (appExists(app)) fail("Name is already taken");
  info1Quiet(`Creating ${app}...`);
  mkdirSync(appDir(app), { recursive: true });
  propSet("apps", app, "created-at", String(Math.floor(Date.now() / 1000)));
  createGitHook(app);
  writeScale(app, [["web", 1]]);
  mkdirSync(join(paths().libRoot, "config", app), { recursive: true });
  // domains post-create
  const vhosts = globalVhosts();
  if (vhosts.length === 0) {
    info1Quiet("Global server virtual host not set, disabling app vhost...");
    setMany(app, new Map([["NO_VHOST", "1"]]), { restart: false, silent: true });
  } else {
    info1Quiet("Creating new app virtual host file...");
    const first = vhosts[0] as string;
    writeFileSync(join(appDir(app), "VHOST"), `${app.includes(".") ? app : `${app}.${first}`}\n`);
  }
  const t = fireTrigger("post-create", [app]);
  if (t.status !== 0) throw new DokkuExit(t.status);
}

export function destroyApp(app: string, force: boolean): void {
  if (!force) {
    warn("WARNING: Potentially Destructive Action");
    warn(`This command will destroy app ${app}.`);
    warn(`To proceed, type "${app}"`);
    const answer = isatty(0) ? "" : readStdinLine();
    if (answer !== app) fail(`Confirmation did not match ${app}. Aborted.`);
  }
  info1Quiet(`Destroying ${app} (including all add-ons)`);
  const tag = "latest";
  let t = fireTrigger("pre-delete", [app, tag]);
  if (t.status !== 0) throw new DokkuExit(t.status);
  rmSync(appDir(app), { recursive: true, force: true });
  rmSync(join(paths().libRoot, "config", app), { recursive: true, force: true });
  propDestroyApp(app);
  dropAppStorage(app);
  rmSync(imageDir(app), { recursive: true, force: true });
  rmSync(fakeFile("running", app), { force: true });
  rmSync(join(paths().libRoot, "data", "ps", app), { recursive: true, force: true });
  rmSync(join(paths().libRoot, "data", "app-json", app), { recursive: true, force: true });
  t = fireTrigger("post-delete", [app, tag]);
  if (t.status !== 0) throw new DokkuExit(t.status);
}

function readStdinLine(): string {
  try {
    const text = readFileSync(0, "utf8");
    return text.split("\n")[0] ?? "";
  } catch {
    return "";
  }
}

function copyApp(oldApp: string, newApp: string): void {
  // git repo (minus hooks, recreated), ENV, properties
  for (const entry of readdirSync(appDir(oldApp))) {
    if (entry === "hooks") continue;
    cpSync(join(appDir(oldApp), entry), join(appDir(newApp), entry), { recursive: true, force: true });
  }
  createGitHook(newApp);
  if (existsSync(envPath(oldApp))) cpSync(envPath(oldApp), envPath(newApp));
  propCloneApp(oldApp, newApp);
  for (const [from, to] of [
    [join(paths().libRoot, "data", "ps", oldApp), join(paths().libRoot, "data", "ps", newApp)],
    [join(paths().libRoot, "data", "app-json", oldApp), join(paths().libRoot, "data", "app-json", newApp)],
    [imageDir(oldApp), imageDir(newApp)],
  ] as const) {
    if (existsSync(from)) cpSync(from, to, { recursive: true });
  }
}

function appFlags(app: string): Record<string, string> {
  return {
    "--app-created-at": propGet("apps", app, "created-at"),
    "--app-deploy-source": propGet("apps", app, "deploy-source"),
    "--app-deploy-source-metadata": propGet("apps", app, "deploy-source-metadata"),
    "--app-dir": appDir(app),
    "--app-global-disable-autocreation": propGet("apps", "--global", "disable-autocreation"),
    "--app-locked": existsSync(join(paths().libRoot, "data", "apps", app, ".deploy.lock")) ? "true" : "false",
  };
}

export function appsCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "apps":
    case "apps:list": {
      const f = parseGoFlags(cmd, args, { string: ["format"] });
      const apps = listApps();
      if (f.strings.get("format") === "json") {
        line(JSON.stringify(apps));
        return;
      }
      info2Quiet("My Apps");
      if (apps.length === 0) warn("You haven't deployed any applications yet");
      for (const a of apps) line(a);
      return;
    }
    case "apps:exists": {
      const f = parseGoFlags(cmd, args, {});
      verifyAppGo(f.positionals[0]);
      return;
    }
    case "apps:create": {
      const f = parseGoFlags(cmd, args, {});
      const app = f.positionals[0] ?? process.env.DOKKU_APP_NAME;
      createApp(app ?? "");
      return;
    }
    case "apps:destroy": {
      const f = parseGoFlags(cmd, args, { bool: ["force"] });
      const app = verifyAppGo(f.positionals[0]);
      destroyApp(app, f.bools.has("force") || Boolean(process.env.DOKKU_APPS_FORCE_DELETE));
      return;
    }
    case "apps:rename":
    case "apps:clone": {
      const f = parseGoFlags(cmd, args, { bool: ["skip-deploy", "ignore-existing"] });
      const oldApp = verifyAppGo(f.positionals[0]);
      const newApp = validateNewName(f.positionals[1]);
      if (appExists(newApp)) {
        if (cmd === "apps:clone" && f.bools.has("ignore-existing")) {
          warn("Name is already taken");
          return;
        }
        fail("Name is already taken");
      }
      const wasDeployed = isDeployed(oldApp);
      if (cmd === "apps:rename") info1Quiet(`Renaming ${oldApp} to ${newApp}`);
      else info1Quiet(`Cloning ${oldApp} to ${newApp}`);
      createApp(newApp);
      copyApp(oldApp, newApp);
      const setup = cmd === "apps:rename" ? "post-app-rename-setup" : "post-app-clone-setup";
      let t = fireTrigger(setup, [oldApp, newApp]);
      if (t.status !== 0) throw new DokkuExit(t.status);
      if (cmd === "apps:rename") destroyApp(oldApp, true);
      if (wasDeployed && !f.bools.has("skip-deploy")) {
        const code = rebuild(newApp);
        if (code !== 0) throw new DokkuExit(code);
      }
      t = fireTrigger(cmd === "apps:rename" ? "post-app-rename" : "post-app-clone", [oldApp, newApp]);
      if (t.status !== 0) throw new DokkuExit(t.status);
      return;
    }
    case "apps:report":
      runReport(
        {
          type: "app",
          prefix: "app",
          flags: appFlags,
          legacyPrefixedJson: true,
          globalFlags: () => ({ "--app-global-disable-autocreation": propGet("apps", "--global", "disable-autocreation") }),
        },
        args,
      );
      return;
    case "apps:locked": {
      // CommandLocked (plugins/apps/subcommands.go): the lock file's existence, whoever made it.
      const app = verifyAppGo(args[0]);
      if (!existsSync(join(paths().libRoot, "data", "apps", app, ".deploy.lock"))) fail("Deploy lock does not exist");
      if (!isQuiet()) line("Deploy lock exists");
      return;
    }
    case "apps:lock":
    case "apps:unlock": {
      const app = verifyAppGo(args[0]);
      const lock = join(paths().libRoot, "data", "apps", app, ".deploy.lock");
      if (cmd === "apps:lock") {
        mkdirSync(join(lock, ".."), { recursive: true });
        writeFileSync(lock, "");
        info1Quiet("Deploy lock created");
      } else {
        rmSync(lock, { force: true });
        info1Quiet("Deploy lock removed");
      }
      return;
    }
    default:
      fail(`Invalid apps subcommand: ${cmd}`);
  }
}

export { readText };
