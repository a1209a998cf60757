// The pipeline: named, pure stages in one array. segment → mentions → entities → statements, then resolve → graph.
import type { DocState, Resources } from "./types.ts";
import type { ExtractionRecord } from "../schema/record.ts";
import { segment } from "../text/segment.ts";
import { findMentions } from "../ner/mentions.ts";
import { groupEntities } from "../entities/group.ts";
import { extractStatements } from "../statements/extract.ts";
import { resolveAcrossDocuments } from "../resolve/resolve.ts";
import { CorpusAccumulator, type BuildGraphOptions, type NewsGraph } from "../graph/build.ts";
import { assignMetrics } from "../graph/metrics.ts";
import { layoutGraph, type LayoutOptions } from "../graph/layout.ts";
import { layoutQuality } from "../graph/quality.ts";
import { MAX_MENTIONS_PER_SENTENCE, MAX_STATEMENTS_PER_SENTENCE, capPerSentence } from "./caps.ts";

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

/**
 * Corpus stages, in order, after every document has been folded into a CorpusAccumulator (graph/build.ts):
 * resolve (entity keys across documents) → graph (nodes, aggregated edges) → metrics (degree, PageRank, Louvain)
 * → layout (ForceAtlas2 on the entity network, statements beside their speakers; skipped with layout: false).
 */
export const CORPUS_STAGES = ["resolve", "graph", "metrics", "layout"] as const;

export const PIPELINE = [...DOCUMENT_STAGES.map((s) => s.name), ...CORPUS_STAGES] as const;

export function runDocumentStages(doc: DocState["doc"], res: Resources): DocState {
  let state: DocState = { doc };
  for (const stage of DOCUMENT_STAGES) state = stage.run(state, res);
  return state;
}

export function extractDocument(
  doc: DocState["doc"],
  res: Resources,
  opts: { withText?: boolean } = {},
): ExtractionRecord {
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
    mentions: capPerSentence(
      [...s.ents!.mentions, ...s.statements!.mentions].sort((a, b) => a.start - b.start || a.end - b.end),
      s.seg!.sentences,
      MAX_MENTIONS_PER_SENTENCE,
    ),
    statements: capPerSentence(s.statements!.statements, s.seg!.sentences, MAX_STATEMENTS_PER_SENTENCE),
    relations: s.ents!.relations,
  };
}

/**
 * Corpus options: document texts (for evidence sentences), the user's corrections (see ../node/corrections.ts), the
 * Louvain seed, and the layout (false: seeded positions only; default: no layout, as before, for library callers).
 */
export interface CorpusOptions extends BuildGraphOptions {
  corrections?: unknown;
  seed?: number;
  layout?: LayoutOptions | false;
}

/** The corpus stages over an accumulator that has folded every document. */
export function finishCorpus(acc: CorpusAccumulator, res: Resources, opts: CorpusOptions = {}): NewsGraph {
  const resolution = resolveAcrossDocuments(
    acc.entityRecords(),
    res,
    opts.corrections as Parameters<typeof resolveAcrossDocuments>[2],
  );
  const graph = acc.finish(resolution);
  // the entity network metrics ran on is the one the layout needs: built once
  const network = assignMetrics(graph, opts.seed !== undefined ? { seed: opts.seed } : {});
  if (opts.layout) {
    const { algorithm, iterations } = layoutGraph(graph, opts.layout, network);
    const quality = layoutQuality(graph);
    graph.setAttribute("layout", { algorithm, iterations, ...(quality !== null ? { quality } : {}) });
  }
  return graph;
}

export function buildCorpusGraph(records: ExtractionRecord[], res: Resources, opts: CorpusOptions = {}): NewsGraph {
  const acc = new CorpusAccumulator(opts);
  for (const r of records) acc.fold(r, r.text ?? opts.texts?.get(r.id));
  return finishCorpus(acc, res, opts);
}

/** Entities found by the statements stage join the document's entities; an id already present wins. */
function mergeEntities(a: ExtractionRecord["entities"], b: ExtractionRecord["entities"]): ExtractionRecord["entities"] {
  if (b.length === 0) return a;
  const ids = new Set(a.map((e) => e.id));
  return [...a, ...b.filter((e) => !ids.has(e.id))];
}
