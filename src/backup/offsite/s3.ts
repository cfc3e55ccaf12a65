/**
 * The object store, through the AWS SDK v3. Loaded with `await import()` by the commands that
 * reach a bucket, so no other command pays for the SDK. Every error leaves here as one line
 * that names the bucket and the store, never a credential.
 */
import type { Readable } from "node:stream";
import { UserError } from "../../errors.js";
import type { OffsiteConfig, OffsiteCredentials } from "./config.js";
import { cutParts, type Part } from "./parts.js";

/**
 * Parts of 8 MiB (S3's floor is 5 MiB) in two buffers allocated once: one being sent while the
 * next part is read and encrypted into the other, so the upload holds 16 MiB whatever the
 * backup's size, and makes no garbage per part (see ./parts.ts for why lib-storage's `Upload`
 * is not used). S3 takes at most 10,000 parts, 78 GiB at 8 MiB: a larger file gets larger parts.
 */
export const PART_SIZE = 8 * 1024 * 1024;
const MAX_PARTS = 10_000;
const MIB = 1024 * 1024;

/**
 * The part size for an object of about `bytes` (the plaintext's size: age adds 16 bytes per
 * 64 KiB and a header, well inside the margin): 8 MiB, or whole MiB enough to stay in 10,000 parts.
 */
export function partSizeFor(bytes: number): number {
  const needed = Math.ceil((bytes * 1.001 + MIB) / MAX_PARTS / MIB) * MIB;
  return Math.max(PART_SIZE, needed);
}

/**
 * How long a request may see no byte move either way before it fails (and is retried). The SDK
 * sets no timeout: a store that takes a part and never answers, or a connection dropped
 * without a reset, would hold the upload, its lock and a deploy's gate for ever. Two minutes,
 * as SDK v2 had: a part on a slow link still moves bytes, and S3 keeps a long
 * CompleteMultipartUpload alive with whitespace.
 */
const IDLE_TIMEOUT_MS = 120_000;

export interface Bucket {
  name: string;
  /** One harmless request: does the bucket exist, and may these credentials use it? */
  check(): Promise<void>;
  /**
   * Streams `body` to `key`; returns how many parts it took (1 for a single PUT). `expectedBytes`
   * (about the body's size) sizes the parts of a file too large for 10,000 parts of 8 MiB.
   */
  upload(key: string, body: Readable, contentType: string, expectedBytes?: number): Promise<{ parts: number }>;
  /** The object's size, or undefined when there is no such object. */
  size(key: string): Promise<number | undefined>;
  list(prefix: string): Promise<{ key: string; size: number }[]>;
  /** The object's bytes as a stream, or undefined when there is no such object. */
  read(key: string): Promise<{ body: Readable; size: number; modified: Date | undefined } | undefined>;
  remove(key: string): Promise<void>;
  /** A server-side copy of `from` to `to` in the same bucket (no bytes pass through here). */
  copy(from: string, to: string): Promise<void>;
}

/**
 * The pinned SDK (3.965, the last release line that declares Node 18) warns on every Node
 * below 20 through process.emitWarning: that notice is for developers, not for the operator
 * reading a backup's output, so it is dropped; every other warning passes through.
 */
