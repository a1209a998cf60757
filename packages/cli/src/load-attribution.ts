// Node-only: read the committed attribution model (gzip) from disk and parse it with the pure parser.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { parseAttributionModel, type AttributionModel } from "@newsgraph/core";

export const DEFAULT_ATTRIBUTION_MODEL = fileURLToPath(new URL("../../models/attribution.bin.gz", import.meta.url));

/** The model, or null when the file is absent (the statements stage then runs on its rules alone). */
export function loadAttributionModel(path = DEFAULT_ATTRIBUTION_MODEL): AttributionModel | null {
  if (!existsSync(path)) return null;
  const raw = readFileSync(path);
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  return parseAttributionModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
