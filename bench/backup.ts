/**
 * Backup figures for the closing note (called by `npm run bench`):
 * - throughput of `pegasus:backup-deploy` against the raw `dokku postgres:export > file` on the
 *   same database, through the shims and the fake dokku (which runs the real pg_dump);
 * - peak RSS of the backup's own Node process, small database against ~1 GB.
 * Needs a PostgreSQL: FAKE_PG_* from test/support/pg-server.sh (started here when unset).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSandbox, REPO_ROOT, type Sandbox } from "../test/support/sandbox.js";
import { timeInterleaved } from "./start.js";

export interface BackupBenchCase {
  label: string;
  databaseBytes: number;
  archiveBytes: number;
  rawSeconds: number;
  backupSeconds: number;
  /** raw export time / backup time: 1.0 means the backup costs nothing on top. */
  throughputRatio: number;
  backupPeakRssBytes: number;
  /** `pegasus:backups bench` through its shim once these backups exist, against `node -e 0`. */
  listing: { backups: number; ratio: number };
}

export interface BackupBenchOptions {
  /** Target size of the large database (default 1 GiB; PEGASUS_BENCH_LARGE_MB overrides). */
  largeBytes?: number;
  /** Alternating raw/backup runs per size; the fastest of each counts (default 3). */
  rounds?: number;
  log?: (line: string) => void;
}

// Each process started with NODE_OPTIONS=--import of this file records its own peak RSS.
export const RSS_HOOK = `
import { writeFileSync } from "node:fs";
process.on("exit", () => {
  const dir = process.env.PEGASUS_BENCH_RSS_DIR;
  if (dir) writeFileSync(dir + "/" + process.pid + ".json", JSON.stringify({ argv: process.argv, maxRss: process.resourceUsage().maxRSS * 1024 }));
});
`;

