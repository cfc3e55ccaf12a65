/**
 * Off-site copies, pure: the settings' rules, the resolved configuration, object names,
 * credentials parsing and the bucket's retention plan. No I/O here (see ./state.ts, ./s3.ts).
 */
import { parse as parseDotenv } from "dotenv";
import { UserError } from "../../errors.js";
import { isBackupId, newestFirst } from "../id.js";
import { ordinal } from "../../core/ordinal.js";
import { AGE_IDENTITY, mayHoldSecret, shownValue } from "../../core/secret-shape.js";

export const OFFSITE_KEYS = {
  url: "offsite-url",
  endpoint: "offsite-endpoint",
  region: "offsite-region",
  pathStyle: "offsite-path-style",
  recipient: "offsite-recipient",
  keep: "offsite-keep",
  required: "offsite-required",
} as const;

export const DEFAULT_REGION = "us-east-1";
export const DEFAULT_OFFSITE_KEEP = 30;

// S3's bucket naming rule (lowercase, digits, dots, hyphens; 3 to 63; starts and ends alnum).
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX_SEGMENT = /^[A-Za-z0-9._-]+$/;
// An X25519 age recipient: `age1` then 58 bech32 characters.
const RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
const REGION = /^[a-z0-9-]{1,40}$/;
/** s3://, a bucket of 63 and a prefix that leaves an app's name and a backup's file name room. */
const MAX_OFFSITE_URL = 600;

export interface OffsiteUrl {
  bucket: string;
  /** Without leading or trailing slashes; "" when the objects sit at the bucket's root. */
  prefix: string;
}

const CREDENTIALS_ON_STDIN = "give them on stdin to dokku pegasus:offsite-auth";

export function parseOffsiteUrl(value: string): OffsiteUrl {
  const usage = "offsite-url must look like s3://BUCKET or s3://BUCKET/PREFIX";
  // Checked first, and never echoed: every key is `<prefix>/<app>/<id>.<kind>`, 1024 bytes at most.
  if (Buffer.byteLength(value) > MAX_OFFSITE_URL) {
    throw new UserError(`${usage}, at most ${MAX_OFFSITE_URL} bytes (the store's object names hold 1024); this one has ${Buffer.byteLength(value)}`);
  }
  // A settings value is shown by pegasus:report, and an error must not repeat a key given here.
  if (/^s3:\/\/[^/]*@/.test(value)) throw new UserError(`offsite-url must not hold credentials; ${CREDENTIALS_ON_STDIN}`);
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(value);
  if (!match) throw new UserError(`${usage}, got ${shownValue(value)}`);
  const bucket = match[1]!;
  if (!BUCKET.test(bucket) || bucket.includes("..")) {
    throw new UserError(`${usage}; ${shownValue(bucket)} is not a bucket name (3 to 63 of a-z, 0-9, . and -)`);
  }
  const prefix = (match[2] ?? "").replace(/\/+$/, "");
  const segments = prefix === "" ? [] : prefix.split("/");
  if (segments.some((segment) => !PREFIX_SEGMENT.test(segment) || segment === "." || segment === "..")) {
    throw new UserError(`${usage}; the prefix may hold only A-Z a-z 0-9 . _ - between slashes, got ${shownValue(prefix)}`);
  }
  return { bucket, prefix };
}

export function validateEndpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    const shown = value.includes("@") ? "a value with an @ (credentials are never given here)" : shownValue(value);
    throw new UserError(`offsite-endpoint must be an https:// (or http://) URL, got ${shown}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError(`offsite-endpoint must start with https:// (or http://), got ${shownValue(url.protocol)}`);
  }
  // A settings value is shown by pegasus:report: credentials belong in pegasus:offsite-auth.
  if (url.username || url.password) {
    throw new UserError(`offsite-endpoint must not hold credentials; ${CREDENTIALS_ON_STDIN}`);
  }
  if (url.search || url.hash) throw new UserError("offsite-endpoint must not have a ?query or #fragment");
  return value.replace(/\/+$/, "");
}

/**
 * The refusal of an age identity given to any setting. The private half must never reach the
 * server, and the message repeats none of it.
 */
