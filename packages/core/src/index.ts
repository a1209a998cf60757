// Library entry: pure and DOM-free; runs in Node and in the browser.
export * from "./schema/record.ts";
export * from "./schema/graph.ts";
export * from "./pipeline/types.ts";
export { DOCUMENT_STAGES, CORPUS_STAGES, PIPELINE, extractDocument, buildCorpusGraph, runDocumentStages } from "./pipeline/pipeline.ts";
export { segment } from "./text/segment.ts";
export { tokenize } from "./text/tokenize.ts";
export { tagDocument, tagDocumentClasses, parseModel as parseNerModel, type NerModel, ChunkScorer, chunks, iob1ToIob2, TAGS as NER_TAGS } from "./ner/index.ts";
export { buildGraph, type NewsGraph } from "./graph/build.ts";
export { toGexf, type GexfOptions } from "./graph/gexf.ts";
export { toGraphml, type GraphmlOptions } from "./graph/graphml.ts";
export { serializeGraph, exportSorted } from "./graph/serialize.ts";
export { runLayout, seedPositions } from "./graph/layout.ts";
export { KIND_COLORS, colorForKind, sizeForDegree, seededPosition } from "./graph/style.ts";
export { entityId, slug } from "./entities/ids.ts";
export { groupEntities } from "./entities/group.ts";
export { buildLexicon, type Lexicon } from "./entities/lexicon/index.ts";
export { resolveAcrossDocuments, type Resolution, type MergeNote } from "./resolve/resolve.ts";
export { Corrections, applyCorrections } from "./schema/corrections.ts";
