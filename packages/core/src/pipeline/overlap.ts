// The corpus stages with ForceAtlas2 handed to another thread while this one runs the metrics: the same graph, sooner.
import type { EntityNet } from "../graph/entity-net.ts";
import type { CorpusAccumulator, CorpusGraph, NewsGraph } from "../graph/build.ts";
import { materialize } from "../graph/corpus-graph.ts";
import { assignMetrics, entityNet } from "../graph/metrics.ts";
import { finishLayout, forceAtlas2Positions, planLayout, type ForceAtlas2Job } from "../graph/layout.ts";
import { CORPUS_STAGES, finishCorpusGraph, metricsOptions, recordLayout, type CorpusOptions } from "./pipeline.ts";

/**
 * Runs a ForceAtlas2 job elsewhere (the CLI: a worker thread) and resolves to what forceAtlas2Positions would
 * return, or to null when it declines the job (then it runs in this thread).
 */
export type ForceAtlas2Runner = (job: ForceAtlas2Job) => Promise<Float64Array | null> | null;

/**
 * finishCorpus with the layout's ForceAtlas2 iterations given to `runner`. The metrics (PageRank, Louvain) and
 * ForceAtlas2 read the same entity network and write different attributes, so they can run at once; the layout
 * then works on its own copy of the network, because it drops the isolated nodes the metrics still count. The output
 * is the same bytes as finishCorpus: same network, same job, same positions. `meanwhile` runs after the metrics
 * when the job went to the other thread, before its positions are awaited; it must not read or set positions.
 */
export async function finishCorpusOverlapped(
  acc: CorpusAccumulator,
  opts: CorpusOptions,
  runner: ForceAtlas2Runner,
  meanwhile?: (graph: CorpusGraph) => void,
): Promise<NewsGraph> {
  return materialize(await corpusGraphOverlapped(acc, opts, runner, meanwhile));
}

/** finishCorpusOverlapped in the corpus form (statements in their table): what the CLI writes from. */
export async function corpusGraphOverlapped(
  acc: CorpusAccumulator,
  opts: CorpusOptions,
  runner: ForceAtlas2Runner,
  meanwhile?: (graph: CorpusGraph) => void,
): Promise<CorpusGraph> {
  if (!opts.layout) return finishCorpusGraph(acc, opts);
  const [resolve, build] = CORPUS_STAGES;
  const { graph: corpus } = build.run(resolve.run({ acc }, opts), opts);
  const net = entityNet(corpus.graph);
  // a rebuild that keeps the old positions and adds few nodes gives ForceAtlas2 too little to be worth starting first:
  // the metrics run first and the layout takes the network itself instead of a copy (it drops the isolated nodes the
  // metrics count); the same network and the same job either way, only the order differs
  const keeps = fewNew(net, opts.layout.previous ?? new Map());
  if (keeps) assignMetrics(corpus.graph, metricsOptions(opts), net);
  const plan = planLayout(corpus, opts.layout, keeps ? net : net.copy());
  const away = plan.job && runner(plan.job);
  if (!keeps) assignMetrics(corpus.graph, metricsOptions(opts), net);
  // still waiting for the other thread: work that needs no positions (the CLI writes the edges of its outputs)
  if (away) meanwhile?.(corpus);
  const xy = plan.job ? ((away && (await away)) ?? forceAtlas2Positions(plan.job)) : null;
  recordLayout(corpus, finishLayout(plan, xy));
  return corpus;
}

/** New entity nodes up to which a rebuild's ForceAtlas2 is left until after the metrics (see above). */
const FEW_NEW = 1000;

/** Whether few network nodes lack a previous position (whether those positions are kept does not change the bytes). */
function fewNew(net: EntityNet, previous: ReadonlyMap<string, unknown>): boolean {
  if (previous.size === 0) return false;
  let fresh = 0;
  for (const k of net.keys) if (!previous.has(k)) fresh++;
  return fresh <= FEW_NEW;
}
