import { FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import { verifyAppExists } from "../dokku/apps.js";
import { UserError } from "../errors.js";
import { GLOBAL } from "../io/properties.js";
import { keyIdHint, parseCredentials, resolveOffsiteConfig } from "../backup/offsite/config.js";
import { readOffsiteValues, readSecretStdin, writeCredentials } from "../backup/offsite/state.js";

const USAGE = "<app>|--global";
const HOW = "Pipe them in: ssh dokku@host pegasus:offsite-auth <app>|--global < credentials.env (AWS_ACCESS_KEY_ID=… and AWS_SECRET_ACCESS_KEY=… lines)";

export const offsiteAuth: Subcommand = {
  name: "offsite-auth",
  args: USAGE,
  summary: "Store the object store's credentials from stdin: checked against the bucket and never printed",
  options: {
    global: { type: "boolean", description: "credentials for every app without its own" },
    ...FORMAT_OPTION,
  },
  notes: [
    "stdin holds AWS_ACCESS_KEY_ID=… and AWS_SECRET_ACCESS_KEY=… lines (dotenv syntax). They are checked",
    "with one listing of at most one key in the offsite-url bucket, then stored 0600 for the dokku user.",
    "Set offsite-url (and offsite-endpoint for a non-AWS store) first.",
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    const global = options.global === true;
    const format = formatOption(options);
    if (global ? positionals.length !== 0 : positionals.length !== 1) throw new UserError(`Usage: dokku pegasus:offsite-auth ${USAGE}`);
    const target = global ? GLOBAL : verifyAppName(positionals[0]);
    if (!global) verifyAppExists(context.paths, target);
    const credentials = parseCredentials(await readSecretStdin(context, "credentials", HOW));
    const values = await readOffsiteValues(context, target);
    // The recipient does not matter for a check of the bucket: an unset one is refused at upload.
    const config = resolveOffsiteConfig({ ...values, "offsite-recipient": values["offsite-recipient"] || "none" }, target);
    if (!config) {
      throw new UserError(
        `offsite-url is not set for ${target}, so there is no bucket to check these credentials against. ` +
          `Set it first: dokku pegasus:set ${target} offsite-url s3://BUCKET/PREFIX`,
      );
    }
    const { openBucket } = await import("../backup/offsite/s3.js");
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
      context.stdout.write(`${JSON.stringify({ target: global ? "--global" : target, key_id: hint, bucket: config.url.bucket, checked: true })}\n`);
    }
  },
};
