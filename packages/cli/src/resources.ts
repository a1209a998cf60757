// Node-only: load the default resources (model files, lexicons) from disk.
import type { Resources } from "@newsgraph/core";
import {
  buildLexicon,
  parseAttributionModel,
  parseContentEndModel,
  parseNerModel,
  parseSourceChooser,
} from "@newsgraph/core";
import { readNerModelBytes } from "./load-ner.ts";
import { readAttributionModelBytes, readContentEndsText, readSourceChooserText } from "./load-attribution.ts";

/** The model files' uncompressed bytes: what a worker thread needs to build its own Resources without touching the disk. */
export interface ModelBytes {
  ner: Uint8Array;
  attribution: Uint8Array | null;
  /** the content-boundary model's JSON text (absent or null: contents end at every comma) */
  contentEnds?: string | null;
  /** the source chooser's JSON text (absent or null: the subject readers' sources stand) */
  sourceChooser?: string | null;
}

export function readModelBytes(): ModelBytes {
  return {
    ner: readNerModelBytes(),
    attribution: readAttributionModelBytes(),
    contentEnds: readContentEndsText(),
    sourceChooser: readSourceChooserText(),
  };
}

/** Parse the models (each thread needs its own objects; the bytes are read and gunzipped once per process). */
export function resourcesFromBytes(bytes: ModelBytes): Resources {
  const ner = parseNerModel(bytes.ner);
  return {
    ner,
    lexicon: buildLexicon(),
    // the tagger's features read the NER model's word clusters
    attribution: bytes.attribution && parseAttributionModel(bytes.attribution, ner.lexicon),
    contentEnds: bytes.contentEnds ? parseContentEndModel(bytes.contentEnds) : null,
    sourceChooser: bytes.sourceChooser ? parseSourceChooser(bytes.sourceChooser) : null,
  };
}

export function loadDefaultResources(): Resources {
  return resourcesFromBytes(readModelBytes());
}
