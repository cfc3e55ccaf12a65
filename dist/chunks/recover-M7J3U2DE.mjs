import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup
} from "./chunk-SRX4ECZ2.mjs";
import "./chunk-ZBAHLNJK.mjs";
import {
  booleanOption,
  stringOption
} from "./chunk-EFCLZ5JQ.mjs";
import {
  isBackupId,
  parseIdentities,
  readSecretStdin
} from "./chunk-QF2C4N6P.mjs";
import {
  UserError
} from "./chunk-3CEZ2N6Z.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/backup/offsite/recover.ts
var HOW = "Give the key file age-keygen wrote on stdin: dokku pegasus:restore <app> <id> --offsite --identity - < pegasus-offsite.key";
async function fetchForRestore(app, id, options, context) {
  if (!booleanOption(options, "offsite")) throw new UserError(`--identity goes with --offsite. ${HOW}`);
  const identity = stringOption(options, "identity");
  if (identity !== "-") {
    throw new UserError(`--offsite needs --identity - (the identity arrives on stdin only). ${HOW}`);
  }
  if (!isBackupId(id)) {
    throw new UserError(`${JSON.stringify(id)} is not a backup id (they look like 20261126T070102Z-1a2b3c4). List them with \`dokku pegasus:backups ${app} --offsite\``);
  }
  const identities = parseIdentities(await readSecretStdin(context, "age identity", HOW));
  await downloadBackup(app, id, identities, context);
}
export {
  fetchForRestore
};
