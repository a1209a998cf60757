// Worker thread: ForceAtlas2 on the one job `build` posts, so the main thread computes the metrics meanwhile.
import { parentPort } from "node:worker_threads";
import Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/** The job as it crosses threads: the moving network exported (its node order kept), and ForceAtlas2's parameters. */
export interface LayoutRequest {
  graph: ReturnType<Graph["export"]>;
  iterations: number;
  settings: ForceAtlas2Settings;
}

const port = parentPort;
if (!port) throw new Error("newsgraph/layout: layout-worker.ts runs only as a worker thread; use layoutInThread");
port.once("message", (req: LayoutRequest) => {
  const g = Graph.from(req.graph);
  const pos = forceAtlas2(g, { iterations: req.iterations, settings: req.settings, getEdgeWeight: "weight" });
  // x then y for each node in the graph's order, the order of the main thread's copy; NaN fails its check there
  const xy = new Float64Array(2 * g.order);
  let i = 0;
  for (const k of g.nodes()) {
    const p = pos[k];
    xy[i++] = p ? p.x : NaN;
    xy[i++] = p ? p.y : NaN;
  }
  port.postMessage(xy, [xy.buffer]);
});
