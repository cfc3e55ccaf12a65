import { createHash, randomBytes } from "node:crypto";
import { createServer, request as httpRequest } from "node:http";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import {
  groupBucketObjects,
  parseCredentials,
  renderCredentials,
  parseIdentities,
  parseOffsiteUrl,
  planOffsitePush,
  planOffsiteRetention,
  resolveOffsiteConfig,
  validateEndpoint,
  validateRecipients,
} from "../../../src/backup/offsite/config.js";
import { decryptStream, encryptStream } from "../../../src/backup/offsite/age.js";
import { LocalBackupChanged, OffsiteFailure } from "../../../src/backup/offsite/after-backup.js";
import { listBucketCopies } from "../../../src/backup/offsite/bucket-listing.js";
import { downloadBackup } from "../../../src/backup/offsite/download.js";
import { pushPending } from "../../../src/backup/offsite/push.js";
import { describeS3Error, openBucket, PART_SIZE } from "../../../src/backup/offsite/s3.js";
import { offsiteReportFields, readLastOffsite, writeCredentials } from "../../../src/backup/offsite/state.js";
import { acquireBackupLock } from "../../../src/backup/lock.js";
import { backupPaths, listBackups, manifestSeal } from "../../../src/backup/store.js";
import { takeBackup, type TakeBackupOptions } from "../../../src/backup/take.js";
import { findSetting, SETTINGS, validateSetting } from "../../../src/core/settings.js";
import { UserError } from "../../../src/errors.js";
import { GLOBAL, PropertyStore } from "../../../src/io/properties.js";
import type { Runner } from "../../../src/io/runner.js";
import { offsiteAuth } from "../../../src/subcommands/offsite-auth.js";
import { offsitePush } from "../../../src/subcommands/offsite-push.js";
import { sampleEntries, writeFakeArchive, type FakeEntry } from "../../support/pg-archive-writer.js";
import { stubContext, stubRunner, type StubContext } from "../../support/stub-context.js";

const ENDPOINT = process.env.S3_TEST_ENDPOINT;
const REV = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const SECRET_KEY = "S3RVER-secret-never-shown-9f8e7d";

