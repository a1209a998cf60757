// A fixed set of worker threads running extractBatch, up to three batches queued per worker, fed from a queue; a queued batch not yet started can be taken back.
import { Worker } from "node:worker_threads";
import type { BatchDoc, BatchResult, SharedWordBuffers } from "@newsgraph/core";
import type { ModelBytes } from "../resources.ts";
import type { BatchRequest, WorkerInit } from "./worker.ts";
import { claim } from "./claim.ts";

interface Task {
  req: BatchRequest;
  resolve: (r: BatchResult[]) => void;
  reject: (e: Error) => void;
  /** taken back by this thread before the worker started it (see `takeBack`); the worker answers it with no results */
  taken?: boolean;
}

interface Slot {
  worker: Worker;
  /** batches posted to this worker, oldest first: it answers them in order */
  tasks: Task[];
  /** shared with this worker: who extracts each batch posted to it (see claim.ts) */
  claims: Int32Array;
  /** batches posted to this worker so far: the next one's claim number */
  posted: number;
}

/**
 * Batches posted to a worker ahead of its answers, so the worker starts its next batch at once instead of waiting for
 * this thread to hand one over, which it cannot while it extracts a batch itself (see extractor.ts). With two, a
 * worker could finish both during one batch of this thread's and wait; three cover that.
 */
const DEPTH = 3;

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
  /** answers the workers have sent (a worker's first comes once its models are loaded and its first batch is done) */
  answered = 0;

  /**
   * `models`: the model files' bytes, read and gunzipped once here rather than once per thread; each worker parses
   * its own copy. `entry`: the worker module (tests pass one that fails, to check that a dying worker loses nothing
   * silently). `words`: the NER word memo shared by every thread (see Extractor).
   */
  constructor(
    readonly size: number,
    private readonly models: ModelBytes,
    private readonly entry: URL = DEFAULT_ENTRY,
    private readonly words?: SharedWordBuffers,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  /**
   * Whether a batch given now is taken at once: some worker has fewer than DEPTH batches, or the pool has failed (and
   * the batch is rejected at once, so the caller stops rather than carrying on without the pool).
   */
  hasRoom(): boolean {
    return !!this.failure || (this.queue.length === 0 && this.slots.some((s) => s.tasks.length < DEPTH));
  }

  /** Extract one batch on the next free worker; results come back in the order of `docs`. */
  run(docs: BatchDoc[]): Promise<BatchResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { seq: this.seq++, claim: -1, docs }, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Take back the batch posted last that no worker has started, for this thread to extract (then `done`); null when
   * every posted batch has started. Records are written in input order, so at the end of the input this thread
   * would otherwise wait while a worker works through its queue: up to DEPTH batches, about 3 × 0.15 s of one core on
   * BBC + Reuters, with the other core idle.
   */
  takeBack(): { docs: BatchDoc[]; done: (r: BatchResult[]) => void } | null {
    if (this.failure) return null;
    // the newest first: its worker reaches it last
    for (let depth = DEPTH - 1; depth >= 0; depth--)
      for (const slot of this.slots) {
        const task = slot.tasks[depth];
        if (!task || task.taken || !claim(slot.claims, task.req.claim)) continue;
        task.taken = true;
        return { docs: task.req.docs, done: task.resolve };
      }
    return null;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    // a worker's outstanding batches are at most DEPTH consecutive claim numbers, so 2 × DEPTH places never collide
    const claims = new Int32Array(new SharedArrayBuffer(4 * 2 * DEPTH));
    const slot: Slot = {
      worker: spawn(this.entry, { models: this.models, claims, ...(this.words ? { words: this.words } : {}) }),
      tasks: [],
      claims,
      posted: 0,
    };
    slot.worker.on("message", (msg: { seq: number; results: BatchResult[] | null }) => {
      this.answered++;
      const task = slot.tasks.shift();
      if (task && task.req.seq === msg.seq) {
        // null: the batch was taken back, and the thread that took it resolves it
        if (msg.results) task.resolve(msg.results);
      } else if (task) {
        slot.tasks.unshift(task); // rejected with the others by fail()
        this.fail(new Error(`a worker answered batch ${msg.seq} instead of ${task.req.seq}`));
      }
      this.dispatch();
    });
    slot.worker.on("error", (e) => this.fail(e));
    slot.worker.on("exit", (code) => {
      if (!this.closed) this.fail(new Error(`a worker thread exited with code ${code}`));
    });
    return slot;
  }

  /** Fill the least busy workers first, up to DEPTH batches each. */
  private dispatch(): void {
    for (let depth = 0; depth < DEPTH; depth++)
      for (const slot of this.slots) {
        if (slot.tasks.length > depth || this.failure) continue;
        const task = this.queue.shift();
        if (!task) return;
        slot.tasks.push(task);
        task.req.claim = slot.posted++;
        Atomics.store(slot.claims, task.req.claim % slot.claims.length, task.req.claim + 1);
        slot.worker.postMessage(task.req);
      }
  }

  /** A worker that dies takes nothing silently with it: every pending batch is rejected with the cause. */
  private fail(cause: Error): void {
    if (this.failure) return;
    this.failure = new Error(
      `newsgraph/pool: extraction in a worker thread failed (${cause.message}); run again with --jobs 1 to extract in the main thread, and please report this`,
    );
    for (const slot of this.slots) for (const t of slot.tasks.splice(0)) t.reject(this.failure);
    for (const t of this.queue.splice(0)) t.reject(this.failure);
  }
}
