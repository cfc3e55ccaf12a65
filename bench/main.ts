/**
 * `npm run bench`: a benchmark, not a test. Prints one line per figure on stdout (progress goes
 * to stderr), measured on the fake Dokku with a real PostgreSQL (bench/run starts one). bench/run
 * runs it twice: `start` (the process start figures, before PostgreSQL starts), then `rest`.
 * BENCH_DB_MB sets the size of the large backup database (default 1024); BENCH_ONLY=start prints
 * only the process start figures, BENCH_ONLY=offsite only the off-site one. BENCH_MEDIA_MB sets
 * the larger media directory (default 1024; the smaller is a quarter of it). BENCH_START_RUNS sets
 * the interleaved rounds of the start figures (default 20, what the start goals are read at): a
 * median of 20 moves by about 0.05 from run to run on a 2-core VM, one of 200 by about 0.01.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchBackup } from "./backup.js";
import { benchOffsite } from "./offsite.js";
import type { EnvImportBenchRow } from "./env-import.js";
import type { MediaBenchRow } from "./media.js";
import { benchSetup, type CallFigures } from "./setup-calls.js";
import { benchStart } from "./start.js";

const log = (line: string) => process.stderr.write(`${line}\n`);
const say = (line: string) => process.stdout.write(`${line}\n`);
const WIDTH = 62;

function callsLine(section: string, row: CallFigures | EnvImportBenchRow): string {
  const figures = `dokku calls ${String(row.calls).padStart(3)}  mutating ${String(row.mutating).padStart(3)}  restarts ${String(row.restarts).padStart(3)}`;
  const failure = "failure" in row && row.failure ? `  (${row.failure})` : "";
  return `${`${section}: ${row.label}`.padEnd(WIDTH)} ${figures}  ${row.seconds.toFixed(1)} s${failure}`;
}

const offsiteMb = Number(process.env.BENCH_OFFSITE_MB || 1024);
const only = process.env.BENCH_ONLY;
if (only !== undefined && only !== "start" && only !== "offsite") throw new Error(`BENCH_ONLY takes "start" or "offsite", got ${only}`);
const startRuns = Number(process.env.BENCH_START_RUNS || 20);
if (!Number.isInteger(startRuns) || startRuns <= 0) throw new Error(`BENCH_START_RUNS must be a positive whole number, got ${process.env.BENCH_START_RUNS}`);
const largeMb = Number(process.env.BENCH_DB_MB || 1024);
if (!Number.isFinite(largeMb) || largeMb <= 0) throw new Error(`BENCH_DB_MB must be a positive number of MiB, got ${process.env.BENCH_DB_MB}`);

async function setupAndEnvImport(): Promise<void> {
  log("-----> setup bench: fresh app, re-run, and the runbook's commands, fake Dokku");
  for (const row of await benchSetup()) say(callsLine("setup", row));
  // env-import's bench runs standalone (its module starts itself when it is the main script).
  const envImportBundle = path.join(path.dirname(fileURLToPath(import.meta.url)), "env-import.mjs");
  const envImport = spawnSync(process.execPath, [envImportBundle], { env: process.env, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  if (envImport.status !== 0) throw new Error(`env-import bench failed (exit ${envImport.status})`);
  for (const row of JSON.parse(envImport.stdout) as EnvImportBenchRow[]) say(callsLine("env-import", row));
}

function processStart(): void {
  log(`-----> process start bench: median of ${startRuns} interleaved runs, fake Dokku`);
  if (process.env.NODE_EXTRA_CA_CERTS) {
    // Node parses that file before any script, in every process: here it is most of `node -e 0`.
    log("       NODE_EXTRA_CA_CERTS is set here; the start cases run without it, as on a Dokku host");
  }
  const { figures, ratios } = benchStart(startRuns);
  for (const figure of figures) say(`${`start: ${figure.label}`.padEnd(WIDTH)} ${figure.medianMs.toFixed(1)} ms`);
  for (const { label, ratio, low, high, goal } of ratios) {
    const verdict = goal ? `; goal <= ${goal}x: ${ratio <= goal ? "met" : "NOT met"}${goalWithinNoise(goal, low, high) ? ", within this run's noise" : ""}` : "";
    say(`${`start: ${label}`.padEnd(WIDTH)} ${ratio.toFixed(2)}x  (95% ${low.toFixed(2)} to ${high.toFixed(2)}${verdict})`);
  }
}

/** The goal lies inside the ratio's interval: another run could as well read the other verdict. */
function goalWithinNoise(goal: number, low: number, high: number): boolean {
  return low <= goal && goal <= high;
}

