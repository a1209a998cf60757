// Where batches are extracted: in this thread alone (one job, or a run too small to pay for threads), or in this thread and jobs - 1 workers.
import { extractBatch, newSharedWordBuffers, shareWordMemo, type BatchDoc, type BatchResult } from "@newsgraph/core";
import type { SharedWordBuffers } from "@newsgraph/core";
import type { Resources } from "@newsgraph/core";
import { releaseSharedModels, sharedModelBytes } from "../resources.ts";
import { ExtractionPool } from "./pool.ts";
import { restoreScavenge, serialScavengeForExtraction } from "./scavenge.ts";
import { restoreTiering, tuneTieringForExtraction } from "./tiering.ts";

export class Extractor {
  private pool: ExtractionPool | null = null;
  private resources: Resources | null = null;
  /**
   * The NER word memo of every extraction thread, when there are several: without it each thread computed the rows
   * and summed weights of every word it met, and of BBC + Reuters' 64k distinct words per thread 36k were words the
   * other thread had already computed (about 13 µs each).
   */
  private words: SharedWordBuffers | null = null;
  private jobs = 1;
  /** batches extracted in this thread (the rest went to the workers) */
  batchesHere = 0;

  /** `resources` is called at most once, and only when extraction runs in this thread. */
  constructor(private readonly getResources: () => Resources) {}

  /**
   * Extract on `jobs` threads: this one and `jobs - 1` workers. Without this call every batch runs in this thread. The
   * workers start with the first batch that has a document to extract, so a run served wholly from the cache never
   * loads a model.
   */
  parallel(jobs: number): void {
    this.jobs = Math.max(1, jobs);
    // only when every core extracts: with one job V8's compiler threads have a core to themselves, and optimising
    // early is then faster (quiet machine, BBC + Reuters, one job: 40.0 and 41.2 s wall with V8's default against
    // 44.0, 44.7 and 45.9 s with 16x; two jobs: 30.6 s against 30.1 s)
    if (this.jobs > 1) {
      tuneTieringForExtraction();
      serialScavengeForExtraction();
    }
  }

  /**
   * Start one worker now, before any batch: a rebuild reads thousands of known documents before the few new ones at
   * the end, and the worker loads and parses the model meanwhile on another core, so this thread neither loads it nor
   * extracts them (the records are the same bytes on any thread). Extraction tiering is left to parallel().
   */
  prestart(jobs: number): void {
    if (jobs < 2) return;
    this.jobs = Math.max(this.jobs, jobs);
    this.startPool();
    this.prestarted = true;
  }

  /** the workers were started ahead (prestart): their models load before this thread would load its own */
  private prestarted = false;

  /**
   * Batches kept in flight before the oldest is awaited. Records are written in input order, so a batch this thread
   * extracted waits behind the workers' older ones; with two per thread, this thread idled whenever a worker was a
   * batch behind (while the worker loads and warms up, and under load: a fifth of the main thread's time in a 2-job
   * BBC profile). Eight per thread let it keep extracting; memory grows by a few batches of texts and records.
   */
  get window(): number {
    return this.jobs > 1 ? 8 * this.jobs : 2;
  }

  /** Whether batches may go to worker threads (more than one job). */
  get pooled(): boolean {
    return this.jobs > 1;
  }

  /** Threads that did the extraction (1: this thread). */
  get threads(): number {
    return this.pool ? this.pool.size + 1 : 1;
  }

  /**
   * This thread is one of the `jobs`: it extracts a batch itself whenever every worker already has its next batch
   * queued. A worker for each job would leave this thread idle (it only reads, batches and writes) while one more
   * isolate loads the model and warms up: with 2 jobs on BBC that cost about 0.5 s more CPU and 40-60 MiB more peak
   * RSS (bench/thread-cpu.mjs, alternated runs, same output bytes).
   */
  run(docs: BatchDoc[]): Promise<BatchResult[]> {
    if (docs.length === 0) return Promise.resolve([]);
    // the default models, as before; read here once for all workers
    if (this.jobs > 1) this.startPool();
    if (this.pool?.hasRoom()) return this.pool.run(docs);
    try {
      return Promise.resolve(this.extractHere(docs));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  /**
   * Extract here a batch a worker has queued but not started, if there is one (true), instead of waiting for it:
   * called while this thread has nothing else to do, at the end of the input and when the oldest batch in flight is a
   * worker's. Records are written in input order either way.
   */
  helpOut(): boolean {
    // a worker started ahead and still loading its models gets there before this thread, which would load them from
    // scratch: a rebuild's ten new articles were taken back under load, and this thread then spent about 0.7 s of CPU
    // loading models and 0.7 s extracting while the worker, models loaded, idled. Once a worker has answered, or
    // this thread has its models, helping out is as before.
    if (this.prestarted && !this.resources && this.pool?.answered === 0) return false;
    const task = this.pool?.takeBack();
    if (!task) return false;
    // extractBatch catches each document's error; anything else is a bug that fails the run like a worker's would
    task.done(this.extractHere(task.docs));
    return true;
  }

  private startPool(): void {
    if (this.pool) return;
    this.words = newSharedWordBuffers();
    // one NER weight table in shared memory for every thread, this one's too (getResources reads it while the pool runs)
    this.pool = new ExtractionPool(this.jobs - 1, sharedModelBytes(), undefined, this.words);
  }

  /** A batch extracted on this thread (its resources loaded on first use). */
  private extractHere(docs: BatchDoc[]): BatchResult[] {
    if (!this.resources) {
      this.resources = this.getResources();
      // the workers parse the same default model files (sharedModelBytes), so their entries are this model's too
      if (this.words && this.resources.ner) shareWordMemo(this.resources.ner, this.words);
    }
    this.batchesHere++;
    return extractBatch(docs, this.resources);
  }

  async close(): Promise<void> {
    const pooled = this.pool !== null;
    await this.pool?.close();
    this.pool = null;
    // the models and their word memo are not needed after extraction: let a build's graph have that memory (the
    // caller may keep the models: they stop reading the shared memo, so it goes too)
    if (this.words && this.resources?.ner) this.resources.ner.cache.shared = undefined;
    this.words = null;
    this.resources = null;
    if (pooled) releaseSharedModels();
    restoreTiering();
    restoreScavenge();
  }
}