function silenceSdkNodeNotice(): void {
  const original = process.emitWarning;
  if ((original as { pegasusFiltered?: boolean }).pegasusFiltered) return;
  const filtered = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (text.includes("AWS SDK for JavaScript (v3) will")) return;
    (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning & { pegasusFiltered?: boolean };
  filtered.pegasusFiltered = true;
  process.emitWarning = filtered;
}

/**
 * The SDK ships CommonJS: Node's own import() names its exports, while the split bundle's chunk
 * offers only `default` (module.exports). Both have `default`, so that is what is read.
 */
function commonJs<T>(namespace: T): T {
  return (namespace as { default?: T }).default ?? namespace;
}

function storeName(config: OffsiteConfig): string {
  return config.endpoint || `AWS S3 (${config.region})`;
}

export async function openBucket(
  config: OffsiteConfig,
  credentials: OffsiteCredentials,
  { idleTimeoutMs = IDLE_TIMEOUT_MS }: { idleTimeoutMs?: number } = {},
): Promise<Bucket> {
  silenceSdkNodeNotice();
  const sdk = commonJs(await import("@aws-sdk/client-s3"));
  const client = new sdk.S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.pathStyle,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    // Since 3.729 the SDK adds CRC32 checksums to every upload, which many S3-compatible
    // stores reject; ask for them only where S3 requires one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
    requestHandler: { connectionTimeout: idleTimeoutMs, socketTimeout: idleTimeoutMs },
  });
  const Bucket = config.url.bucket;
  const fail = (what: string, error: unknown): never => {
    throw new UserError(`Off-site ${what} failed: ${describeS3Error(error, config, idleTimeoutMs)}`);
  };
  // Allocated on the first upload and reused by the next ones (a push uploads one file at a time).
  let partBuffers: Buffer[] | undefined;
  let partBuffersBusy = false;

  /**
   * One object from a stream: a single PUT when it fits in one part, else a multipart upload
   * (Create, UploadPart, Complete; Abort on any failure, so no parts are left behind).
   */
  const uploadInParts = async (Key: string, body: Readable, ContentType: string, partSize: number): Promise<{ parts: number }> => {
    const shared = !partBuffersBusy;
    const fresh = () => [Buffer.allocUnsafe(partSize), Buffer.allocUnsafe(partSize)];
    if (shared && partBuffers?.[0]?.length !== partSize) partBuffers = fresh();
    const buffers = shared ? partBuffers! : fresh();
    if (shared) partBuffersBusy = true;
    let UploadId: string | undefined;
    const sent: { PartNumber: number; ETag: string }[] = [];
    let sending: Promise<void> | undefined;
    const sendPart = async (part: Part) => {
      const { ETag } = await client.send(
        new sdk.UploadPartCommand({ Bucket, Key, UploadId, PartNumber: part.number, Body: part.data as Buffer }),
      );
      if (!ETag) throw new Error(`the store returned no ETag for part ${part.number}`);
      sent.push({ PartNumber: part.number, ETag });
    };
    try {
      for await (const part of cutParts(body as AsyncIterable<Buffer>, buffers)) {
        if (part.number === 1 && part.last) {
          await client.send(new sdk.PutObjectCommand({ Bucket, Key, Body: part.data as Buffer, ContentType }));
          return { parts: 1 };
        }
        if (part.number > MAX_PARTS) throw new Error(`it would take more than ${MAX_PARTS} parts of ${partSize / MIB} MiB`);
        UploadId ??= (await client.send(new sdk.CreateMultipartUploadCommand({ Bucket, Key, ContentType }))).UploadId;
        // The previous part must be on the store before the cutter refills its buffer.
        await sending;
        sending = sendPart(part);
        // Awaited on the next turn; until then a failure must not count as unhandled.
        sending.catch(() => undefined);
      }
      await sending;
      sent.sort((a, b) => a.PartNumber - b.PartNumber);
      await client.send(new sdk.CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: sent } }));
      return { parts: sent.length };
    } catch (error) {
      await sending?.catch(() => undefined);
      if (UploadId) await client.send(new sdk.AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => undefined);
      throw error;
    } finally {
      if (shared) partBuffersBusy = false;
    }
  };
  return {
    name: Bucket,
    async check() {
      try {
        // A one-key listing of a name no backup has: it proves the bucket, the key and the
        // right to list, and returns nothing (s3rver also fails a truncated one-key listing).
        const probe = `${config.url.prefix ? `${config.url.prefix}/` : ""}.pegasus-credentials-check`;
        await client.send(new sdk.ListObjectsV2Command({ Bucket, MaxKeys: 1, Prefix: probe }));
      } catch (error) {
        fail(`access to s3://${Bucket}`, error);
      }
    },
    async upload(key, body, contentType, expectedBytes = 0) {
      try {
        return await uploadInParts(key, body, contentType, partSizeFor(expectedBytes));
      } catch (error) {
        return fail(`upload of s3://${Bucket}/${key}`, error);
      }
    },
    async size(key) {
      try {
        const head = await client.send(new sdk.HeadObjectCommand({ Bucket, Key: key }));
        return head.ContentLength;
      } catch (error) {
        if (isNotFound(error)) return undefined;
        return fail(`check of s3://${Bucket}/${key}`, error);
      }
    },
    async list(prefix) {
      const objects: { key: string; size: number }[] = [];
      let token: string | undefined;
      try {
        do {
          const page = await client.send(new sdk.ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken: token }));
          for (const item of page.Contents ?? []) if (item.Key) objects.push({ key: item.Key, size: item.Size ?? 0 });
          token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
      } catch (error) {
        fail(`listing of s3://${Bucket}/${prefix}`, error);
      }
      return objects;
    },
    async read(key) {
      try {
        const object = await client.send(new sdk.GetObjectCommand({ Bucket, Key: key }));
        return { body: object.Body as Readable, size: object.ContentLength ?? 0, modified: object.LastModified };
      } catch (error) {
        if (isNotFound(error)) return undefined;
        return fail(`download of s3://${Bucket}/${key}`, error);
      }
    },
    async remove(key) {
      try {
        await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        fail(`deletion of s3://${Bucket}/${key}`, error);
      }
    },
    async copy(from, to) {
      try {
        const source = `${Bucket}/${from.split("/").map(encodeURIComponent).join("/")}`;
        await client.send(new sdk.CopyObjectCommand({ Bucket, Key: to, CopySource: source }));
      } catch (error) {
        fail(`copy of s3://${Bucket}/${from} to s3://${Bucket}/${to}`, error);
      }
    },
  };
}

