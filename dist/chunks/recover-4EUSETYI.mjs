import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  downloadBackup
} from "./chunk-GJ6QMDGX.mjs";
import "./chunk-RR67WXOB.mjs";
import "./chunk-2F72VIPG.mjs";
import "./chunk-YJY7Y6I3.mjs";
import "./chunk-TFMNHB3T.mjs";
import "./chunk-PFTFMMXV.mjs";
import "./chunk-RHKVO5CG.mjs";
import "./chunk-2B6KY2NA.mjs";
import {
  readSecretStdin
} from "./chunk-7N5HTSVI.mjs";
import {
  parseIdentities
} from "./chunk-C2YKQ3BK.mjs";
import "./chunk-RC25DIST.mjs";
import "./chunk-PRUA7WZN.mjs";
import "./chunk-ZDJRB6ZL.mjs";
import "./chunk-Q6PHM2EF.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import "./chunk-FJRA2YDU.mjs";
import "./chunk-KGDHXTFC.mjs";
import "./chunk-YFNOY4SH.mjs";
import "./chunk-33UZ2PXN.mjs";
import "./chunk-RVFNLFNF.mjs";
import {
  isBackupId
} from "./chunk-4O2IXLXA.mjs";
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
