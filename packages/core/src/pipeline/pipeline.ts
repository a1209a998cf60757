// The pipeline: named, pure stages in one array. segment → mentions → entities → statements, then resolve → graph.
import type { DocState, Resources } from "./types.ts";
import type { ExtractionRecord } from "../schema/record.ts";
import { segment } from "../text/segment.ts";
import { findMentions } from "../ner/mentions.ts";
import { groupEntities } from "../entities/group.ts";
import { extractStatements } from "../statements/extract.ts";
import { resolveAcrossDocuments } from "../resolve/resolve.ts";
import { MAX_MENTIONS_PER_SENTENCE, MAX_STATEMENTS_PER_SENTENCE, capPerSentence } from "./caps.ts";
import { buildGraph, type BuildGraphOptions, type NewsGraph } from "../graph/build.ts";

export interface DocumentStage {
  name: "segment" | "mentions" | "entities" | "statements";
  run: (state: DocState, res: Resources) => DocState;
}

/** Per-document stages, in order. Each adds one field to the state and never mutates what it was given. */
export const DOCUMENT_STAGES: readonly DocumentStage[] = [
  { name: "segment", run: (s) => ({ ...s, seg: segment(s.doc.text) }) },
  { name: "mentions", run: (s, r) => ({ ...s, raw: findMentions(s.doc, s.seg!, r) }) },
  { name: "entities", run: (s, r) => ({ ...s, ents: groupEntities(s.doc, s.seg!, s.raw!, r) }) },
  { name: "statements", run: (s, r) => ({ ...s, statements: extractStatements(s.doc, s.seg!, s.ents!, r) }) },
];

/** Corpus stages, in order, after every document has been extracted. */
export const CORPUS_STAGES = ["resolve", "graph"] as const;

export const PIPELINE = [...DOCUMENT_STAGES.map((s) => s.name), ...CORPUS_STAGES] as const;

export function runDocumentStages(doc: DocState["doc"], res: Resources): DocState {
  let state: DocState = { doc };
  for (const stage of DOCUMENT_STAGES) state = stage.run(state, res);
  return state;
}

export function extractDocument(doc: DocState["doc"], res: Resources, opts: { withText?: boolean } = {}): ExtractionRecord {
  const s = runDocumentStages(doc, res);
  const { id, source, title, date, url } = doc;
  return {
    id,
    ...(source !== undefined ? { source } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(opts.withText ? { text: doc.text } : {}),
    entities: mergeEntities(s.ents!.entities, s.statements!.entities),
    mentions: capPerSentence([...s.ents!.mentions, ...s.statements!.mentions].sort((a, b) => a.start - b.start || a.end - b.end), s.seg!.sentences, MAX_MENTIONS_PER_SENTENCE),
    statements: capPerSentence(s.statements!.statements, s.seg!.sentences, MAX_STATEMENTS_PER_SENTENCE),
    relations: s.ents!.relations,
  };
}

/** Corpus options: document texts (for evidence sentences) and the user's corrections (see ../node/corrections.ts). */
export interface CorpusOptions extends BuildGraphOptions {
  corrections?: unknown;
}

export function buildCorpusGraph(records: ExtractionRecord[], res: Resources, opts: CorpusOptions = {}): NewsGraph {
  const resolution = resolveAcrossDocuments(records, res, opts.corrections as Parameters<typeof resolveAcrossDocuments>[2]);
  return buildGraph(records, resolution, opts);
}

/** Entities found by the statements stage join the document's entities; an id already present wins. */
function mergeEntities(a: ExtractionRecord["entities"], b: ExtractionRecord["entities"]): ExtractionRecord["entities"] {
  if (b.length === 0) return a;
  const ids = new Set(a.map((e) => e.id));
  return [...a, ...b.filter((e) => !ids.has(e.id))];
}
