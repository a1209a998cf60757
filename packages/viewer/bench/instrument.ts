// Page-side probes for the viewer benchmark, injected before the app loads; they watch WebGL draws and workers, not app code.

/** What the probe records, read back with page.evaluate(() => window.__bench). */
export interface BenchProbe {
  /** ms since navigation start: first WebGL draw that drew something, and the frame that presented it */
  firstDraw: number | null;
  firstFrame: number | null;
  /** animation frames in which at least one WebGL draw happened */
  frames: number;
  /** messages received from each Worker the page created (graphology's FA2 worker posts one per iteration) */
  workers: number[];
  /** performance.now() of each worker message, per worker */
  workerTimes: number[][];
  /** per worker: ms between our postMessage and the worker's answer (the worker's own compute time per iteration) */
  workerBusy: number[][];
  /** input → first draw after it, in ms */
  latencies: number[];
}

/** Runs in the page (serialised by playwright's addInitScript), so it must be self-contained. */
export function installProbe(): void {
  const w = window as unknown as { __bench: BenchProbe; Worker: typeof Worker };
  const b: BenchProbe = { firstDraw: null, firstFrame: null, frames: 0, workers: [], workerTimes: [], workerBusy: [], latencies: [] };
  w.__bench = b;
  let inFrame = false;
  let inputAt: number | null = null;
  const onDraw = () => {
    const now = performance.now();
    if (b.firstDraw === null) {
      b.firstDraw = now;
      requestAnimationFrame(() => (b.firstFrame = performance.now()));
    }
    if (inputAt !== null) {
      b.latencies.push(now - inputAt);
      inputAt = null;
    }
    if (!inFrame) {
      inFrame = true;
      b.frames++;
      requestAnimationFrame(() => (inFrame = false));
    }
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as unknown as Record<string, unknown>[]) {
    for (const [name, countArg] of [["drawArrays", 2], ["drawElements", 1], ["drawArraysInstanced", 3], ["drawElementsInstanced", 4]] as const) {
      const orig = proto[name] as ((...a: unknown[]) => unknown) | undefined;
      if (typeof orig !== "function") continue;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        if (Number(args[countArg]) > 0) onDraw();
        return orig.apply(this, args);
      };
    }
  }
  for (const type of ["wheel", "mousemove", "keydown"]) {
    window.addEventListener(type, (e) => {
      if (type === "mousemove" && (e as MouseEvent).buttons === 0) return;
      if (inputAt === null) inputAt = performance.now();
    }, { capture: true });
  }
  const Orig = w.Worker;
  w.Worker = class extends Orig {
    constructor(url: string | URL, opts?: WorkerOptions) {
      super(url, opts);
      const i = b.workers.push(0) - 1;
      b.workerTimes.push([]);
      b.workerBusy.push([]);
      this.addEventListener("message", () => {
        const now = performance.now();
        b.workers[i]!++;
        b.workerTimes[i]!.push(now);
        if (this.postedAt !== null) b.workerBusy[i]!.push(now - this.postedAt);
        this.postedAt = null;
      });
    }
    postedAt: number | null = null;
    override postMessage(message: unknown, transfer: Transferable[]): void;
    override postMessage(message: unknown, options?: StructuredSerializeOptions): void;
    override postMessage(message: unknown, opt?: Transferable[] | StructuredSerializeOptions): void {
      this.postedAt = performance.now();
      super.postMessage(message, opt as StructuredSerializeOptions);
    }
  };
}
