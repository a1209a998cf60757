// The viewer's end-to-end project: real server + headless Debian Chromium. Files are *.e2e.ts so unit globs never pick them up.
import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "viewer-e2e",
    root: import.meta.dirname,
    include: ["**/*.e2e.ts"],
    globalSetup: ["./global-setup.ts"],
    environment: "node",
    // one browser per file; a real browser on two cores needs more time than unit tests
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
