// The verifier against archives written by the real pg_dump, cross-checked with pg_restore.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { takeBackup } from "../../../src/backup/take.js";
import { ArchiveError, bufferReader, verifyArchive } from "../../../src/backup/pg-archive.js";
import { verifyArchiveFile } from "../../../src/backup/archive-file.js";
import { execaRunner, type Runner } from "../../../src/io/runner.js";
import { stubContext, stubRunner } from "../../support/stub-context.js";

const server = () => ["-h", process.env.FAKE_PG_HOST ?? "", "-p", process.env.FAKE_PG_PORT ?? "5432", "-U", process.env.FAKE_PG_USER ?? "postgres"];
const DB = `pegasus_archive_${process.pid}`;
const BIG_DB = `${DB}_big`;
const dir = mkdtempSync(path.join(tmpdir(), "pegasus-archives-"));

function psql(database: string, sql: string): string {
  return execFileSync("psql", ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", ...server(), "-d", database], { input: sql, encoding: "utf8", env: { ...process.env, PGOPTIONS: "-c client_min_messages=warning" } });
}

function dump(database: string, name: string, extra: string[] = [], viaPipe = true): string {
  const file = path.join(dir, name);
  // Through a pipe, as postgres:export delivers it (no seeking back to record offsets), or
  // straight to a file, when pg_dump rewrites the TOC with every block's offset.
  const args = ["-Fc", "--no-acl", "--no-owner", ...server(), ...extra, database];
  if (viaPipe) writeFileSync(file, execFileSync("pg_dump", args, { maxBuffer: 1 << 30 }));
  else execFileSync("pg_dump", [...args, "-f", file]);
  return file;
}

function restoreList(file: string): { tocEntries: number; compression: string; lines: number } {
  const out = execFileSync("pg_restore", ["--list", file], { encoding: "utf8" });
  return {
    tocEntries: Number(/TOC Entries: (\d+)/.exec(out)?.[1]),
    compression: /Compression: (\S+)/.exec(out)?.[1] ?? "",
    lines: out.split("\n").filter((line) => /^\d+;/.test(line)).length,
  };
}

beforeAll(() => {
  psql("postgres", `DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB}; DROP DATABASE IF EXISTS ${BIG_DB}; CREATE DATABASE ${BIG_DB};`);
  psql(
    DB,
    `CREATE EXTENSION cube;
     CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE, joined timestamptz DEFAULT now());
     INSERT INTO users (email) SELECT 'u' || g || '@example.com' FROM generate_series(1, 5000) g;
     CREATE TABLE embeddings (id int PRIMARY KEY, v real[] NOT NULL, c cube);
     INSERT INTO embeddings SELECT g, ARRAY[g * 0.5, -g]::real[], cube(ARRAY[g, g * 2]) FROM generate_series(1, 1000) g;
     CREATE TABLE docs (id int PRIMARY KEY, body oid);
     INSERT INTO docs VALUES (1, lo_from_bytea(0, decode(repeat('cafe', 30000), 'hex'))), (2, lo_from_bytea(0, 'x'::bytea));
     CREATE TABLE empty_table (id int);
     CREATE VIEW v AS SELECT id FROM users;
     CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';`,
  );
  // ~20 MB of archive even compressed: random-ish text does not shrink much.
  psql(
    BIG_DB,
    `CREATE TABLE events (id bigint PRIMARY KEY, payload text);
     INSERT INTO events SELECT g, md5(g::text) || md5((g * 7)::text) || md5((g * 13)::text) FROM generate_series(1, 340000) g;`,
  );
}, 120_000);

afterAll(() => {
  psql("postgres", `DROP DATABASE IF EXISTS ${DB} WITH (FORCE); DROP DATABASE IF EXISTS ${BIG_DB} WITH (FORCE);`);
});

describe("verifier against pg_dump and pg_restore", () => {
  it.each([
    ["gzip through a pipe", [], true],
    ["uncompressed through a pipe", ["-Z0"], true],
    ["gzip written to a seekable file", [], false],
    ["uncompressed written to a seekable file", ["-Z0"], false],
    ["data only", ["--data-only"], true],
  ] as const)("agrees with pg_restore --list on %s", async (name, extra, viaPipe) => {
    const file = dump(DB, `${name.replace(/\W+/g, "-")}.dump`, [...extra], viaPipe);
    const summary = await verifyArchiveFile(file);
    const listed = restoreList(file);
    expect(summary.tocEntries).toBe(listed.tocEntries);
    expect(summary.compression).toBe(listed.compression === "0" ? "none" : "gzip");
    expect(summary.largeObjects).toBe(2);
    expect(summary.dataBlocks).toBeGreaterThanOrEqual(5);
    expect(summary.serverVersion).toMatch(/^\d+\.\d+$/);
  });

  it("rejects a real archive cut at every one of 400 points, and at every block boundary", async () => {
    const bytes = readFileSync(dump(DB, "cut-source.dump", ["-Z0"]));
    const whole = await verifyArchive(bufferReader(bytes));
    const cuts = new Set<number>();
    for (let index = 0; index < 400; index++) cuts.add(Math.floor((bytes.length * index) / 400));
    // The end of each chunk and block, where a cut leaves a well-formed prefix behind.
    for (let back = 1; back <= 64; back++) cuts.add(bytes.length - back);
    for (const cut of cuts) {
      const error = await verifyArchive(bufferReader(bytes.subarray(0, cut)), { windowSize: 4096 }).catch((caught: unknown) => caught);
      expect(error, `cut at ${cut} of ${bytes.length}`).toBeInstanceOf(ArchiveError);
    }
    expect(whole.size).toBe(bytes.length);
    // pg_restore itself agrees these are broken (spot check).
    const cutFile = path.join(dir, "cut.dump");
    writeFileSync(cutFile, bytes.subarray(0, bytes.length - 5));
    const restored = spawnSync("pg_restore", ["-f", "/dev/null", cutFile], { encoding: "utf8" });
    expect(restored.status).not.toBe(0);
  });

  it("streams a ~20 MB export through takeBackup with a matching sha256", async () => {
    // postgres:export answered by the real pg_dump; the other calls by the table.
    const table = stubRunner([
      { argv: ["config:export"], stdout: JSON.stringify({ DATABASE_URL: "postgres://postgres:pw@dokku-postgres-big:5432/big" }) },
      { argv: ["apps:report", "big", "--app-deploy-source-metadata"], stdout: "\n" },
      { argv: ["postgres:list"], stdout: "big\n" },
    ]);
    const runner: Runner = {
      run: table.run,
      stream: (_command, _args, options) => execaRunner.stream("pg_dump", ["-Fc", ...server(), BIG_DB], { ...options, env: process.env }),
    };
    const context = stubContext(runner);
    const record = await takeBackup("big", "manual", context);
    expect(record.size).toBeGreaterThan(15_000_000);
    const sha = execFileSync("sha256sum", [record.file], { encoding: "utf8" }).split(" ")[0];
    expect(record.sha256).toBe(sha);
    expect(record.archive.toc_entries).toBe(restoreList(record.file).tocEntries);
  }, 120_000);
});
