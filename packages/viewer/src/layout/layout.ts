// The single owner of the ForceAtlas2 web worker: idempotent start/stop/kill, settings inferred from graph size, noverlap after stop.
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { ViewerGraph } from "../model/types.ts";
import { FA2Runner } from "./fa2-runner.ts";
import type { FA2Settings, Supervisor } from "./supervisor.ts";

export interface LayoutOptions {
  /** display size of a node in graph coordinates, so noverlap separates what the user actually sees */
  sizeInGraphUnits: (key: string) => number;
  onChange: (running: boolean) => void;
  createSupervisor?: (graph: ViewerGraph, settings: FA2Settings) => Supervisor;
}

// our own runner rather than graphology's supervisor: that one waits for the main thread (apply + redraw) between
// every single iteration, which under software WebGL capped the layout at a few iterations per second
const workerSupervisor = (graph: ViewerGraph, settings: FA2Settings): Supervisor => new FA2Runner(graph, settings);

/** noverlap is synchronous: bound its work so stopping the layout never freezes the page on huge graphs. */
function noverlapIterations(order: number): number {
  if (order > 20_000) return 0;
  if (order > 5_000) return 5;
  return 40;
}

export class LayoutController {
  private fa2: Supervisor | null = null;
  private killed = false;
  constructor(
    private readonly graph: ViewerGraph,
    private readonly opts: LayoutOptions,
  ) {}

  /** ForceAtlas2 iterations run by this controller's worker so far */
  get iterations(): number {
    return this.fa2?.iterations ?? 0;
  }

  isRunning(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  start(): void {
    if (this.killed || this.isRunning()) return;
    this.fa2 ??= (this.opts.createSupervisor ?? workerSupervisor)(this.graph, forceAtlas2.inferSettings(this.graph));
    this.fa2.start();
    this.opts.onChange(true);
  }

  /** Stopping twice, or before any start, is a no-op. */
  stop(): void {
    if (!this.fa2 || !this.isRunning()) return;
    this.fa2.stop();
    this.removeOverlaps();
    this.opts.onChange(false);
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  /** Killing twice is safe; after kill, start() does nothing. */
  kill(): void {
    if (this.killed) return;
    const wasRunning = this.isRunning();
    this.killed = true;
    this.fa2?.kill();
    this.fa2 = null;
    if (wasRunning) this.opts.onChange(false);
  }

  removeOverlaps(): void {
    const maxIterations = noverlapIterations(this.graph.order);
    if (maxIterations === 0) return;
    noverlap.assign(this.graph, {
      maxIterations,
      inputReducer: (key, a) => ({ x: a.x, y: a.y, size: this.opts.sizeInGraphUnits(key) }),
      settings: { margin: 0, ratio: 1.2 },
    });
  }
}
