// Test support: the committed models and the lexicon, read from this package's own models/ (core tests never import the CLI).
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { buildLexicon, type Lexicon } from "../../src/entities/lexicon/index.ts";
import { parseModel, type NerModel } from "../../src/ner/model.ts";
import { parseAttributionModel, type AttributionModel } from "../../src/statements/learned/model.ts";
import type { Resources } from "../../src/pipeline/state.ts";
import { parseContentEndModel, type ContentEndModel } from "../../src/statements/content-ends.ts";
import { parseQuoteKeepModel, type QuoteKeepModel } from "../../src/statements/learned/quote-keep.ts";
import { parseSourceChooser, type SourceChooserModel } from "../../src/statements/source-chooser.ts";
import { parseStatementKeepModel, type StatementKeepModel } from "../../src/statements/learned/statement-keep.ts";

const MODELS = fileURLToPath(new URL("../../models/", import.meta.url));

function readModel(name: string): Uint8Array {
  const file = MODELS + name;
  if (!existsSync(file))
    throw new Error(`core test support: ${file} not found; it is committed, so restore it with git`);
  const raw = readFileSync(file);
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

let ner: NerModel | undefined, attribution: AttributionModel | undefined, lexicon: Lexicon | undefined;
let contentEnds: ContentEndModel | undefined;
let quoteKeep: QuoteKeepModel | undefined;
let sourceChooser: SourceChooserModel | undefined;
let statementKeep: StatementKeepModel | undefined;

/** The NER model file's bytes, for a test that needs models of its own (each parse has its own word memo). */
export const nerModelBytes = (): Uint8Array => readModel("ner.bin.gz");

/** The trained NER model (parsed once per test file). */
export const loadNerModel = (): NerModel => (ner ??= parseModel(readModel("ner.bin.gz")));

/** The lexicon, built once per test file. */
export const testLexicon = (): Lexicon => (lexicon ??= buildLexicon());

/** What the CLI passes to the pipeline: the models and the lexicon. */
export function loadDefaultResources(): Resources {
  // the tagger reads the NER model's word clusters
  attribution ??= parseAttributionModel(readModel("attribution.bin.gz"), loadNerModel().lexicon);
  contentEnds ??= parseContentEndModel(new TextDecoder().decode(readModel("content-ends.json")));
  quoteKeep ??= parseQuoteKeepModel(new TextDecoder().decode(readModel("quote-keep.json")));
  sourceChooser ??= parseSourceChooser(new TextDecoder().decode(readModel("source-chooser.json")));
  statementKeep ??= parseStatementKeepModel(new TextDecoder().decode(readModel("statement-keep.json")));
  return {
    ner: loadNerModel(),
    lexicon: testLexicon(),
    attribution,
    contentEnds,
    quoteKeep,
    sourceChooser,
    statementKeep,
  };
}
