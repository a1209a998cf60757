// The committed attribution model is found where the CLI looks for it: without it the statements stage runs on its rules alone.
import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DEFAULT_ATTRIBUTION_MODEL, loadAttributionModel } from "../src/load-attribution.ts";

describe("attribution model", () => {
  test("the default path is the file @newsgraph/core ships, and it parses", () => {
    expect(existsSync(DEFAULT_ATTRIBUTION_MODEL)).toBe(true);
    const m = loadAttributionModel();
    expect(m).not.toBeNull();
    expect(m?.meta.trainedOn).toBe("PolNeAR train");
  });

  test("an absent file means rules alone, not an error", () => {
    expect(loadAttributionModel("/nonexistent/attribution.bin.gz")).toBeNull();
  });
});
