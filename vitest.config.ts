import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    globalSetup: ["test/support/pg-global-setup.ts"],
    setupFiles: ["test/support/turn-event-loop.ts"],
    // Child processes, one per core: a worker spends most of its time waiting on the fake Dokku's
    // processes it spawned, so vitest's default (one fewer than the cores) left one of two cores idle.
    pool: "forks",
    maxWorkers: availableParallelism(),
    minWorkers: 1,
    // Timeouts catch a hang, not a slow machine: the end-to-end tests through the fake Dokku run
    // three to four times slower than usual on a loaded 2-core machine (measured: 35 s for one).
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
