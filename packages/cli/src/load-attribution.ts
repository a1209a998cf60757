// Node-only: read the committed attribution model (gzip) from disk and parse it with the pure parser.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseAttributionModel, type AttributionModel } from "@newsgraph/core";
import { gunzipped } from "./load-ner.ts";

export const DEFAULT_ATTRIBUTION_MODEL = fileURLToPath(new URL("../../models/attribution.bin.gz", import.meta.url));

/** The uncompressed bytes, or null when the file is absent (the statements stage then runs on its rules alone). */
export function readAttributionModelBytes(path = DEFAULT_ATTRIBUTION_MODEL): Uint8Array | null {
  return existsSync(path) ? gunzipped(readFileSync(path)) : null;
}

/** The model, or null when the file is absent (the statements stage then runs on its rules alone). */
export function loadAttributionModel(path = DEFAULT_ATTRIBUTION_MODEL): AttributionModel | null {
  const bytes = readAttributionModelBytes(path);
  return bytes && parseAttributionModel(bytes);
}
