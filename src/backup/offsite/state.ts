/**
 * Off-site state on this host: the settings (properties), the credentials file (0600, only
 * ever read and written here) and the last push's outcome.
 */
import { chmod, mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Context } from "../../context.js";
import { UserError } from "../../errors.js";
import { GLOBAL, isMissing, PropertyStore } from "../../io/properties.js";
import { backupPaths, readJsonFile, writeFileAtomic } from "../store.js";
import {
  DEFAULT_OFFSITE_KEEP,
  keyIdHint,
  OFFSITE_KEYS,
  parseCredentials,
  planOffsitePush,
  renderCredentials,
  resolveOffsiteConfig,
  type OffsiteConfig,
  type OffsiteCredentials,
  type OffsiteValues,
} from "./config.js";

/** `--global` or an app name. */
export type OffsiteTarget = string;

export async function readOffsiteValues(context: Context, target: OffsiteTarget): Promise<OffsiteValues> {
  const store = new PropertyStore(context.paths.propertiesDir);
  const values: OffsiteValues = {};
  for (const key of Object.values(OFFSITE_KEYS)) {
    const value = target === GLOBAL ? await store.get(GLOBAL, key) : await store.computed(target, key, "");
    if (value) values[key] = value;
  }
  return values;
}

/** Whether off-site copies are on for the target: one property read, no SDK. */
export async function offsiteEnabled(context: Context, target: OffsiteTarget): Promise<boolean> {
  return Boolean((await readOffsiteValues(context, target))["offsite-url"]);
}

/** offsite-required: an off-site failure then stops the deploy gate too. */
export async function offsiteRequired(context: Context, app: string): Promise<boolean> {
  return (await new PropertyStore(context.paths.propertiesDir).computed(app, OFFSITE_KEYS.required, "false")) === "true";
}

export async function readOffsiteConfig(context: Context, target: OffsiteTarget): Promise<OffsiteConfig | undefined> {
  return resolveOffsiteConfig(await readOffsiteValues(context, target), target);
}

/** The credentials file: one per app, beside its backups, or one for every app. */
export function credentialsFile(context: Context, target: OffsiteTarget): string {
  return target === GLOBAL
    ? join(context.paths.dataDir, ".offsite-credentials.env")
    : join(backupPaths(context.paths.dataDir, target).appDir, "offsite-credentials.env");
}

export async function writeCredentials(context: Context, target: OffsiteTarget, credentials: OffsiteCredentials): Promise<string> {
  const file = credentialsFile(context, target);
  await mkdir(dirname(file), { recursive: true, mode: 0o755 });
  await writeFileAtomic(file, renderCredentials(credentials));
  await chmod(file, 0o600);
  return file;
}

/** The app's own credentials, else the global ones, else undefined. */
export async function readCredentials(
  context: Context,
  target: OffsiteTarget,
): Promise<{ credentials: OffsiteCredentials; scope: "app" | "global" } | undefined> {
  const candidates: [OffsiteTarget, "app" | "global"][] = target === GLOBAL ? [[GLOBAL, "global"]] : [[target, "app"], [GLOBAL, "global"]];
  for (const [candidate, scope] of candidates) {
    let text: string;
    try {
      text = await readFile(credentialsFile(context, candidate), "utf8");
    } catch (error) {
      if (isMissing(error)) continue;
      throw error;
    }
    try {
      return { credentials: parseCredentials(text), scope };
    } catch {
      throw new UserError(
        `The stored off-site credentials of ${candidate === GLOBAL ? "--global" : candidate} cannot be read; store them again with ` +
          `\`dokku pegasus:offsite-auth ${candidate === GLOBAL ? "--global" : candidate} < credentials.env\``,
      );
    }
  }
  return undefined;
}

export async function requireCredentials(context: Context, app: string): Promise<OffsiteCredentials> {
  const found = await readCredentials(context, app);
  if (!found) {
    throw new UserError(
      `No off-site credentials for ${app}: give them on stdin with ` +
        `\`dokku pegasus:offsite-auth ${app} < credentials.env\` (AWS_ACCESS_KEY_ID=… and AWS_SECRET_ACCESS_KEY=… lines; --global for every app)`,
    );
  }
  return found.credentials;
}

/** The outcome of the last off-site push of an app, for pegasus:report. */
export interface OffsiteOutcome {
  status: "ok" | "failed";
  at: string;
  uploaded?: string[];
  message?: string;
}

export async function writeLastOffsite(context: Context, app: string, outcome: OffsiteOutcome): Promise<void> {
  const paths = backupPaths(context.paths.dataDir, app);
  await mkdir(paths.appDir, { recursive: true, mode: 0o755 });
  await writeFileAtomic(paths.lastOffsite, `${JSON.stringify(outcome)}\n`);
}

export async function readLastOffsite(context: Context, app: string): Promise<OffsiteOutcome | undefined> {
  return readJsonFile<OffsiteOutcome>(backupPaths(context.paths.dataDir, app).lastOffsite);
}

/**
 * The off-site lines of `pegasus:report <app>`: never a secret, only whether credentials are
 * set and the key id's last four characters.
 */
export async function offsiteReportFields(
  app: string,
  context: Context,
  records: readonly { id: string; created_at: string; reason: string; offsite?: unknown }[],
): Promise<Record<string, string>> {
  const values = await readOffsiteValues(context, app);
  const found = await readCredentials(context, app).catch(() => undefined);
  const last = await readLastOffsite(context, app);
  const recipient = values["offsite-recipient"] ?? "";
  const on = Boolean(values["offsite-url"]);
  return {
    "offsite-credentials": found ? `set (${found.scope}, key id ${keyIdHint(found.credentials.accessKeyId)})` : "unset",
    "offsite-encryption": !on ? "" : recipient === "none" ? "none (offsite-recipient none)" : recipient ? `age (${recipient.split(" ").length} recipient(s))` : "missing recipient (uploads refused)",
    "offsite-transport": !on ? "" : values["offsite-endpoint"]?.startsWith("http://") ? "http (not encrypted in transit)" : "https",
    "offsite-last": !last
      ? ""
      : last.status === "ok"
        ? `ok ${last.at} (${last.uploaded?.length ?? 0} uploaded)`
        : `failed ${last.at}: ${(last.message ?? "").replace(/\s*\n\s*/g, " ")}`.trim(),
    "offsite-pending": on
      ? String(planOffsitePush(records, (record) => Boolean(record.offsite), [], reportKeep(values)).upload.length)
      : // Said before the next deploy stops on it (copyOffsite), not after.
        values["offsite-required"] === "true"
        ? "all: offsite-required is true and no offsite-url is set, so deploys stop"
        : "",
  };
}

/** offsite-keep for the report, which shows what it can even when a setting is broken. */
function reportKeep(values: OffsiteValues): number {
  const keep = Number(values["offsite-keep"] || DEFAULT_OFFSITE_KEEP);
  return Number.isSafeInteger(keep) ? keep : DEFAULT_OFFSITE_KEEP;
}

const STDIN_LIMIT = 64 * 1024;

/** A secret given on stdin (credentials, an identity): small, held in memory only. */
export async function readSecretStdin(context: Context, what: string, howTo: string): Promise<string> {
  const stream = context.stdin();
  if ((stream as { isTTY?: boolean }).isTTY) throw new UserError(`No ${what} on stdin. ${howTo}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > STDIN_LIMIT) throw new UserError(`stdin is larger than 64 KiB; that is not ${what}. ${howTo}`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
