// CLI tests run on source; the pack test (test/pack.test.ts) is the one that runs the built package.
import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "cli",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