async function backup(): Promise<void> {
  for (const row of await benchBackup({ largeBytes: largeMb * 1024 * 1024, log })) {
    const label = `backup: ${row.label} database, ${(row.databaseBytes / 1e6).toFixed(0)} MB (archive ${(row.archiveBytes / 1e6).toFixed(1)} MB)`;
    say(
      `${label.padEnd(WIDTH)} raw export ${row.rawSeconds.toFixed(2)} s  backup ${row.backupSeconds.toFixed(2)} s  ` +
        `throughput ratio ${row.throughputRatio.toFixed(2)}  peak RSS ${(row.backupPeakRssBytes / 1048576).toFixed(0)} MiB`,
    );
    say(`${`backup: pegasus:backups listing ${row.listing.backups} of them (shim) / node -e 0`.padEnd(WIDTH)} ${row.listing.ratio.toFixed(2)}x`);
  }
}

const part = process.argv[2];
if (part !== "start" && part !== "rest") throw new Error(`bench/main: give the part to run, start or rest (bench/run does), got ${part}`);
if (part === "start") processStart();
if (part === "rest" && !only) await setupAndEnvImport();
if (part === "rest" && !only) await backup();
if (part === "rest" && (!only || only === "offsite")) await offsite();

async function offsite(): Promise<void> {
  const row = await benchOffsite({ archiveBytes: offsiteMb * 1024 * 1024, log });
  const mbps = (bytes: number, seconds: number) => `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;
  const label = `offsite: backup of ${(row.archiveBytes / 1e6).toFixed(0)} MB, age + multipart to s3rver`;
  say(
    `${label.padEnd(WIDTH)} local backup ${row.backupSeconds.toFixed(2)} s (${mbps(row.archiveBytes, row.backupSeconds)})  ` +
      `upload ${row.uploadSeconds.toFixed(2)} s (${mbps(row.archiveBytes, row.uploadSeconds)})  ` +
      `throughput ratio ${(row.backupSeconds / row.uploadSeconds).toFixed(2)}  peak RSS ${(row.uploadPeakRssBytes / 1048576).toFixed(0)} MiB`,
  );
}

// Each media size in a process of its own: peak RSS is per process, and must not grow with size.
function media(): void {
  const mediaMb = Number(process.env.BENCH_MEDIA_MB || 1024);
  log(`-----> media bench: write, verify and unpack ${mediaMb / 4} and ${mediaMb} MiB of storage`);
  const mediaBundle = path.join(path.dirname(fileURLToPath(import.meta.url)), "media.mjs");
  for (const mib of [mediaMb / 4, mediaMb]) {
    const media = spawnSync(process.execPath, [mediaBundle, String(mib)], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
    if (media.status !== 0) throw new Error(`media bench failed (exit ${media.status})`);
    const row = JSON.parse(media.stdout) as MediaBenchRow;
    say(
      `${`media: ${row.label} (archive ${(row.archiveBytes / 1e6).toFixed(0)} MB)`.padEnd(WIDTH)} write ${row.writeSeconds.toFixed(1)} s  ` +
        `verify ${row.verifySeconds.toFixed(1)} s  unpack ${row.extractSeconds.toFixed(1)} s  peak RSS ${(row.peakRssBytes / 1048576).toFixed(0)} MiB`,
    );
  }
}
if (part === "rest" && !only) media();
