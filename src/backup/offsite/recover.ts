import type { Context } from "../../context.js";
import { booleanOption, stringOption, type ParsedOptions } from "../../core/args.js";
import { isBackupId } from "../id.js";
import { UserError } from "../../errors.js";
import { parseIdentities } from "./config.js";
import { downloadBackup } from "./download.js";
import { readSecretStdin } from "./state.js";

const HOW = "Give the key file age-keygen wrote on stdin: dokku pegasus:restore <app> <id> --offsite --identity - < pegasus-offsite.key";

/**
 * `pegasus:restore --offsite --identity -`: checks the flags, reads the identity from stdin
 * (never written anywhere) and downloads the copy as a verified local backup.
 */
export async function fetchForRestore(app: string, id: string, options: ParsedOptions, context: Context): Promise<void> {
  if (!booleanOption(options, "offsite")) throw new UserError(`--identity goes with --offsite. ${HOW}`);
  const identity = stringOption(options, "identity");
  if (identity !== "-") {
    // A path would mean the key sits on the server, which is what age is here to avoid.
    throw new UserError(`--offsite needs --identity - (the identity arrives on stdin only). ${HOW}`);
  }
  if (!isBackupId(id)) {
    throw new UserError(`${JSON.stringify(id)} is not a backup id (they look like 20261126T070102Z-1a2b3c4). List them with \`dokku pegasus:backups ${app} --offsite\``);
  }
  const identities = parseIdentities(await readSecretStdin(context, "age identity", HOW));
  await downloadBackup(app, id, identities, context);
}
