// ps (Go, plugins/ps): scale, report, restart, start, stop, rebuild.
import { parseGoFlags, runReport, verifyAppGo } from "./cli.js";
import { releaseAndDeploy, savedProcfile, schedulerDeploy, setupBuildCapture, gitBuild } from "./deploy.js";
import { DokkuExit, fail, info1, info1Quiet, info2Quiet, isQuiet, line, warn } from "./output.js";
import type { FlagSpec } from "./cli.js";
import { isDeployed, isRunning, listApps, propComputed, propGet, propSet, readText, propFile, recordEvent, setRunning } from "./state.js";
import { fireTrigger } from "./plugins.js";

/** ps:scale's pflag set (plugins/ps/src/subcommands: skip-deploy bool, format string). */
export const PS_SCALE_FLAGS: FlagSpec = { bool: ["skip-deploy"], string: ["format"] };

export function readScale(app: string): [string, number][] {
  const text = readText(propFile("ps", app, "scale")) ?? "";
  const out: [string, number][] = [];
  for (const l of text.split("\n")) {
    const m = /^([^=]+)=(-?\d+)$/.exec(l.trim());
    if (m) out.push([m[1] as string, Number(m[2])]);
  }
  return out;
}

export function writeScale(app: string, scale: [string, number][]): void {
  propSet("ps", app, "scale", scale.map(([t, n]) => `${t}=${n}`).join("\n"));
}

