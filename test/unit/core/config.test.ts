import { describe, expect, it } from "vitest";
import { DokkuClient } from "../../../src/dokku/client.js";
import { exportConfig } from "../../../src/dokku/config.js";
import { UserError } from "../../../src/errors.js";
import type { Runner } from "../../../src/io/runner.js";

function clientPrinting(stdout: string): DokkuClient {
  const runner: Runner = {
    async run() {
      return { exitCode: 0, stdout, stderr: "" };
    },
    async stream() {
      throw new Error("not used");
    },
  };
  return new DokkuClient({ runner, bin: "dokku", env: {} });
}

describe("exportConfig", () => {
  it("reads config:export --format json; empty output and Go's null are an empty config", async () => {
    expect(await exportConfig(clientPrinting('{"A":"1","B":"x y"}\n'), "web")).toEqual({ A: "1", B: "x y" });
    expect(await exportConfig(clientPrinting(""), "web")).toEqual({});
    expect(await exportConfig(clientPrinting("null\n"), "web")).toEqual({});
  });

  it("refuses output that is not a JSON object of strings without quoting any of it", async () => {
    // V8's SyntaxError would quote the text near the fault: here, the secret.
    for (const stdout of ['{"SECRET_KEY":"hunter2-leaked" "B":"1"}', "SECRET_KEY=hunter2-leaked\n", '["hunter2-leaked"]', '{"N":1,"S":"hunter2-leaked"}']) {
      const error = (await exportConfig(clientPrinting(stdout), "web").catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(UserError);
      expect(error.message).toContain("dokku config:export --format json web did not print a JSON object of strings");
      expect(error.message).toContain("Run that command as the dokku user");
      expect(error.message).not.toContain("hunter2");
    }
  });
});
