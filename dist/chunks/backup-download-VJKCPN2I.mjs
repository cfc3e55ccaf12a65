import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findBackup
} from "./chunk-I22BFEBS.mjs";
import "./chunk-K2SD3ZXP.mjs";
import "./chunk-IDXT27MG.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-XJYLVPT3.mjs";
import "./chunk-ZVX6LS6S.mjs";
import "./chunk-5VEOFXWN.mjs";
import {
  backupPaths,
  listBackups
} from "./chunk-N57HPFOI.mjs";
import "./chunk-5MN5AI5H.mjs";
import {
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-Q6PHM2EF.mjs";
import "./chunk-GEW4U2Z7.mjs";
import "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
import "./chunk-RVFNLFNF.mjs";
import {
  formatBytes,
  progressLine
} from "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  booleanOption,
  expectPositionals
} from "./chunk-RDISS7JH.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/backup-download.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
var USAGE = "<app> <backup-id>";
var backupDownload = {
  name: "backup-download",
  args: USAGE,
  summary: "Write a verified backup's dump (or with --media its media archive) to stdout",
  options: {
    media: { type: "boolean", description: "send the backup's media archive (a tar of the app's storage) instead of the dump" }
  },
  notes: [
    "For a copy off the server: ssh dokku@host pegasus:backup-download app ID > app.dump",
    "(and with --media > app-media.tar). Only the file goes to stdout; progress goes to stderr.",
    "The bytes are hashed as they are sent: if they do not match the manifest's sha256 the command",
    "exits 1 after the last byte, and the copy must be thrown away."
  ],
  printsData: () => true,
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:backup-download", USAGE, positionals, 2, 2);
    const app = verifyAppName(positionals[0]);
    await verifyAppExists(context.dokku, app);
    const paths = backupPaths(context.paths.dataDir, app);
    if ((await listBackups(paths)).length === 0) {
      throw new UserError(`${app} has no verified backups yet. Take one with: dokku pegasus:backup-deploy ${app}`);
    }
    const record = await findBackup(app, positionals[1], context);
    const wantsMedia = booleanOption(options, "media");
    if (wantsMedia && !record.media) {
      throw new UserError(
        `Backup ${record.id} of ${app} has no media archive (it was taken with backup-media off). Download its dump without --media, or turn media backups on with \`dokku pegasus:set ${app} backup-media true\``
      );
    }
    const file = wantsMedia ? paths.media(record.id) : paths.dump(record.id);
    const expected = wantsMedia ? record.media : record;
    if (context.stdout.isTTY) {
      throw new UserError(
        `stdout is a terminal; send the file somewhere: dokku pegasus:backup-download ${app} ${record.id}${wantsMedia ? " --media" : ""} > ${wantsMedia ? `${app}-media.tar` : `${app}.dump`}`
      );
    }
    let size;
    try {
      size = (await stat(file)).size;
    } catch (error) {
      throw new UserError(`Backup ${record.id} cannot be read: ${file} (${error.code ?? String(error)}). Nothing was sent`);
    }
    if (size !== expected.size) {
      throw new UserError(`Backup ${record.id} is refused: ${file} is ${size} bytes, the manifest says ${expected.size}. Nothing was sent`);
    }
    context.log.info1(`Sending ${wantsMedia ? "the media archive" : "the dump"} of backup ${record.id} of ${app} (${formatBytes(size)})`);
    const sha256 = await streamFile(file, context);
    if (sha256 !== expected.sha256) {
      throw new UserError(
        `The bytes sent have sha256 ${sha256}, the manifest says ${expected.sha256}: the file changed since it was verified. Throw the copy away and pick another backup from \`dokku pegasus:backups ` + app + "`"
      );
    }
    context.log.info1(`Sent ${formatBytes(size)}, sha256 ${sha256} (matches the manifest)`);
  }
};
async function streamFile(file, context) {
  const out = context.stdout;
  const hash = createHash("sha256");
  let sent = 0;
  let broken;
  const onError = (error) => {
    broken = error;
  };
  out.on?.("error", onError);
  const began = Date.now();
  const timer = setInterval(() => context.stderr.write(`       ${progressLine(sent, Date.now() - began).replace("written", "sent")}
`), 1e3);
  try {
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk);
      sent += chunk.length;
      if (out.write(chunk) === false && out.once) await drainedOrBroken(out, () => broken);
      if (broken) throw new UserError(`The reader stopped taking the download after ${formatBytes(sent)}: ${broken.message}`);
    }
  } finally {
    clearInterval(timer);
    out.off?.("error", onError);
  }
  return hash.digest("hex");
}
function drainedOrBroken(out, broken) {
  return new Promise((resolve) => {
    if (broken()) return resolve();
    out.once("drain", () => resolve());
    out.once("error", () => resolve());
  });
}
export {
  backupDownload
};
