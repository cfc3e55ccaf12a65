import type { EnvEntry, EnvProblem } from "./env-file.js";

/**
 * What an import would do to an app's config, computed from the file and one read of the
 * current config. Pure: the subcommand gathers the facts and applies the result.
 */

/**
 * An app's config. A Map, never a plain object: keys such as `constructor`, `toString` or
 * `__proto__` (which Dokku accepts) are then ordinary keys, not Object.prototype's members.
 */
export type Config = ReadonlyMap<string, string>;

/** Keys Dokku itself sets (GIT_REV at build, NO_VHOST at create, DOKKU_* for its plugins). */
export function isDokkuOwnKey(key: string): boolean {
  return key === "GIT_REV" || key === "NO_VHOST" || key.startsWith("DOKKU_");
}

/** Keys that `postgres:link` / `redis:link` write; a link would be broken by changing them. */
export function isLinkManagedKey(key: string): boolean {
  return key === "DATABASE_URL" || key === "REDIS_URL" || /^DOKKU_(POSTGRES|REDIS)_[A-Z0-9_]+_URL$/.test(key);
}

/**
 * A URL that a dokku-postgres or dokku-redis link wrote under any name: `--alias FOO` writes
 * `FOO_URL`, whose host is the service's container alias (`dokku-postgres-<svc>`).
 */
