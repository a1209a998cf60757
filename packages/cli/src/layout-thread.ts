// ForceAtlas2 on a worker thread for `build --jobs 2+`: the main thread computes PageRank and Louvain meanwhile.
import { Worker } from "node:worker_threads";
import type { ForceAtlas2Job, ForceAtlas2Runner } from "@newsgraph/core";
import type { LayoutRequest } from "./layout-worker.ts";

/** Below this many moving nodes a thread would start after the layout is over: it runs in the main thread. */
export const LAYOUT_THREAD_FROM = 2000;

const ENTRY = new URL(`./layout-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);

/**
 * A ForceAtlas2Runner that posts the job to a new worker thread and resolves to its positions. It declines (null:
 * the main thread lays out) below `minNodes`; a thread that cannot start or dies is reported through `warn` and
 * the layout runs in the main thread instead, so the graph is the same either way. `entry`: the worker module
 * (a test passes one that fails).
 */
export function layoutInThread(
  warn: (message: string) => void,
  minNodes = LAYOUT_THREAD_FROM,
  entry: URL = ENTRY,
): ForceAtlas2Runner {
  return (job: ForceAtlas2Job) => (job.graph.order < minNodes ? null : runInWorker(job, warn, entry));
}

function runInWorker(job: ForceAtlas2Job, warn: (message: string) => void, entry: URL): Promise<Float64Array | null> {
  return new Promise((resolve) => {
    const fallBack = (why: string) => {
      warn(`newsgraph build: the layout thread failed (${why}); laid out in the main thread instead`);
      resolve(null);
    };
    let worker: Worker;
    try {
      // on source (tsx, vitest) the worker needs tsx's hooks, which pool/boot.mjs registers; compiled, it runs as is
      worker = entry.pathname.endsWith(".ts")
        ? new Worker(new URL("./pool/boot.mjs", import.meta.url), { workerData: { entry: entry.href } })
        : new Worker(entry);
    } catch (e) {
      fallBack((e as Error).message);
      return;
    }
    let done = false;
    worker.once("message", (xy: Float64Array) => {
      done = true;
      resolve(xy);
      void worker.terminate();
    });
    worker.once("error", (e) => {
      if (!done) fallBack(e.message);
      done = true;
    });
    worker.once("exit", (code) => {
      if (!done) fallBack(`exit code ${code}`);
      done = true;
    });
    const request: LayoutRequest = { graph: job.graph.export(), iterations: job.iterations, settings: job.settings };
    worker.postMessage(request);
  });
}
