// The pipeline: named, pure stages in one array. segment → mentions → entities → statements, then resolve → graph.
import { packed } from "../util/arrays.ts";
import { extend } from "../util/extend.ts";
import type { Document } from "../schema/stages.ts";
import type { DocInput, DocState, Grouped, Mentioned, Resources, Segmented, Stage } from "./state.ts";
import type { Built, CorpusInput, Measured, Resolved } from "./corpus-state.ts";
import type { ExtractionRecord } from "../schema/record.ts";
import { segment } from "../text/segment.ts";
import { findMentions } from "../ner/mentions.ts";
import { groupEntities } from "../entities/group.ts";
import { extractStatements } from "../statements/extract.ts";
import { resolveAcrossDocuments, type CorrectionsInput, type Resolution } from "../resolve/resolve.ts";
import { carryResolution, type PreviousResolution } from "../resolve/carry.ts";
import { NameKeys } from "../resolve/name-keys.ts";
import { CorpusAccumulator, type BuildGraphOptions, type CorpusGraph, type NewsGraph } from "../graph/build.ts";
import { materialize } from "../graph/corpus-graph.ts";
import { assignMetrics, type MetricsOptions } from "../graph/metrics.ts";
import { layoutGraph, type LayoutOptions, type LayoutResult } from "../graph/layout.ts";
import { corpusLayoutQuality } from "../graph/quality.ts";
import { MAX_MENTIONS_PER_SENTENCE, MAX_STATEMENTS_PER_SENTENCE, capPerSentence } from "./caps.ts";

/** The document stages, each typed by what it reads and what it adds; the tuple's order is the only order. */
export type DocumentStages = readonly [
  Stage<"segment", DocInput, Segmented, Resources>,
  Stage<"mentions", Segmented, Mentioned, Resources>,
  Stage<"entities", Mentioned, Grouped, Resources>,
  Stage<"statements", Grouped, DocState, Resources>,
];

/**
 * Per-document stages, in order. Each adds one field to the state and never mutates what it was given (`extend`, not
 * `{ ...s, seg }`, so every document's state has the same hidden class: util/extend.ts).
 */
export const DOCUMENT_STAGES: DocumentStages = [
  { name: "segment", run: (s) => extend(s, { seg: segment(s.doc.text) }) },
  { name: "mentions", run: (s, r) => extend(s, { raw: findMentions(s.doc, s.seg, r) }) },
  { name: "entities", run: (s, r) => extend(s, { ents: groupEntities(s.doc, s.seg, s.raw, r) }) },
  { name: "statements", run: (s, r) => extend(s, { statements: extractStatements(s.doc, s.seg, s.ents, r) }) },
];

/** The document stages up to and including `entities` (what training and lexicon scripts read before statements). */
export function runToEntities(doc: Document, res: Resources): Grouped {
  const [seg, mentions, entities] = DOCUMENT_STAGES;
  return entities.run(mentions.run(seg.run({ doc }, res), res), res);
}

export function runDocumentStages(doc: Document, res: Resources): DocState {
  return DOCUMENT_STAGES[3].run(runToEntities(doc, res), res);
}

