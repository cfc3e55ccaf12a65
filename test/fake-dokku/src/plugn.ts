// The fake `plugn` binary (test/fake-dokku/bin/plugn): `plugn trigger <name> [args…]` with the
// fake's trigger semantics (fireTrigger: enabled plugins in glob order, emulated core plugins in
// their place, the first failure ends the loop). plugn runs as whoever calls it (no sudo), so a
// plugin calling it keeps the dokku user. Every call is recorded in calls.jsonl as command
// `plugn:trigger` (field `trigger` holds the name), read-only or mutating by trigger.
import { randomBytes } from "node:crypto";
import { DokkuExit } from "./output.js";
import { fireTrigger } from "./plugins.js";
import { appendJsonl, currentDepth, fakeFile, paths } from "./state.js";
import { invokingUser } from "./users.js";

/** Triggers that only answer questions (Dokku's `*-get*`, `*-exists`, `*-is-*`, report, …). */
const READ_ONLY_TRIGGERS = new Set([
  "report",
  "cron-entries",
  "proxy-type",
  "domains-vhost-enabled",
  "domains-list",
  "domains-urls",
  "scheduler-uses-host-cron",
  "scheduler-detect",
  "scheduler-app-status",
  "scheduler-is-deployed",
  "scheduler-run-list",
  "scheduler-logs",
  "builder-detect",
  "deployed-app-image-repo",
  "deployed-app-image-tag",
  "deployed-app-repository",
  "app-urls",
  "ps-current-scale",
  "ps-can-scale",
  "nginx-app-template-source",
  "certs-force",
  "storage-list",
  "config-export",
]);

export function triggerIsMutating(name: string): boolean {
  if (READ_ONLY_TRIGGERS.has(name)) return false;
  return !/(-get(-[a-z-]+)?|-exists|-is-[a-z-]+|-enabled|-list|-report|-status)$/.test(name);
}

const USAGE = "Usage: plugn trigger <hook> [args...]\n";

export function plugnMain(argv: string[]): number {
  paths();
  const [sub, name, ...args] = argv;
  if (sub !== "trigger") {
    process.stderr.write(`fake plugn: only \`plugn trigger\` is emulated\n${USAGE}`);
    return 1;
  }
  if (!name) {
    process.stderr.write(USAGE);
    return 1;
  }
  let id: string | undefined;
  if (process.env.FAKE_DOKKU_NO_RECORD !== "1") {
    id = randomBytes(8).toString("hex");
    appendJsonl(fakeFile("calls.jsonl"), {
      kind: "call",
      id,
      ts: new Date().toISOString(),
      pid: process.pid,
      depth: currentDepth(),
      bin: "plugn",
      argv,
      command: "plugn:trigger",
      trigger: name,
      user: invokingUser(),
      mutating: triggerIsMutating(name),
    });
  }
  let code: number;
  try {
    code = fireTrigger(name, args).status;
  } catch (e) {
    if (!(e instanceof DokkuExit)) throw e;
    code = e.code;
  }
  if (id) appendJsonl(fakeFile("calls.jsonl"), { kind: "exit", id, exit: code });
  return code;
}
