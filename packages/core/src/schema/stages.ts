// The data that flows between pipeline stages (not part of the public record contract): plain values, no behaviour.
import type { Document, Entity, Mention, Relation, Statement, ExtractionRecord } from "./record.ts";

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
 * Output of the `statements` stage. Besides statements it may add entities and mentions it discovered
 * (an outlet after "told", a platform after "in a post on"), so a `medium` always names a real entity.
 */
export interface StatementsResult {
  statements: Statement[];
  entities: Entity[];
  mentions: Mention[];
}

export type { Document, Entity, Mention, Relation, Statement, ExtractionRecord };
