import { UserError } from "../errors.js";
import { isEmailAddress } from "./setup-options.js";
import { isServiceName, SERVICE_NAME_HINT } from "./service-name.js";
import { AGE_IDENTITY, shownValue } from "./secret-shape.js";
import {
  ageIdentityRefusal,
  parseOffsiteUrl,
  validateBoolean,
  validateEndpoint,
  validateKeep,
  validateRecipients,
  validateRegion,
} from "../backup/offsite/config.js";

/** A property `pegasus:set` accepts: its rule, its default, and whether `--global` may hold it. */
export interface Setting {
  key: string;
  description: string;
  /** The value used when neither the app nor `--global` sets one ("" = none). */
  fallback: string;
  global: boolean;
  /** Returns the value to store, or throws a UserError saying what is accepted. */
  validate(value: string): string;
  /**
   * App lifecycle commands that must not carry this setting to the new app, because its value
   * names or concerns the old app's own resources or its next deploy (default: carried).
   */
  notCarriedBy?: readonly ("apps:clone" | "apps:rename")[];
  /**
   * A value its check allows only in a public shape (age public keys), which `pegasus:set` shows
   * as stored even where it reads like a token; any other is shown only when it does not.
   */
  public?: true;
}

export const SETTINGS: readonly Setting[] = [
  {
    key: "postgres-service",
    description: "the Postgres service backed up for this app (default: the one linked to it)",
    fallback: "",
    global: false,
    // A clone starts linked to the original's database and is given its own later: the setting
    // would keep pointing its backups and restores at the original's. A rename keeps its
    // database (dokku-postgres moves the link), so it keeps the setting.
    notCarriedBy: ["apps:clone"],
    validate: (value) => {
      if (!isServiceName(value)) {
        throw new UserError(`postgres-service must be a service name (${SERVICE_NAME_HINT}), got ${shownValue(value)}`);
      }
      return value;
    },
  },
  {
    key: "backup-keep",
    description: "how many backups to keep per app; 0 keeps all (default 10)",
    fallback: "10",
    global: true,
    validate: (value) => {
      if (!/^\d{1,5}$/.test(value)) {
        throw new UserError(`backup-keep must be a whole number from 0 to 99999, got ${shownValue(value)}`);
      }
      return String(Number(value));
    },
  },
  {
    key: "backup-on-deploy",
    description: "back up the database before each deploy's migrations; true or false (default true)",
    fallback: "true",
    global: true,
    validate: (value) => {
      if (value !== "true" && value !== "false") {
        throw new UserError(`backup-on-deploy must be true or false, got ${shownValue(value)}`);
      }
      return value;
    },
  },
  {
    key: "backup-media",
    description: "also archive the app's mounted storage (media) with every backup; true or false (default false)",
    fallback: "false",
    global: true,
    validate: (value) => {
      if (value !== "true" && value !== "false") {
        throw new UserError(`backup-media must be true or false, got ${shownValue(value)}`);
      }
      return value;
    },
  },
  {
    key: "backup-skip-next",
    description: "true lets the next deploy pass the backup gate once (the gate then unsets it)",
    fallback: "",
    global: false,
    // Meant for one deploy of the app it was set on: never for a clone's first deploy, nor for
    // the rebuild apps:rename runs.
    notCarriedBy: ["apps:clone", "apps:rename"],
    validate: (value) => {
      // One-shot and per app on purpose: a standing "false" would be backup-on-deploy.
      if (value !== "true") {
        throw new UserError(`backup-skip-next can only be set to true (unset it with no value), got ${shownValue(value)}`);
      }
      return value;
    },
  },
  {
    key: "backup-lock-wait",
    description: "seconds a deploy waits for a running backup of the app before it gives up (default 900)",
    fallback: "900",
    global: true,
    validate: (value) => {
      if (!/^\d{1,6}$/.test(value)) {
        throw new UserError(`backup-lock-wait must be a whole number of seconds from 0 to 999999, got ${shownValue(value)}`);
      }
      return String(Number(value));
    },
  },
  {
    key: "letsencrypt-email",
    description: "the email pegasus:setup gives Let's Encrypt when --letsencrypt-email is absent",
    fallback: "",
    global: true,
    validate: (value) => {
      if (!isEmailAddress(value)) throw new UserError(`letsencrypt-email must be an email address, got ${shownValue(value)}`);
      return value;
    },
  },
  {
    key: "offsite-url",
    description: "s3://BUCKET/PREFIX: an encrypted copy of every backup goes there (empty: off)",
    fallback: "",
    global: true,
    validate: (value) => {
      parseOffsiteUrl(value);
      return value.replace(/\/+$/, "");
    },
  },
  {
    key: "offsite-endpoint",
    description: "https://… of an S3-compatible store (Hetzner, B2, R2, MinIO; empty: AWS)",
    fallback: "",
    global: true,
    validate: validateEndpoint,
  },
  {
    key: "offsite-region",
    description: "the store's region (default us-east-1)",
    fallback: "us-east-1",
    global: true,
    validate: validateRegion,
  },
  {
    key: "offsite-path-style",
    description: "true for stores that need path-style URLs (MinIO, most self-hosted; default false)",
    fallback: "false",
    global: true,
    validate: (value) => validateBoolean("offsite-path-style", value),
  },
  {
    key: "offsite-recipient",
    description: "age public keys (age1…, space separated) copies are encrypted to; none uploads unencrypted",
    fallback: "",
    global: true,
    validate: validateRecipients,
    public: true,
  },
  {
    key: "offsite-keep",
    description: "how many off-site copies to keep per app; 0 keeps all (default 30)",
    fallback: "30",
    global: true,
    validate: validateKeep,
  },
  {
    key: "offsite-required",
    description: "true makes a failed off-site copy stop the deploy too (default false)",
    fallback: "false",
    global: true,
    validate: (value) => validateBoolean("offsite-required", value),
  },
];

export function findSetting(key: string, scope: "app" | "global"): Setting {
  const setting = SETTINGS.find((candidate) => candidate.key === key);
  const valid = SETTINGS.filter((candidate) => scope === "app" || candidate.global).map((candidate) => candidate.key);
  if (!setting || (scope === "global" && !setting.global)) {
    throw new UserError(`Invalid key specified, valid keys include: ${valid.join(", ")}`);
  }
  return setting;
}

/**
 * The value `setting` stores for `value`, or a UserError. An age identity is refused for every
 * key before the key's own rule, whose message may quote what it refuses.
 */
export function validateSetting(setting: Setting, value: string): string {
  if (AGE_IDENTITY.test(value)) throw new UserError(ageIdentityRefusal(setting.key));
  return setting.validate(value);
}

export function settingFallback(key: string): string {
  return SETTINGS.find((setting) => setting.key === key)?.fallback ?? "";
}

/** The settings `command` leaves behind on the old app (see Setting.notCarriedBy). */
export function settingsNotCarriedBy(command: "apps:clone" | "apps:rename"): string[] {
  return SETTINGS.filter((setting) => setting.notCarriedBy?.includes(command)).map((setting) => setting.key);
}
