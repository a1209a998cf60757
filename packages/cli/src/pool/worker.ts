// Worker thread: loads the model and lexicon once, then extracts every batch the pool sends (see pool.ts).
import { parentPort } from "node:worker_threads";
import { extractBatch, type BatchDoc } from "@newsgraph/core";
import { loadDefaultResources } from "../resources.ts";

export interface BatchRequest {
  seq: number;
  docs: BatchDoc[];
}

const port = parentPort;
if (!port) throw new Error("newsgraph/pool: worker.ts runs only as a worker thread; use ExtractionPool to start it");
const resources = loadDefaultResources();
port.on("message", (req: BatchRequest) => {
  port.postMessage({ seq: req.seq, results: extractBatch(req.docs, resources) });
});
