// Page-side probes for the viewer benchmark, injected before the app loads; they watch WebGL draws and workers, not app code.

/** What the probe records, read back with page.evaluate(() => window.__bench). */
export interface BenchProbe {
  /** ms since navigation start: first WebGL draw that drew something, and the frame that presented it */
  firstDraw: number | null;
  firstFrame: number | null;
  /** animation frames in which at least one WebGL draw happened, and when each began drawing */
  frames: number;
  frameTimes: number[];
  /** messages received from each Worker the page created (one per round of FA2 iterations) */
  workers: number[];
  /** performance.now() of each worker message, per worker */
  workerTimes: number[][];
  /** per worker: ms the worker itself spent on each request (measured inside the worker, see WORKER_PRELUDE) */
  workerCompute: number[][];
  /** per worker and message: FA2 iterations it carries (the message's `iterations`, else 1 as in graphology's worker) */
  workerIters: number[][];
  /** input → first draw after it, in ms */
  latencies: number[];
}

/** Runs in the page (serialised by playwright's addInitScript), so it must be self-contained. */
export function installProbe(): void {
  const w = window as unknown as { __bench: BenchProbe; Worker: typeof Worker };
  const b: BenchProbe = {
    firstDraw: null,
    firstFrame: null,
    frames: 0,
    frameTimes: [],
    workers: [],
    workerTimes: [],
    workerCompute: [],
    workerIters: [],
    latencies: [],
  };
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
      b.frameTimes.push(now);
      requestAnimationFrame(() => (inFrame = false));
    }
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as unknown as Record<
    string,
    unknown
  >[]) {
    for (const [name, countArg] of [
      ["drawArrays", 2],
      ["drawElements", 1],
      ["drawArraysInstanced", 3],
      ["drawElementsInstanced", 4],
    ] as const) {
      const orig = proto[name] as ((...a: unknown[]) => unknown) | undefined;
      if (typeof orig !== "function") continue;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        if (Number(args[countArg]) > 0) onDraw();
        return orig.apply(this, args);
      };
    }
  }
  for (const type of ["wheel", "mousemove", "keydown"]) {
    window.addEventListener(
      type,
      (e) => {
        if (type === "mousemove" && (e as MouseEvent).buttons === 0) return;
        if (inputAt === null) inputAt = performance.now();
      },
      { capture: true },
    );
  }
  // graphology builds its workers from a Blob of source text: prepend a prelude that times each request inside the
  // worker and tags the answer with it, so the main thread can tell compute time from its own delays (a worker that
  // reports __computeMs itself keeps its own figure)
  const prelude =
    "(function(){var t0=0;self.addEventListener('message',function(){t0=performance.now();});" +
    "var post=self.postMessage.bind(self);self.postMessage=function(m,t){if(m&&typeof m==='object'&&m.__computeMs===undefined)m.__computeMs=performance.now()-t0;return post(m,t);};})();\n";
  const OrigBlob = window.Blob;
  window.Blob = class extends OrigBlob {
    constructor(parts?: BlobPart[], opts?: BlobPropertyBag) {
      const src = parts?.length === 1 && typeof parts[0] === "string" ? parts[0] : null;
      super(opts?.type === "text/javascript" && src?.includes("self.postMessage") ? [prelude + src] : parts, opts);
    }
  };
  const Orig = w.Worker;
  w.Worker = class extends Orig {
    constructor(url: string | URL, opts?: WorkerOptions) {
      super(url, opts);
      const i = b.workers.push(0) - 1;
      b.workerTimes.push([]);
      b.workerCompute.push([]);
      b.workerIters.push([]);
      this.addEventListener("message", (e) => {
        b.workers[i]!++;
        b.workerTimes[i]!.push(performance.now());
        const data = e.data as { __computeMs?: unknown; iterations?: unknown } | null;
        b.workerIters[i]!.push(typeof data?.iterations === "number" ? data.iterations : 1);
        const ms = data?.__computeMs;
        if (typeof ms === "number") b.workerCompute[i]!.push(ms);
      });
    }
  };
}
