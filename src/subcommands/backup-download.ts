import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { booleanOption, expectPositionals } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import { formatBytes, progressLine } from "../backup/id.js";
import type { Subcommand } from "../core/command.js";
import type { Context } from "../context.js";
import { backupPaths, listBackups } from "../backup/store.js";
import { findBackup } from "../backup/restore.js";
import { verifyAppExists } from "../dokku/apps.js";
import { UserError } from "../errors.js";

const USAGE = "<app> <backup-id>";

export const backupDownload: Subcommand = {
  name: "backup-download",
  args: USAGE,
  summary: "Write a verified backup's dump (or with --media its media archive) to stdout",
  options: {
    media: { type: "boolean", description: "send the backup's media archive (a tar of the app's storage) instead of the dump" },
  },
  notes: [
    "For a copy off the server: ssh dokku@host pegasus:backup-download app ID > app.dump",
    "(and with --media > app-media.tar). Only the file goes to stdout; progress goes to stderr.",
    "The bytes are hashed as they are sent: if they do not match the manifest's sha256 the command",
    "exits 1 after the last byte, and the copy must be thrown away.",
  ],
  printsData: () => true,
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:backup-download", USAGE, positionals, 2, 2);
    const app = verifyAppName(positionals[0]);
    verifyAppExists(context.paths, app);
    const paths = backupPaths(context.paths.dataDir, app);
    if ((await listBackups(paths)).length === 0) {
      throw new UserError(`${app} has no verified backups yet. Take one with: dokku pegasus:backup-deploy ${app}`);
    }
    const record = await findBackup(app, positionals[1]!, context);
    const wantsMedia = booleanOption(options, "media");
    if (wantsMedia && !record.media) {
      throw new UserError(
        `Backup ${record.id} of ${app} has no media archive (it was taken with backup-media off). ` +
          `Download its dump without --media, or turn media backups on with \`dokku pegasus:set ${app} backup-media true\``,
      );
    }
    const file = wantsMedia ? paths.media(record.id) : paths.dump(record.id);
    const expected = wantsMedia ? record.media! : record;
    if ((context.stdout as { isTTY?: boolean }).isTTY) {
      throw new UserError(
        `stdout is a terminal; send the file somewhere: dokku pegasus:backup-download ${app} ${record.id}${wantsMedia ? " --media" : ""} > ${wantsMedia ? `${app}-media.tar` : `${app}.dump`}`,
      );
    }
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch (error) {
      throw new UserError(`Backup ${record.id} cannot be read: ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Nothing was sent`);
    }
    if (size !== expected.size) {
      throw new UserError(`Backup ${record.id} is refused: ${file} is ${size} bytes, the manifest says ${expected.size}. Nothing was sent`);
    }
    context.log.info1(`Sending ${wantsMedia ? "the media archive" : "the dump"} of backup ${record.id} of ${app} (${formatBytes(size)})`);
    const sha256 = await streamFile(file, context);
    if (sha256 !== expected.sha256) {
      throw new UserError(
        `The bytes sent have sha256 ${sha256}, the manifest says ${expected.sha256}: the file changed since it was verified. ` +
          "Throw the copy away and pick another backup from `dokku pegasus:backups " + app + "`",
      );
    }
    context.log.info1(`Sent ${formatBytes(size)}, sha256 ${sha256} (matches the manifest)`);
  },
};

type Sink = {
  write(chunk: Uint8Array): unknown;
  once?(event: string, listener: (...args: unknown[]) => void): unknown;
  on?(event: string, listener: (...args: unknown[]) => void): unknown;
  off?(event: string, listener: (...args: unknown[]) => void): unknown;
};

/** Copies `file` to stdout with backpressure, hashing it; progress lines every second on stderr. */
async function streamFile(file: string, context: Context): Promise<string> {
  const out = context.stdout as Sink;
  const hash = createHash("sha256");
  let sent = 0;
  let broken: Error | undefined;
  // A reader that went away (ssh closed, `| head`) shows up as EPIPE here, not as a crash.
  const onError = (error: unknown) => {
    broken = error as Error;
  };
  out.on?.("error", onError);
  const began = Date.now();
  const timer = setInterval(() => context.stderr.write(`       ${progressLine(sent, Date.now() - began).replace("written", "sent")}\n`), 1000);
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
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

/** Each wait takes its listeners off again: a long download to a slow reader waits thousands of times. */
function drainedOrBroken(out: Sink, broken: () => Error | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (broken()) return resolve();
    const done = () => {
      out.off?.("drain", done);
      out.off?.("error", done);
      resolve();
    };
    out.once!("drain", done);
    out.once!("error", done);
  });
}
