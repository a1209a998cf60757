// What the pipeline carries: the resources passed into every stage and the state each stage adds to, typed stage by stage.
import type { Document, Segmentation, RawMention, DocEntities, StatementsResult } from "../schema/stages.ts";
import type { NerResources } from "../ner/mentions.ts";
import type { EntityResources } from "../entities/group.ts";
import type { StatementResources } from "../statements/extract.ts";

/**
 * Resources are values passed into the pipeline, loaded once by the caller: the NER model (null: rules only), the
 * entities lexicon and the attribution model (absent or null: the statement rules alone). No stage reads global
 * state; each stage's module declares the part it reads, and this is their union.
 */
export interface Resources extends NerResources, EntityResources, StatementResources {}

/**
 * A named pure stage: its output keeps everything in its input and adds one field, so the type checker follows the
 * state from stage to stage. `Ctx` is what every stage of a list is given (Resources for the document stages).
 */
export interface Stage<Name extends string, In, Out extends In, Ctx> {
  name: Name;
  run: (state: In, ctx: Ctx) => Out;
}

/** The state of one document after each document stage. */
export interface DocInput {
  doc: Document;
}
export interface Segmented extends DocInput {
  seg: Segmentation;
}
export interface Mentioned extends Segmented {
  raw: RawMention[];
}
export interface Grouped extends Mentioned {
  ents: DocEntities;
}
/** After the last document stage: everything a record is made of. */
export interface DocState extends Grouped {
  statements: StatementsResult;
}
