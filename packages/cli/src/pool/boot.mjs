// Worker bootstrap when running on TypeScript source: a worker thread does not inherit tsx's hooks, so register them here.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
