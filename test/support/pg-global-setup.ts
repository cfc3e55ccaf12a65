// vitest globalSetup: a private PostgreSQL for the fake's postgres:* commands, unless the
// environment already points at one (FAKE_PG_HOST), stopped again at the end.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const script = resolve(dirname(fileURLToPath(import.meta.url)), "pg-server.sh");

export default function setup(): () => void {
  if (process.env.FAKE_PG_HOST) return () => {};
  const dir = mkdtempSync(join("/tmp", "pegasus-pg-"));
  chmodSync(dir, 0o755);
  const out = execFileSync("bash", [script, "start", dir], { encoding: "utf8" });
  for (const m of out.matchAll(/(FAKE_PG_[A-Z]+)=(\S+)/g)) process.env[m[1] as string] = m[2] as string;
  return () => {
    execFileSync("bash", [script, "stop", dir], { stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  };
}
