/**
 * Process start figures for `npm run bench`: what a subcommand or trigger costs through its shim
 * against bare `node -e 0` (plus, for those that call Dokku, the same Dokku calls made alone),
 * and `pegasus:help`, which bash answers without starting Node. Every case runs on the fake
 * Dokku, interleaved, so a burst of other work on the machine weighs on every case alike.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createSandbox, REPO_ROOT, type Sandbox } from "../test/support/sandbox.js";

export interface StartFigure {
  label: string;
  medianMs: number;
  /** One time per round, in round order: rounds are what a resample draws (see `startRatio`). */
  samplesMs: number[];
}

export interface StartRatio {
  label: string;
  ratio: number;
  /** Where 95% of the ratios recomputed from rounds drawn again fall: how far noise moves it. */
  low: number;
  high: number;
  goal?: number;
}

type Spawn = [file: string, ...args: string[]];
export interface StartCase {
  label: string;
  /** Run one after the other; the case's time is the whole sequence. */
  spawns: Spawn[];
  /** The exit code of each spawn. */
  exits: number[];
}

const APP = "bench";

export function benchStart(runs = 20): { figures: StartFigure[]; ratios: StartRatio[] } {
  const sandbox = createSandbox();
  try {
    prepare(sandbox);
    // Executed as Dokku's `dokku` script and plugn run them: the shim's own `#!` line picks bash.
    const shim = (...args: string[]): Spawn => [path.join(REPO_ROOT, ...args)];
    const backups: Spawn = [...shim("subcommands", "backups"), "pegasus:backups", APP];
    const reportTrigger: Spawn = [...shim("report"), APP];
    const cases: StartCase[] = [
      { label: "node -e 0", spawns: [[process.execPath, "-e", "0"]], exits: [0] },
      { label: "the shim's bash alone (exec node -e 0)", spawns: [[shimAlone(sandbox)]], exits: [0] },
      // A refused key: parsed, validated and answered before any dokku call.
      { label: "subcommand shim (pegasus:set --global, refused key)", spawns: [[...shim("subcommands", "set"), "pegasus:set", "--global", "no-such-key", "x"]], exits: [1] },
      { label: `pegasus:backups ${APP} (shim)`, spawns: [backups], exits: [0] },
      { label: "  its dokku calls alone", ...dokkuCallsOf(sandbox, backups) },
      { label: `report trigger (dokku report ${APP})`, spawns: [reportTrigger], exits: [0] },
      { label: "  its dokku calls alone", ...dokkuCallsOf(sandbox, reportTrigger) },
      { label: "cron-entries trigger (one app scheduled)", spawns: [[...shim("cron-entries"), "docker-local"]], exits: [0] },
      { label: "pegasus:help (bash commands file)", spawns: [[...shim("commands"), "pegasus:help"]], exits: [0] },
    ];
    const figures = timeInterleaved(cases, sandbox.env, runs);
    const [node, shimBash, set, backupsMs, backupsCalls, report, reportCalls, cronEntries] = figures.map((_, index) => index);
    const ratios: StartRatio[] = [
      startRatio("the shim's bash alone / node -e 0", figures, (m) => m[shimBash!]! / m[node!]!),
      startRatio("pegasus:set refused key / node -e 0", figures, (m) => m[set!]! / m[node!]!, 1.2),
      startRatio("pegasus:backups / (node -e 0 + its dokku calls)", figures, (m) => m[backupsMs!]! / (m[node!]! + m[backupsCalls!]!), 1.35),
      startRatio("report trigger / (node -e 0 + its dokku calls)", figures, (m) => m[report!]! / (m[node!]! + m[reportCalls!]!)),
      startRatio("cron-entries trigger / node -e 0", figures, (m) => m[cronEntries!]! / m[node!]!),
    ];
    return { figures, ratios };
  } finally {
    sandbox.cleanup();
  }
}

/**
 * A subcommand's shim with its `exec node ...` line made `exec node -e 0`: what the 3-line bash
 * file every command starts through costs before Node does anything of ours, a part of each
 * ratio above that no change to the bundles can lower.
 */
