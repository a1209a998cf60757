// Node-only: read the committed attribution model (gzip) from disk and parse it with the pure parser.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseAttributionModel, type AttributionModel } from "@newsgraph/core";
import { gunzipped } from "./load-ner.ts";

// the model ships in @newsgraph/core beside the NER model (since the CLI moved to its own package a path relative to this
// file pointed nowhere, and the stage ran on its rules alone without a word)
export const DEFAULT_ATTRIBUTION_MODEL = createRequire(import.meta.url).resolve(
  "@newsgraph/core/models/attribution.bin.gz",
);

/** The uncompressed bytes, or null when the file is absent (the statements stage then runs on its rules alone). */
export function readAttributionModelBytes(path = DEFAULT_ATTRIBUTION_MODEL): Uint8Array | null {
  return existsSync(path) ? gunzipped(readFileSync(path)) : null;
}

/** The model, or null when the file is absent (the statements stage then runs on its rules alone). */
export function loadAttributionModel(path = DEFAULT_ATTRIBUTION_MODEL): AttributionModel | null {
  const bytes = readAttributionModelBytes(path);
  return bytes && parseAttributionModel(bytes);
}
