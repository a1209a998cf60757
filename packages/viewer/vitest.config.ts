// Unit tests of the viewer's pure modules (node, no DOM). Only test/unit: the end-to-end Chromium tests in
// test/e2e belong to the viewer infra engineer and run from their own config/project.
import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "viewer",
    include: ["test/unit/**/*.test.ts"],
    environment: "node",
  },
});
