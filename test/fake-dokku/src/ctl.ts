// fake-dokku-ctl: the test-only controller (calls, restarts, events, fail, deploy, crontab).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { deployBranch } from "./deploy.js";
import { addFault, clearFaults, readFaults, type Fault } from "./faults.js";
import { letsencryptCronEntries } from "./letsencrypt.js";
import { enabledPlugins, fireTrigger, pluginEnabled } from "./plugins.js";
import { dropAllRealDbs } from "./services.js";
import { appDir, fakeFile, paths, readJsonl, type FakeEvent } from "./state.js";

export interface CallRecord {
  kind: "call" | "exit";
  id: string;
  ts?: string;
  pid?: number;
  depth?: number;
  argv?: string[];
  command?: string;
  mutating?: boolean;
  exit?: number;
}

const USAGE = `usage: fake-dokku-ctl <command>
  calls [--depth N] [--mutating] [--command C] [--json] [--count]
  restarts <app>
  events [<app>]
  fail <command-or-argv-prefix> [--exit N] [--message TEXT] [--times N] [--truncate-bytes N] [--kill-after-bytes N] [--delay-ms N]
  fail --clear | faults
  deploy <app> [--from DIR] [--branch B]
  crontab
  cleanup
`;

function calls(): (CallRecord & { exitCode?: number })[] {
  const records = readJsonl<CallRecord>(fakeFile("calls.jsonl"));
  const exits = new Map<string, number>();
  for (const r of records) if (r.kind === "exit") exits.set(r.id, r.exit ?? 0);
  return records.filter((r) => r.kind === "call").map((r) => ({ ...r, exitCode: exits.get(r.id) }));
}

export function ctl(args: string[]): number {
  const [sub, ...rest] = args;
  const flag = (name: string) => {
    const i = rest.indexOf(name);
    return i === -1 ? undefined : rest[i + 1];
  };
  switch (sub) {
    case "calls": {
      let list = calls();
      const depth = flag("--depth");
      if (depth !== undefined) list = list.filter((c) => c.depth === Number(depth));
      if (rest.includes("--mutating")) list = list.filter((c) => c.mutating);
      const command = flag("--command");
      if (command !== undefined) list = list.filter((c) => c.command === command);
      if (rest.includes("--count")) {
        process.stdout.write(`${list.length}\n`);
      } else if (rest.includes("--json")) {
        for (const c of list) process.stdout.write(`${JSON.stringify({ ts: c.ts, depth: c.depth, argv: c.argv, command: c.command, mutating: c.mutating, exit: c.exitCode })}\n`);
      } else {
        for (const c of list) process.stdout.write(`${c.depth} ${c.mutating ? "M" : "R"} ${(c.argv ?? []).join(" ")}\n`);
      }
      return 0;
    }
    case "restarts": {
      const app = rest[0];
      const n = readJsonl<FakeEvent>(fakeFile("events.jsonl")).filter((e) => e.type === "restart" && e.app === app).length;
      process.stdout.write(`${n}\n`);
      return 0;
    }
    case "events": {
      const app = rest[0];
      for (const e of readJsonl<FakeEvent>(fakeFile("events.jsonl"))) if (!app || e.app === app) process.stdout.write(`${JSON.stringify(e)}\n`);
      return 0;
    }
    case "fail": {
      if (rest[0] === "--clear") {
        clearFaults();
        return 0;
      }
      const pattern: string[] = [];
      const f: Fault = { pattern, times: 1 };
      for (let i = 0; i < rest.length; i++) {
        const a = rest[i] as string;
        const num = () => Number(rest[++i]);
        if (a === "--exit") f.exit = num();
        else if (a === "--message") f.message = rest[++i];
        else if (a === "--times") f.times = num();
        else if (a === "--truncate-bytes") f.truncateBytes = num();
        else if (a === "--kill-after-bytes") f.killAfterBytes = num();
        else if (a === "--delay-ms") f.delayMs = num();
        else pattern.push(...a.split(/\s+/).filter(Boolean));
      }
      if (pattern.length === 0) {
        process.stderr.write(USAGE);
        return 2;
      }
      if (f.exit === undefined && f.truncateBytes === undefined && f.killAfterBytes === undefined && f.delayMs === undefined) f.exit = 1;
      addFault(f);
      return 0;
    }
    case "faults":
      process.stdout.write(`${JSON.stringify(readFaults())}\n`);
      return 0;
    case "deploy": {
      const app = rest[0];
      if (!app) {
        process.stderr.write(USAGE);
        return 2;
      }
      const from = flag("--from") ?? process.cwd();
      const branch = flag("--branch") ?? deployBranch(app);
      const env = { ...process.env };
      delete env.FAKE_DOKKU_DEPTH;
      const bin = process.env.FAKE_DOKKU_BIN_DIR;
      if (bin) env.PATH = `${bin}:${env.PATH ?? ""}`;
      const r = spawnSync("git", ["-C", from, "push", "--force", appDir(app), `HEAD:refs/heads/${branch}`], { stdio: "inherit", env });
      return r.status ?? 1;
    }
    case "crontab": {
      // the cron plugin: every plugin's cron-entries (letsencrypt emulated in its place)
      let output = "";
      for (const plugin of enabledPlugins()) {
        if (plugin === "letsencrypt" && pluginEnabled("letsencrypt")) {
          const own = letsencryptCronEntries();
          if (own) output += `${own}\n`;
        }
      }
      const r = fireTrigger("cron-entries", ["docker-local"], { capture: true });
      output = mergeInOrder(output, r.stdout);
      const trimmed = output.trim();
      const tasks: string[] = [];
      if (trimmed !== "") {
        for (const line of trimmed.split("\n")) {
          if (line.trim() === "") {
            tasks.length = 0;
            break;
          }
          const parts = line.split(";");
          if (parts.length !== 2 && parts.length !== 3) {
            process.stderr.write(` !     Invalid injected cron task: ${line}\n`);
            return 1;
          }
          tasks.push(`${parts[0]} ${parts.length === 3 ? `${parts[1]} &>> ${parts[2]}` : parts[1]}`);
        }
      }
      process.stdout.write(`PATH=/usr/local/bin:/usr/bin:/bin\nSHELL=/bin/bash\n\n${tasks.map((t) => `${t}\n`).join("")}`);
      return 0;
    }
    case "cleanup":
      dropAllRealDbs();
      return 0;
    case "paths":
      process.stdout.write(`${JSON.stringify(paths())}\n`);
      return 0;
    default:
      process.stderr.write(USAGE);
      return sub ? 2 : 0;
  }
}

/** letsencrypt sorts before most plugins; keep it first, then the real trigger outputs. */
function mergeInOrder(emulated: string, triggered: string): string {
  return `${emulated}${triggered}`;
}

export const ctlJoin = join;
