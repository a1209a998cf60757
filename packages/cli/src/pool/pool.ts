// A fixed set of worker threads running extractBatch, one batch per worker at a time, fed from a queue.
import { Worker } from "node:worker_threads";
import type { BatchDoc, BatchResult } from "@newsgraph/core";
import type { ModelBytes } from "../resources.ts";
import type { BatchRequest, WorkerInit } from "./worker.ts";

interface Task {
  req: BatchRequest;
  resolve: (r: BatchResult[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

const DEFAULT_ENTRY = new URL(`./worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);

/** On source (tsx, vitest) a .ts worker needs tsx registered first; compiled, the .js worker runs as it is. */
function spawn(entry: URL, init: WorkerInit): Worker {
  return entry.pathname.endsWith(".ts")
    ? new Worker(new URL("./boot.mjs", import.meta.url), { workerData: { ...init, entry: entry.href } })
    : new Worker(entry, { workerData: init });
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private failure: Error | null = null;
  private closed = false;

  /**
   * `models`: the model files' bytes, read and gunzipped once here rather than once per thread; each worker parses
   * its own copy. `entry`: the worker module (tests pass one that fails, to check that a dying worker loses nothing
   * silently).
   */
  constructor(
    readonly size: number,
    private readonly models: ModelBytes,
    private readonly entry: URL = DEFAULT_ENTRY,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  /** Extract one batch on the next free worker; results come back in the order of `docs`. */
  run(docs: BatchDoc[]): Promise<BatchResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { seq: this.seq++, docs }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const slot: Slot = { worker: spawn(this.entry, { models: this.models }), task: null };
    slot.worker.on("message", (msg: { seq: number; results: BatchResult[] }) => {
      const task = slot.task;
      slot.task = null;
      if (task && task.req.seq === msg.seq) task.resolve(msg.results);
      this.dispatch();
    });
    slot.worker.on("error", (e) => this.fail(e));
    slot.worker.on("exit", (code) => {
      if (!this.closed) this.fail(new Error(`a worker thread exited with code ${code}`));
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0 || this.failure) continue;
      slot.task = this.queue.shift()!;
      slot.worker.postMessage(slot.task.req);
    }
  }

  /** A worker that dies takes nothing silently with it: every pending batch is rejected with the cause. */
  private fail(cause: Error): void {
    if (this.failure) return;
    this.failure = new Error(
      `newsgraph/pool: extraction in a worker thread failed (${cause.message}); run again with --jobs 1 to extract in the main thread, and please report this`,
    );
    for (const slot of this.slots) {
      slot.task?.reject(this.failure);
      slot.task = null;
    }
    for (const t of this.queue.splice(0)) t.reject(this.failure);
  }
}
