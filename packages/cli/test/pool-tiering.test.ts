// The extraction's V8 interrupt budget: set unless node was given one of its own, on the command line or in NODE_OPTIONS.
import { describe, expect, test } from "vitest";
import { tieringFlag } from "../src/pool/tiering.ts";

describe("tieringFlag", () => {
  test.each<[string, string[], string | undefined, string | null]>([
    ["nothing given", [], undefined, "--interrupt-budget=16"],
    [
      "other node flags",
      ["--max-old-space-size=4096", "--import", "x.mjs"],
      "--enable-source-maps",
      "--interrupt-budget=16",
    ],
    ["a budget on the command line", ["--interrupt-budget=135168"], undefined, null],
    ["a budget in NODE_OPTIONS, underscore spelling", [], "--max-old-space-size=4096 --interrupt_budget=1000", null],
    [
      "only the feedback-allocation budget (another flag)",
      ["--interrupt-budget-for-feedback-allocation=940"],
      "",
      "--interrupt-budget=16",
    ],
  ])("%s", (_name, execArgv, nodeOptions, want) => {
    expect(tieringFlag(execArgv, nodeOptions, 16)).toBe(want);
  });
});
