// Where the snapshot's bytes go: hashed and written in this thread, or by a worker thread on another core.
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import { AtomicFile } from "./io.ts";
import type { SinkMessage, SinkReply } from "./snapshot-worker.ts";

/**
 * The snapshot file's bytes, in order. `close` writes the trailer with the SHA-256 of everything written before it
 * (at `hashAt`), fsyncs and renames over the old snapshot; it rejects when any of that failed, and `abort` drops the
 * temp file. Bytes handed to `write` must not change afterwards (a worker may still be reading a shared view).
 */
export interface SnapshotSink {
  write(b: Uint8Array): void;
  close(trailer: Uint8Array, hashAt: number): Promise<void>;
  abort(): Promise<void>;
}

/** Everything in this thread (one job): the atomic writer and the hash, as the snapshot was always written. */
export class FileSink implements SnapshotSink {
  private readonly file: AtomicFile;
  private readonly hash = createHash("sha256");

  constructor(target: string) {
    this.file = new AtomicFile(target);
  }

  write(b: Uint8Array): void {
    this.file.writeBytes(b);
    this.hash.update(b);
  }

  close(trailer: Uint8Array, hashAt: number): Promise<void> {
    try {
      trailer.set(this.hash.digest(), hashAt);
      this.file.writeBytes(trailer);
      this.file.commit();
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  abort(): Promise<void> {
    this.file.abort();
    return Promise.resolve();
  }
}

/** Parts are posted in batches of about this many copied bytes (views of a shared buffer cost nothing to post). */
const BATCH_BYTES = 4 << 20;
const BATCH_PARTS = 4096;

const ENTRY = new URL(`./snapshot-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);

/**
 * The same bytes written by a worker thread, so hashing and writing about 100 MB (BBC + Reuters) runs on the second
 * core while this thread builds the graph. A part that is a view of a SharedArrayBuffer (the previous snapshot, read
 * into one: see readSnapshot) crosses as a view, without a copy; other parts are copied into the batch. The worker
 * replies once, to `close` or `abort`, or dies with an error: either way the promise settles, and the build goes
 * on with a warning (a snapshot not written only makes the next build slower).
 */
export class ThreadSink implements SnapshotSink {
  private readonly worker: Worker;
  private parts: Uint8Array[] = [];
  private copied: ArrayBuffer[] = [];
  private bytes = 0;
  private readonly reply: Promise<SinkReply>;

  constructor(target: string, entry: URL = ENTRY) {
    this.worker = entry.pathname.endsWith(".ts")
      ? new Worker(new URL("./pool/boot.mjs", import.meta.url), { workerData: { entry: entry.href, target } })
      : new Worker(entry, { workerData: { target } });
    this.reply = new Promise((resolve) => {
      this.worker.once("message", (r: SinkReply) => resolve(r));
      this.worker.once("error", (e) => resolve({ ok: false, message: e.message }));
      this.worker.once("exit", (code) =>
        resolve({ ok: false, message: `the snapshot thread stopped (exit code ${code})` }),
      );
    });
  }

  write(b: Uint8Array): void {
    if (b.buffer instanceof SharedArrayBuffer) this.parts.push(b);
    else {
      const copy = new Uint8Array(b);
      this.parts.push(copy);
      this.copied.push(copy.buffer);
      this.bytes += b.length;
    }
    if (this.bytes >= BATCH_BYTES || this.parts.length >= BATCH_PARTS) this.flush();
  }

  async close(trailer: Uint8Array, hashAt: number): Promise<void> {
    this.flush();
    this.post({ type: "close", trailer, hashAt });
    const r = await this.reply;
    void this.worker.terminate();
    if (!r.ok) throw new Error(r.message);
  }

  async abort(): Promise<void> {
    this.parts = [];
    this.post({ type: "abort" });
    await this.reply;
    await this.worker.terminate();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.post({ type: "parts", parts: this.parts }, this.copied);
    this.parts = [];
    this.copied = [];
    this.bytes = 0;
  }

  private post(m: SinkMessage, transfer: ArrayBuffer[] = []): void {
    try {
      this.worker.postMessage(m, transfer);
    } catch {
      // the worker is gone: its exit or error has settled the reply, which close reports
    }
  }
}
