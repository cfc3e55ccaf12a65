/**
 * Keeps V8's young generation at its starting size. Imported by the modules that stream backups
 * and are imported statically (take, the media archive), and by the subcommands that reach the
 * off-site push and download through import() (offsite-push, restore, backup-download): a module
 * a command bundle reaches by import() runs only then, and by the time the AWS SDK is loaded the young generation has grown (a 300 MiB
 * upload peaked at 111 to 115 MiB that way, 98 to 101 with the flag set at the start). Not in
 * src/main.ts: node:v8 costs every other start about 20 M instructions.
 *
 * A backup or an upload streams 64 KiB chunks, each a fresh buffer (read from disk, then age's
 * ciphertext) that is dead as soon as it is copied on. V8 frees such buffers only when it
 * collects its young generation; it lets them reach 32 MiB before it does so for their sake,
 * and as the young generation grows (up to 3 x 16 MiB) its own collections come rarer still.
 * Kept at its starting size it is collected every megabyte or so and the dead chunks go with
 * it: an upload of 300 MiB peaks at 98 to 109 MiB of RSS instead of 123 to 127, at no cost in
 * throughput (collecting a 1 MiB young generation takes well under a millisecond). The flag is
 * read whenever V8 considers growing, so it must be set before the first collections, and it
 * concerns only this short-lived process. An environment variable or a node option would do the
 * same, but the shims that start us stay three lines.
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--semi-space-growth-factor=1");