async function ageKeyPair(): Promise<{ identity: string; recipient: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "pegasus-age-"));
  const file = path.join(dir, "key.txt");
  await execa("age-keygen", ["-o", file]);
  const text = await readFile(file, "utf8");
  const identity = /^AGE-SECRET-KEY-1\S+$/m.exec(text)![0];
  const recipient = /public key: (age1\S+)/.exec(text)![1]!;
  return { identity, recipient, file };
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe("off-site settings and plans (pure)", () => {
  it("parses s3:// URLs and refuses anything else with the expected form", () => {
    expect(parseOffsiteUrl("s3://my-bucket/pegasus/prod/")).toEqual({ bucket: "my-bucket", prefix: "pegasus/prod" });
    expect(parseOffsiteUrl("s3://my-bucket")).toEqual({ bucket: "my-bucket", prefix: "" });
    for (const bad of ["https://x/y", "s3://UPPER/x", "s3://ab", "s3://b-1/../etc", "s3://bucket/a b", "s3://bucket/-/x?y"]) {
      expect(() => parseOffsiteUrl(bad), bad).toThrow(/s3:\/\/BUCKET/);
    }
  });

  it("an identity given where a recipient goes, or a key in a URL, is refused without being repeated", () => {
    const identity = `AGE-SECRET-KEY-1${"Q".repeat(58)}`;
    const recipient = `age1${"q".repeat(58)}`;
    for (const value of [identity, `${recipient} ${identity}`, identity.toLowerCase()]) {
      expect(() => validateRecipients(value)).toThrow(/private key.*age-keygen -y/);
      expect(() => validateRecipients(value)).not.toThrow(/QQQQ|qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq/);
    }
    expect(() => parseOffsiteUrl("s3://AKIAXYZ:wJalrSecret@my-bucket/p")).toThrow(/must not hold credentials/);
    expect(() => parseOffsiteUrl("s3://AKIAXYZ:wJalrSecret@my-bucket/p")).not.toThrow(/wJalrSecret/);
    expect(() => validateEndpoint("https://AKIAXYZ:wJalr Secret@sto re")).not.toThrow(/wJalr/);
  });

  it("an identity anywhere in offsite-recipient (quoted, glued, any case) is refused with none of it in the message", () => {
    const body = "1GQ9778VQXLWNJ2TSRXA6TDGWJ4WZX3V6QXD4UDZNJPDEKK4ZW8QSY7Z2L3";
    const identity = `AGE-SECRET-KEY-${body}`;
    const recipient = `age1${"q".repeat(58)}`;
    for (const value of [`"${identity}"`, `'${identity}'`, `identity=${identity}`, `x${identity.toLowerCase()}`, `${recipient},${identity}`]) {
      const refusal = () => validateRecipients(value);
      expect(refusal, value).toThrow(/^offsite-recipient was given an age private key \(AGE-SECRET-KEY-…\), which must stay off this server: set the public key/);
      expect(refusal, value).not.toThrow(body.slice(0, 8));
      expect(refusal, value).not.toThrow(body.slice(0, 8).toLowerCase());
    }
  });

  it("a word of offsite-recipient that is not a public key is counted, never quoted: it may be any secret pasted there", () => {
    const awsSecret = "q3Vz8kR+2mPfT7xLw9/NbY4cHs6JdE1uGaK0oZiW";
    const recipient = `age1${"q".repeat(58)}`;
    const refusal = () => validateRecipients(`${recipient} ${awsSecret}`);
    expect(refusal).toThrow(/^offsite-recipient must be age public keys \(age1…, space separated\) or none; word 2 of 2 \(40 characters, not shown\) is not one\. /);
    expect(refusal).not.toThrow("q3Vz8kR");
    expect(() => validateRecipients("hunter2")).toThrow(/the value \(7 characters, not shown\)/);
    expect(() => validateRecipients("hunter2")).not.toThrow("hunter2");
  });

  it("every setting refuses an age identity without repeating it, and quotes no refused value that looks like a secret", () => {
    const body = "1GQ9778VQXLWNJ2TSRXA6TDGWJ4WZX3V6QXD4UDZNJPDEKK4ZW8QSY7Z2L3";
    for (const setting of SETTINGS) {
      for (const value of [`AGE-SECRET-KEY-${body}`, `https://s3.example.com/age-secret-key-${body.toLowerCase()}`]) {
        const refusal = () => validateSetting(setting, value);
        expect(refusal, setting.key).toThrow(`${setting.key} was given an age private key (AGE-SECRET-KEY-…), which must stay off this server`);
        expect(refusal, setting.key).not.toThrow(body.slice(0, 8));
        expect(refusal, setting.key).not.toThrow(body.slice(0, 8).toLowerCase());
      }
    }
    // An S3 secret key pasted as another setting's value: refused by the key's rule, never quoted.
    const awsSecret = "q3Vz8kR+2mPfT7xLw9/NbY4cHs6JdE1uGaK0oZiW";
    for (const setting of SETTINGS) {
      const refusal = () => validateSetting(setting, `${awsSecret}!`);
      expect(refusal, setting.key).toThrow(UserError);
      expect(refusal, setting.key).not.toThrow("q3Vz8kR");
    }
    // A typo is still quoted back: it helps, and it is no secret.
    expect(() => validateSetting(findSetting("offsite-required", "app"), "ture")).toThrow('offsite-required must be true or false, got "ture"');
    expect(() => validateSetting(findSetting("backup-keep", "app"), "ten")).toThrow('got "ten"');
    expect(() => validateSetting(findSetting("offsite-region", "app"), "EU Central")).toThrow('got "EU Central"');
  });

  it("validates endpoints, recipients, keep and booleans through pegasus:set's table", () => {
    expect(validateEndpoint("https://fsn1.your-objectstorage.com/")).toBe("https://fsn1.your-objectstorage.com");
    expect(() => validateEndpoint("https://key:secret@store.example")).toThrow(/must not hold credentials/);
    expect(() => validateEndpoint("ftp://store")).toThrow(/https:\/\//);
    expect(() => findSetting("offsite-recipient", "global").validate("age1nope")).toThrow(/age-keygen/);
    expect(validateRecipients(" none ")).toBe("none");
    expect(() => findSetting("offsite-keep", "app").validate("-1")).toThrow(/whole number/);
    expect(findSetting("offsite-keep", "global").validate("007")).toBe("7");
    expect(() => findSetting("offsite-path-style", "app").validate("yes")).toThrow(/true or false/);
    expect(() => findSetting("offsite-required", "app").validate("1")).toThrow(/true or false/);
    expect(findSetting("offsite-region", "app").validate("eu-central")).toBe("eu-central");
  });

  it("refuses an offsite-url without a recipient, saying how to make a key; none is the explicit opt-out", () => {
    expect(resolveOffsiteConfig({}, "web")).toBeUndefined();
    expect(() => resolveOffsiteConfig({ "offsite-url": "s3://b-1/p" }, "web")).toThrow(/age-keygen -o pegasus-offsite.key/);
    const optedOut = resolveOffsiteConfig({ "offsite-url": "s3://b-1/p", "offsite-recipient": "none" }, "web")!;
    expect(optedOut).toMatchObject({ encrypted: false, recipients: [], keep: 30, region: "us-east-1", pathStyle: false, required: false });
  });

  it("keeps offsite-keep copies, never the newest nor a protected one; 0 keeps all", () => {
    const ids = ["20261101T000000Z-aaaaaaa", "20261102T000000Z-aaaaaaa", "20261103T000000Z-aaaaaaa", "20261104T000000Z-aaaaaaa"];
    expect(planOffsiteRetention(ids, 2, [])).toEqual([ids[0], ids[1]]);
    expect(planOffsiteRetention(ids, 1, [ids[0]!])).toEqual([ids[1], ids[2]]);
    expect(planOffsiteRetention(ids, 0, [])).toEqual([]);
    expect(planOffsiteRetention([ids[0]!], 0, [])).toEqual([]);
  });

  it("plans a push: what retention would remove at once is not uploaded, and a failed upload's backup still goes", () => {
    const ids = ["20261101T000000Z-aaaaaaa", "20261102T000000Z-aaaaaaa", "20261103T000000Z-aaaaaaa"];
    const local = ids.map((id) => ({ id, created_at: `${id.slice(0, 4)}-11-0${id[7]}T00:00:00.000Z`, reason: "manual" }));
    // keep 1: the newest is in the bucket, the two older ones were removed by retention before.
    const settled = planOffsitePush(local, (record) => record.id === ids[2], [ids[2]!], 1);
    expect(settled.upload).toEqual([]);
    expect([...settled.remove].sort()).toEqual([ids[0], ids[1]]);
    // Uploads of the two newest failed: only the newest is sent, the old copy removed after it.
    const failed = planOffsitePush(local, (record) => record.id === ids[0], [ids[0]!], 1);
    expect(failed.upload.map((record) => record.id)).toEqual([ids[2]]);
    expect([...failed.remove].sort()).toEqual([ids[0], ids[1]]);
    // keep 0 keeps all, so everything not copied goes.
    expect(planOffsitePush(local, () => false, [], 0).upload).toHaveLength(3);
  });

  it("groups bucket objects by backup id and ignores strangers", () => {
    const copies = groupBucketObjects("p/web/", [
      { key: "p/web/20261101T000000Z-aaaaaaa.dump.age", size: 10 },
      { key: "p/web/20261101T000000Z-aaaaaaa.json", size: 2 },
      { key: "p/web/20261101T000000Z-aaaaaaa.media.tar.age", size: 7 },
      { key: "p/web/20261102T000000Z-none.dump.age", size: 5 },
      { key: "p/web/20261102T000000Z-none.json.age", size: 5 },
      { key: "p/web/notes.txt", size: 1 },
      { key: "p/other/20261101T000000Z-aaaaaaa.json", size: 2 },
    ]);
    expect(copies.map((copy) => [copy.id, Boolean(copy.dump), Boolean(copy.manifest), copy.media?.size ?? null])).toEqual([
      ["20261102T000000Z-none", true, false, null],
      ["20261101T000000Z-aaaaaaa", true, true, 7],
    ]);
  });

  it("reads credentials as dotenv and never quotes a value in an error", () => {
    expect(parseCredentials("# store\nAWS_ACCESS_KEY_ID=AKIA1234\nexport AWS_SECRET_ACCESS_KEY='s3cr3t'\n")).toEqual({
      accessKeyId: "AKIA1234",
      secretAccessKey: "s3cr3t",
    });
    for (const text of ["AWS_ACCESS_KEY_ID=AKIA1234\n", "AWS_ACCESS_KEY_ID=AKIA1234\nAWS_SECRET_ACCESS_KEY=s3cr3t\nOTHER=hunter2\n"]) {
      try {
        parseCredentials(text);
        expect.unreachable();
      } catch (error) {
        expect((error as Error).message).not.toMatch(/AKIA1234|s3cr3t|hunter2/);
      }
    }
  });

  it("never truncates a secret at a # and never names a line that is a secret pasted alone", () => {
    // dotenv ends an unquoted value at `#`: the store would get "abc" and the operator a
    // signature error much later. Refused, with how to quote it; quoted, it is kept whole.
    expect(() => parseCredentials("AWS_ACCESS_KEY_ID=AKIA1234\nAWS_SECRET_ACCESS_KEY=abc#defXYZ\n")).toThrow(/AWS_SECRET_ACCESS_KEY.*#.*quote/);
    expect(() => parseCredentials("AWS_ACCESS_KEY_ID=AKIA1234\nAWS_SECRET_ACCESS_KEY=abc#defXYZ\n")).not.toThrow(/defXYZ|abc/);
    expect(parseCredentials("AWS_ACCESS_KEY_ID=AKIA1234\r\nAWS_SECRET_ACCESS_KEY=\"abc#defXYZ\"\r\n").secretAccessKey).toBe("abc#defXYZ");
    // What offsite-auth stores is read back whole.
    const hashed = { accessKeyId: "AKIA1234", secretAccessKey: "abc#defXYZ" };
    expect(parseCredentials(renderCredentials(hashed))).toEqual(hashed);
    // An inline comment after a space is dotenv syntax and stays allowed.
    expect(parseCredentials("AWS_ACCESS_KEY_ID=AKIA1234 # mine\nAWS_SECRET_ACCESS_KEY=s3cr3t\n").accessKeyId).toBe("AKIA1234");
    // Saved on Windows: a byte-order mark and CRLF line ends, for credentials and identities.
    expect(parseCredentials("\uFEFFAWS_ACCESS_KEY_ID=AKIA1234\r\nAWS_SECRET_ACCESS_KEY=s3cr3t\r\n")).toEqual({ accessKeyId: "AKIA1234", secretAccessKey: "s3cr3t" });
    const key = `AGE-SECRET-KEY-1${"Q".repeat(58)}`;
    expect(parseIdentities(`\uFEFF# created: now\r\n# public key: age1x\r\n${key}\r\n`)).toEqual([key]);
    // The secret on a line of its own ends in base64 padding: dotenv reads it as a key.
    const pasted = "AWS_ACCESS_KEY_ID=AKIA1234\nAWS_SECRET_ACCESS_KEY=\nwJalrXUtnFEMIK7MDENGbPxRfiCY==\n";
    expect(() => parseCredentials(pasted)).toThrow(/line 3/);
    expect(() => parseCredentials(pasted)).not.toThrow(/wJalr/);
  });

  it("reads age-keygen's file as identities and refuses other text without quoting it", () => {
    const key = `AGE-SECRET-KEY-1${"Q".repeat(58)}`;
    expect(parseIdentities(`# created: now\n# public key: age1x\n${key}\n`)).toEqual([key]);
    expect(() => parseIdentities("hunter2\n")).toThrow(/Line 1/);
    expect(() => parseIdentities("hunter2\n")).not.toThrow(/hunter2/);
    expect(() => parseIdentities("\n# nothing\n")).toThrow(/No age identity/);
  });
});

describe("age interop with the age command-line tool", () => {
  // Several 64 KiB chunks and a partial last one: the STREAM framing is exercised fully. It ends
  // in a newline byte, as 1 random dump in 256 does, which the output of `age -d` must keep.
  const plaintext = Buffer.concat([randomBytes(3 * 65536 + 1233), Buffer.from("\n")]);

  it("what we encrypt (streamed), `age -d` decrypts", async () => {
    const { recipient, file } = await ageKeyPair();
    const encrypted = await collect(await encryptStream(Readable.from([plaintext.subarray(0, 100000), plaintext.subarray(100000)]), [recipient]));
    const dir = path.dirname(file);
    await writeFile(path.join(dir, "data.age"), encrypted);
    const { stdout } = await execa("age", ["-d", "-i", file, path.join(dir, "data.age")], { encoding: "buffer", stripFinalNewline: false });
    expect(Buffer.from(stdout).equals(plaintext)).toBe(true);
  });

  it("what `age -r` encrypts, we decrypt (streamed); another key is refused as the wrong identity", async () => {
    const { identity, recipient, file } = await ageKeyPair();
    const dir = path.dirname(file);
    await writeFile(path.join(dir, "plain"), plaintext);
    await execa("age", ["-r", recipient, "-o", path.join(dir, "plain.age"), path.join(dir, "plain")]);
    const ciphertext = await readFile(path.join(dir, "plain.age"));
    expect((await collect(await decryptStream(Readable.from([ciphertext]), [identity]))).equals(plaintext)).toBe(true);
    const other = await ageKeyPair();
    await expect(decryptStream(Readable.from([ciphertext]), [other.identity])).rejects.toThrow(/does not open it/);
    const flipped = Buffer.from(ciphertext);
    flipped[flipped.length - 100]! ^= 1;
    await expect(collect(await decryptStream(Readable.from([flipped]), [identity]))).rejects.toThrow();
  });
});

const plenty: TakeBackupOptions["statfs"] = async () => ({ bavail: 10_000_000, bsize: 4096 });

/** A stub Dokku whose postgres:export streams `archive`; with `media`, that directory is mounted at /code/media. */
function runnerFor(archive: Buffer, media?: string): Runner {
  const table = stubRunner([
    ...(media ? [{ argv: ["storage:list", "web", "--format", "json"], stdout: JSON.stringify([{ entry_name: "legacy-1", host_path: media, container_path: "/code/media" }]) }] : []),
    { argv: ["config:export", "--format", "json", "web"], stdout: JSON.stringify({ GIT_REV: REV, DATABASE_URL: "postgres://postgres:pw@dokku-postgres-web-db:5432/web_db" }) },
    { argv: ["postgres:list"], stdout: "=====> Postgres services\nweb-db\n" },
    // The live commit (no release history here): Dokku's record of the last deploy.
    { argv: ["apps:report", "web", "--app-deploy-source-metadata"], stdout: `${REV}\n` },
  ]);
  return {
    run: table.run,
    async stream(_command, _args, options) {
      const pieces: Buffer[] = [];
      for (let offset = 0; offset < archive.length; offset += 1 << 20) pieces.push(archive.subarray(offset, offset + (1 << 20)));
      await options.consumeStdout(Readable.from(pieces));
      return { exitCode: 0, stderr: "" };
    },
  };
}

interface Host {
  context: StubContext;
  identity: string;
  recipient: string;
  prefix: string;
}

async function host(
  archive: Buffer,
  settings: Record<string, string>,
  keyId = "S3RVER",
  pair?: { identity: string; recipient: string },
  media?: string,
): Promise<Host> {
  const context = stubContext(runnerFor(archive, media), { apps: ["web"] });
  let clock = new Date("2026-11-26T07:01:02Z").getTime();
  context.now = () => new Date((clock += 5000));
  const keys = pair ?? (await ageKeyPair());
  const store = new PropertyStore(context.paths.propertiesDir);
  const prefix = settings.prefix ?? `t${randomBytes(4).toString("hex")}`;
  const values: Record<string, string> = {
    "offsite-url": `s3://pegasus-test/${prefix}`,
    "offsite-endpoint": ENDPOINT ?? "",
    "offsite-path-style": "true",
    "offsite-recipient": keys.recipient,
    ...settings,
  };
  delete values.prefix;
  for (const [key, value] of Object.entries(values)) await store.set(GLOBAL, key, value);
  await writeCredentials(context, GLOBAL, { accessKeyId: keyId, secretAccessKey: SECRET_KEY });
  return { context, identity: keys.identity, recipient: keys.recipient, prefix };
}

function everything(context: StubContext): string {
  return JSON.stringify(context.log.lines) + context.output() + context.errorOutput();
}

async function rawBucket(keyId = "S3RVER") {
  const config = resolveOffsiteConfig(
    { "offsite-url": "s3://pegasus-test", "offsite-endpoint": ENDPOINT, "offsite-path-style": "true", "offsite-recipient": "none" },
    "web",
  )!;
  return openBucket(config, { accessKeyId: keyId, secretAccessKey: SECRET_KEY });
}

describe("a store that stops answering", () => {
  it("fails the upload once no byte moved for the idle timeout, aborts it, and says what happened without a secret", async () => {
    // A store that starts the multipart upload, takes each part's bytes and never answers:
    // a dropped connection or a wedged store, which must not hold a deploy (or the off-site lock) forever.
    const requests: string[] = [];
    const store = createServer((request, response) => {
      requests.push(`${request.method} ${request.url!.replace(/&x-id=\w+/, "")}`);
      request.resume();
      if (request.method === "PUT") return;
      request.on("end", () => {
        if (request.method === "POST") {
          response.writeHead(200, { "content-type": "application/xml" });
          response.end("<InitiateMultipartUploadResult><Bucket>pegasus-test</Bucket><Key>k</Key><UploadId>up-1</UploadId></InitiateMultipartUploadResult>");
        } else {
          response.writeHead(204);
          response.end();
        }
      });
    });
    await new Promise<void>((resolve) => store.listen(0, "127.0.0.1", resolve));
    try {
      const config = resolveOffsiteConfig(
        {
          "offsite-url": "s3://pegasus-test",
          "offsite-endpoint": `http://127.0.0.1:${(store.address() as { port: number }).port}`,
          "offsite-path-style": "true",
          "offsite-recipient": "none",
        },
        "web",
      )!;
      const bucket = await openBucket(config, { accessKeyId: "S3RVER", secretAccessKey: SECRET_KEY }, { idleTimeoutMs: 2000 });
      const error = await bucket.upload("stalled.dump", Readable.from([randomBytes(PART_SIZE + 1)]), "application/octet-stream").catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/^Off-site upload of s3:\/\/pegasus-test\/stalled\.dump failed: http:\/\/127\.0\.0\.1:\d+ stopped answering \(nothing for 2 s, three times\)/);
      expect((error as Error).message).not.toContain(SECRET_KEY);
      expect(requests[0]).toBe("POST /pegasus-test/stalled.dump?uploads=");
      expect(requests.at(-1)).toBe("DELETE /pegasus-test/stalled.dump?uploadId=up-1");
    } finally {
      store.closeAllConnections();
      store.close();
    }
  });

  it("a reset connection, which the SDK also names a TimeoutError, is told apart from a store that went quiet", () => {
    const config = resolveOffsiteConfig({ "offsite-url": "s3://pegasus-test", "offsite-endpoint": "https://s3.example.com", "offsite-recipient": "none" }, "web")!;
    const reset = Object.assign(new Error("socket hang up"), { name: "TimeoutError", code: "ECONNRESET" });
    expect(describeS3Error(reset, config)).toBe("cannot reach https://s3.example.com (ECONNRESET): check offsite-endpoint and the network");
    const quiet = Object.assign(new Error("the request socket timed out"), { name: "TimeoutError" });
    expect(describeS3Error(quiet, config)).toBe("https://s3.example.com stopped answering (nothing for 120 s, three times): check the store and the network");
  });
});

describe.skipIf(!ENDPOINT)("off-site copies against a real S3 API (s3rver)", () => {
  const ARCHIVE = writeFakeArchive(sampleEntries());

  it("uploads each verified backup encrypted with its manifest, checked by size, recorded apart from the manifest", async () => {
    const a = await host(ARCHIVE, {});
    const record = await takeBackup("web", "manual", a.context, { statfs: plenty });
    expect(record.offsite).toMatchObject({ url: `s3://pegasus-test/${a.prefix}/web/${record.id}.dump.age`, encrypted: true });
    const paths = backupPaths(a.context.paths.dataDir, "web");
    expect((await stat(paths.offsite(record.id))).mode & 0o777).toBe(0o600);
    const manifest = JSON.parse(await readFile(paths.manifest(record.id), "utf8")) as Record<string, unknown>;
    expect(manifest).not.toHaveProperty("offsite");
    expect((await listBackups(paths))[0]!.offsite).toEqual(record.offsite);

    const bucket = await rawBucket();
    const objects = await bucket.list(`${a.prefix}/web/`);
    expect(objects.map((o) => o.key).sort()).toEqual([`${a.prefix}/web/${record.id}.dump.age`, `${a.prefix}/web/${record.id}.json`]);
    expect(objects.find((o) => o.key.endsWith(".age"))!.size).toBe(record.offsite!.size);
    // The stored bytes are an age file the standard tool opens to the very dump.
    const object = await bucket.read(`${a.prefix}/web/${record.id}.dump.age`);
    const dir = await mkdtemp(path.join(tmpdir(), "pegasus-age-"));
    await writeFile(path.join(dir, "key"), `${a.identity}\n`);
    await writeFile(path.join(dir, "copy.age"), await collect(object!.body));
    const { stdout } = await execa("age", ["-d", "-i", path.join(dir, "key"), path.join(dir, "copy.age")], { encoding: "buffer", stripFinalNewline: false });
    expect(Buffer.from(stdout).equals(ARCHIVE)).toBe(true);
    expect(everything(a.context)).not.toContain(SECRET_KEY);
  });

  it("uploads a 40+ MB backup in several 8 MiB parts with flat memory, and it comes back whole", async () => {
    const blocks: Buffer[] = [];
    for (let index = 0; index < 42; index++) blocks.push(randomBytes(1 << 20));
    const entries: FakeEntry[] = [
      { dumpId: 1, desc: "TABLE", tag: "big" },
      { dumpId: 2, desc: "TABLE DATA", tag: "big", data: blocks },
    ];
    const big = writeFakeArchive(entries);
    const a = await host(big, {});
    const before = process.memoryUsage().rss;
    const record = await takeBackup("web", "manual", a.context, { statfs: plenty });
    expect(record.size).toBeGreaterThan(40 * 1024 * 1024);
    expect(record.offsite!.size).toBeGreaterThan(record.size);
    const parts = Math.ceil(record.offsite!.size / PART_SIZE);
    expect(parts).toBeGreaterThanOrEqual(6);
    expect(a.context.log.lines.map((line) => line.message).join("\n")).toContain(`, ${parts} parts), size checked`);
    // The whole 42 MB never sat in memory (a generous bound: vitest's own heap moves too).
    expect(process.memoryUsage().rss - before).toBeLessThan(120 * 1024 * 1024);

    const b = await host(big, { prefix: a.prefix }, "S3RVER", a);
    const restored = await downloadBackup("web", record.id, [a.identity], b.context);
    expect(restored.sha256).toBe(createHash("sha256").update(big).digest("hex"));
  });

  it("refused credentials and a missing bucket: one clear line, no secret, the local backup kept and pushed later", async () => {
    const a = await host(ARCHIVE, {}, "WRONGKEY");
    const error = await takeBackup("web", "manual", a.context, { statfs: plenty }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OffsiteFailure);
    const message = (error as Error).message;
    expect(message).toMatch(/403 InvalidAccessKeyId/);
    expect(message).toMatch(/pegasus:offsite-push web/);
    expect(message.split("\n")[0]).toMatch(/verified and kept on this server/);
    expect(message).not.toContain(SECRET_KEY);
    const paths = backupPaths(a.context.paths.dataDir, "web");
    const listed = await listBackups(paths);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.offsite).toBeNull();
    expect((await readLastOffsite(a.context, "web"))?.status).toBe("failed");

    // A second backup also fails; with the right key the next push uploads both.
    await takeBackup("web", "manual", a.context, { statfs: plenty }).catch(() => undefined);
    await writeCredentials(a.context, GLOBAL, { accessKeyId: "S3RVER", secretAccessKey: SECRET_KEY });
    const pushed = await pushPending("web", a.context);
    expect(pushed.uploaded).toHaveLength(2);
    expect((await listBackups(paths)).every((record) => record.offsite !== null)).toBe(true);
    expect((await readLastOffsite(a.context, "web"))?.status).toBe("ok");

    const missing = await host(ARCHIVE, { "offsite-url": "s3://no-such-bucket-here/x" });
    const refused = await pushPending("web", missing.context).catch((caught: unknown) => caught);
    await takeBackup("web", "manual", missing.context, { statfs: plenty }).catch(() => undefined);
    const again = await pushPending("web", missing.context).catch((caught: unknown) => caught);
    expect(refused).toBeDefined();
    expect((again as Error).message).toMatch(/bucket no-such-bucket-here does not exist .*404 NoSuchBucket/);
    expect((again as Error).message).not.toContain("\n");
    expect(everything(missing.context) + everything(a.context)).not.toContain(SECRET_KEY);
  });

  it("a local dump the disk changed after it was verified stays here, named with what to do, and holds back no other backup", async () => {
    const a = await host(ARCHIVE, {}, "WRONGKEY");
    const older = (await takeBackup("web", "manual", a.context, { statfs: plenty }).catch((caught: unknown) => caught)) as OffsiteFailure;
    expect(older).toBeInstanceOf(OffsiteFailure);
    const paths = backupPaths(a.context.paths.dataDir, "web");
    // Bit rot: one byte flipped, the size unchanged.
    const dump = await readFile(paths.dump(older.record.id));
    dump.writeUInt8(dump.readUInt8(dump.length >> 1) ^ 0xff, dump.length >> 1);
    await writeFile(paths.dump(older.record.id), dump);

    await writeCredentials(a.context, GLOBAL, { accessKeyId: "S3RVER", secretAccessKey: SECRET_KEY });
    const newer = await takeBackup("web", "deploy", a.context, { statfs: plenty });
    expect(newer.offsite).not.toBeNull();
    const warned = a.context.log.lines.filter((line) => line.level === "warn" && line.message.includes(older.record.id)).map((line) => line.message).join("\n");
    expect(warned).toMatch(/changed on this disk after it was verified/);
    const objects = (await (await rawBucket()).list(`${a.prefix}/web/`)).map((object) => object.key);
    expect(objects.sort()).toEqual([`${a.prefix}/web/${newer.id}.dump.age`, `${a.prefix}/web/${newer.id}.json`]);

    const again = await pushPending("web", a.context).catch((caught: unknown) => caught);
    expect(again).toBeInstanceOf(LocalBackupChanged);
    expect((again as LocalBackupChanged).ids).toEqual([older.record.id]);
    expect((again as Error).message).toMatch(/backup-keep/);
    expect((again as Error).message).toContain(`${older.record.id}.* from ${paths.dir}`);
    expect((await readLastOffsite(a.context, "web"))?.status).toBe("failed");
    expect((await listBackups(paths)).find((record) => record.id === older.record.id)!.offsite).toBeNull();
    expect((await (await rawBucket()).list(`${a.prefix}/web/`)).map((object) => object.key).sort()).toEqual(objects);

    // offsite-push --format json still says what went (here the newer backup, whose record was lost) before it exits 1.
    await rm(paths.offsite(newer.id));
    const before = a.context.output().length;
    await expect(offsitePush.run({ positionals: ["web"], options: { format: "json" } }, a.context)).rejects.toBeInstanceOf(LocalBackupChanged);
    const printed = JSON.parse(a.context.output().slice(before)) as { uploaded: { id: string }[]; changed_here: string[] };
    expect(printed.uploaded.map((copy) => copy.id)).toEqual([newer.id]);
    expect(printed.changed_here).toEqual([older.record.id]);
  });

  it("with offsite-keep 1, a newest backup the disk changed leaves the bucket its newest good copy, never empty", async () => {
    const a = await host(ARCHIVE, { "offsite-keep": "1" });
    const first = await takeBackup("web", "manual", a.context, { statfs: plenty });
    // Two more while the store refuses the key: neither goes off-site.
    await writeCredentials(a.context, GLOBAL, { accessKeyId: "WRONGKEY", secretAccessKey: SECRET_KEY });
    const second = ((await takeBackup("web", "manual", a.context, { statfs: plenty }).catch((caught: unknown) => caught)) as OffsiteFailure).record;
    const third = ((await takeBackup("web", "manual", a.context, { statfs: plenty }).catch((caught: unknown) => caught)) as OffsiteFailure).record;
    const paths = backupPaths(a.context.paths.dataDir, "web");
    const dump = await readFile(paths.dump(third.id));
    dump.writeUInt8(dump.readUInt8(dump.length >> 1) ^ 0xff, dump.length >> 1);
    await writeFile(paths.dump(third.id), dump);

    await writeCredentials(a.context, GLOBAL, { accessKeyId: "S3RVER", secretAccessKey: SECRET_KEY });
    const error = await pushPending("web", a.context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LocalBackupChanged);
    expect((error as LocalBackupChanged).ids).toEqual([third.id]);
    // The newest backup that can go off-site is there, whole; the older copy went for it.
    const objects = (await (await rawBucket()).list(`${a.prefix}/web/`)).map((object) => object.key).sort();
    expect(objects).toEqual([`${a.prefix}/web/${second.id}.dump.age`, `${a.prefix}/web/${second.id}.json`]);
    expect(first.offsite).not.toBeNull();
    expect(everything(a.context)).not.toContain(SECRET_KEY);
  });

  it("a local dump the disk changed never overwrites the good copy the bucket already holds of it", async () => {
    const a = await host(ARCHIVE, {});
    const record = await takeBackup("web", "manual", a.context, { statfs: plenty });
    const paths = backupPaths(a.context.paths.dataDir, "web");
    // The push that made the copy was killed before it wrote its record (or offsite-url was
    // changed and changed back): the next push sends the backup again, to the same objects.
    await rm(paths.offsite(record.id));
    const dump = await readFile(paths.dump(record.id));
    dump.writeUInt8(dump.readUInt8(dump.length >> 1) ^ 0xff, dump.length >> 1);
    await writeFile(paths.dump(record.id), dump);
    const bucket = await rawBucket();
    const key = `${a.prefix}/web/${record.id}.dump.age`;
    const before = await collect((await bucket.read(key))!.body);

    const error = await pushPending("web", a.context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LocalBackupChanged);
    expect((await bucket.list(`${a.prefix}/web/`)).map((object) => object.key).sort()).toEqual([key, `${a.prefix}/web/${record.id}.json`]);
    expect((await collect((await bucket.read(key))!.body)).equals(before)).toBe(true);
    // The copy is still the one a disaster recovery relies on.
    const b = await host(ARCHIVE, { prefix: a.prefix }, "S3RVER", a);
    expect((await downloadBackup("web", record.id, [a.identity], b.context)).sha256).toBe(record.sha256);
  });

  it("a backup the disk changed before its own upload is not passed off as a good local backup (a deploy must not go on with it)", async () => {
    const { copyOffsite } = await import("../../../src/backup/offsite/after-backup.js");
    const a = await host(ARCHIVE, {});
    const older = await takeBackup("web", "manual", a.context, { statfs: plenty });
    await writeCredentials(a.context, GLOBAL, { accessKeyId: "WRONGKEY", secretAccessKey: SECRET_KEY });
    const own = ((await takeBackup("web", "deploy", a.context, { statfs: plenty }).catch((caught: unknown) => caught)) as OffsiteFailure).record;
    // Changed (and grown) on the disk between its verification and its upload.
    const paths = backupPaths(a.context.paths.dataDir, "web");
    await writeFile(paths.dump(own.id), Buffer.concat([await readFile(paths.dump(own.id)), Buffer.from("grown")]));
    await writeCredentials(a.context, GLOBAL, { accessKeyId: "S3RVER", secretAccessKey: SECRET_KEY });

    const error = await copyOffsite("web", own, a.context).catch((caught: unknown) => caught);
    // Not an OffsiteFailure, which the deploy gate lets pass as "the local backup protects this deploy".
    expect(error).toBeInstanceOf(UserError);
    expect(error).not.toBeInstanceOf(OffsiteFailure);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^Backup ${own.id} changed on this disk after it was verified: a restore would refuse it`));
    expect(message).not.toMatch(/The next backup uploads it/);
    expect(message).not.toContain(SECRET_KEY);
    const objects = (await (await rawBucket()).list(`${a.prefix}/web/`)).map((object) => object.key).sort();
    expect(objects).toEqual([`${a.prefix}/web/${older.id}.dump.age`, `${a.prefix}/web/${older.id}.json`]);
  });

  it("a media archive changed or removed by hand, its dump intact, leaves no object behind and holds back no other backup", async () => {
    const media = await mkdtemp(path.join(tmpdir(), "pegasus-media-"));
    await writeFile(path.join(media, "a.png"), "alice");
    const a = await host(ARCHIVE, { "backup-media": "true" }, "WRONGKEY", undefined, media);
    const take = async (reason: "manual" | "deploy") =>
      ((await takeBackup("web", reason, a.context, { statfs: plenty }).catch((caught: unknown) => caught)) as OffsiteFailure).record;
    const changed = await take("manual");
    const removed = await take("manual");
    const paths = backupPaths(a.context.paths.dataDir, "web");
    const tar = await readFile(paths.media(changed.id));
    await writeFile(paths.media(changed.id), tar.subarray(0, tar.length - 512));
    await rm(paths.media(removed.id));
    await writeCredentials(a.context, GLOBAL, { accessKeyId: "S3RVER", secretAccessKey: SECRET_KEY });

    const own = await takeBackup("web", "deploy", a.context, { statfs: plenty });
    expect(own.offsite).not.toBeNull();
    const objects = (await (await rawBucket()).list(`${a.prefix}/web/`)).map((object) => object.key).sort();
    expect(objects).toEqual(["dump.age", "json", "media.tar.age"].map((kind) => `${a.prefix}/web/${own.id}.${kind}`));
    const error = await pushPending("web", a.context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LocalBackupChanged);
    expect([...(error as LocalBackupChanged).ids].sort()).toEqual([changed.id, removed.id].sort());
    expect((error as Error).message).toMatch(new RegExp(`the local media archive of ${removed.id} is missing on this disk after it was verified \\(no ${paths.media(removed.id)}\\)`));
    expect((error as Error).message).not.toMatch(/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855/);
    expect((await (await rawBucket()).list(`${a.prefix}/web/`)).map((object) => object.key).sort()).toEqual(objects);
  });

  it("a backup local retention removes while the push runs is not named as changed, and holds back nothing", async () => {
    const a = await host(ARCHIVE, {}, "WRONGKEY");
    const take = async () => ((await takeBackup("web", "manual", a.context, { statfs: plenty }).catch((caught: unknown) => caught)) as OffsiteFailure).record;
    const oldest = await take();
    const older = await take();
    const newest = await take();
    const paths = backupPaths(a.context.paths.dataDir, "web");
    await writeCredentials(a.context, GLOBAL, { accessKeyId: "S3RVER", secretAccessKey: SECRET_KEY });
    // backup-keep runs under the backup lock, not the off-site one: the older backup goes while
    // the newest is on the wire (its files in deleteBackup's order, the manifest first).
    const info1 = a.context.log.info1.bind(a.context.log);
    a.context.log.info1 = (message: string) => {
      if (message.startsWith(`Uploading backup ${newest.id}`)) for (const file of [paths.manifest(older.id), paths.dump(older.id)]) void rm(file, { force: true });
      info1(message);
    };

    const pushed = await pushPending("web", a.context);
    expect(pushed.uploaded.map((upload) => upload.id)).toEqual([newest.id, oldest.id]);
    expect((await readLastOffsite(a.context, "web"))?.status).toBe("ok");
    const objects = (await (await rawBucket()).list(`${a.prefix}/web/`)).map((object) => object.key).sort();
    expect(objects).toEqual([oldest.id, newest.id].flatMap((id) => [`${a.prefix}/web/${id}.dump.age`, `${a.prefix}/web/${id}.json`]).sort());
  });

  it("offsite-auth checks credentials against the bucket before storing them 0600, and never prints them", async () => {
    const a = await host(ARCHIVE, {});
    const wrong = stubContext(runnerFor(ARCHIVE), { stdin: `AWS_ACCESS_KEY_ID=WRONGKEY\nAWS_SECRET_ACCESS_KEY=${SECRET_KEY}\n` });
    wrong.paths = a.context.paths;
    const before = await readFile(path.join(a.context.paths.dataDir, ".offsite-credentials.env"), "utf8");
    await expect(offsiteAuth.run({ positionals: [], options: { global: true } }, wrong)).rejects.toThrow(/Credentials not stored: .*InvalidAccessKeyId/);
    expect(await readFile(path.join(a.context.paths.dataDir, ".offsite-credentials.env"), "utf8")).toBe(before);

    const right = stubContext(runnerFor(ARCHIVE), { stdin: `AWS_ACCESS_KEY_ID=S3RVER\nAWS_SECRET_ACCESS_KEY=${SECRET_KEY}\n` });
    right.paths = a.context.paths;
    await offsiteAuth.run({ positionals: ["web"], options: { format: "json" } }, right);
    const file = path.join(a.context.paths.dataDir, "web", "offsite-credentials.env");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(right.output())).toEqual({ target: "web", key_id: "…RVER", bucket: "pegasus-test", checked: true });
    expect(everything(right) + everything(wrong)).not.toContain(SECRET_KEY);
  });

  it("refuses to upload without a recipient; recipient none uploads the plain dump, knowingly", async () => {
    const a = await host(ARCHIVE, {});
    expect((await offsiteReportFields("web", a.context, []))["offsite-encryption"]).toBe("age (1 recipient(s))");
    await new PropertyStore(a.context.paths.propertiesDir).delete(GLOBAL, "offsite-recipient");
    expect((await offsiteReportFields("web", a.context, []))["offsite-encryption"]).toBe("missing recipient (uploads refused)");
    await expect(takeBackup("web", "manual", a.context, { statfs: plenty })).rejects.toThrow(/age-keygen/);
    expect(await listBackups(backupPaths(a.context.paths.dataDir, "web"))).toHaveLength(1);

    await new PropertyStore(a.context.paths.propertiesDir).set("web", "offsite-recipient", "none");
    const pushed = await pushPending("web", a.context);
    expect(pushed.uploaded[0]!.copy).toMatchObject({ encrypted: false, size: ARCHIVE.length });
    expect(a.context.log.lines.map((line) => line.message).join("\n")).toMatch(/NOT encrypted/);
    expect((await offsiteReportFields("web", a.context, []))["offsite-encryption"]).toBe("none (offsite-recipient none)");
  });

  it("a second push while one runs is refused with what to do; an app without backups pushes nothing", async () => {
    const a = await host(ARCHIVE, {});
    expect(await pushPending("web", a.context)).toEqual({ uploaded: [], pruned: [], incompleteRemoved: [] });
    const paths = backupPaths(a.context.paths.dataDir, "web");
    // A record left by a backup deleted while its upload ran is one of the backup's files: the
    // next backup's leftover cleanup removes it.
    const stray = paths.offsite("20261101T000000Z-1a2b3c4");
    await writeFile(stray, "{}");
    await takeBackup("web", "manual", a.context, { statfs: plenty });
    await expect(stat(stray)).rejects.toThrow(/ENOENT/);
    const release = await acquireBackupLock(`${paths.dir}/.offsite.lock`, { app: "web", now: new Date(), log: a.context.log });
    try {
      await expect(pushPending("web", a.context)).rejects.toThrow(/another off-site upload of web is running .*dokku pegasus:offsite-push web/);
    } finally {
      await release();
    }
  });

  it("a copy an interrupted push or prune left incomplete is made again while its backup is here, else removed", async () => {
    const a = await host(ARCHIVE, {});
    const gone = await takeBackup("web", "manual", a.context, { statfs: plenty });
    const kept = await takeBackup("web", "manual", a.context, { statfs: plenty });
    const whole = await takeBackup("web", "manual", a.context, { statfs: plenty });
    const bucket = await rawBucket();
    const key = (id: string, kind: string) => `${a.prefix}/web/${id}.${kind}`;
    // A push killed before its manifest (gone, kept), a prune killed after it (no dump).
    await bucket.remove(key(gone.id, "json"));
    await bucket.remove(key(kept.id, "json"));
    const paths = backupPaths(a.context.paths.dataDir, "web");
    for (const file of [paths.dump(gone.id), paths.manifest(gone.id), paths.offsite(gone.id)]) await rm(file);
    const orphanManifest = "20261101T000000Z-1a2b3c4";
    await bucket.upload(key(orphanManifest, "json"), Readable.from([Buffer.from("{}")]), "application/json");

    const result = await pushPending("web", a.context);
    expect(result.uploaded.map((upload) => upload.id)).toEqual([kept.id]);
    expect(result.incompleteRemoved.sort()).toEqual([gone.id, orphanManifest].sort());
    expect((await bucket.list(`${a.prefix}/web/`)).map((object) => object.key).sort()).toEqual(
      [key(kept.id, "dump.age"), key(kept.id, "json"), key(whole.id, "dump.age"), key(whole.id, "json")].sort(),
    );
    expect((await listBucketCopies("web", a.context)).map((copy) => copy.record.id)).toEqual([whole.id, kept.id]);
    expect(everything(a.context)).toContain(`Removed the incomplete off-site copy ${gone.id} (no manifest`);
  });

  it("offsite-keep prunes the bucket, never the newest nor the newest local backup of a reason", async () => {
    const a = await host(ARCHIVE, { "offsite-keep": "2" });
    const deploy = await takeBackup("web", "deploy", a.context, { statfs: plenty });
    const manual: string[] = [];
    for (let index = 0; index < 3; index++) manual.push((await takeBackup("web", "manual", a.context, { statfs: plenty })).id);
    const ids = (await listBucketCopies("web", a.context)).map((copy) => copy.record.id);
    // Keep 2: the newest manual one and the only deploy backup, which is the newest of its reason.
    expect(ids.sort()).toEqual([deploy.id, manual[2]].sort());
    const records = await listBackups(backupPaths(a.context.paths.dataDir, "web"));
    expect(records.filter((record) => record.offsite).map((record) => record.id).sort()).toEqual(ids.sort());
  });

  it("a backup offsite-keep leaves out (the clock went back) is not reported off-site: offsite-required sees it", async () => {
    const a = await host(ARCHIVE, { "offsite-keep": "1" });
    const first = await takeBackup("web", "manual", a.context, { statfs: plenty });
    expect(first.offsite).not.toBeNull();
    let clock = new Date("2026-11-20T07:01:02Z").getTime();
    a.context.now = () => new Date((clock += 5000));
    const error = await takeBackup("web", "manual", a.context, { statfs: plenty }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OffsiteFailure);
    expect((error as OffsiteFailure).record.offsite).toBeNull();
    expect((error as Error).message).toMatch(/offsite-keep left it out: .*clock gone back/);
    expect((await listBucketCopies("web", a.context)).map((copy) => copy.record.id)).toEqual([first.id]);
  });

  it("restores on another host: refuses a wrong identity, a missing object and tampered bytes or manifest before touching anything", async () => {
    const a = await host(ARCHIVE, {});
    const record = await takeBackup("web", "manual", a.context, { statfs: plenty });
    const b = await host(ARCHIVE, { prefix: a.prefix }, "S3RVER", a);
    const bPaths = backupPaths(b.context.paths.dataDir, "web");
    const nothingHere = async () => expect(await readdir(bPaths.dir).catch(() => [])).toEqual([]);

    const stranger = await ageKeyPair();
    await expect(downloadBackup("web", record.id, [stranger.identity], b.context)).rejects.toThrow(/does not open it.*Nothing was changed/);
    await nothingHere();
    await expect(downloadBackup("web", "20261126T000000Z-1a2b3c4", [a.identity], b.context)).rejects.toThrow(/there is no s3:\/\//);
    await nothingHere();

    const bucket = await rawBucket();
    const manifestKey = `${a.prefix}/web/${record.id}.json`;
    const dumpKey = `${a.prefix}/web/${record.id}.dump.age`;
    const manifestText = (await collect((await bucket.read(manifestKey))!.body)).toString();
    const ciphertext = await collect((await bucket.read(dumpKey))!.body);

    // A manifest edited to claim another sha256: its seal gives it away before any download.
    const forged = JSON.parse(manifestText) as Record<string, unknown>;
    forged.sha256 = "0".repeat(64);
    await bucket.upload(manifestKey, Readable.from([Buffer.from(JSON.stringify(forged))]), "application/json");
    await expect(downloadBackup("web", record.id, [a.identity], b.context)).rejects.toThrow(/is not a sound pegasus manifest .* \(it was changed or damaged\)/);
    await nothingHere();
    // Sealed again by someone who knows how: the dump's own sha256 still refuses it.
    forged.seal = manifestSeal(forged);
    await bucket.upload(manifestKey, Readable.from([Buffer.from(JSON.stringify(forged))]), "application/json");
    await expect(downloadBackup("web", record.id, [a.identity], b.context)).rejects.toThrow(/sha256 .* its manifest says 0000/);
    await nothingHere();
    await bucket.upload(manifestKey, Readable.from([Buffer.from(manifestText)]), "application/json");

    // One byte changed inside the encrypted payload.
    const flipped = Buffer.from(ciphertext);
    flipped[flipped.length - 20]! ^= 0x40;
    await bucket.upload(dumpKey, Readable.from([flipped]), "application/octet-stream");
    await expect(downloadBackup("web", record.id, [a.identity], b.context)).rejects.toThrow(/do not decrypt|refused/);
    await nothingHere();
    await bucket.upload(dumpKey, Readable.from([ciphertext]), "application/octet-stream");

    const restored = await downloadBackup("web", record.id, [a.identity], b.context);
    expect(restored).toMatchObject({ id: record.id, sha256: record.sha256, size: record.size, verified: true });
    expect(await readFile(bPaths.manifest(record.id), "utf8")).toBe(manifestText);
    expect((await readFile(restored.file)).equals(ARCHIVE)).toBe(true);
    const copies = await listBucketCopies("web", b.context);
    expect(copies.find((copy) => copy.record.id === record.id)?.local).toBe(true);
    expect(everything(b.context)).not.toContain(a.identity);
    expect(everything(b.context)).not.toContain(SECRET_KEY);
  });

  it("a download the network cuts mid-body says the connection broke (not the disk), and keeps nothing", async () => {
    const a = await host(ARCHIVE, {});
    const record = await takeBackup("web", "manual", a.context, { statfs: plenty });
    // In front of s3rver: every request passes, but a dump's body stops past its age header.
    const upstream = new URL(ENDPOINT!);
    const proxy = createServer((request, response) => {
      const forward = httpRequest(
        { host: upstream.hostname, port: upstream.port, path: request.url, method: request.method, headers: request.headers },
        (answer) => {
          response.writeHead(answer.statusCode!, answer.headers);
          if (request.method !== "GET" || !request.url!.includes(".dump")) return void answer.pipe(response);
          answer.once("data", (chunk: Buffer) => {
            response.write(chunk.subarray(0, Math.min(1000, chunk.length - 1)));
            answer.destroy();
            // Once the client reads the body, not while it still waits for the answer.
            setTimeout(() => response.socket!.destroy(), 500);
          });
        },
      );
      request.pipe(forward);
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    try {
      const endpoint = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
      const b = await host(ARCHIVE, { prefix: a.prefix, "offsite-endpoint": endpoint }, "S3RVER", a);
      const error = await downloadBackup("web", record.id, [a.identity], b.context).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserError);
      // (On a machine too busy to read the body within the delay, the cut comes before the answer
      // and the store's own wording, "cannot reach", says the same.)
      expect((error as Error).message).toMatch(
        /^(The download of .*\.dump\.age broke off \(ECONNRESET\): the connection to the store failed\. Nothing was kept\. Run this again|Off-site download of .* cannot reach .* \(ECONNRESET\).*)$/,
      );
      expect((error as Error).message).not.toMatch(/free space/);
      expect(await readdir(backupPaths(b.context.paths.dataDir, "web").dir).catch(() => [])).toEqual([]);
    } finally {
      proxy.closeAllConnections();
      proxy.close();
    }
  });

  it("a backup's media archive goes off-site encrypted with its dump, comes back verified, and is pruned with it", async () => {
    const media = await mkdtemp(path.join(tmpdir(), "pegasus-media-"));
    await writeFile(path.join(media, "a.png"), "alice");
    await writeFile(path.join(media, "big.bin"), randomBytes(100_000));
    const a = await host(ARCHIVE, { "backup-media": "true" }, "S3RVER", undefined, media);
    const record = await takeBackup("web", "manual", a.context, { statfs: plenty });
    const aPaths = backupPaths(a.context.paths.dataDir, "web");
    const tar = await readFile(aPaths.media(record.id));
    const mediaKey = `${a.prefix}/web/${record.id}.media.tar.age`;
    expect(record.media).toMatchObject({ size: tar.length });
    expect(record.offsite!.media).toEqual({ url: `s3://pegasus-test/${mediaKey}`, size: expect.any(Number) });

    const bucket = await rawBucket();
    const objects = await bucket.list(`${a.prefix}/web/`);
    expect(objects.map((o) => o.key).sort()).toEqual([`${a.prefix}/web/${record.id}.dump.age`, `${a.prefix}/web/${record.id}.json`, mediaKey]);
    expect(objects.find((o) => o.key === mediaKey)!.size).toBe(record.offsite!.media!.size);
    const ciphertext = await collect((await bucket.read(mediaKey))!.body);
    // The standard age tool opens it to the very tar kept here.
    const dir = await mkdtemp(path.join(tmpdir(), "pegasus-age-"));
    await writeFile(path.join(dir, "key"), `${a.identity}\n`);
    await writeFile(path.join(dir, "media.age"), ciphertext);
    const { stdout } = await execa("age", ["-d", "-i", path.join(dir, "key"), path.join(dir, "media.age")], { encoding: "buffer", stripFinalNewline: false });
    expect(Buffer.from(stdout).equals(tar)).toBe(true);
    expect((await listBucketCopies("web", a.context))[0]!.media).toEqual(record.offsite!.media);

    const b = await host(ARCHIVE, { prefix: a.prefix }, "S3RVER", a);
    const bPaths = backupPaths(b.context.paths.dataDir, "web");
    const nothingHere = async () => expect(await readdir(bPaths.dir).catch(() => [])).toEqual([]);
    // One byte changed inside the encrypted media: refused, and not even the good dump is kept.
    const flipped = Buffer.from(ciphertext);
    flipped[flipped.length - 20]! ^= 0x40;
    await bucket.upload(mediaKey, Readable.from([flipped]), "application/octet-stream");
    await expect(downloadBackup("web", record.id, [a.identity], b.context)).rejects.toThrow(
      new RegExp(`${record.id} of web is refused: s3://pegasus-test/${mediaKey} is not the media archive its manifest names .*Nothing was changed`),
    );
    await nothingHere();
    // Another media archive, encrypted to the right key: the sealed manifest's sha256 refuses it.
    await bucket.upload(mediaKey, Readable.from([await collect(await encryptStream(Readable.from([Buffer.from(tar).reverse()]), [a.recipient]))]), "application/octet-stream");
    await expect(downloadBackup("web", record.id, [a.identity], b.context)).rejects.toThrow(new RegExp(`its sha256 is [0-9a-f]{64}, its manifest says ${record.media!.sha256}`));
    await nothingHere();
    await bucket.remove(mediaKey);
    expect((await listBucketCopies("web", b.context))[0]!.media).toBeNull();
    await expect(downloadBackup("web", record.id, [a.identity], b.context)).rejects.toThrow(/its media archive is missing \(no s3:\/\/.*\.media\.tar\.age\)/);
    await nothingHere();

    await bucket.upload(mediaKey, Readable.from([ciphertext]), "application/octet-stream");
    const restored = await downloadBackup("web", record.id, [a.identity], b.context);
    expect(restored.media).toEqual(record.media);
    expect((await readFile(bPaths.media(record.id))).equals(tar)).toBe(true);
    expect((await stat(bPaths.media(record.id))).mode & 0o777).toBe(0o600);
    expect(restored.offsite!.media).toEqual(record.offsite!.media);
    expect(everything(b.context)).not.toContain(a.identity);

    // A backup whose copy predates media going off-site (no media in its record) is sent again.
    await writeFile(aPaths.offsite(record.id), JSON.stringify({ ...record.offsite, media: undefined }));
    expect((await pushPending("web", a.context)).uploaded.map((u) => u.id)).toEqual([record.id]);

    // offsite-keep 1: the older copy goes, its media archive with it.
    await new PropertyStore(a.context.paths.propertiesDir).set(GLOBAL, "offsite-keep", "1");
    const newer = await takeBackup("web", "manual", a.context, { statfs: plenty });
    expect((await bucket.list(`${a.prefix}/web/`)).map((o) => o.key).sort()).toEqual(
      [`${newer.id}.dump.age`, `${newer.id}.json`, `${newer.id}.media.tar.age`].map((name) => `${a.prefix}/web/${name}`),
    );
  });

  it("a copy whose media archive went missing from the bucket is made again, as one without its dump is", async () => {
    const media = await mkdtemp(path.join(tmpdir(), "pegasus-media-"));
    await writeFile(path.join(media, "a.png"), "alice");
    const a = await host(ARCHIVE, { "backup-media": "true" }, "S3RVER", undefined, media);
    const record = await takeBackup("web", "manual", a.context, { statfs: plenty });
    const mediaKey = `${a.prefix}/web/${record.id}.media.tar.age`;
    const bucket = await rawBucket();
    await bucket.remove(mediaKey);

    const result = await pushPending("web", a.context);
    expect(result.uploaded.map((upload) => upload.id)).toEqual([record.id]);
    expect(await bucket.size(mediaKey)).toBe(record.offsite!.media!.size);
  });

  it("the error for a missing object or store never carries the secret, even from the SDK", async () => {
    const bucket = await rawBucket("WRONGKEY");
    const error = await bucket.check().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^Off-site access to s3:\/\/pegasus-test failed: .*403 InvalidAccessKeyId/);
    expect((error as Error).message).not.toContain(SECRET_KEY);
  });
});