export function isServiceLinkUrl(value: string | undefined): boolean {
  return value !== undefined && /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?dokku-(?:postgres|redis)-[a-z0-9-]+(?::\d+)?(?:[/?#]|$)/i.test(value);
}

/** Why a key is not the file's to change or `--replace`'s to remove; `current` is its value now. */
export function protectionOf(key: string, current?: string): string | undefined {
  if (isLinkManagedKey(key) || isServiceLinkUrl(current)) return "set by a service link";
  if (isDokkuOwnKey(key)) return "Dokku's own";
  return undefined;
}

export interface EnvImportPlan {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  /** Keys `--replace` leaves in place because Dokku or a link owns them. */
  kept: { key: string; why: string }[];
  /** Keys in the app that the file does not mention, left alone without `--replace`. */
  untouched: string[];
  /** added + changed, as they will be written. */
  toSet: Map<string, string>;
  toUnset: string[];
  /** The config the app will have once the plan is applied. */
  after: Map<string, string>;
  /** Refusals; when any, nothing may be applied. */
  problems: EnvProblem[];
  /**
   * Keys of the app whose value, kept as it is, ends in a backslash: Dokku 0.38 rewrites the whole
   * ENV file on every config write and would write it so that the file can no longer be read.
   */
  unwritable: string[];
}

export interface PlanInput {
  entries: readonly EnvEntry[];
  current: Config;
  replace: boolean;
  allowLinkOverride: boolean;
  /** Extra keys to add that are not in the file (a generated SECRET_KEY). */
  generated?: Config;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function planEnvImport(input: PlanInput): EnvImportPlan {
  const wanted = new Map<string, string>();
  for (const entry of input.entries) wanted.set(entry.key, entry.value);
  for (const [key, value] of input.generated ?? []) {
    if (!wanted.has(key) && !input.current.has(key)) wanted.set(key, value);
  }

  const problems: EnvProblem[] = [];
  if (!input.allowLinkOverride) {
    for (const entry of input.entries) {
      // Dokku's own keys come from Dokku, never from a .env, whether or not the app has them
      // yet: a file's GIT_REV would otherwise become the "live commit" a backup records.
      if (isDokkuOwnKey(entry.key)) {
        problems.push({
          line: entry.line,
          key: entry.key,
          reason: "is Dokku's own key (Dokku sets it itself); remove it from the file, or pass --allow-link-override to set it anyway",
        });
        continue;
      }
      const current = input.current.get(entry.key);
      const why = protectionOf(entry.key, current);
      if (why && current !== undefined && current !== entry.value) {
        problems.push({
          line: entry.line,
          key: entry.key,
          reason: `is ${why} and the file sets a different value; remove it from the file, or pass --allow-link-override to change it`,
        });
      }
    }
  }

  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  const toSet = new Map<string, string>();
  for (const [key, value] of wanted) {
    const current = input.current.get(key);
    if (current === undefined) added.push(key);
    else if (current === value) unchanged.push(key);
    else changed.push(key);
    if (current !== value) toSet.set(key, value);
  }

  const removed: string[] = [];
  const kept: { key: string; why: string }[] = [];
  const untouched: string[] = [];
  for (const key of input.current.keys()) {
    if (wanted.has(key)) continue;
    const why = protectionOf(key, input.current.get(key));
    if (!input.replace) untouched.push(key);
    else if (why) kept.push({ key, why });
    else removed.push(key);
  }

  const after = new Map([...input.current, ...toSet]);
  for (const key of removed) after.delete(key);
  // Whatever config:import (or, alone, config:unset) writes back of the app's own values. An
  // `x"` that config:set stored reads back as `x\`, and the next write of any key breaks the file.
  const rewritten = toSet.size > 0 ? input.current : after;
  const unwritable = [...rewritten].filter(([key, value]) => !toSet.has(key) && value.endsWith("\\")).map(([key]) => key);

  return {
    added: added.sort(byName),
    changed: changed.sort(byName),
    removed: removed.sort(byName),
    unchanged: unchanged.sort(byName),
    kept: kept.sort((a, b) => byName(a.key, b.key)),
    untouched: untouched.sort(byName),
    toSet,
    toUnset: removed.slice().sort(byName),
    after,
    problems,
    unwritable: unwritable.sort(byName),
  };
}

export function changeCount(plan: EnvImportPlan): number {
  return plan.added.length + plan.changed.length + plan.removed.length;
}

/** Lengths in characters as a user counts them (code points), never any of the characters. */
function lengthOf(value: string): string {
  const length = [...value].length;
  return `${length} ${length === 1 ? "char" : "chars"}`;
}

/**
 * The diff in Dokku's 7-space voice. Shows the key, the kind of change and the new value's
 * length: no value character ever, not even a prefix.
 */
export function renderPlanLines(plan: EnvImportPlan): string[] {
  const rows: [string, string][] = [
    ...plan.added.map((key): [string, string] => [key, `added     (${lengthOf(plan.toSet.get(key)!)})`]),
    ...plan.changed.map((key): [string, string] => [key, `changed   (${lengthOf(plan.toSet.get(key)!)})`]),
    ...plan.removed.map((key): [string, string] => [key, "removed"]),
    ...plan.kept.map(({ key, why }): [string, string] => [key, `kept      (${why})`]),
  ];
  const width = Math.max(0, ...rows.map(([key]) => key.length)) + 2;
  const lines = rows.map(([key, what]) => `${`${key}:`.padEnd(width)}${what}`);
  if (plan.unchanged.length > 0) lines.push(`${plan.unchanged.length} unchanged`);
  if (plan.untouched.length > 0) {
    const one = plan.untouched.length === 1;
    lines.push(`${plan.untouched.length} other ${one ? "key is" : "keys are"} in the app and not in the file: left as ${one ? "it is" : "they are"} (--replace removes unprotected ones)`);
  }
  return lines;
}

export function summarizePlan(plan: EnvImportPlan): string {
  return `${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed, ${plan.unchanged.length} unchanged`;
}

/** Keys whose read-back value differs from what was written or that should be gone and are not. */
export function verifyReadBack(plan: EnvImportPlan, readBack: Config): string[] {
  const wrong = [...plan.toSet]
    .filter(([key, value]) => readBack.get(key) !== value)
    .map(([key]) => key);
  const lingering = plan.toUnset.filter((key) => readBack.has(key));
  return [...wrong, ...lingering].sort(byName);
}

// django-environ's Env.BOOLEAN_TRUE_STRINGS, which Pegasus settings read DEBUG and friends with.
const TRUE_STRINGS = new Set(["true", "on", "ok", "y", "yes", "1"]);

export function isTruthy(value: string | undefined): boolean {
  return value !== undefined && TRUE_STRINGS.has(value.trim().toLowerCase());
}

/** ALLOWED_HOSTS needs Dokku's domains to be checked: present and not the wildcard. */
export function allowedHostsToCheck(config: Config): string[] | undefined {
  const raw = config.get("ALLOWED_HOSTS");
  if (raw === undefined) return undefined;
  const hosts = raw
    .split(",")
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  if (hosts.length === 0 || hosts.includes("*")) return undefined;
  return hosts;
}

/** Django's `validate_host`: `.example.com` matches the domain and every subdomain. */
export function hostAllowed(domain: string, patterns: readonly string[]): boolean {
  const host = domain.toLowerCase().replace(/\.$/, "");
  return patterns.some((pattern) => {
    if (pattern === "*") return true;
    if (pattern.startsWith(".")) return host === pattern.slice(1) || host.endsWith(pattern);
    return host === pattern;
  });
}

/** Settings that are legal but look wrong in production. Not fatal; never shows a value. */
export function productionWarnings(config: Config, domains: readonly string[] | undefined): string[] {
  const warnings: string[] = [];
  if (isTruthy(config.get("DEBUG"))) {
    warnings.push("DEBUG is on: Django will show tracebacks and settings to visitors; set DEBUG=False for production");
  }
  if (isTruthy(config.get("ENABLE_DEBUG_TOOLBAR"))) {
    warnings.push("ENABLE_DEBUG_TOOLBAR is on: set ENABLE_DEBUG_TOOLBAR=False for production");
  }
  const hosts = allowedHostsToCheck(config);
  if (hosts && domains) {
    const missing = domains.filter((domain) => !hostAllowed(domain, hosts));
    if (missing.length > 0) {
      warnings.push(
        `ALLOWED_HOSTS does not cover ${missing.length === 1 ? "the app domain" : "the app domains"} ${missing.join(", ")}: Django will answer 400 there; add ${missing.length === 1 ? "it" : "them"} to ALLOWED_HOSTS`,
      );
    }
  }
  return warnings;
}

/**
 * Django's get_random_secret_key alphabet without `$`: django-environ reads a value that
 * starts with `$` as a reference to another variable. 49 symbols, 50 of them: ~280 bits.
 */
export const SECRET_KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)";
export const SECRET_KEY_LENGTH = 50;

/**
 * A secret key from a source of random bytes, by rejection sampling so every symbol is equally
 * likely (a plain modulo would favour the first few).
 */
export function secretKeyFrom(randomBytes: (size: number) => Uint8Array): string {
  const symbols = SECRET_KEY_ALPHABET.length;
  const limit = 256 - (256 % symbols);
  let key = "";
  while (key.length < SECRET_KEY_LENGTH) {
    for (const byte of randomBytes(64)) {
      if (byte < limit && key.length < SECRET_KEY_LENGTH) key += SECRET_KEY_ALPHABET[byte % symbols];
    }
  }
  return key;
}
