// Where batches are extracted: in this thread (one job, or a run too small to pay for threads) or on a worker pool.
import { extractBatch, type BatchDoc, type BatchResult } from "@newsgraph/core";
import type { Resources } from "@newsgraph/core";
import { readModelBytes } from "../resources.ts";
import { ExtractionPool } from "./pool.ts";

export class Extractor {
  private pool: ExtractionPool | null = null;
  private resources: Resources | null = null;
  private jobs = 1;

  /** `resources` is called at most once, and only when extraction runs in this thread. */
  constructor(private readonly getResources: () => Resources) {}

  /**
   * Use `jobs` worker threads; without this call every batch runs in this thread. They start with the first batch
   * that has a document to extract, so a run served wholly from the cache never loads a model.
   */
  parallel(jobs: number): void {
    this.jobs = Math.max(1, jobs);
  }

  /** Batches worth keeping in flight: two per thread, so no thread waits for the next. */
  get window(): number {
    return 2 * this.jobs;
  }

  /** Threads that did the extraction (1: this thread). */
  get threads(): number {
    return this.pool?.size ?? 1;
  }

  run(docs: BatchDoc[]): Promise<BatchResult[]> {
    if (docs.length === 0) return Promise.resolve([]);
    // the default models, as before; read here once for all threads
    if (this.jobs > 1) this.pool ??= new ExtractionPool(this.jobs, readModelBytes());
    if (this.pool) return this.pool.run(docs);
    this.resources ??= this.getResources();
    try {
      return Promise.resolve(extractBatch(docs, this.resources));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}