export function ageIdentityRefusal(key: string): string {
  const instead =
    key === OFFSITE_KEYS.recipient
      ? "set the public key instead (age1…; `age-keygen -y pegasus-offsite.key` prints it)"
      : `${key} never takes one, and offsite-recipient takes only the public key (age1…)`;
  return `${key} was given an age private key (AGE-SECRET-KEY-…), which must stay off this server: ${instead}, and treat that private key as exposed`;
}

export function validateRecipients(value: string): string {
  // Anywhere, in any case, quoted or glued to other text (`"AGE-…"`, `identity=AGE-…`).
  if (AGE_IDENTITY.test(value)) throw new UserError(ageIdentityRefusal(OFFSITE_KEYS.recipient));
  const keys = value.trim().split(/\s+/);
  if (keys.length === 1 && keys[0] === "none") return "none";
  const badAt = keys.findIndex((key) => !RECIPIENT.test(key));
  if (badAt !== -1) {
    // Never quoted: what stands where a key belongs may be any secret pasted there.
    const which = keys.length === 1 ? "the value" : `word ${badAt + 1} of ${keys.length}`;
    throw new UserError(
      `offsite-recipient must be age public keys (age1…, space separated) or none; ${which} (${keys[badAt]!.length} characters, not shown) is not one. ` +
        "Make a key pair on your own machine with `age-keygen -o pegasus-offsite.key` and set the public key it prints (age1 and 58 more characters)",
    );
  }
  return [...new Set(keys)].join(" ");
}

export function validateRegion(value: string): string {
  // A token's alphabet fits REGION too: a secret pasted here would be stored and shown.
  if (!REGION.test(value) || mayHoldSecret(value)) throw new UserError(`offsite-region must be a region name like eu-central or us-east-1, got ${shownValue(value)}`);
  return value;
}

export function validateBoolean(key: string, value: string): string {
  if (value !== "true" && value !== "false") throw new UserError(`${key} must be true or false, got ${shownValue(value)}`);
  return value;
}

export function validateKeep(value: string): string {
  if (!/^\d{1,5}$/.test(value)) throw new UserError(`offsite-keep must be a whole number from 0 to 99999, got ${shownValue(value)}`);
  return String(Number(value));
}

/** The stored values, app value over global (PropertyStore.computed), before they are checked. */
export type OffsiteValues = Partial<Record<(typeof OFFSITE_KEYS)[keyof typeof OFFSITE_KEYS], string>>;

export interface OffsiteConfig {
  url: OffsiteUrl;
  /** "" = AWS. */
  endpoint: string;
  region: string;
  pathStyle: boolean;
  /** Empty when the operator opted out with `none`. */
  recipients: string[];
  encrypted: boolean;
  keep: number;
  required: boolean;
}

/**
 * The configuration when off-site copies are on (offsite-url set), else undefined. Values
 * are checked again: a property file is data on disk and may predate a rule. A missing
 * recipient is refused here, so nothing is ever uploaded unencrypted by accident.
 */
export function resolveOffsiteConfig(values: OffsiteValues, target: string): OffsiteConfig | undefined {
  const raw = values["offsite-url"] ?? "";
  if (raw === "") return undefined;
  const recipient = values["offsite-recipient"] ?? "";
  if (recipient === "") {
    throw new UserError(
      `offsite-url is set for ${target} but offsite-recipient is not, and copies leave this server only encrypted. ` +
        "On your own machine run `age-keygen -o pegasus-offsite.key` (keep that file off the server), then " +
        `\`dokku pegasus:set ${target} offsite-recipient age1…\` with the public key it prints ` +
        `(or \`dokku pegasus:set ${target} offsite-recipient none\` to upload unencrypted, knowingly)`,
    );
  }
  const recipients = validateRecipients(recipient);
  return {
    url: parseOffsiteUrl(raw),
    endpoint: values["offsite-endpoint"] ? validateEndpoint(values["offsite-endpoint"]) : "",
    region: validateRegion(values["offsite-region"] || DEFAULT_REGION),
    pathStyle: (values["offsite-path-style"] || "false") === "true",
    recipients: recipients === "none" ? [] : recipients.split(" "),
    encrypted: recipients !== "none",
    keep: Number(validateKeep(values["offsite-keep"] || String(DEFAULT_OFFSITE_KEEP))),
    required: (values["offsite-required"] || "false") === "true",
  };
}

