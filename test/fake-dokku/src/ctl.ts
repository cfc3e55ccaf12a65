// fake-dokku-ctl: the test-only controller (calls, restarts, events, fail, deploy, crontab).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { deployBranch } from "./deploy.js";
import { addFault, clearFaults, readFaults, type Fault } from "./faults.js";
import { currentCrontab } from "./cron.js";
import { DokkuExit } from "./output.js";
import { dropAllRealDbs } from "./services.js";
import { appDir, atomicWrite, fakeFile, paths, readJsonl, type FakeEvent } from "./state.js";
import { dokkuVersion } from "./version.js";

export interface CallRecord {
  kind: "call" | "exit";
  id: string;
  ts?: string;
  pid?: number;
  depth?: number;
  argv?: string[];
  /** `plugn` for the fake plugn binary; absent for dokku. */
  bin?: string;
  trigger?: string;
  user?: string;
  command?: string;
  mutating?: boolean;
  exit?: number;
}

const USAGE = `usage: fake-dokku-ctl <command>
  calls [--depth N] [--mutating] [--command C] [--json] [--count]
  restarts <app>
  events [<app>]
  fail <command-or-argv-prefix> [--exit N] [--message TEXT] [--times N] [--truncate-bytes N] [--kill-after-bytes N] [--delay-ms N] [--hold-while FILE]
  fail --clear | faults
  deploy <app> [--from DIR] [--branch B]
  crontab
  version [<x.y.z>]     the Dokku version the fake answers as (writes $DOKKU_LIB_ROOT/VERSION)
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
        for (const c of list) process.stdout.write(`${JSON.stringify({ ts: c.ts, depth: c.depth, bin: c.bin, argv: c.argv, command: c.command, user: c.user, mutating: c.mutating, exit: c.exitCode })}\n`);
      } else {
        for (const c of list) process.stdout.write(`${c.depth} ${c.mutating ? "M" : "R"} ${c.bin ? `${c.bin} ` : ""}${(c.argv ?? []).join(" ")}\n`);
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
        else if (a === "--hold-while") f.holdWhile = rest[++i];
        else pattern.push(...a.split(/\s+/).filter(Boolean));
      }
      if (pattern.length === 0) {
        process.stderr.write(USAGE);
        return 2;
      }
      if (f.exit === undefined && f.truncateBytes === undefined && f.killAfterBytes === undefined && f.delayMs === undefined && f.holdWhile === undefined) f.exit = 1;
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
      // the crontab the cron plugin's scheduler-cron-write last installed (cron.ts); before
      // any, the one it would write now from every plugin's cron-entries
      try {
        process.stdout.write(currentCrontab());
      } catch (e) {
        if (e instanceof DokkuExit) return e.code;
        throw e;
      }
      return 0;
    }
    case "version": {
      const wanted = rest[0];
      if (wanted !== undefined) {
        if (!/^\d+\.\d+\.\d+$/.test(wanted)) {
          process.stderr.write(USAGE);
          return 2;
        }
        atomicWrite(join(paths().libRoot, "VERSION"), `${wanted}\n`, 0o644);
      }
      process.stdout.write(`${dokkuVersion()}\n`);
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

export const ctlJoin = join;
