// Root test config: one vitest run covers every package.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // the viewer e2e suite (headless Chromium) is a second project inside packages/viewer; scripts/ holds the
    // evaluation code (scorers, gold) and its tests
    projects: ["packages/*", "packages/viewer/test/e2e/vitest.config.ts", "scripts/vitest.config.ts"],
  },
});
