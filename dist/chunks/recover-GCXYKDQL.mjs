import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup
} from "./chunk-BFANGIG5.mjs";
import "./chunk-34VFNDGG.mjs";
import "./chunk-5VEOFXWN.mjs";
import {
  readSecretStdin
} from "./chunk-N57HPFOI.mjs";
import {
  parseIdentities
} from "./chunk-5MN5AI5H.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
import {
  isBackupId
} from "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  booleanOption,
  stringOption
} from "./chunk-RDISS7JH.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
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
