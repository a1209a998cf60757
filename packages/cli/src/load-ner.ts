// Node-only: read the committed NER model (gzip) from disk and parse it with the pure parser.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { parseNerModel as parseModel, type NerModel } from "@newsgraph/core";

// the model ships in @newsgraph/core (models/ is in its exports), found the way node finds the package itself
export const DEFAULT_NER_MODEL = createRequire(import.meta.url).resolve("@newsgraph/core/models/ner.bin.gz");

/** The model file's uncompressed bytes: read once in the main thread and handed to every worker thread. */
export function readNerModelBytes(path = DEFAULT_NER_MODEL): Uint8Array {
  if (!existsSync(path)) throw new Error(`newsgraph/ner: model file not found at ${path}; run pnpm train:ner`);
  return gunzipped(readFileSync(path));
}

export function loadNerModel(path = DEFAULT_NER_MODEL): NerModel {
  return parseModel(readNerModelBytes(path));
}

/** The file's bytes, gunzipped when they carry the gzip magic (a model may also be stored uncompressed). */
export function gunzipped(raw: Buffer): Uint8Array {
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
