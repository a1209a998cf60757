// Worker thread: hashes and writes the snapshot's bytes (snapshot-sink.ts ThreadSink), off the thread building the graph.
import { parentPort, workerData } from "node:worker_threads";
import { FileSink } from "./snapshot-sink.ts";

export type SinkMessage =
  { type: "parts"; parts: Uint8Array[] } | { type: "close"; trailer: Uint8Array; hashAt: number } | { type: "abort" };
export type SinkReply = { ok: true } | { ok: false; message: string };

const port = parentPort;
if (!port) throw new Error("newsgraph/snapshot: snapshot-worker.ts runs only as a worker thread; use ThreadSink");
// the same writer and hash as a one-thread build's (FileSink), so both give the same bytes
let sink: FileSink | null = null;
// the first failure (the folder cannot be written, the disk is full) is kept and answered at close
let failure: string | null = null;
try {
  sink = new FileSink((workerData as { target: string }).target);
} catch (e) {
  failure = (e as Error).message;
}

port.on("message", (m: SinkMessage) => {
  if (m.type === "parts") {
    if (failure !== null) return;
    try {
      for (const b of m.parts) sink!.write(b);
    } catch (e) {
      failure = (e as Error).message;
    }
    return;
  }
  if (m.type === "abort") {
    void sink?.abort();
    port.postMessage({ ok: true } satisfies SinkReply);
    return;
  }
  const closed = failure === null ? sink!.close(m.trailer, m.hashAt) : Promise.reject(new Error(failure));
  closed.then(
    () => port.postMessage({ ok: true } satisfies SinkReply),
    (e: Error) => port.postMessage({ ok: false, message: e.message } satisfies SinkReply),
  );
});
