// Shared types that flow between pipeline stages (not part of the public record contract).
import type { Document, Entity, Mention, Relation, Statement, ExtractionRecord } from "../schema/record.ts";

/** A half-open character range into the document text (UTF-16 indices). */
export interface Range {
  start: number;
  end: number;
}

export interface Token extends Range {
  text: string;
}

/** Output of the `segment` stage. Sentences and paragraphs index into `tokens` as well as the text. */
export interface Segmentation {
  paragraphs: Range[];
  sentences: (Range & { firstToken: number; lastToken: number; paragraph: number })[];
  tokens: Token[];
}

export type NerLabel = "PER" | "ORG" | "LOC" | "MISC";

/** Output of the `mentions` stage: typed spans before they are grouped into entities. */
export interface RawMention extends Range {
  text: string;
  label: NerLabel;
  /** which model or rule found it, e.g. "ner:perceptron" or "lexicon:country" */
  rule: string;
}

/** Output of the `entities` stage. */
export interface DocEntities {
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
}

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

/**
 * Output of the `statements` stage. Besides statements it may add entities and mentions it discovered
 * (an outlet after "told", a platform after "in a post on"), so a `medium` always names a real entity.
 */
export interface StatementsResult {
  statements: Statement[];
  entities: Entity[];
  mentions: Mention[];
}

export interface DocState {
  doc: Document;
  seg?: Segmentation;
  raw?: RawMention[];
  ents?: DocEntities;
  statements?: StatementsResult;
}

export type { Document, Entity, Mention, Relation, Statement, ExtractionRecord };
