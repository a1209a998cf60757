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

/** The content-boundary model (`pnpm train:content-ends`), shipped beside the attribution model. */
export const DEFAULT_CONTENT_ENDS_MODEL = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@newsgraph/core/package.json")),
  "models/content-ends.json",
);

/** The model file's text, or null when it is absent (contents then end at every comma, as before the model). */
export function readContentEndsText(path = DEFAULT_CONTENT_ENDS_MODEL): string | null {
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

export function loadContentEndModel(path = DEFAULT_CONTENT_ENDS_MODEL): ContentEndModel | null {
  const text = readContentEndsText(path);
  return text === null ? null : parseContentEndModel(text);
}

/** The quote-keep model (`pnpm train:quote-keep`): which tagged clauses holding a one-word quote stay. */
export const DEFAULT_QUOTE_KEEP_MODEL = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@newsgraph/core/package.json")),
  "models/quote-keep.json",
);

/** The model file's text, or null when it is absent (every such clause is then dropped, as before the model). */
export function readQuoteKeepText(path = DEFAULT_QUOTE_KEEP_MODEL): string | null {
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

export function loadQuoteKeepModel(path = DEFAULT_QUOTE_KEEP_MODEL): QuoteKeepModel | null {
  const text = readQuoteKeepText(path);
  return text === null ? null : parseQuoteKeepModel(text);
}

/** The source chooser (`pnpm train:source-chooser`), shipped beside the attribution model. */
export const DEFAULT_SOURCE_CHOOSER = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@newsgraph/core/package.json")),
  "models/source-chooser.json",
);

/** The chooser's JSON text, or null when it is absent (the subject readers' sources then stand). */
export function readSourceChooserText(path = DEFAULT_SOURCE_CHOOSER): string | null {
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

export function loadSourceChooser(path = DEFAULT_SOURCE_CHOOSER): SourceChooserModel | null {
  const text = readSourceChooserText(path);
  return text === null ? null : parseSourceChooser(text);
}
