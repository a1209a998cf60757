// Node-only: load the default resources (model files, lexicons) from disk.
import type { Resources } from "@newsgraph/core";
import {
  buildLexicon,
  parseAttributionModel,
  parseContentEndModel,
  parseNerModel,
  parseQuoteKeepModel,
  parseSourceChooser,
  parseStatementKeepModel,
  shareNerTable,
  shareWordMemo,
} from "@newsgraph/core";
import type { NerTable, SharedWordBuffers } from "@newsgraph/core";
import { readNerModelBytes } from "./load-ner.ts";
import {
  readAttributionModelBytes,
  readContentEndsText,
  readQuoteKeepText,
  readSourceChooserText,
  readStatementKeepText,
} from "./load-attribution.ts";

/** The model files' uncompressed bytes: what a worker thread needs to build its own Resources without touching the disk. */
export interface ModelBytes {
  ner: Uint8Array;
  /** the NER model's weight table, decoded once into shared memory for every thread that parses `ner` (sharedModelBytes) */
  nerTable?: NerTable | null;
  attribution: Uint8Array | null;
  /** the content-boundary model's JSON text (absent or null: contents end at every comma) */
  contentEnds?: string | null;
  /** the quote-keep model's JSON text (absent or null: every tagged clause holding a one-word quote is dropped) */
  quoteKeep?: string | null;
  /** the source chooser's JSON text (absent or null: the subject readers' sources stand) */
  sourceChooser?: string | null;
  /** the statement-keep model's JSON text (absent or null: every statement the tagger makes stays) */
  statementKeep?: string | null;
}

export function readModelBytes(): ModelBytes {
  return {
    ner: readNerModelBytes(),
    attribution: readAttributionModelBytes(),
    contentEnds: readContentEndsText(),
    quoteKeep: readQuoteKeepText(),
    sourceChooser: readSourceChooserText(),
    statementKeep: readStatementKeepText(),
  };
}

/**
 * Parse the models (each thread needs its own objects; the bytes are read and gunzipped once per process). `words`:
 * the NER word memo the extraction threads share (shared-words.ts in core), when there are several.
 */
export function resourcesFromBytes(bytes: ModelBytes, words?: SharedWordBuffers): Resources {
  const ner = parseNerModel(bytes.ner, bytes.nerTable ?? undefined);
  if (words) shareWordMemo(ner, words);
  return {
    ner,
    lexicon: buildLexicon(),
    // the tagger's features read the NER model's word clusters
    attribution: bytes.attribution && parseAttributionModel(bytes.attribution, ner.lexicon),
    contentEnds: bytes.contentEnds ? parseContentEndModel(bytes.contentEnds) : null,
    quoteKeep: bytes.quoteKeep ? parseQuoteKeepModel(bytes.quoteKeep) : null,
    sourceChooser: bytes.sourceChooser ? parseSourceChooser(bytes.sourceChooser) : null,
    statementKeep: bytes.statementKeep ? parseStatementKeepModel(bytes.statementKeep) : null,
  };
}

/**
 * The default NER model's weight table in shared memory while extraction threads run (sharedModelBytes): this thread's
 * model (loadDefaultResources) then reads the same table as the workers' instead of a copy of its own.
 */
let sharedNer: NerTable | null = null;

/**
 * The default models' bytes for a pool of extraction threads, with the NER weight table decoded once into shared
 * memory: every thread's model reads that one table (4.7 MiB; with two jobs the threads held a copy each, and each
 * decoded it at start).
 */
export function sharedModelBytes(): ModelBytes {
  const bytes = readModelBytes();
  sharedNer ??= shareNerTable(bytes.ner);
  return { ...bytes, nerTable: sharedNer };
}

/** Extraction is over: models loaded later decode their own table, and the shared one goes with its last reader. */
export function releaseSharedModels(): void {
  sharedNer = null;
}

export function loadDefaultResources(): Resources {
  return resourcesFromBytes({ ...readModelBytes(), nerTable: sharedNer });
}
