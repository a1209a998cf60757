// The committed attribution and quote-keep models are found where the CLI looks for them: without them the statements stage runs on its rules alone.
import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_ATTRIBUTION_MODEL,
  DEFAULT_QUOTE_KEEP_MODEL,
  loadAttributionModel,
  loadQuoteKeepModel,
} from "../src/load-attribution.ts";
import { readModelBytes, resourcesFromBytes } from "../src/resources.ts";

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

describe("quote-keep model", () => {
  test("the default path is the file @newsgraph/core ships; it parses and reaches the resources workers build", () => {
    expect(existsSync(DEFAULT_QUOTE_KEEP_MODEL)).toBe(true);
    expect(loadQuoteKeepModel()?.weights.size).toBeGreaterThan(0);
    expect(resourcesFromBytes(readModelBytes()).quoteKeep?.weights.size).toBeGreaterThan(0);
  });

  test("an absent file means every clause with a one-word quote is dropped, not an error", () => {
    expect(loadQuoteKeepModel("/nonexistent/quote-keep.json")).toBeNull();
  });
});