function shimAlone(sandbox: Sandbox): string {
  const shim = readFileSync(path.join(REPO_ROOT, "subcommands", "set"), "utf8");
  const alone = shim.replace(/^exec node .*$/m, "exec node -e 0");
  if (alone === shim) throw new Error("bench: subcommands/set has no `exec node ...` line to measure the shim by");
  const file = path.join(sandbox.root, "shim-alone");
  writeFileSync(file, alone);
  chmodSync(file, 0o755);
  return file;
}

/**
 * Each case's median time over `runs` interleaved rounds (after one discarded warm-up round), so
 * a burst of other work on the machine weighs on every case alike. Run without
 * NODE_EXTRA_CA_CERTS: a Dokku host has none, and where one is set (this workplace) parsing it
 * would be most of every start and hide what the plugin's own start costs.
 */
export function timeInterleaved(cases: readonly StartCase[], sandboxEnv: NodeJS.ProcessEnv, runs: number): StartFigure[] {
  const env = { ...sandboxEnv };
  delete env.NODE_EXTRA_CA_CERTS;
  const samples = cases.map(() => [] as number[]);
  for (let run = 0; run < runs + 1; run++) {
    cases.forEach((item, index) => {
      const started = process.hrtime.bigint();
      item.spawns.forEach(([file, ...args], call) => {
        const result = spawnSync(file, args, { env, stdio: ["ignore", "ignore", "pipe"] });
        if (result.status !== item.exits[call]) throw new Error(`${item.label}: ${args.join(" ")}: exit ${result.status}: ${String(result.stderr)}`);
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (run > 0) samples[index]!.push(ms);
    });
  }
  return cases.map((item, index) => ({ label: item.label, medianMs: median(samples[index]!), samplesMs: samples[index]! }));
}

const RESAMPLES = 2000;

/**
 * A ratio of medians (`of` takes every case's median, in the order of `figures`) and its 95%
 * bootstrap interval: the same ratio over rounds drawn again with replacement, a round keeping
 * all its cases together, since they ran side by side. The interval says what a goal read on one
 * run is worth: a ratio whose interval straddles its goal meets it in some runs and not others.
 * The draws come from a fixed seed, so the same samples print the same interval.
 */
export function startRatio(label: string, figures: readonly StartFigure[], of: (medians: number[]) => number, goal?: number): StartRatio {
  const rounds = figures[0]!.samplesMs.length;
  const random = seededRandom(0x5eed);
  const resampled: number[] = [];
  for (let draw = 0; draw < RESAMPLES; draw++) {
    const picked = Array.from({ length: rounds }, () => Math.floor(random() * rounds));
    resampled.push(of(figures.map((figure) => median(picked.map((round) => figure.samplesMs[round]!)))));
  }
  resampled.sort((a, b) => a - b);
  const at = (share: number) => resampled[Math.min(RESAMPLES - 1, Math.floor(share * RESAMPLES))]!;
  return { label, ratio: of(figures.map((figure) => figure.medianMs)), low: at(0.025), high: at(0.975), goal };
}

/** mulberry32: a small generator with a seed, which Math.random has not. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An app with a schedule (so cron-entries checks one) and no backup yet: `pegasus:backups` reads
 * an empty listing (bench/backup.ts gives the start of one that lists backups).
 */
function prepare(sandbox: Sandbox): void {
  for (const args of [["apps:create", APP], ["pegasus:backup-schedule", APP, "0 3 * * *"]]) {
    const result = sandbox.dokku(args);
    if (result.exitCode !== 0) throw new Error(`bench setup ${args.join(" ")}: ${result.stderr}`);
  }
}

/** The dokku calls `spawn` makes, as the fake recorded them (with their exit codes), to run alone. */
function dokkuCallsOf(sandbox: Sandbox, [file, ...args]: Spawn): Pick<StartCase, "spawns" | "exits"> {
  const recorded = () => sandbox.ctl(["calls", "--json"]).stdout.trim().split("\n").filter(Boolean);
  const before = recorded().length;
  const result = spawnSync(file, args, { env: sandbox.env, stdio: "ignore" });
  if (result.status !== 0) throw new Error(`${args.join(" ")}: exit ${result.status}`);
  const calls = recorded()
    .slice(before)
    .map((line) => JSON.parse(line) as { argv: string[]; bin?: string; exit?: number })
    .filter((call) => !call.bin);
  return { spawns: calls.map((call) => [sandbox.dokkuBin, ...call.argv]), exits: calls.map((call) => call.exit ?? 0) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
