// Worker thread: builds the model and lexicon once from the bytes the pool hands over, then extracts every batch it sends (see pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import { extractBatch, type BatchDoc } from "@newsgraph/core";
import { resourcesFromBytes, type ModelBytes } from "../resources.ts";

export interface BatchRequest {
  seq: number;
  docs: BatchDoc[];
}

/** What a worker starts with (`workerData`): the model files' uncompressed bytes, so no thread reads or gunzips them again. */
export interface WorkerInit {
  models: ModelBytes;
}

const port = parentPort;
if (!port) throw new Error("newsgraph/pool: worker.ts runs only as a worker thread; use ExtractionPool to start it");
const resources = resourcesFromBytes((workerData as WorkerInit).models);
port.on("message", (req: BatchRequest) => {
  port.postMessage({ seq: req.seq, results: extractBatch(req.docs, resources) });
});
