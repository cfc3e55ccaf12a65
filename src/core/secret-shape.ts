/**
 * What a secret looks like, for messages that must not repeat one. A refusal that quotes what
 * was typed helps with a typo and leaks a secret pasted in the wrong place, so it asks these
 * first. Pure and dependency-free: the checks run before any command's first await.
 */

/** age-keygen's private half: anywhere in a text and in any case, as pasted or quoted. */
export const AGE_IDENTITY = /AGE-SECRET-KEY-/i;

/** What random tokens are written in: base64, base64url, hex, Django's secret alphabet. */
const TOKEN_RUN = /[A-Za-z0-9+/=_-]{16,}/g;
const SEPARATORS = /[+/=_-]/g;
const MIN_TOKEN_LENGTH = 16;

function characterClass(character: string): number {
  if (character >= "a" && character <= "z") return 0;
  if (character >= "A" && character <= "Z") return 1;
  return 2;
}

/**
 * Whether `text` holds a run of 16 or more letters and digits that reads as random rather than
 * as words: it mixes digits with letters (or both cases), and the kind of character changes at
 * 2 in 5 places or more. A name's words and separators stay well below that
 * (`AWS_S3_CUSTOM_DOMAIN`, `PYTHONDONTWRITEBYTECODE`, `my-bucket-name-2024`); a random token
 * of base64's alphabet changes at about 2 in 3. A heuristic: a short or unlucky fragment of a
 * secret can pass, which is why refusals that may hold one show none of it anyway.
 */
export function looksLikeRandomToken(text: string): boolean {
  for (const run of text.match(TOKEN_RUN) ?? []) {
    const core = run.replace(SEPARATORS, "");
    if (core.length < MIN_TOKEN_LENGTH) continue;
    const mixed = (/[0-9]/.test(core) && /[A-Za-z]/.test(core)) || (/[a-z]/.test(core) && /[A-Z]/.test(core));
    if (!mixed) continue;
    let changes = 0;
    for (let index = 1; index < core.length; index++) {
      if (characterClass(core[index]!) !== characterClass(core[index - 1]!)) changes++;
    }
    if (changes * 5 >= (core.length - 1) * 2) return true;
  }
  return false;
}

/** Whether a message may quote `text`: never an age identity nor anything token-like. */
export function mayHoldSecret(text: string): boolean {
  return AGE_IDENTITY.test(text) || looksLikeRandomToken(text);
}

/**
 * A refused value as an error may show it: quoted, or, when it may be a secret, only its
 * length, so that a secret pasted into the wrong place is not printed back.
 */
export function shownValue(value: string): string {
  return mayHoldSecret(value) ? notShown(value) : JSON.stringify(value);
}

/** The same, unquoted, for a confirmation of what was stored (`Setting <key> to <value>`). */
export function shownPlainly(value: string): string {
  return mayHoldSecret(value) ? notShown(value) : value;
}

function notShown(value: string): string {
  return `a value of ${value.length} characters (not shown: it looks like a secret)`;
}