/** Where one app's copies live: `<prefix>/<app>/`. */
export function appPrefix(config: OffsiteConfig, app: string): string {
  return config.url.prefix === "" ? `${app}/` : `${config.url.prefix}/${app}/`;
}

export function dumpObjectName(config: OffsiteConfig, app: string, id: string): string {
  return `${appPrefix(config, app)}${id}${config.encrypted ? ".dump.age" : ".dump"}`;
}

/** The same file's object of the other kind (encrypted or not): `<id>.dump` for `<id>.dump.age`. */
export function otherKindObjectName(key: string): string {
  return key.endsWith(".age") ? key.slice(0, -".age".length) : `${key}.age`;
}

/** The media archive (`backup-media true`), encrypted like the dump. */
export function mediaObjectName(config: OffsiteConfig, app: string, id: string): string {
  return `${appPrefix(config, app)}${id}${config.encrypted ? ".media.tar.age" : ".media.tar"}`;
}

export function manifestObjectName(config: OffsiteConfig, app: string, id: string): string {
  return `${appPrefix(config, app)}${id}.json`;
}

export function objectUrl(config: OffsiteConfig, key: string): string {
  return `s3://${config.url.bucket}/${key}`;
}

/** One backup's objects found in the bucket listing. */
export interface BucketCopy {
  id: string;
  dump?: { key: string; size: number; encrypted: boolean };
  manifest?: { key: string; size: number };
  media?: { key: string; size: number; encrypted: boolean };
}

/** Groups a listing of `<prefix>/<app>/` by backup id; keys of anything else are ignored. */
export function groupBucketObjects(prefix: string, objects: readonly { key: string; size: number }[]): BucketCopy[] {
  const copies = new Map<string, BucketCopy>();
  for (const { key, size } of objects) {
    if (!key.startsWith(prefix)) continue;
    const match = /^(.+?)\.(dump|media\.tar|json)(\.age)?$/.exec(key.slice(prefix.length));
    if (!match || !isBackupId(match[1]!) || (match[2] === "json" && match[3])) continue;
    const id = match[1]!;
    const copy = copies.get(id) ?? { id };
    const encrypted = match[3] !== undefined;
    // The encrypted object wins over a plain one of the same id (offsite-recipient was changed).
    if (match[2] === "json") copy.manifest = { key, size };
    else if (match[2] === "dump" && (!copy.dump || encrypted)) copy.dump = { key, size, encrypted };
    else if (match[2] === "media.tar" && (!copy.media || encrypted)) copy.media = { key, size, encrypted };
    copies.set(id, copy);
  }
  return [...copies.values()].sort((a, b) => ordinal(b.id, a.id));
}

/**
 * The complete copies (dump and manifest) to delete so that `keep` remain (0 keeps all).
 * Never the newest copy, nor one in `protect` (the ids whose local backup is the newest of
 * its reason): a bucket copy is what survives the host, so the rule is the local one's.
 * Ids sort by time, so the oldest go first.
 */
export function planOffsiteRetention(ids: readonly string[], keep: number, protect: readonly string[]): string[] {
  if (keep <= 0) return [];
  const ordered = [...ids].sort((a, b) => ordinal(b, a));
  const kept = new Set(protect);
  if (ordered[0] !== undefined) kept.add(ordered[0]);
  const doomed: string[] = [];
  let remaining = ordered.length;
  for (const id of [...ordered].reverse()) {
    if (remaining <= keep) break;
    if (kept.has(id)) continue;
    doomed.push(id);
    remaining--;
  }
  return doomed;
}

/**
 * One push, planned before anything is sent: the local backups to upload (not yet copied, as
 * `copied` tells) and the ids whose bucket copies offsite-keep then removes, counting the
 * complete copies already there (`bucketIds`) and the local ones alike. A backup retention
 * would remove is not uploaded: else with offsite-keep below the local count every push would
 * upload and delete the same old backups again.
 */
