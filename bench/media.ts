/**
 * Media archive figures (called by `npm run bench` in a process of its own, so its peak RSS is
 * the media code's alone): write, verify and unpack a storage directory of BENCH_MEDIA_MB
 * (default 512) MiB of incompressible files plus a thousand small ones, twice at two sizes, to
 * show memory stays flat as the archive grows.
 */
import { randomFillSync } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { extractMediaMount, readMediaArchive, writeMediaArchive } from "../src/backup/media/archive.js";
import { keepYoungGenerationSmall } from "../src/io/young-generation.js";

// As src/plugin.ts does for every command that streams backups.
keepYoungGenerationSmall(v8);

export interface MediaBenchRow {
  label: string;
  archiveBytes: number;
  writeSeconds: number;
  verifySeconds: number;
  extractSeconds: number;
  peakRssBytes: number;
}

function fillDirectory(dir: string, bytes: number): void {
  mkdirSync(path.join(dir, "uploads"), { recursive: true });
  for (let i = 0; i < 1000; i++) writeFileSync(path.join(dir, `thumb-${i}.txt`), `thumbnail ${i}\n`);
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  for (let written = 0, file = 0; written < bytes; file++) {
    const size = Math.min(64 * 1024 * 1024, bytes - written);
    const target = path.join(dir, "uploads", `video-${file}.bin`);
    for (let done = 0; done < size; done += chunk.length) {
      writeFileSync(target, randomFillSync(chunk).subarray(0, Math.min(chunk.length, size - done)), { flag: "a" });
    }
    written += size;
  }
}

async function seconds<T>(work: () => Promise<T>): Promise<[T, number]> {
  const began = performance.now();
  const result = await work();
  return [result, (performance.now() - began) / 1000];
}

export async function benchMedia(bytes: number): Promise<MediaBenchRow> {
  const root = mkdtempSync(path.join(tmpdir(), "pegasus-bench-media-"));
  try {
    const media = path.join(root, "web");
    fillDirectory(media, bytes);
    const mount = { container_path: "/code/media", host_path: media };
    const file = path.join(root, "media.tar");
    const [written, writeSeconds] = await seconds(() => writeMediaArchive([mount], file));
    const [, verifySeconds] = await seconds(() => readMediaArchive(file));
    const into = path.join(root, "web-pegasus-staged");
    mkdirSync(into);
    const [, extractSeconds] = await seconds(() => extractMediaMount(file, mount, into));
    return {
      label: `${(bytes / 1048576).toFixed(0)} MiB of media`,
      archiveBytes: written.size,
      writeSeconds,
      verifySeconds,
      extractSeconds,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const mib = Number(process.argv[2] || 512);
  process.stdout.write(`${JSON.stringify(await benchMedia(mib * 1024 * 1024))}\n`);
}
