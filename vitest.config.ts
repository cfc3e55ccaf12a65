import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    globalSetup: ["test/support/pg-global-setup.ts"],
    testTimeout: 30000,
  },
});