export async function benchBackup(options: BackupBenchOptions = {}): Promise<BackupBenchCase[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const largeBytes = options.largeBytes ?? Number(process.env.PEGASUS_BENCH_LARGE_MB || 1024) * 1024 * 1024;
  const stopServer = ensurePostgres();
  const work = mkdtempSync(path.join(tmpdir(), "pegasus-bench-"));
  const hook = path.join(work, "rss-hook.mjs");
  writeFileSync(hook, RSS_HOOK);
  try {
    const results: BackupBenchCase[] = [];
    for (const [label, bytes] of [
      ["small", 8 * 1024 * 1024],
      ["large", largeBytes],
    ] as const) {
      log(`-----> backup bench: ${label} database (~${Math.round(bytes / 1048576)} MiB)`);
      const sandbox = createSandbox({ plugins: ["postgres"] });
      try {
        results.push(measure(sandbox, label, bytes, options.rounds ?? 3, work, hook, log));
      } finally {
        sandbox.cleanup();
      }
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
    stopServer();
  }
}

function measure(
  sandbox: Sandbox,
  label: string,
  bytes: number,
  rounds: number,
  work: string,
  hook: string,
  log: (line: string) => void,
): BackupBenchCase {
  const must = (args: string[]) => {
    const result = sandbox.dokku(args);
    if (result.exitCode !== 0) throw new Error(`dokku ${args.join(" ")}: ${result.stderr || result.stdout}`);
    return result;
  };
  // backup-keep 2: the rounds must not fill the disk with large archives.
  must(["apps:create", "bench"]);
  must(["pegasus:set", "bench", "backup-keep", "2"]);
  must(["postgres:create", "bench-db"]);
  must(["--quiet", "postgres:link", "bench-db", "bench"]);
  const db = (JSON.parse(readFileSync(path.join(sandbox.state, "postgres", "bench-db.json"), "utf8")) as { db: string }).db;
  fill(db, bytes);
  const databaseBytes = Number(psql(db, "SELECT pg_database_size(current_database())").trim());
  log(`       database ${(databaseBytes / 1e6).toFixed(1)} MB`);

  // Page cache warm for both: one export first, not measured. Then alternate and keep the
  // fastest of each, so other work on the machine weighs on neither side.
  const raw = path.join(work, `${label}-raw.dump`);
  timed(() => exportTo(sandbox, raw));
  const rssDir = mkdtempSync(path.join(work, "rss-"));
  const env = { ...sandbox.env, PEGASUS_BENCH_RSS_DIR: rssDir };
  const run = (measureRss: boolean) => {
    const result = spawnSync(path.join(sandbox.fakeBin, "dokku"), ["pegasus:backup-deploy", "bench", "--format", "json"], {
      env: measureRss ? { ...env, NODE_OPTIONS: `--import=${hook}` } : sandbox.env,
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    if (result.status !== 0) throw new Error(`pegasus:backup-deploy: ${result.stderr}`);
    return JSON.parse(result.stdout) as { size: number };
  };
  let rawSeconds = Infinity;
  let backupSeconds = Infinity;
  let record = { size: 0 };
  for (let round = 0; round < rounds; round++) {
    rawSeconds = Math.min(rawSeconds, timed(() => exportTo(sandbox, raw)));
    backupSeconds = Math.min(backupSeconds, timed(() => (record = run(false))));
  }
  run(true);
  const peaks = readdirSync(rssDir).map((name) => JSON.parse(readFileSync(path.join(rssDir, name), "utf8")) as { argv: string[]; maxRss: number });
  const plugin = peaks.find((peak) => peak.argv.some((arg) => arg.endsWith(path.join("dist", "plugin.cjs"))));
  const listing = listingStart(sandbox);
  const result: BackupBenchCase = {
    listing,
    label,
    databaseBytes,
    archiveBytes: record.size,
    rawSeconds,
    backupSeconds,
    throughputRatio: rawSeconds / backupSeconds,
    backupPeakRssBytes: plugin?.maxRss ?? 0,
  };
  log(
    `       archive ${(result.archiveBytes / 1e6).toFixed(1)} MB; raw export ${rawSeconds.toFixed(2)} s, backup ${backupSeconds.toFixed(2)} s, ` +
      `ratio ${result.throughputRatio.toFixed(3)}; backup process peak RSS ${(result.backupPeakRssBytes / 1048576).toFixed(1)} MiB`,
  );
  return result;
}

/**
 * The start of `pegasus:backups` on an app that has backups (the start bench's app has none):
 * median of 20 interleaved runs against `node -e 0`, timed as the start bench times its cases.
 * Each listed backup's seal is checked, which loads node:crypto.
 */
function listingStart(sandbox: Sandbox): { backups: number; ratio: number } {
  const listed = spawnSync(path.join(sandbox.fakeBin, "dokku"), ["pegasus:backups", "bench", "--format", "json"], { env: sandbox.env, encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`pegasus:backups bench --format json: exit ${listed.status}: ${listed.stderr}`);
  const backups = (JSON.parse(listed.stdout) as unknown[]).length;
  const [node, listing] = timeInterleaved(
    [
      { label: "node -e 0", spawns: [[process.execPath, "-e", "0"]], exits: [0] },
      { label: "pegasus:backups bench (shim)", spawns: [[path.join(REPO_ROOT, "subcommands", "backups"), "pegasus:backups", "bench"]], exits: [0] },
    ],
    sandbox.env,
    20,
  );
  return { backups, ratio: listing!.medianMs / node!.medianMs };
}

function exportTo(sandbox: Sandbox, file: string): void {
  // The user's habit: `dokku postgres:export db > file`, through the same fake.
  const result = spawnSync("bash", ["-c", 'dokku postgres:export bench-db > "$1"', "_", file], { env: sandbox.env, stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0) throw new Error(`postgres:export: ${String(result.stderr)}`);
}

export function timed(action: () => void): number {
  const start = process.hrtime.bigint();
  action();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function connection(): string[] {
  return ["-h", process.env.FAKE_PG_HOST ?? "", "-p", process.env.FAKE_PG_PORT ?? "5432", "-U", process.env.FAKE_PG_USER ?? "postgres"];
}

export function psql(db: string, sql: string): string {
  return execFileSync("psql", ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", ...connection(), "-d", db, "-c", sql], { encoding: "utf8" });
}

/** Rows of hashes (which gzip cannot shrink much) plus a large object, to about `bytes`. */
function fill(db: string, bytes: number): void {
  const rows = Math.max(1000, Math.round(bytes / 150));
  psql(db, "CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)");
  const batch = 1_000_000;
  for (let from = 1; from <= rows; from += batch) {
    const to = Math.min(rows, from + batch - 1);
    psql(db, `INSERT INTO events (id, payload) SELECT g, md5(g::text) || md5((g * 7)::text) FROM generate_series(${from}, ${to}) g`);
  }
  psql(db, "SELECT lo_from_bytea(0, decode(repeat('cafebabe', 100000), 'hex'))");
  psql(db, "VACUUM ANALYZE events");
}

export function ensurePostgres(): () => void {
  if (process.env.FAKE_PG_HOST) return () => undefined;
  const dir = mkdtempSync(path.join("/tmp", "pegasus-bench-pg-"));
  const script = path.join(REPO_ROOT, "test", "support", "pg-server.sh");
  const out = execFileSync("bash", [script, "start", dir], { encoding: "utf8" });
  for (const match of out.matchAll(/(FAKE_PG_[A-Z]+)=(\S+)/g)) process.env[match[1]!] = match[2]!;
  return () => {
    execFileSync("bash", [script, "stop", dir], { stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
    delete process.env.FAKE_PG_HOST;
  };
}
