// The snapshot's bytes: read whole into shared memory, and their SHA-256, on a worker thread while this one parses them.
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { Worker } from "node:worker_threads";

/** Beyond this the worker is given up on and this thread hashes (the worker died, or the machine is very busy). */
const WAIT_MS = 20_000;

// plain CommonJS evaluated as a worker (no file, so the same under tsx and dist): hash, store, wake the waiter
const HASHER = `
const { workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { bytes, end, out, flag } = workerData;
let state = 2;
try {
  new Uint8Array(out).set(createHash("sha256").update(new Uint8Array(bytes, 0, end)).digest());
  state = 1;
} finally {
  Atomics.store(flag, 0, state);
  Atomics.notify(flag, 0);
}`;

/**
 * The SHA-256 of the first `end` bytes of `buf`, as a function that hands it over when asked. `aside`: started now on
 * a worker thread (a buffer over the start of a SharedArrayBuffer, which the worker reads in place), so asking blocks
 * only for what is left of it (Atomics.wait); a worker that cannot start, fails or is too slow leaves the hash to
 * this thread, so the answer is always the digest of those bytes.
 */
export function snapshotDigest(buf: Buffer, end: number, aside: boolean): () => Buffer {
  const here = () => createHash("sha256").update(buf.subarray(0, end)).digest();
  // the worker hashes the shared memory from its start: anything else is hashed here
  if (!aside || !(buf.buffer instanceof SharedArrayBuffer) || buf.byteOffset !== 0) return here;
  const out = new SharedArrayBuffer(32);
  const flag = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker;
  try {
    worker = new Worker(HASHER, {
      eval: true,
      workerData: { bytes: buf.buffer, end, out, flag },
    });
  } catch {
    return here;
  }
  worker.unref(); // never keeps the process alive
  worker.on("error", () => {}); // a failure is seen through the flag (or the wait's end), not as an uncaught error
  let digest: Buffer | null = null;
  return () => {
    if (digest) return digest;
    if (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, WAIT_MS);
    digest = Atomics.load(flag, 0) === 1 ? Buffer.from(new Uint8Array(out).slice()) : here();
    void worker.terminate();
    return digest;
  };
}

/**
 * The whole file in a SharedArrayBuffer: the kept documents' bytes are views of it, and a snapshot written on a
 * worker thread (ThreadSink) reads them from the same memory instead of a copy.
 */
export function readShared(file: string): Buffer {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.from(new SharedArrayBuffer(size));
    for (let done = 0; done < size;) {
      const n = readSync(fd, buf, done, size - done, done);
      if (n === 0) break; // cut short while read: readSnapshot's trailer check says so
      done += n;
    }
    return buf;
  } finally {
    closeSync(fd);
  }
}
