import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    globalSetup: ["test/support/pg-global-setup.ts"],
    setupFiles: ["test/support/turn-event-loop.ts"],
    // vitest's default pool (child processes) and worker count (one fewer than the cores: one on
    // a 2-core machine, which leaves a core to the runner, PostgreSQL and the fake's processes).
    pool: "forks",
    // Timeouts catch a hang, not a slow machine: the end-to-end tests through the fake Dokku run
    // three to four times slower than usual on a loaded 2-core machine (measured: 35 s for one).
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
