import { stat } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// test/support/turn-event-loop.ts turns the worker's event loop after every test. Without it,
// I/O that completes during synchronous tests (vitest's own RPC replies among it) is read only
// when the file ends, and a long file of such tests fails a green run on a busy machine with
// `Timeout calling "onTaskUpdate"`.
describe("the worker's event loop between tests", () => {
  let delivered = false;

  it("a synchronous test leaves a completed stat undelivered", () => {
    stat(fileURLToPath(import.meta.url), () => {
      delivered = true;
    });
    const until = Date.now() + 200;
    while (Date.now() < until) {
      // the stat completes on libuv's thread pool meanwhile; its callback waits for a poll phase
    }
    expect(delivered).toBe(false);
  });

  it("the next test starts only after the loop has delivered it", () => {
    expect(delivered).toBe(true);
  });
});
