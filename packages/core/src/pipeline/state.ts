// What the pipeline carries: the resources passed into every stage and the per-document state stages add to.
import type { Document, Segmentation, RawMention, DocEntities, StatementsResult } from "../schema/stages.ts";

/**
 * Resources are values passed into the pipeline: models and lexicons. No stage reads global mutable state.
 * Stages type the parts they need; `unknown`-typed slots are filled by the module that owns them.
 */
export interface Resources {
  /** the trained NER model (see ../ner); null falls back to rules only */
  ner: unknown | null;
  /** lexicons: countries, organisations, titles ... (see ../entities) */
  lexicon: unknown;
  /** the trained attribution tagger (see ../statements/learned); absent or null: the rules alone */
  attribution?: unknown | null;
}

export interface DocState {
  doc: Document;
  seg?: Segmentation;
  raw?: RawMention[];
  ents?: DocEntities;
  statements?: StatementsResult;
}
