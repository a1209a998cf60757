// Main-thread side of the FA2 worker: the worker iterates freely; positions reach the graph at most once per frame.
import FA2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import type { ViewerGraph } from "../model/types.ts";
import { PPE, PPN, type FromWorker, type ToWorker } from "./fa2-protocol.ts";
import type { FA2Settings, Supervisor } from "./supervisor.ts";

/** Worker time per round: long enough that posting positions is cheap next to iterating, short enough to stop promptly. */
const ROUND_MS = 50;

/**
 * Applying positions costs the main thread a pass over every node plus a full sigma re-index and draw (hundreds of ms
 * at 50k nodes under software WebGL), so big graphs take fresh positions less often and pan/zoom/search stay responsive.
 */
export function applyIntervalMs(order: number): number {
  return Math.min(1000, order / 50);
}

/** iterate() reads every setting: without the library's defaults a missing barnesHutTheta makes each step slow and every position NaN. */
export function workerSettings(settings: FA2Settings): object {
  return { ...FA2_DEFAULTS, ...settings };
}

/** Node and edge matrices in the layout of graphology-layout-forceatlas2 (mass = 1 + weighted degree, as the library does). */
export function graphToMatrices(graph: ViewerGraph): {
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
} {
  const nodes = new Float32Array(graph.order * PPN);
  const edges = new Float32Array(graph.size * PPE);
  const index = new Map<string, number>();
  let j = 0;
  graph.forEachNode((key, a) => {
    index.set(key, j);
    const attrs = a as { x: number; y: number; size?: unknown; fixed?: unknown };
    nodes.set(
      [attrs.x, attrs.y, 0, 0, 0, 0, 1, 1, typeof attrs.size === "number" ? attrs.size : 1, attrs.fixed ? 1 : 0],
      j,
    );
    j += PPN;
  });
  j = 0;
  graph.forEachEdge((_e, a, s, t) => {
    const w = (a as { weight?: unknown }).weight;
    const weight = typeof w === "number" && Number.isFinite(w) ? w : 1;
    const si = index.get(s)!,
      ti = index.get(t)!;
    nodes[si + 6]! += weight;
    nodes[ti + 6]! += weight;
    edges[j] = si;
    edges[j + 1] = ti;
    edges[j + 2] = weight;
    j += PPE;
  });
  return { nodes, edges };
}

export class FA2Runner implements Supervisor {
  private worker: Worker | null = null;
  private running = false;
  private run = 0;
  private latest: Float32Array | null = null;
  /** the scheduled apply: an animation frame, then (on big graphs) a timer until the apply interval has passed */
  private pending: { timer: boolean; id: number } | null = null;
  private lastApply = 0;
  /** main-thread ms the last apply cost, up to the end of the frame that drew it (sigma draws in its next frame) */
  private applyCost = 0;
  /** iterations done by the worker in the current and past runs; the bench reads it through the controller */
  iterations = 0;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly settings: FA2Settings,
  ) {}

  isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.worker ??= this.spawn();
    this.running = true;
    this.run++;
    // positions may have moved since the last run (noverlap, a file): start from what the graph holds now
    const { nodes, edges } = graphToMatrices(this.graph);
    const msg: ToWorker = {
      type: "start",
      run: this.run,
      settings: workerSettings(this.settings),
      nodes: nodes.buffer,
      edges: edges.buffer,
      roundMs: ROUND_MS,
    };
    this.worker.postMessage(msg, [nodes.buffer, edges.buffer]);
  }

  /** Stops the worker's loop; the latest positions not yet drawn are applied so what the user sees is where it stopped. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.worker?.postMessage({ type: "stop", run: this.run } satisfies ToWorker);
    this.cancelFrame();
    this.apply();
  }

  kill(): void {
    this.running = false;
    this.cancelFrame();
    this.latest = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private spawn(): Worker {
    const w = new Worker(new URL("./fa2-worker.ts", import.meta.url), { type: "module", name: "newsgraph-fa2" });
    w.addEventListener("message", (e: MessageEvent<FromWorker>) => this.receive(e.data));
    return w;
  }

  private receive(m: FromWorker): void {
    if (!this.running || m.run !== this.run) return; // a round that finished after stop or restart
    this.iterations += m.iterations;
    this.latest = new Float32Array(m.positions);
    if (this.pending) return;
    const later = () => {
      this.pending = null;
      if (this.running) this.apply();
    };
    const id = requestAnimationFrame(() => {
      // the page spends at most about a quarter of its time taking in layout steps, whatever the machine draws at
      const wait =
        Math.max(applyIntervalMs(this.graph.order), 3 * this.applyCost) - (performance.now() - this.lastApply);
      if (wait > 0) this.pending = { timer: true, id: window.setTimeout(later, wait) };
      else later();
    });
    this.pending = { timer: false, id };
  }

  private cancelFrame(): void {
    if (!this.pending) return;
    if (this.pending.timer) clearTimeout(this.pending.id);
    else cancelAnimationFrame(this.pending.id);
    this.pending = null;
  }

  /** One graph update (and so one sigma refresh) for all nodes, carrying only x and y. */
  private apply(): void {
    const p = this.latest;
    this.latest = null;
    if (!p || p.length !== this.graph.order * 2) return;
    const t0 = (this.lastApply = performance.now());
    requestAnimationFrame(() => (this.applyCost = performance.now() - t0));
    let i = 0;
    this.graph.updateEachNodeAttributes(
      (_k, a) => {
        a.x = p[i]!;
        a.y = p[i + 1]!;
        i += 2;
        return a;
      },
      { attributes: ["x", "y"] },
    );
  }
}