export function extractDocument(doc: Document, res: Resources, opts: { withText?: boolean } = {}): ExtractionRecord {
  const s = runDocumentStages(doc, res);
  const { id, source, title, date, url } = doc;
  return {
    id,
    ...(source !== undefined ? { source } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(opts.withText ? { text: doc.text } : {}),
    entities: mergeEntities(s.ents.entities, s.statements.entities),
    mentions: capPerSentence(
      packed([...s.ents.mentions, ...s.statements.mentions].sort((a, b) => a.start - b.start || a.end - b.end)),
      s.seg.sentences,
      MAX_MENTIONS_PER_SENTENCE,
    ),
    statements: capPerSentence(packed(s.statements.statements), s.seg.sentences, MAX_STATEMENTS_PER_SENTENCE),
    relations: s.ents.relations,
  };
}

/**
 * Corpus options: document texts (for evidence sentences), the user's corrections (the parsed file, or what the CLI's
 * loadCorrections returns), the Louvain seed, and the layout (false: seeded positions only; default: no layout, as
 * before, for library callers).
 */
export interface CorpusOptions extends BuildGraphOptions {
  corrections?: CorrectionsInput;
  seed?: number;
  /** the previous build's communities by node key (an incremental build; see graph/communities.ts) */
  communities?: ReadonlyMap<string, number>;
  layout?: LayoutOptions | false;
  /**
   * An incremental build: list every item's name keys for the next build, and with `previous` (the previous build's
   * resolution, when it built exactly the documents kept here) carry its clusters when no new name touches them
   * (resolve/carry.ts). Ignored with corrections.
   */
  resolution?: { previous: PreviousResolution | null };
}

/** Corpus stages, in order, after every document has been folded into a CorpusAccumulator (graph/build.ts). */
export type CorpusStages = readonly [
  Stage<"resolve", CorpusInput, Resolved, CorpusOptions>,
  Stage<"graph", Resolved, Built, CorpusOptions>,
  Stage<"metrics", Built, Measured, CorpusOptions>,
  Stage<"layout", Measured, Measured, CorpusOptions>,
];

/**
 * resolve (entity keys across documents) → graph (nodes, aggregated edges) → metrics (degree, PageRank, Louvain)
 * → layout (ForceAtlas2 on the entity network, statements beside their speakers; skipped with layout: false).
 * metrics and layout set attributes on the graph the graph stage built (graphology graphs are mutable by design).
 */
export const CORPUS_STAGES: CorpusStages = [
  {
    name: "resolve",
    run: (s, o) => ({ ...s, resolution: resolveStage(s.acc.entityRecords(), o) }),
  },
  // with a layout to follow, positions are seeded by it, after the kept ones are applied (planLayout)
  { name: "graph", run: (s, o) => ({ ...s, graph: s.acc.finishCorpus(s.resolution, { unseeded: !!o.layout }) }) },
  {
    name: "metrics",
    // the entity network the metrics ran on is the one the layout needs: built once
    run: (s, o) => ({
      ...s,
      network: assignMetrics(s.graph.graph, metricsOptions(o)),
    }),
  },
  {
    name: "layout",
    run: (s, o) => {
      if (!o.layout) return s;
      recordLayout(s.graph, layoutGraph(s.graph, o.layout, s.network));
      return s;
    },
  },
];

/** Resolution over every document, or the previous build's carried with only the new documents resolved. */
function resolveStage(records: ExtractionRecord[], o: CorpusOptions): Resolution {
  const keys = new NameKeys();
  const names = !!o.resolution && !o.corrections;
  const previous = names ? (o.resolution?.previous ?? null) : null;
  const carried =
    previous && carryResolution(records, previous, (fresh) => resolveAcrossDocuments(fresh, undefined, { keys }), keys);
  return carried ?? resolveAcrossDocuments(records, o.corrections, { names, keys });
}

/** The layout's algorithm, iterations and quality, as a graph attribute (graph.json and the viewer show them). */
export function recordLayout(corpus: CorpusGraph, { algorithm, iterations }: LayoutResult): void {
  const quality = corpusLayoutQuality(corpus);
  corpus.graph.setAttribute("layout", { algorithm, iterations, ...(quality !== null ? { quality } : {}) });
}

export const PIPELINE = [...DOCUMENT_STAGES.map((s) => s.name), ...CORPUS_STAGES.map((s) => s.name)] as const;

/** The corpus stages over an accumulator that has folded every document: one graphology graph with everything. */
export function finishCorpus(acc: CorpusAccumulator, opts: CorpusOptions = {}): NewsGraph {
  return materialize(finishCorpusGraph(acc, opts));
}

/** finishCorpus in the corpus form (statements in their table): what the CLI writes from. */
export function finishCorpusGraph(acc: CorpusAccumulator, opts: CorpusOptions = {}): CorpusGraph {
  const [resolve, graph, metrics, layout] = CORPUS_STAGES;
  return layout.run(metrics.run(graph.run(resolve.run({ acc }, opts), opts), opts), opts).graph;
}

export function buildCorpusGraph(records: ExtractionRecord[], opts: CorpusOptions = {}): NewsGraph {
  const acc = new CorpusAccumulator(opts);
  for (const r of records) acc.fold(r, r.text ?? opts.texts?.get(r.id));
  return finishCorpus(acc, opts);
}

/** Entities found by the statements stage join the document's entities; an id already present wins. */
function mergeEntities(a: ExtractionRecord["entities"], b: ExtractionRecord["entities"]): ExtractionRecord["entities"] {
  if (b.length === 0) return a;
  const ids = new Set(a.map((e) => e.id));
  return [...a, ...b.filter((e) => !ids.has(e.id))];
}

/** The metrics stage's options from the corpus options (also read by the overlapped corpus stages). */
export function metricsOptions(o: CorpusOptions): MetricsOptions {
  return { ...(o.seed !== undefined ? { seed: o.seed } : {}), ...(o.communities ? { previous: o.communities } : {}) };
}
