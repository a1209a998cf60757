// When a build's second-core paths pay: a worker thread costs about 70 ms to start, so small builds stay in one thread.
import { existsSync, statSync } from "node:fs";

/**
 * A one-article build took 540 ms with the prestarted extraction worker and the snapshot thread, 470 ms without: the
 * rebuild's model loads early on a worker only when the previous snapshot is this big (about 800 documents), and the
 * snapshot is written on a worker only for a corpus of this many words.
 */
const PRESTART_FROM_BYTES = 4 << 20;
const SNAPSHOT_THREAD_FROM_WORDS = 200_000;

/** the tests' switch to take both threaded paths on a small invented corpus (snapshot-thread.test.ts) */
const anySize = () => process.env.NEWSGRAPH_THREADS_ANY_SIZE === "1";

/** start the extraction worker before the snapshot is read: worth it for a big previous snapshot */
export function prestartPays(jobs: number, snapshotFile: string): boolean {
  if (jobs < 2) return false;
  return anySize() || (existsSync(snapshotFile) && statSync(snapshotFile).size >= PRESTART_FROM_BYTES);
}

/** hash and write the snapshot on a worker thread: worth it for a big corpus */
export function snapshotThreadPays(jobs: number, words: number): boolean {
  return jobs > 1 && (anySize() || words >= SNAPSHOT_THREAD_FROM_WORDS);
}
