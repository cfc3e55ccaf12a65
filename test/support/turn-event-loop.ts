// A vitest setup file. The worker sends its task updates to the runner over RPC with a fixed
// 60 s timeout and reads the replies only when its event loop reaches the poll phase. A test
// that runs child processes synchronously (spawnSync) holds the loop for its whole length, and
// consecutive synchronous tests hold it together: on a busy machine that passes 60 s, the
// expired timer fires before the waiting reply is read, and a green run fails with
// `[vitest-worker]: Timeout calling "onTaskUpdate"`. One full turn of the loop after each test
// bounds that stretch to a single test; long tests use the sandbox's async runs.
import { afterEach } from "vitest";

// Captured before any test could install fake timers.
const { setImmediate: realSetImmediate } = globalThis;

afterEach(() => new Promise<void>((resolve) => realSetImmediate(() => realSetImmediate(resolve))));
