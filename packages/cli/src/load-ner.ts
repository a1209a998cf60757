// Node-only: read the committed NER model (gzip) from disk and parse it with the pure parser.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { parseNerModel as parseModel, type NerModel } from "@newsgraph/core";

// the model ships in @newsgraph/core (models/ is in its exports), found the way node finds the package itself
export const DEFAULT_NER_MODEL = createRequire(import.meta.url).resolve("@newsgraph/core/models/ner.bin.gz");

export function loadNerModel(path = DEFAULT_NER_MODEL): NerModel {
  if (!existsSync(path)) throw new Error(`newsgraph/ner: model file not found at ${path}; run pnpm train:ner`);
  const raw = readFileSync(path);
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  return parseModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
