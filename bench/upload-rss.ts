/**
 * A focused measure of the off-site upload's memory (no PostgreSQL, no pg_dump): a backup made
 * of `UPLOAD_RSS_MB` MiB of random bytes (cached in /tmp, the stand-in for a dump; the push
 * only hashes and encrypts it) is pushed by the real `pegasus:offsite-push` through the shim to
 * s3rver, and the plugin process reports its peak RSS (VmHWM) and the largest V8 figures seen.
 * Usage: node .cache/bench/upload-rss.mjs [MiB] [runs]   (built by bench/run or esbuild).
 * Extra environment for the plugin process only: UPLOAD_RSS_ENV='K=V K2=V2' (diagnosis).
 */
import { createHash, randomBytes } from "node:crypto";
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSandbox, REPO_ROOT } from "../test/support/sandbox.js";

const HOOK = `
import { readFileSync, writeFileSync } from "node:fs";
const max = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const sample = () => { const m = process.memoryUsage(); for (const k of Object.keys(max)) max[k] = Math.max(max[k], m[k]); };
setInterval(sample, 20).unref();
process.on("exit", () => {
  const dir = process.env.PEGASUS_BENCH_RSS_DIR;
  sample();
  const hwm = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))[1]) * 1024;
  if (dir) writeFileSync(dir + "/" + process.pid + ".json", JSON.stringify({ argv: process.argv, hwm, max }));
});
`;

function cachedPlain(mib: number): { file: string; size: number; sha256: string } {
  const dir = "/tmp/upload-rss-cache";
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `plain-${mib}.bin`);
  const meta = `${file}.json`;
  if (!existsSync(meta)) {
    const hash = createHash("sha256");
    const fd = openSync(file, "w");
    for (let i = 0; i < mib; i++) {
      const block = randomBytes(1 << 20);
      hash.update(block);
      writeSync(fd, block);
    }
    closeSync(fd);
    writeFileSync(meta, JSON.stringify({ size: mib << 20, sha256: hash.digest("hex") }));
  }
  return { file, ...(JSON.parse(readFileSync(meta, "utf8")) as { size: number; sha256: string }) };
}

async function startS3(dir: string): Promise<{ endpoint: string; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "test", "support", "s3-server.mjs"), dir], { stdio: ["ignore", "pipe", "inherit"] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`s3rver exited ${code}`)));
  });
  return { endpoint, stop: () => child.kill("SIGTERM") };
}

async function main(): Promise<void> {
  const mib = Number(process.argv[2] ?? 300);
  const runs = Number(process.argv[3] ?? 1);
  const plain = cachedPlain(mib);
  const work = mkdtempSync(path.join(tmpdir(), "upload-rss-"));
  const s3 = await startS3(path.join(work, "s3"));
  const sandbox = createSandbox({ plugins: ["postgres"] });
  const hook = path.join(work, "hook.mjs");
  writeFileSync(hook, HOOK);
  const extra = Object.fromEntries((process.env.UPLOAD_RSS_ENV ?? "").split(/\s+/).filter(Boolean).map((kv) => kv.split(/=(.*)/s).slice(0, 2)));
  try {
    const must = (args: string[], input?: string) => {
      const result = sandbox.dokku(args, input);
      if (result.exitCode !== 0) throw new Error(`dokku ${args.join(" ")}: ${result.stderr || result.stdout}`);
      return result;
    };
    must(["apps:create", "bench"]);
    const keyFile = path.join(work, "key.txt");
    execFileSync("age-keygen", ["-o", keyFile], { stdio: "ignore" });
    const recipient = /public key: (age1\S+)/.exec(readFileSync(keyFile, "utf8"))![1]!;
    for (const [key, value] of [
      ["offsite-url", "s3://pegasus-test/bench"],
      ["offsite-endpoint", s3.endpoint],
      ["offsite-path-style", "true"],
      ["offsite-recipient", recipient],
      ["offsite-keep", "0"],
    ]) must(["pegasus:set", "--global", key!, value!]);
    must(["pegasus:offsite-auth", "--global"], "AWS_ACCESS_KEY_ID=S3RVER\nAWS_SECRET_ACCESS_KEY=S3RVER\n");
    const backups = path.join(sandbox.libRoot, "data", "pegasus", "bench", "backups");
    mkdirSync(backups, { recursive: true, mode: 0o700 });
    for (let run = 0; run < runs; run++) {
      const id = `20260101T0000${String(run).padStart(2, "0")}Z-none`;
      linkSync(plain.file, path.join(backups, `${id}.dump`));
      const manifest = {
        id, app: "bench", service: "bench-db", created_at: new Date().toISOString(), git_rev: "none", size: plain.size, sha256: plain.sha256,
        verified: true, reason: "manual", pg_version: "15", duration_ms: 1,
        archive: { format_version: "1.14", pg_dump_version: "15", compression: "gzip", toc_entries: 1, data_blocks: 1, large_objects: 0 },
      };
      writeFileSync(path.join(backups, `${id}.json`), JSON.stringify(manifest));
      const rssDir = mkdtempSync(path.join(work, "rss-"));
      const start = process.hrtime.bigint();
      const result = spawnSync(path.join(sandbox.fakeBin, "dokku"), ["pegasus:offsite-push", "bench", "--format", "json"], {
        env: { ...sandbox.env, ...extra, PEGASUS_BENCH_RSS_DIR: rssDir, NODE_OPTIONS: `--import=${hook} ${process.env.UPLOAD_RSS_NODE_OPTIONS ?? ""}` },
        encoding: "utf8",
      });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (result.status !== 0) throw new Error(`pegasus:offsite-push: ${result.stderr}`);
      const pushed = JSON.parse(result.stdout) as { uploaded: { id: string; size: number }[] };
      if (pushed.uploaded.length !== 1 || pushed.uploaded[0]!.id !== id) throw new Error(`unexpected push: ${result.stdout}`);
      const peaks = readdirSync(rssDir).map((name) => JSON.parse(readFileSync(path.join(rssDir, name), "utf8")) as { argv: string[]; hwm: number; max: Record<string, number> });
      const plugin = peaks.find((peak) => peak.argv.some((arg) => arg.endsWith(path.join("dist", "plugin.cjs"))))!;
      const m = (n: number) => (n / 1048576).toFixed(1);
      console.log(
        `${mib} MiB: ${seconds.toFixed(2)} s (${(plain.size / 1e6 / seconds).toFixed(1)} MB/s) VmHWM ${m(plugin.hwm)} MiB = ${(plugin.hwm / 1e6).toFixed(1)} MB; ` +
          `max sampled rss ${m(plugin.max.rss!)} heapTotal ${m(plugin.max.heapTotal!)} heapUsed ${m(plugin.max.heapUsed!)} external ${m(plugin.max.external!)} arrayBuffers ${m(plugin.max.arrayBuffers!)} MiB`,
      );
    }
  } finally {
    sandbox.cleanup();
    s3.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
