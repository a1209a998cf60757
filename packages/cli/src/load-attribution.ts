// Node-only: read the committed attribution model (gzip) from disk and parse it with the pure parser.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  parseAttributionModel,
  parseContentEndModel,
  parseQuoteKeepModel,
  parseSourceChooser,
  type AttributionModel,
  type ContentEndModel,
  type QuoteKeepModel,
  type SourceChooserModel,
  type NerModel,
} from "@newsgraph/core";
import { gunzipped, loadNerModel } from "./load-ner.ts";

// the model ships in @newsgraph/core beside the NER model (since the CLI moved to its own package a path relative to this
// file pointed nowhere, and the stage ran on its rules alone without a word)
export const DEFAULT_ATTRIBUTION_MODEL = createRequire(import.meta.url).resolve(
  "@newsgraph/core/models/attribution.bin.gz",
);

/** The uncompressed bytes, or null when the file is absent (the statements stage then runs on its rules alone). */
export function readAttributionModelBytes(path = DEFAULT_ATTRIBUTION_MODEL): Uint8Array | null {
  return existsSync(path) ? gunzipped(readFileSync(path)) : null;
}

/**
 * The model, or null when the file is absent (the statements stage then runs on its rules alone). Its features read the
 * word clusters of the NER model it was trained beside: `ner` (default: the shipped NER model).
 */
export function loadAttributionModel(
  path = DEFAULT_ATTRIBUTION_MODEL,
  ner: NerModel | null = loadNerModel(),
): AttributionModel | null {
  const bytes = readAttributionModelBytes(path);
  return bytes && parseAttributionModel(bytes, ner?.lexicon ?? null);
}

/** A JSON model shipped in @newsgraph/core's models folder beside the attribution model. */
const shippedJson = (file: string) =>
  path.join(path.dirname(createRequire(import.meta.url).resolve("@newsgraph/core/package.json")), "models", file);

/** A JSON model file's text, or null when it is absent: each such model is optional, its stage then runs as before it. */
const textIfPresent = (file: string): string | null => (existsSync(file) ? readFileSync(file, "utf8") : null);

function parsedIfPresent<T>(file: string, parse: (text: string) => T): T | null {
  const text = textIfPresent(file);
  return text === null ? null : parse(text);
}

/** The content-boundary model (`pnpm train:content-ends`); absent, contents end at every comma, as before the model. */
export const DEFAULT_CONTENT_ENDS_MODEL = shippedJson("content-ends.json");
export const readContentEndsText = (file = DEFAULT_CONTENT_ENDS_MODEL) => textIfPresent(file);
export const loadContentEndModel = (file = DEFAULT_CONTENT_ENDS_MODEL): ContentEndModel | null =>
  parsedIfPresent(file, parseContentEndModel);

/** The quote-keep model (`pnpm train:quote-keep`): which tagged clauses holding a one-word quote stay (absent: none). */
export const DEFAULT_QUOTE_KEEP_MODEL = shippedJson("quote-keep.json");
export const readQuoteKeepText = (file = DEFAULT_QUOTE_KEEP_MODEL) => textIfPresent(file);
export const loadQuoteKeepModel = (file = DEFAULT_QUOTE_KEEP_MODEL): QuoteKeepModel | null =>
  parsedIfPresent(file, parseQuoteKeepModel);

/** The source chooser (`pnpm train:source-chooser`); absent, the subject readers' sources stand. */
export const DEFAULT_SOURCE_CHOOSER = shippedJson("source-chooser.json");
export const readSourceChooserText = (file = DEFAULT_SOURCE_CHOOSER) => textIfPresent(file);
export const loadSourceChooser = (file = DEFAULT_SOURCE_CHOOSER): SourceChooserModel | null =>
  parsedIfPresent(file, parseSourceChooser);

/** The statement-keep model (`pnpm train:statement-keep`): drops the tagger's least likely statements (absent: none dropped). */
export const DEFAULT_STATEMENT_KEEP_MODEL = shippedJson("statement-keep.json");
export const readStatementKeepText = (file = DEFAULT_STATEMENT_KEEP_MODEL) => textIfPresent(file);
