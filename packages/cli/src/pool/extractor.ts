// Where batches are extracted: in this thread (one job, or a run too small to pay for threads) or on a worker pool.
import { extractBatch, type BatchDoc, type BatchResult } from "@newsgraph/core";
import type { Resources } from "@newsgraph/core";
import { ExtractionPool } from "./pool.ts";

export class Extractor {
  private pool: ExtractionPool | null = null;
  private resources: Resources | null = null;

  /** `resources` is called at most once, and only when extraction runs in this thread. */
  constructor(private readonly getResources: () => Resources) {}

  /** Start `jobs` worker threads; without this call every batch runs in this thread. */
  parallel(jobs: number): void {
    if (jobs > 1 && !this.pool) this.pool = new ExtractionPool(jobs);
  }

  get threads(): number {
    return this.pool?.size ?? 1;
  }

  run(docs: BatchDoc[]): Promise<BatchResult[]> {
    if (docs.length === 0) return Promise.resolve([]);
    if (this.pool) return this.pool.run(docs);
    this.resources ??= this.getResources();
    try {
      return Promise.resolve(extractBatch(docs, this.resources));
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}
