import type { Context } from "../../context.js";
import { booleanOption, stringOption, type ParsedOptions } from "../../core/args.js";
import { isBackupId } from "../id.js";
import { UserError } from "../../errors.js";
import { parseIdentities } from "./config.js";
import { downloadBackup, plannedDownload } from "./download.js";
import { readSecretStdin } from "./state.js";

const HOW = "Give the key file age-keygen wrote on stdin: dokku pegasus:restore <app> <id> --offsite --identity - < pegasus-offsite.key";

/**
 * `pegasus:restore --offsite --identity -`: checks the flags, reads the identity from stdin
 * (never written anywhere) and downloads the copy as a verified local backup.
 */
export async function fetchForRestore(app: string, id: string, options: ParsedOptions, context: Context): Promise<void> {
  checkFlags(app, id, options);
  const identities = parseIdentities(await readSecretStdin(context, "age identity", HOW));
  await downloadBackup(app, id, identities, context);
}

/**
 * `pegasus:restore --offsite` without --force: the same checks, and what would be fetched, with
 * nothing downloaded, kept or cleaned up here (and the identity not read: only a download needs
 * it). Undefined when the copy here is sound: the plan is then the local restore's.
 */
export async function planFetchForRestore(app: string, id: string, options: ParsedOptions, context: Context): Promise<Awaited<ReturnType<typeof plannedDownload>>> {
  checkFlags(app, id, options);
  return plannedDownload(app, id, context);
}

function checkFlags(app: string, id: string, options: ParsedOptions): void {
  if (!booleanOption(options, "offsite")) throw new UserError(`--identity goes with --offsite. ${HOW}`);
  const identity = stringOption(options, "identity");
  if (identity !== "-") {
    // A path would mean the key sits on the server, which is what age is here to avoid.
    throw new UserError(`--offsite needs --identity - (the identity arrives on stdin only). ${HOW}`);
  }
  if (!isBackupId(id)) {
    throw new UserError(`The backup id given is not one (they look like 20261126T070102Z-1a2b3c4). List them with \`dokku pegasus:backups ${app} --offsite\``);
  }
}
