// Worker thread: builds the model and lexicon once from the bytes the pool hands over, then extracts every batch it sends (see pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import { extractBatch, type BatchDoc, type SharedWordBuffers } from "@newsgraph/core";
import { resourcesFromBytes, type ModelBytes } from "../resources.ts";
import { claim } from "./claim.ts";

export interface BatchRequest {
  seq: number;
  /** the batch's number among those posted to this worker, its place in `claims` */
  claim: number;
  docs: BatchDoc[];
}

/** What a worker starts with (`workerData`): the model files' uncompressed bytes, so no thread reads or gunzips them again. */
export interface WorkerInit {
  models: ModelBytes;
  /** shared with the pool, this worker's own: a batch is extracted by whichever thread claims it first (see claim.ts) */
  claims: Int32Array;
  /** the NER word memo every extraction thread shares (a word's rows computed once per process, not per thread) */
  words?: SharedWordBuffers;
}

const port = parentPort;
if (!port) throw new Error("newsgraph/pool: worker.ts runs only as a worker thread; use ExtractionPool to start it");
const init = workerData as WorkerInit;
const resources = resourcesFromBytes(init.models, init.words);
port.on("message", (req: BatchRequest) => {
  // a batch the pool's thread took back is answered at once, with no results: that thread resolves it
  const mine = claim(init.claims, req.claim);
  port.postMessage({ seq: req.seq, results: mine ? extractBatch(req.docs, resources) : null });
});
