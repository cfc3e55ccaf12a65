import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readOffsiteValues,
  readSecretStdin,
  writeCredentials
} from "./chunk-N57HPFOI.mjs";
import {
  keyIdHint,
  parseCredentials,
  resolveOffsiteConfig
} from "./chunk-5MN5AI5H.mjs";
import {
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-DSPNK2T2.mjs";
import {
  GLOBAL
} from "./chunk-IQVX3673.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  FORMAT_OPTION,
  formatOption
} from "./chunk-RDISS7JH.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/offsite-auth.ts
var USAGE = "<app>|--global";
var HOW = "Pipe them in: ssh dokku@host pegasus:offsite-auth <app>|--global < credentials.env (AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines)";
var offsiteAuth = {
  name: "offsite-auth",
  args: USAGE,
  summary: "Store the object store's credentials from stdin: checked against the bucket and never printed",
  options: {
    global: { type: "boolean", description: "credentials for every app without its own" },
    ...FORMAT_OPTION
  },
  notes: [
    "stdin holds AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines (dotenv syntax). They are checked",
    "with one listing of at most one key in the offsite-url bucket, then stored 0600 for the dokku user.",
    "Set offsite-url (and offsite-endpoint for a non-AWS store) first."
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    const global = options.global === true;
    const format = formatOption(options);
    if (global ? positionals.length !== 0 : positionals.length !== 1) throw new UserError(`Usage: dokku pegasus:offsite-auth ${USAGE}`);
    const target = global ? GLOBAL : verifyAppName(positionals[0]);
    if (!global) await verifyAppExists(context.dokku, target);
    const credentials = parseCredentials(await readSecretStdin(context, "credentials", HOW));
    const values = await readOffsiteValues(context, target);
    const config = resolveOffsiteConfig({ ...values, "offsite-recipient": values["offsite-recipient"] || "none" }, target);
    if (!config) {
      throw new UserError(
        `offsite-url is not set for ${target}, so there is no bucket to check these credentials against. Set it first: dokku pegasus:set ${target} offsite-url s3://BUCKET/PREFIX`
      );
    }
    const { openBucket } = await import("./s3-VVTBRW3Y.mjs");
    const bucket = await openBucket(config, credentials);
    try {
      await bucket.check();
    } catch (error) {
      throw new UserError(`Credentials not stored: ${error instanceof Error ? error.message : String(error)}`);
    }
    await writeCredentials(context, target, credentials);
    const hint = keyIdHint(credentials.accessKeyId);
    context.log.info2(`Off-site credentials of ${target} stored (key id ${hint}); s3://${config.url.bucket} answered`);
    if (format === "json") {
      context.stdout.write(`${JSON.stringify({ target: global ? "--global" : target, key_id: hint, bucket: config.url.bucket, checked: true })}
`);
    }
  }
};
export {
  offsiteAuth
};
