// Root test config: one vitest run covers every package.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // one temporary root for the whole run, removed at the end (scripts/test-temp-root.ts)
    globalSetup: ["scripts/test-temp-root.ts"],
    // the viewer e2e suite (headless Chromium) is a second project inside packages/viewer; scripts/ holds the
    // evaluation code (scorers, gold) and its tests
    projects: ["packages/*", "packages/viewer/test/e2e/vitest.config.ts", "scripts/vitest.config.ts"],
  },
});
