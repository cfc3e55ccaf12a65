import { describe, expect, it } from "vitest";
import { DokkuClient, dokkuMessage, STRIPPED_ENV } from "../../../src/dokku/client.js";
import { AppMissingError, DokkuCommandError } from "../../../src/errors.js";
import type { Runner } from "../../../src/io/runner.js";

function recordingRunner(result: { exitCode: number; stdout?: string; stderr?: string }) {
  const seen: { command: string; args: readonly string[]; env: Record<string, string | undefined> }[] = [];
  const runner: Runner = {
    async run(command, args, options) {
      seen.push({ command, args, env: options.env });
      return { exitCode: result.exitCode, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
    },
    async stream() {
      throw new Error("not used");
    },
  };
  return { runner, seen };
}

describe("DokkuClient", () => {
  it("passes arguments as an array, global flags first, and strips parse_args variables", async () => {
    const { runner, seen } = recordingRunner({ exitCode: 0 });
    const env = { PATH: "/usr/bin", DOKKU_APP_NAME: "other", DOKKU_QUIET_OUTPUT: "1", DOKKU_TRACE: "1", DOKKU_ROOT: "/home/dokku" };
    const client = new DokkuClient({ runner, bin: "dokku", env });
    await client.run(["apps:list"], { mutating: false, quiet: true });
    expect(seen[0]?.args).toEqual(["--quiet", "apps:list"]);
    for (const name of STRIPPED_ENV) expect(seen[0]?.env).not.toHaveProperty(name);
    expect(seen[0]?.env.DOKKU_ROOT).toBe("/home/dokku");
    expect(env.DOKKU_APP_NAME).toBe("other");
  });

  it("records every call with whether it mutates, and redacts secret arguments", async () => {
    const { runner } = recordingRunner({ exitCode: 0 });
    const client = new DokkuClient({ runner, bin: "dokku", env: {} });
    await client.run(["config:set", "--no-restart", "app", "SECRET=c2VjcmV0"], { mutating: true, redactFrom: 3 });
    await client.run(["config:keys", "app"], { mutating: false });
    expect(client.calls).toEqual([
      { command: "config:set", shownArgs: ["config:set", "--no-restart", "app", "SECRET=<redacted>"], mutating: true, exitCode: 0 },
      { command: "config:keys", shownArgs: ["config:keys", "app"], mutating: false, exitCode: 0 },
    ]);
    expect(client.mutatingCalls).toBe(1);
  });

  it("turns exit 20 into AppMissingError", async () => {
    const { runner } = recordingRunner({ exitCode: 20, stderr: " !     App web does not exist\n" });
    const client = new DokkuClient({ runner, bin: "dokku", env: {} });
    await expect(client.run(["config:keys", "web"], { mutating: false })).rejects.toBeInstanceOf(AppMissingError);
  });

  it("carries Dokku's own message on failure and accepts answer exit codes", async () => {
    const { runner } = recordingRunner({ exitCode: 1, stderr: " !     Postgres service db does not exist\n" });
    const client = new DokkuClient({ runner, bin: "dokku", env: {} });
    const error = await client.run(["postgres:info", "db"], { mutating: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DokkuCommandError);
    expect((error as Error).message).toBe("dokku postgres:info failed (exit 1): Postgres service db does not exist");
    const answer = await client.run(["postgres:exists", "db"], { mutating: false, okExitCodes: [1] });
    expect(answer.exitCode).toBe(1);
  });

  it("runs plugn trigger through the runner with the stripped env, recording plugn:<name>", async () => {
    const { runner, seen } = recordingRunner({ exitCode: 0 });
    const env = { PATH: "/usr/bin", DOKKU_APP_NAME: "other", DOKKU_QUIET_OUTPUT: "1", DOKKU_ROOT: "/home/dokku" };
    const client = new DokkuClient({ runner, bin: "dokku", env });
    await client.trigger("scheduler-cron-write", [], { mutating: true });
    expect(seen[0]?.command).toBe("plugn");
    expect(seen[0]?.args).toEqual(["trigger", "scheduler-cron-write"]);
    for (const name of STRIPPED_ENV) expect(seen[0]?.env).not.toHaveProperty(name);
    expect(seen[0]?.env.DOKKU_ROOT).toBe("/home/dokku");
    expect(client.calls).toEqual([{ command: "plugn:scheduler-cron-write", shownArgs: ["trigger", "scheduler-cron-write"], mutating: true, exitCode: 0 }]);

    const custom = new DokkuClient({ runner, bin: "dokku", plugnBin: "/usr/bin/plugn", env: {} });
    await custom.trigger("report", ["web"], { mutating: false });
    expect(seen[1]).toMatchObject({ command: "/usr/bin/plugn", args: ["trigger", "report", "web"] });
    expect(custom.mutatingCalls).toBe(0);
  });

  it("fails with the trigger's message unless the exit code is accepted", async () => {
    const { runner } = recordingRunner({ exitCode: 1, stderr: " !     Invalid injected cron task: x\n" });
    const client = new DokkuClient({ runner, bin: "dokku", env: {} });
    await expect(client.trigger("scheduler-cron-write", [], { mutating: true })).rejects.toThrow(/Invalid injected cron task: x/);
    expect((await client.trigger("scheduler-cron-write", [], { mutating: true, okExitCodes: [1] })).exitCode).toBe(1);
    expect(client.calls.map((c) => c.exitCode)).toEqual([1, 1]);
  });

  it("redacts godotenv's quotes of an unparsable ENV file from every config:* failure", async () => {
    // What Dokku prints when the app's ENV file cannot be parsed: godotenv quotes the file.
    const broken = [
      ' !     unexpected character "\\"" in variable name near "PASSWORD=\\"hunter2-leaked\\"\\nOTHER=sk_live_abc\\n"',
      " !     unterminated quoted value 'hunter2-leaked",
    ];
    for (const stderr of broken) {
      const { runner } = recordingRunner({ exitCode: 1, stderr: `${stderr}\n` });
      const client = new DokkuClient({ runner, bin: "dokku", env: {} });
      for (const args of [["config:export", "--format", "json", "web"], ["config:keys", "web"], ["config:get", "web", "GIT_REV"], ["config:unset", "--no-restart", "web", "A"]]) {
        const error = (await client.run(args, { mutating: false }).catch((e: unknown) => e)) as DokkuCommandError;
        expect(error).toBeInstanceOf(DokkuCommandError);
        expect(error.message).toMatch(new RegExp(`^dokku ${args[0]} failed \\(exit 1\\): (unexpected character <redacted> in variable name near|unterminated quoted value) <redacted>$`));
        expect(error.message).not.toContain("hunter2");
        expect(error.dokkuMessage).not.toContain("sk_live");
      }
    }
    // Callers that read a failed result themselves (okExitCodes, stream) get the same text.
    expect(dokkuMessage(' !     parse error near "SECRET=x"\n', "")).toBe("parse error near <redacted>");
    expect(dokkuMessage('plain failure near "SECRET=x"\n', "")).toBe("plain failure near <redacted>");
  });
});
