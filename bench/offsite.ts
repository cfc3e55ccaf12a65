/**
 * Off-site figures (called by `npm run bench`): a local backup alone against the upload of that
 * same backup (age-encrypted, streamed multipart) to a real S3 API (s3rver on 127.0.0.1), and
 * the uploading process's peak RSS. BENCH_OFFSITE_MB sets the archive's size (default 1024).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSandbox, REPO_ROOT } from "../test/support/sandbox.js";
import { ensurePostgres, psql, RSS_HOOK, timed } from "./backup.js";

export interface OffsiteBenchRow {
  archiveBytes: number;
  backupSeconds: number;
  uploadSeconds: number;
  uploadedBytes: number;
  uploadPeakRssBytes: number;
}

async function startS3(dir: string): Promise<{ endpoint: string; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "test", "support", "s3-server.mjs"), dir], { stdio: ["ignore", "pipe", "inherit"] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`s3rver exited ${code}`)));
  });
  return { endpoint, stop: () => child.kill("SIGTERM") };
}

/** About `bytes` of archive: hex of random hashes, which the dump's zlib halves and no more. */
function fillIncompressible(db: string, bytes: number): void {
  psql(db, "CREATE TABLE blobs (id bigint PRIMARY KEY, payload text NOT NULL)");
  // Each row: 32 md5s = 1 KiB of hex, about 0.55 KiB once pg_dump has compressed it.
  const rows = Math.max(1000, Math.round(bytes / 560));
  const batch = 200_000;
  for (let from = 1; from <= rows; from += batch) {
    const to = Math.min(rows, from + batch - 1);
    psql(db, `INSERT INTO blobs SELECT g, (SELECT string_agg(md5(random()::text || g || x), '') FROM generate_series(1, 32) x) FROM generate_series(${from}, ${to}) g`);
  }
}

export async function benchOffsite(options: { archiveBytes: number; log: (line: string) => void }): Promise<OffsiteBenchRow> {
  const { log } = options;
  const stopPostgres = ensurePostgres();
  const work = mkdtempSync(path.join(tmpdir(), "pegasus-bench-offsite-"));
  const s3 = await startS3(path.join(work, "s3"));
  const sandbox = createSandbox({ plugins: ["postgres"] });
  try {
    const must = (args: string[], input?: string) => {
      const result = sandbox.dokku(args, input);
      if (result.exitCode !== 0) throw new Error(`dokku ${args.join(" ")}: ${result.stderr || result.stdout}`);
      return result;
    };
    must(["apps:create", "bench"]);
    must(["postgres:create", "bench-db"]);
    must(["--quiet", "postgres:link", "bench-db", "bench"]);
    const db = (JSON.parse(readFileSync(path.join(sandbox.state, "postgres", "bench-db.json"), "utf8")) as { db: string }).db;
    log(`-----> off-site bench: filling a database for a ~${Math.round(options.archiveBytes / 1048576)} MiB archive`);
    fillIncompressible(db, options.archiveBytes);

    let record = { id: "", size: 0 };
    const backupSeconds = timed(() => {
      record = JSON.parse(must(["pegasus:backup-deploy", "bench", "--format", "json"]).stdout) as typeof record;
    });
    log(`       local backup ${(record.size / 1e6).toFixed(1)} MB in ${backupSeconds.toFixed(2)} s (off-site off)`);

    const keyFile = path.join(work, "key.txt");
    execFileSync("age-keygen", ["-o", keyFile], { stdio: "ignore" });
    const recipient = /public key: (age1\S+)/.exec(readFileSync(keyFile, "utf8"))![1]!;
    for (const [key, value] of [
      ["offsite-url", "s3://pegasus-test/bench"],
      ["offsite-endpoint", s3.endpoint],
      ["offsite-path-style", "true"],
      ["offsite-recipient", recipient],
    ]) must(["pegasus:set", "--global", key!, value!]);
    must(["pegasus:offsite-auth", "--global"], "AWS_ACCESS_KEY_ID=S3RVER\nAWS_SECRET_ACCESS_KEY=S3RVER\n");

    const rssDir = mkdtempSync(path.join(work, "rss-"));
    const hook = path.join(work, "rss-hook.mjs");
    writeFileSync(hook, RSS_HOOK);
    let uploaded = { uploaded: [] as { size: number }[] };
    const uploadSeconds = timed(() => {
      const result = spawnSync(path.join(sandbox.fakeBin, "dokku"), ["pegasus:offsite-push", "bench", "--format", "json"], {
        env: { ...sandbox.env, PEGASUS_BENCH_RSS_DIR: rssDir, NODE_OPTIONS: `--import=${hook}` },
        encoding: "utf8",
      });
      if (result.status !== 0) throw new Error(`pegasus:offsite-push: ${result.stderr}`);
      uploaded = JSON.parse(result.stdout) as typeof uploaded;
    });
    const peaks = readdirSync(rssDir).map((name) => JSON.parse(readFileSync(path.join(rssDir, name), "utf8")) as { argv: string[]; maxRss: number });
    const plugin = peaks.find((peak) => peak.argv.some((arg) => arg.endsWith(path.join("dist", "plugin.cjs"))));
    const row: OffsiteBenchRow = {
      archiveBytes: record.size,
      backupSeconds,
      uploadSeconds,
      uploadedBytes: uploaded.uploaded[0]?.size ?? 0,
      uploadPeakRssBytes: plugin?.maxRss ?? 0,
    };
    log(`       upload ${(row.uploadedBytes / 1e6).toFixed(1)} MB in ${uploadSeconds.toFixed(2)} s; peak RSS ${(row.uploadPeakRssBytes / 1048576).toFixed(1)} MiB`);
    return row;
  } finally {
    sandbox.cleanup();
    s3.stop();
    rmSync(work, { recursive: true, force: true });
    stopPostgres();
  }
}
