// The state of the corpus stages: the accumulator that folded every document, then the resolution, then the graph.
import type { CorpusAccumulator, CorpusGraph } from "../graph/build.ts";
import type { EntityNet } from "../graph/entity-net.ts";
import type { Resolution } from "../resolve/resolve.ts";

export interface CorpusInput {
  acc: CorpusAccumulator;
}
export interface Resolved extends CorpusInput {
  resolution: Resolution;
}
export interface Built extends Resolved {
  /** the entity network in graphology, the statements in their table (graph/corpus-graph.ts) */
  graph: CorpusGraph;
}
/** after the metrics stage: the entity network they ran on, which the layout reuses */
export interface Measured extends Built {
  network: EntityNet;
}
