// Library entry: pure and DOM-free; runs in Node and in the browser.
export * from "./schema/record.ts";
export * from "./schema/graph.ts";
export { RESERVED_KEYS, isReservedKey } from "./schema/keys.ts";
export { gexfProblem } from "./schema/gexf-guard.ts";
export * from "./schema/stages.ts";
export * from "./pipeline/state.ts";
export {
  DOCUMENT_STAGES,
  CORPUS_STAGES,
  PIPELINE,
  extractDocument,
  buildCorpusGraph,
  finishCorpus,
  finishCorpusGraph,
  runDocumentStages,
  runToEntities,
  type CorpusOptions,
  type DocumentStages,
  type CorpusStages,
} from "./pipeline/pipeline.ts";
export { extractBatch, EXTRACTOR_CODE_ROOT, type BatchDoc, type BatchResult } from "./pipeline/batch.ts";
export { segment } from "./text/segment.ts";
export { tokenize } from "./text/tokenize.ts";
export {
  tagDocument,
  tagDocumentClasses,
  parseModel as parseNerModel,
  shareTable as shareNerTable,
  type NerTable,
  type NerModel,
  chunks,
  iob1ToIob2,
  TAGS as NER_TAGS,
  newSharedWordBuffers,
  shareWordMemo,
  type SharedWordBuffers,
} from "./ner/index.ts";
export { buildGraph, CorpusAccumulator, type Carry, type NewsGraph, type DocSummary } from "./graph/build.ts";
export { MemoryFactStore, type FactStore, type DocFacts } from "./graph/facts.ts";
export { toGexf, gexfChunks, gexfParts, type GexfOptions, type GexfParts } from "./graph/gexf.ts";
export { toGraphml, graphmlChunks, type GraphmlOptions } from "./graph/graphml.ts";
export { serializeGraph, graphJsonChunks, graphJsonEdges, exportSorted } from "./graph/serialize.ts";
export type { LineReuse, JsonChunk } from "./graph/serialize.ts";
export {
  runLayout,
  layoutGraph,
  seedPositions,
  usablePrevious,
  KEEP_POSITIONS_FROM,
  type LayoutOptions,
} from "./graph/layout.ts";
export { assignMetrics, entityNetwork, ENTITY_EDGE_KINDS, type MetricsOptions } from "./graph/metrics.ts";
export { carryCommunities, carriesCommunities, CARRY_COMMUNITIES_UP_TO } from "./graph/communities.ts";
export { layoutQuality, corpusLayoutQuality } from "./graph/quality.ts";
export { toDay } from "./graph/dates.ts";
export { edgeKey } from "./graph/edge-key.ts";
export { KIND_COLORS, colorForKind, sizeForDegree, seededPosition } from "./graph/style.ts";
export { entityId, slug } from "./entities/ids.ts";
export { groupEntities } from "./entities/group.ts";
export { buildLexicon, type Lexicon } from "./entities/lexicon/index.ts";
export { resolveAcrossDocuments, type Resolution, type MergeNote } from "./resolve/resolve.ts";
export { carryResolution, type PreviousResolution, type ResolutionState } from "./resolve/carry.ts";
export { Corrections } from "./schema/corrections.ts";
export { applyCorrections } from "./resolve/corrections.ts";
export { rng } from "./util/rng.ts";
export { parseConll } from "./ner/conll.ts";
export { jsonSchemas } from "./schema/json-schema.ts";
// used by @newsgraph/cli's streamed build
export { DEFAULT_LAYOUT_SECONDS, forceAtlas2Positions, type ForceAtlas2Job } from "./graph/layout.ts";
export { finishCorpusOverlapped, corpusGraphOverlapped, type ForceAtlas2Runner } from "./pipeline/overlap.ts";
export {
  StatementTable,
  materialize,
  splitGraph,
  isCorpusGraph,
  corpusOrder,
  corpusSize,
  hasCorpusNode,
  forEachCorpusNode,
  sortedCorpusNodes,
  type CorpusGraph,
  type TableEdge,
} from "./graph/corpus-graph.ts";
export { statementTotals, type StatementTotals, type DroppedStatements } from "./graph/statement-totals.ts";
export { addPrintKeys, type CarriedEdges } from "./graph/carried-edges.ts";
export { compareStrings } from "./graph/attributes.ts";
export { applyPositions, sharedNodes, type Positions } from "./graph/keep-positions.ts";
export { parseAttributionModel, type AttributionModel } from "./statements/learned/model.ts";
export { parseContentEndModel, type ContentEndModel } from "./statements/content-ends.ts";
export { parseQuoteKeepModel, type QuoteKeepModel } from "./statements/learned/quote-keep.ts";
export { parseStatementKeepModel, type StatementKeepModel } from "./statements/learned/statement-keep.ts";
export { parseSourceChooser, type SourceChooserModel } from "./statements/source-chooser.ts";