export function planOffsitePush<T extends { id: string; created_at: string; reason: string }>(
  local: readonly T[],
  copied: (record: T) => boolean,
  bucketIds: readonly string[],
  keep: number,
): { upload: T[]; remove: Set<string> } {
  const candidates = [...new Set([...bucketIds, ...local.map((record) => record.id)])];
  const remove = new Set(planOffsiteRetention(candidates, keep, newestOfEachReason(local)));
  return { upload: local.filter((record) => !copied(record) && !remove.has(record.id)), remove };
}

/** The newest local backup of each reason: what off-site retention must never delete. */
export function newestOfEachReason(records: readonly { id: string; created_at: string; reason: string }[]): string[] {
  const seen = new Map<string, string>();
  for (const record of newestFirst(records)) if (!seen.has(record.reason)) seen.set(record.reason, record.id);
  return [...seen.values()];
}

export interface OffsiteCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

const CREDENTIAL_KEYS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];

/**
 * Credentials from dotenv text (what offsite-auth reads on stdin and what its file holds).
 * Errors name keys, never values.
 */
export function parseCredentials(text: string): OffsiteCredentials {
  checkCredentialLines(text);
  const values = parseDotenv(text);
  const missing = CREDENTIAL_KEYS.filter((key) => !values[key]);
  if (missing.length > 0) {
    throw new UserError(`Missing ${missing.join(" and ")}: give AWS_ACCESS_KEY_ID=… and AWS_SECRET_ACCESS_KEY=… lines on stdin`);
  }
  for (const key of CREDENTIAL_KEYS) {
    if (/[\s"'\\]/.test(values[key]!)) throw new UserError(`${key} holds whitespace, a quote or a backslash; credentials never do`);
  }
  return { accessKeyId: values.AWS_ACCESS_KEY_ID!, secretAccessKey: values.AWS_SECRET_ACCESS_KEY! };
}

// dotenv's own line grammar (its LINE expression): `[export ]KEY=value` or `KEY: value`.
const DOTENV_LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(.*)$/;

/**
 * What dotenv would get wrong silently. A line of another key is named by its number only: a
 * secret pasted on a line of its own reads as a key when it ends in `=` padding. An unquoted
 * value is cut at its first `#` (a comment), so a secret holding one must be quoted.
 */
function checkCredentialLines(text: string): void {
  const give = "give exactly AWS_ACCESS_KEY_ID=… and AWS_SECRET_ACCESS_KEY=… lines";
  for (const [index, line] of text.split(/\r\n?|\n/).entries()) {
    const match = DOTENV_LINE.exec(line);
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    if (!CREDENTIAL_KEYS.includes(key)) {
      throw new UserError(`line ${index + 1} on stdin holds another key (not shown: it may be a secret); ${give}`);
    }
    const value = raw.trim();
    const hash = value.indexOf("#");
    if (!/^["'`]/.test(value) && hash >= 0 && (hash === 0 || !/\s/.test(value[hash - 1]!))) {
      throw new UserError(`${key} holds a #, where dotenv would cut it short (a comment): quote the value, ${key}="…"`);
    }
  }
}

export function renderCredentials(credentials: OffsiteCredentials): string {
  // Quoted, so a # in a secret survives being read back; values never hold a quote.
  return `AWS_ACCESS_KEY_ID="${credentials.accessKeyId}"\nAWS_SECRET_ACCESS_KEY="${credentials.secretAccessKey}"\n`;
}

/** What a report may show of a key id: its last four characters. */
export function keyIdHint(accessKeyId: string): string {
  return `…${accessKeyId.slice(-4)}`;
}

/**
 * Age identities from the text given on stdin (`age-keygen`'s file: comments, blank lines,
 * AGE-SECRET-KEY-1… lines). Errors never quote the text.
 */
export function parseIdentities(text: string): string[] {
  const identities: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (!/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/.test(trimmed)) {
      throw new UserError(
        `Line ${index + 1} of the identity on stdin is not an age X25519 identity (AGE-SECRET-KEY-1…). ` +
          "Give the file age-keygen wrote: --identity - < pegasus-offsite.key",
      );
    }
    identities.push(trimmed);
  }
  if (identities.length === 0) {
    throw new UserError("No age identity on stdin. Give the file age-keygen wrote: --identity - < pegasus-offsite.key");
  }
  return identities;
}