function isNotFound(error: unknown): boolean {
  const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === "NotFound" || name === "NoSuchKey" || $metadata?.httpStatusCode === 404;
}

/** A code of the connection to the store failing (never of this server's disk). */
export function isNetworkErrorCode(code: string | undefined): boolean {
  return code !== undefined && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ECONNABORTED|EPIPE)$/.test(code);
}

/**
 * One line from an SDK error: the store's error code and HTTP status, or the network error,
 * with what to do. Only names and codes are used; a store's message text could echo a key.
 */
export function describeS3Error(error: unknown, config: OffsiteConfig, idleTimeoutMs = IDLE_TIMEOUT_MS): string {
  const { name, code, $metadata } = (error ?? {}) as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const status = $metadata?.httpStatusCode;
  const store = storeName(config);
  const auth = "check them and store them again with `dokku pegasus:offsite-auth`";
  switch (name) {
    case "InvalidAccessKeyId":
      return `${store} does not know the access key id (403 InvalidAccessKeyId): ${auth}`;
    case "SignatureDoesNotMatch":
      return `${store} refused the secret access key (403 SignatureDoesNotMatch): ${auth}`;
    case "AccessDenied":
      return `${store} denied access to bucket ${config.url.bucket} (403 AccessDenied): give the key read, write, list and delete rights on it`;
    case "NoSuchBucket":
      return `bucket ${config.url.bucket} does not exist at ${store} (404 NoSuchBucket): create it, or fix offsite-url`;
    case "PermanentRedirect":
    case "AuthorizationHeaderMalformed":
      return `${store} says bucket ${config.url.bucket} lives in another region (${status ?? "?"} ${name}): fix offsite-region`;
  }
  if (isNetworkErrorCode(code)) {
    return `cannot reach ${store} (${code}): check offsite-endpoint and the network`;
  }
  // After the codes: the SDK also names a reset connection (ECONNRESET, EPIPE) a TimeoutError.
  if (name === "TimeoutError") {
    return `${store} stopped answering (nothing for ${Math.round(idleTimeoutMs / 1000)} s, three times): check the store and the network`;
  }
  if (status === 404) return `bucket ${config.url.bucket} does not exist at ${store} (404 ${name ?? "NotFound"}): create it, or fix offsite-url`;
  if (status === 403) return `${store} refused the request (403 ${name ?? "Forbidden"}): ${auth}`;
  if (status) return `${store} answered ${status} ${name ?? ""}`.trim();
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `${name ?? "error"}: ${message}`;
}
