// Tests of the evaluation code (scorers and gold formats in scripts/eval) and of the scripts' options, run on source like the packages' tests.
import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "scripts",
    include: ["eval/test/**/*.test.ts", "test/**/*.test.ts"],
  },
});
