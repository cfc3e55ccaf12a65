import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_main
} from "./chunk-GEW4U2Z7.mjs";
import {
  isBackupId,
  newestFirst
} from "./chunk-YDC6S6T6.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
import {
  __toESM
} from "./chunk-WOOJPRL6.mjs";

// src/backup/offsite/config.ts
var import_dotenv = __toESM(require_main(), 1);
var OFFSITE_KEYS = {
  url: "offsite-url",
  endpoint: "offsite-endpoint",
  region: "offsite-region",
  pathStyle: "offsite-path-style",
  recipient: "offsite-recipient",
  keep: "offsite-keep",
  required: "offsite-required"
};
var DEFAULT_REGION = "us-east-1";
var DEFAULT_OFFSITE_KEEP = 30;
var BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
var PREFIX_SEGMENT = /^[A-Za-z0-9._-]+$/;
var RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
var REGION = /^[a-z0-9-]{1,40}$/;
var CREDENTIALS_ON_STDIN = "give them on stdin to dokku pegasus:offsite-auth";
function parseOffsiteUrl(value) {
  const usage = "offsite-url must look like s3://BUCKET or s3://BUCKET/PREFIX";
  if (/^s3:\/\/[^/]*@/.test(value)) throw new UserError(`offsite-url must not hold credentials; ${CREDENTIALS_ON_STDIN}`);
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(value);
  if (!match) throw new UserError(`${usage}, got ${JSON.stringify(value)}`);
  const bucket = match[1];
  if (!BUCKET.test(bucket) || bucket.includes("..")) {
    throw new UserError(`${usage}; ${JSON.stringify(bucket)} is not a bucket name (3 to 63 of a-z, 0-9, . and -)`);
  }
  const prefix = (match[2] ?? "").replace(/\/+$/, "");
  const segments = prefix === "" ? [] : prefix.split("/");
  if (segments.some((segment) => !PREFIX_SEGMENT.test(segment) || segment === "." || segment === "..")) {
    throw new UserError(`${usage}; the prefix may hold only A-Z a-z 0-9 . _ - between slashes, got ${JSON.stringify(prefix)}`);
  }
  return { bucket, prefix };
}
function validateEndpoint(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    const shown = value.includes("@") ? "a value with an @ (credentials are never given here)" : JSON.stringify(value);
    throw new UserError(`offsite-endpoint must be an https:// (or http://) URL, got ${shown}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError(`offsite-endpoint must start with https:// (or http://), got ${JSON.stringify(url.protocol)}`);
  }
  if (url.username || url.password) {
    throw new UserError(`offsite-endpoint must not hold credentials; ${CREDENTIALS_ON_STDIN}`);
  }
  if (url.search || url.hash) throw new UserError("offsite-endpoint must not have a ?query or #fragment");
  return value.replace(/\/+$/, "");
}
function validateRecipients(value) {
  const keys = value.trim().split(/\s+/);
  if (keys.length === 1 && keys[0] === "none") return "none";
  if (keys.some((key) => /^AGE-SECRET-KEY-/i.test(key))) {
    throw new UserError(
      "offsite-recipient was given an age private key (AGE-SECRET-KEY-\u2026), which must stay off this server: set the public key instead (age1\u2026; `age-keygen -y pegasus-offsite.key` prints it), and treat that private key as exposed"
    );
  }
  const bad = keys.find((key) => !RECIPIENT.test(key));
  if (bad !== void 0) {
    throw new UserError(
      `offsite-recipient must be age public keys (age1\u2026, space separated) or none; ${JSON.stringify(bad.slice(0, 80))} is not one. Make a key pair on your own machine with \`age-keygen -o pegasus-offsite.key\` and set the public key it prints`
    );
  }
  return [...new Set(keys)].join(" ");
}
function validateRegion(value) {
  if (!REGION.test(value)) throw new UserError(`offsite-region must be a region name like eu-central or us-east-1, got ${JSON.stringify(value)}`);
  return value;
}
function validateBoolean(key, value) {
  if (value !== "true" && value !== "false") throw new UserError(`${key} must be true or false, got ${JSON.stringify(value)}`);
  return value;
}
function validateKeep(value) {
  if (!/^\d{1,5}$/.test(value)) throw new UserError(`offsite-keep must be a whole number from 0 to 99999, got ${JSON.stringify(value)}`);
  return String(Number(value));
}
function resolveOffsiteConfig(values, target) {
  const raw = values["offsite-url"] ?? "";
  if (raw === "") return void 0;
  const recipient = values["offsite-recipient"] ?? "";
  if (recipient === "") {
    throw new UserError(
      `offsite-url is set for ${target} but offsite-recipient is not, and copies leave this server only encrypted. On your own machine run \`age-keygen -o pegasus-offsite.key\` (keep that file off the server), then \`dokku pegasus:set ${target} offsite-recipient age1\u2026\` with the public key it prints (or \`dokku pegasus:set ${target} offsite-recipient none\` to upload unencrypted, knowingly)`
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
    required: (values["offsite-required"] || "false") === "true"
  };
}
function appPrefix(config, app) {
  return config.url.prefix === "" ? `${app}/` : `${config.url.prefix}/${app}/`;
}
function dumpObjectName(config, app, id) {
  return `${appPrefix(config, app)}${id}${config.encrypted ? ".dump.age" : ".dump"}`;
}
function otherKindObjectName(key) {
  return key.endsWith(".age") ? key.slice(0, -".age".length) : `${key}.age`;
}
function mediaObjectName(config, app, id) {
  return `${appPrefix(config, app)}${id}${config.encrypted ? ".media.tar.age" : ".media.tar"}`;
}
function manifestObjectName(config, app, id) {
  return `${appPrefix(config, app)}${id}.json`;
}
function objectUrl(config, key) {
  return `s3://${config.url.bucket}/${key}`;
}
function groupBucketObjects(prefix, objects) {
  const copies = /* @__PURE__ */ new Map();
  for (const { key, size } of objects) {
    if (!key.startsWith(prefix)) continue;
    const match = /^(.+?)\.(dump|media\.tar|json)(\.age)?$/.exec(key.slice(prefix.length));
    if (!match || !isBackupId(match[1]) || match[2] === "json" && match[3]) continue;
    const id = match[1];
    const copy = copies.get(id) ?? { id };
    const encrypted = match[3] !== void 0;
    if (match[2] === "json") copy.manifest = { key, size };
    else if (match[2] === "dump" && (!copy.dump || encrypted)) copy.dump = { key, size, encrypted };
    else if (match[2] === "media.tar" && (!copy.media || encrypted)) copy.media = { key, size, encrypted };
    copies.set(id, copy);
  }
  return [...copies.values()].sort((a, b) => b.id.localeCompare(a.id));
}
function planOffsiteRetention(ids, keep, protect) {
  if (keep <= 0) return [];
  const ordered = [...ids].sort((a, b) => b.localeCompare(a));
  const kept = new Set(protect);
  if (ordered[0] !== void 0) kept.add(ordered[0]);
  const doomed = [];
  let remaining = ordered.length;
  for (const id of [...ordered].reverse()) {
    if (remaining <= keep) break;
    if (kept.has(id)) continue;
    doomed.push(id);
    remaining--;
  }
  return doomed;
}
function planOffsitePush(local, copied, bucketIds, keep) {
  const candidates = [.../* @__PURE__ */ new Set([...bucketIds, ...local.map((record) => record.id)])];
  const remove = new Set(planOffsiteRetention(candidates, keep, newestOfEachReason(local)));
  return { upload: local.filter((record) => !copied(record) && !remove.has(record.id)), remove };
}
function newestOfEachReason(records) {
  const seen = /* @__PURE__ */ new Map();
  for (const record of newestFirst(records)) if (!seen.has(record.reason)) seen.set(record.reason, record.id);
  return [...seen.values()];
}
var CREDENTIAL_KEYS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];
function parseCredentials(text) {
  checkCredentialLines(text);
  const values = (0, import_dotenv.parse)(text);
  const missing = CREDENTIAL_KEYS.filter((key) => !values[key]);
  if (missing.length > 0) {
    throw new UserError(`Missing ${missing.join(" and ")}: give AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines on stdin`);
  }
  for (const key of CREDENTIAL_KEYS) {
    if (/[\s"'\\]/.test(values[key])) throw new UserError(`${key} holds whitespace, a quote or a backslash; credentials never do`);
  }
  return { accessKeyId: values.AWS_ACCESS_KEY_ID, secretAccessKey: values.AWS_SECRET_ACCESS_KEY };
}
var DOTENV_LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(.*)$/;
function checkCredentialLines(text) {
  const give = "give exactly AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines";
  for (const [index, line] of text.split(/\r\n?|\n/).entries()) {
    const match = DOTENV_LINE.exec(line);
    if (!match) continue;
    const [, key, raw] = match;
    if (!CREDENTIAL_KEYS.includes(key)) {
      throw new UserError(`line ${index + 1} on stdin holds another key (not shown: it may be a secret); ${give}`);
    }
    const value = raw.trim();
    const hash = value.indexOf("#");
    if (!/^["'`]/.test(value) && hash >= 0 && (hash === 0 || !/\s/.test(value[hash - 1]))) {
      throw new UserError(`${key} holds a #, where dotenv would cut it short (a comment): quote the value, ${key}="\u2026"`);
    }
  }
}
function renderCredentials(credentials) {
  return `AWS_ACCESS_KEY_ID="${credentials.accessKeyId}"
AWS_SECRET_ACCESS_KEY="${credentials.secretAccessKey}"
`;
}
function keyIdHint(accessKeyId) {
  return `\u2026${accessKeyId.slice(-4)}`;
}
function parseIdentities(text) {
  const identities = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (!/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/.test(trimmed)) {
      throw new UserError(
        `Line ${index + 1} of the identity on stdin is not an age X25519 identity (AGE-SECRET-KEY-1\u2026). Give the file age-keygen wrote: --identity - < pegasus-offsite.key`
      );
    }
    identities.push(trimmed);
  }
  if (identities.length === 0) {
    throw new UserError("No age identity on stdin. Give the file age-keygen wrote: --identity - < pegasus-offsite.key");
  }
  return identities;
}

export {
  OFFSITE_KEYS,
  DEFAULT_OFFSITE_KEEP,
  parseOffsiteUrl,
  validateEndpoint,
  validateRecipients,
  validateRegion,
  validateBoolean,
  validateKeep,
  resolveOffsiteConfig,
  appPrefix,
  dumpObjectName,
  otherKindObjectName,
  mediaObjectName,
  manifestObjectName,
  objectUrl,
  groupBucketObjects,
  planOffsitePush,
  parseCredentials,
  renderCredentials,
  keyIdHint,
  parseIdentities
};