function showScale(app: string, format: string): void {
  const scale = [...readScale(app)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (format === "json") {
    line(JSON.stringify(scale.map(([t, n]) => ({ process_type: t, quantity: n }))));
    return;
  }
  if (!isQuiet()) {
    info1(`Scaling for ${app}`);
    line("proctype: qty");
    line("--------: ---");
  }
  for (const [t, n] of scale) line(`${`${t}:`.padEnd(5)} ${n}`);
}

function psFlags(app: string): Record<string, string> {
  const deployed = isDeployed(app);
  const running = deployed && isRunning(app);
  const scale = readScale(app);
  const processes = running ? scale.reduce((s, [, n]) => s + Math.max(0, n), 0) : 0;
  const flags: Record<string, string> = {
    "--deployed": String(deployed),
    "--processes": String(processes),
    "--running": deployed ? String(running) : "false",
    "--restore": propGet("ps", app, "restore") === "false" ? "false" : "true",
    "--ps-can-scale": propGet("ps", app, "can-scale") === "false" ? "false" : "true",
    "--ps-computed-dockerfile-start-cmd": propComputed("ps", app, "dockerfile-start-cmd", ""),
    "--ps-computed-procfile-path": propComputed("ps", app, "procfile-path", "Procfile"),
    "--ps-computed-restart-policy": propComputed("ps", app, "restart-policy", "on-failure:10"),
    "--ps-computed-skip-deploy": propComputed("ps", app, "skip-deploy", "false"),
    "--ps-computed-start-cmd": propComputed("ps", app, "start-cmd", ""),
    "--ps-computed-stop-timeout-seconds": propComputed("ps", app, "stop-timeout-seconds", "30"),
    "--ps-dockerfile-start-cmd": propGet("ps", app, "dockerfile-start-cmd"),
    "--ps-global-procfile-path": propGet("ps", "--global", "procfile-path"),
    "--ps-global-restart-policy": propGet("ps", "--global", "restart-policy"),
    "--ps-global-skip-deploy": propGet("ps", "--global", "skip-deploy"),
    "--ps-global-stop-timeout-seconds": propGet("ps", "--global", "stop-timeout-seconds"),
    "--ps-procfile-path": propGet("ps", app, "procfile-path"),
    "--ps-restart-policy": propGet("ps", app, "restart-policy"),
    "--ps-skip-deploy": propGet("ps", app, "skip-deploy"),
    "--ps-start-cmd": propGet("ps", app, "start-cmd"),
    "--ps-stop-timeout-seconds": propGet("ps", app, "stop-timeout-seconds"),
  };
  if (running) {
    for (const [t, n] of scale) for (let i = 1; i <= n; i++) flags[`--status-${t}.${i}`] = `running (CID: ${fakeCid(app, t, i)})`;
  }
  return flags;
}

function fakeCid(app: string, type: string, i: number): string {
  let h = 0;
  for (const c of `${app}/${type}/${i}`) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h.toString(16).padStart(11, "0").slice(0, 11);
}

export function psCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "ps:report":
      runReport(
        {
          type: "ps",
          prefix: "ps",
          flags: psFlags,
          legacyPrefixedJson: true,
          globalFlags: () => ({
            "--ps-global-procfile-path": propGet("ps", "--global", "procfile-path"),
            "--ps-global-restart-policy": propGet("ps", "--global", "restart-policy"),
            "--ps-global-skip-deploy": propGet("ps", "--global", "skip-deploy"),
            "--ps-global-stop-timeout-seconds": propGet("ps", "--global", "stop-timeout-seconds"),
          }),
        },
        args,
      );
      return;
    case "ps:scale": {
      const f = parseGoFlags(cmd, args, PS_SCALE_FLAGS);
      const app = verifyAppGo(f.positionals[0]);
      const tuples = f.positionals.slice(1);
      const format = f.strings.get("format") ?? "stdout";
      if (tuples.length === 0) {
        showScale(app, format);
        return;
      }
      if (propGet("ps", app, "can-scale") === "false") fail(`App ${app} contains an app.json file with a formations key and cannot be manually scaled`);
      info1Quiet(`Scaling ${app} processes: ${tuples.join(" ")}`);
      const wanted: [string, number][] = [];
      for (const t of tuples) {
        const eq = t.indexOf("=");
        if (eq === -1) fail(`Missing count for process type ${t}`);
        const type = t.slice(0, eq);
        const n = Number.parseInt(t.slice(eq + 1), 10);
        if (!/^-?\d+$/.test(t.slice(eq + 1)) || Number.isNaN(n)) fail(`Invalid count for process type ${type}`);
        wanted.push([type, n]);
      }
      const procfile = savedProcfile(app);
      if (procfile) {
        for (const [type, n] of wanted) if (n > 0 && !procfile.some((e) => e.type === type)) fail(`${type} is not a valid process name to scale up`);
      }
      const scale = readScale(app);
      const changed: string[] = [];
      for (const [type, n] of wanted) {
        const existing = scale.find(([t]) => t === type);
        if (existing) {
          if (existing[1] !== n) changed.push(type);
          existing[1] = n;
        } else {
          scale.push([type, n]);
          changed.push(type);
        }
      }
      // Dokku rewrites the file in update order: the updated tuples first
      const ordered: [string, number][] = [...wanted.filter(([t], i) => wanted.findIndex(([u]) => u === t) === i).map(([t]) => scale.find(([u]) => u === t) as [string, number])];
      for (const e of scale) if (!ordered.some(([t]) => t === e[0])) ordered.push(e);
      writeScale(app, ordered);
      if (f.bools.has("skip-deploy") || !isDeployed(app) || propGet("ps", app, "restore") === "false") return;
      for (const type of changed) {
        const code = schedulerDeploy(app, propGet("ps", app, "deployed-image-tag") || "latest", type, false);
        if (code !== 0) throw new DokkuExit(code);
      }
      return;
    }
    case "ps:restart": {
      const f = parseGoFlags(cmd, args, { bool: ["all"], string: ["parallel"] });
      const apps = f.bools.has("all") ? listApps() : [verifyAppGo(f.positionals[0])];
      const processType = f.bools.has("all") ? undefined : f.positionals[1];
      for (const app of apps) {
        setupBuildCapture(app, "ps:restart");
        if (!isDeployed(app)) {
          warn(`App ${app} has not been deployed`);
          continue;
        }
        const tag = propGet("ps", app, "deployed-image-tag");
        let code: number;
        if (!tag) {
          warn("No deployed-image-tag property saved, falling back to full release-and-deploy");
          code = releaseAndDeploy(app, "", "deploy");
        } else {
          code = schedulerDeploy(app, tag, processType, false);
          if (processType) recordEvent(app, "restart", { tag, processType });
        }
        if (code !== 0) throw new DokkuExit(code);
      }
      return;
    }
    case "ps:start": {
      const f = parseGoFlags(cmd, args, { bool: ["all"], string: ["parallel"] });
      const apps = f.bools.has("all") ? listApps() : [verifyAppGo(f.positionals[0])];
      for (const app of apps) {
        if (!isDeployed(app)) {
          warn(`App ${app} has not been deployed`);
          continue;
        }
        const t = fireTrigger("pre-start", [app]);
        if (t.status !== 0) fail(`Failure in pre-start hook: exit status ${t.status}`);
        if (!isRunning(app)) {
          warn("App has been detected as not running, releasing");
          const code = releaseAndDeploy(app, propGet("ps", app, "deployed-image-tag"), "deploy");
          if (code !== 0) throw new DokkuExit(code);
        } else warn(`App ${app} already running`);
      }
      return;
    }
    case "ps:stop": {
      const f = parseGoFlags(cmd, args, { bool: ["all"], string: ["parallel"] });
      const apps = f.bools.has("all") ? listApps() : [verifyAppGo(f.positionals[0])];
      for (const app of apps) {
        if (!isDeployed(app)) {
          warn(`App ${app} has not been deployed`);
          continue;
        }
        info1Quiet(`Stopping ${app}`);
        setRunning(app, false);
        propSet("ps", app, "restore", "false");
        recordEvent(app, "stop");
      }
      return;
    }
    case "ps:rebuild": {
      const f = parseGoFlags(cmd, args, { bool: ["all"], string: ["parallel"] });
      const apps = f.bools.has("all") ? listApps() : [verifyAppGo(f.positionals[0])];
      for (const app of apps) {
        setupBuildCapture(app, "ps:rebuild");
        const code = gitBuild(app, undefined);
        if (code !== 0) throw new DokkuExit(code);
      }
      return;
    }
    case "ps:set": {
      const f = parseGoFlags(cmd, args, {});
      const app = f.positionals[0] === "--global" ? "--global" : verifyAppGo(f.positionals[0]);
      const key = f.positionals[1];
      const value = f.positionals[2] ?? "";
      const valid = ["dockerfile-start-cmd", "procfile-path", "restart-policy", "restore", "skip-deploy", "start-cmd", "stop-timeout-seconds"];
      if (!key) fail("No property specified");
      if (!valid.includes(key)) fail(`Invalid property specified, valid properties include: ${valid.join(", ")}`);
      if (key === "restart-policy" && value && !/^(no|always|unless-stopped|on-failure(:\d+)?)$/.test(value)) fail("Invalid restart-policy specified");
      if (value) {
        info2Quiet(`Setting ${key} to ${value}`);
        propSet("ps", app, key, value);
      } else {
        info2Quiet(`Unsetting ${key}`);
        propSet("ps", app, key, "");
      }
      return;
    }
    default:
      fail(`Invalid ps subcommand: ${cmd}`);
  }
}
