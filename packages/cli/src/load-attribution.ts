// Node-only: read the committed attribution model (gzip) from disk and parse it with the pure parser.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { parseAttributionModel, type AttributionModel } from "@newsgraph/core";

// the model ships in @newsgraph/core beside the NER model (since the CLI moved to its own package a path relative to this
// file pointed nowhere, and the stage ran on its rules alone without a word)
export const DEFAULT_ATTRIBUTION_MODEL = createRequire(import.meta.url).resolve(
  "@newsgraph/core/models/attribution.bin.gz",
);

/** The model, or null when the file is absent (the statements stage then runs on its rules alone). */
export function loadAttributionModel(path = DEFAULT_ATTRIBUTION_MODEL): AttributionModel | null {
  if (!existsSync(path)) return null;
  const raw = readFileSync(path);
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  return parseAttributionModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
