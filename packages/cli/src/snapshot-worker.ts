// Worker thread: hashes and writes the snapshot's bytes (snapshot-sink.ts ThreadSink), off the thread building the graph.
import { createHash } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";
import { AtomicFile } from "./io.ts";

export type SinkMessage =
  { type: "parts"; parts: Uint8Array[] } | { type: "close"; trailer: Uint8Array; hashAt: number } | { type: "abort" };
export type SinkReply = { ok: true } | { ok: false; message: string };

const port = parentPort;
if (!port) throw new Error("newsgraph/snapshot: snapshot-worker.ts runs only as a worker thread; use ThreadSink");
const hash = createHash("sha256");
let file: AtomicFile | null = null;
// the first failure (the folder cannot be written, the disk is full) is kept and answered at close
let failure: string | null = null;
try {
  file = new AtomicFile((workerData as { target: string }).target);
} catch (e) {
  failure = (e as Error).message;
}

port.on("message", (m: SinkMessage) => {
  if (m.type === "parts") {
    if (failure !== null) return;
    try {
      for (const b of m.parts) {
        file!.writeBytes(b);
        hash.update(b);
      }
    } catch (e) {
      failure = (e as Error).message;
    }
    return;
  }
  if (m.type === "abort") {
    file?.abort();
    port.postMessage({ ok: true } satisfies SinkReply);
    return;
  }
  if (failure === null)
    try {
      m.trailer.set(hash.digest(), m.hashAt);
      file!.writeBytes(m.trailer);
      file!.commit();
    } catch (e) {
      failure = (e as Error).message;
    }
  port.postMessage((failure === null ? { ok: true } : { ok: false, message: failure }) satisfies SinkReply);
});
