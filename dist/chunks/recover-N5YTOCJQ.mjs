import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup
} from "./chunk-I4KX5ZU4.mjs";
import "./chunk-PGUY2MAF.mjs";
import "./chunk-2F72VIPG.mjs";
import "./chunk-4227GJYH.mjs";
import "./chunk-QIOF373G.mjs";
import "./chunk-RFOGWVN3.mjs";
import "./chunk-W4QC4AUB.mjs";
import "./chunk-6RAORSGP.mjs";
import {
  readSecretStdin
} from "./chunk-DX3DLGOQ.mjs";
import {
  parseIdentities
} from "./chunk-3IYJ7GNO.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-Q6PHM2EF.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import "./chunk-FJRA2YDU.mjs";
import "./chunk-B4PHR3BT.mjs";
import "./chunk-MGEBLEDS.mjs";
import "./chunk-4OTPUG7K.mjs";
import "./chunk-RVFNLFNF.mjs";
import {
  isBackupId
} from "./chunk-UBCEBHZC.mjs";
import "./chunk-JABQKX53.mjs";
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
