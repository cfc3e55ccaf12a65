import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looksLikeRandomToken, mayHoldSecret, shownValue } from "../../../src/core/secret-shape.js";

describe("what a secret looks like (refusals that must not repeat one)", () => {
  it("names and words are not taken for secrets: every key of the Pegasus .env, settings' usual values", () => {
    const fixture = readFileSync(new URL("../../fixtures/pegasus.env", import.meta.url), "utf8");
    const keys = [...fixture.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!);
    expect(keys).toHaveLength(40);
    const names = [...keys, "PYTHONDONTWRITEBYTECODE", "GOOGLE_OAUTH2_CLIENT_ID", "Stripe_Live_Key_2024", "googleAnalyticsTrackingId"];
    const values = ["https://fsn1.your-objectstorage.com", "s3://my-backups-2024/pegasus/prod", "ops@example.com", "eu-central-1", "99999"];
    expect([...names, ...values].filter(looksLikeRandomToken)).toEqual([]);
  });

  it("random base64 and base64url tokens of 24 characters or more are (a fixed sample of 2000)", () => {
    const token = fc.uint8Array({ minLength: 18, maxLength: 48 }).chain((bytes) =>
      fc.constantFrom(Buffer.from(bytes).toString("base64"), Buffer.from(bytes).toString("base64url")),
    );
    const missed = fc.sample(token, { numRuns: 2000, seed: 7 }).filter((text) => !looksLikeRandomToken(text));
    expect(missed.length).toBeLessThan(20);
  });

  it("an age identity anywhere, in any case, is a secret; a refused value shows only its length then", () => {
    expect(mayHoldSecret('identity="age-secret-key-1qqqq"')).toBe(true);
    expect(shownValue("AGE-SECRET-KEY-1QQQQ")).toBe("a value of 20 characters (not shown: it looks like a secret)");
    expect(shownValue("ture")).toBe('"ture"');
  });
});
