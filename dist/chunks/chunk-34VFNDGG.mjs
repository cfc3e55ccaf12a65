import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/offsite/parts.ts
async function* cutParts(source, buffers) {
  if (buffers.length < 2) throw new Error("cutParts needs two buffers: one filling, one being sent");
  const size = buffers[0].length;
  if (size === 0 || buffers.some((buffer) => buffer.length !== size)) throw new Error("cutParts needs buffers of one non-zero size");
  let number = 1;
  let current = buffers[0];
  let used = 0;
  for await (const chunk of source) {
    let offset = 0;
    while (offset < chunk.length) {
      if (used === size) {
        yield { data: current, number, last: false };
        number += 1;
        current = buffers[(number - 1) % buffers.length];
        used = 0;
      }
      const take = Math.min(size - used, chunk.length - offset);
      current.set(chunk.subarray(offset, offset + take), used);
      used += take;
      offset += take;
    }
  }
  yield { data: current.subarray(0, used), number, last: true };
}

// src/backup/offsite/s3.ts
var PART_SIZE = 8 * 1024 * 1024;
var MAX_PARTS = 1e4;
var MIB = 1024 * 1024;
function partSizeFor(bytes) {
  const needed = Math.ceil((bytes * 1.001 + MIB) / MAX_PARTS / MIB) * MIB;
  return Math.max(PART_SIZE, needed);
}
var IDLE_TIMEOUT_MS = 12e4;
function silenceSdkNodeNotice() {
  const original = process.emitWarning;
  if (original.pegasusFiltered) return;
  const filtered = ((warning, ...rest) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (text.includes("AWS SDK for JavaScript (v3) will")) return;
    original.call(process, warning, ...rest);
  });
  filtered.pegasusFiltered = true;
  process.emitWarning = filtered;
}
function commonJs(namespace) {
  return namespace.default ?? namespace;
}
function storeName(config) {
  return config.endpoint || `AWS S3 (${config.region})`;
}
async function openBucket(config, credentials, { idleTimeoutMs = IDLE_TIMEOUT_MS } = {}) {
  silenceSdkNodeNotice();
  const sdk = commonJs(await import("./dist-cjs-7GKZLQ7N.mjs"));
  const client = new sdk.S3Client({
    region: config.region,
    ...config.endpoint ? { endpoint: config.endpoint } : {},
    forcePathStyle: config.pathStyle,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    // Since 3.729 the SDK adds CRC32 checksums to every upload, which many S3-compatible
    // stores reject; ask for them only where S3 requires one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
    requestHandler: { connectionTimeout: idleTimeoutMs, socketTimeout: idleTimeoutMs }
  });
  const Bucket = config.url.bucket;
  const fail = (what, error) => {
    throw new UserError(`Off-site ${what} failed: ${describeS3Error(error, config, idleTimeoutMs)}`);
  };
  let partBuffers;
  let partBuffersBusy = false;
  const uploadInParts = async (Key, body, ContentType, partSize) => {
    const shared = !partBuffersBusy;
    const fresh = () => [Buffer.allocUnsafe(partSize), Buffer.allocUnsafe(partSize)];
    if (shared && partBuffers?.[0]?.length !== partSize) partBuffers = fresh();
    const buffers = shared ? partBuffers : fresh();
    if (shared) partBuffersBusy = true;
    let UploadId;
    const sent = [];
    let sending;
    const sendPart = async (part) => {
      const { ETag } = await client.send(
        new sdk.UploadPartCommand({ Bucket, Key, UploadId, PartNumber: part.number, Body: part.data })
      );
      if (!ETag) throw new Error(`the store returned no ETag for part ${part.number}`);
      sent.push({ PartNumber: part.number, ETag });
    };
    try {
      for await (const part of cutParts(body, buffers)) {
        if (part.number === 1 && part.last) {
          await client.send(new sdk.PutObjectCommand({ Bucket, Key, Body: part.data, ContentType }));
          return { parts: 1 };
        }
        if (part.number > MAX_PARTS) throw new Error(`it would take more than ${MAX_PARTS} parts of ${partSize / MIB} MiB`);
        UploadId ??= (await client.send(new sdk.CreateMultipartUploadCommand({ Bucket, Key, ContentType }))).UploadId;
        await sending;
        sending = sendPart(part);
        sending.catch(() => void 0);
      }
      await sending;
      sent.sort((a, b) => a.PartNumber - b.PartNumber);
      await client.send(new sdk.CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: sent } }));
      return { parts: sent.length };
    } catch (error) {
      await sending?.catch(() => void 0);
      if (UploadId) await client.send(new sdk.AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => void 0);
      throw error;
    } finally {
      if (shared) partBuffersBusy = false;
    }
  };
  return {
    name: Bucket,
    async check() {
      try {
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
        if (isNotFound(error)) return void 0;
        return fail(`check of s3://${Bucket}/${key}`, error);
      }
    },
    async list(prefix) {
      const objects = [];
      let token;
      try {
        do {
          const page = await client.send(new sdk.ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken: token }));
          for (const item of page.Contents ?? []) if (item.Key) objects.push({ key: item.Key, size: item.Size ?? 0 });
          token = page.IsTruncated ? page.NextContinuationToken : void 0;
        } while (token);
      } catch (error) {
        fail(`listing of s3://${Bucket}/${prefix}`, error);
      }
      return objects;
    },
    async read(key) {
      try {
        const object = await client.send(new sdk.GetObjectCommand({ Bucket, Key: key }));
        return { body: object.Body, size: object.ContentLength ?? 0, modified: object.LastModified };
      } catch (error) {
        if (isNotFound(error)) return void 0;
        return fail(`download of s3://${Bucket}/${key}`, error);
      }
    },
    async remove(key) {
      try {
        await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        fail(`deletion of s3://${Bucket}/${key}`, error);
      }
    }
  };
}
function isNotFound(error) {
  const { name, $metadata } = error ?? {};
  return name === "NotFound" || name === "NoSuchKey" || $metadata?.httpStatusCode === 404;
}
function describeS3Error(error, config, idleTimeoutMs = IDLE_TIMEOUT_MS) {
  const { name, code, $metadata } = error ?? {};
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
  if (code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|EPIPE)$/.test(code)) {
    return `cannot reach ${store} (${code}): check offsite-endpoint and the network`;
  }
  if (name === "TimeoutError") {
    return `${store} stopped answering (nothing for ${Math.round(idleTimeoutMs / 1e3)} s, three times): check the store and the network`;
  }
  if (status === 404) return `bucket ${config.url.bucket} does not exist at ${store} (404 ${name ?? "NotFound"}): create it, or fix offsite-url`;
  if (status === 403) return `${store} refused the request (403 ${name ?? "Forbidden"}): ${auth}`;
  if (status) return `${store} answered ${status} ${name ?? ""}`.trim();
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `${name ?? "error"}: ${message}`;
}

export {
  PART_SIZE,
  partSizeFor,
  openBucket,
  describeS3Error
};
