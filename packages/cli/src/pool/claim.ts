// Which thread extracts a batch a worker has queued: the first to claim it, the worker or the pool's own thread.

/**
 * A batch is extracted by whichever thread claims it first: the worker when it starts it, or the pool's thread when it
 * takes it back. The claim is one compare-and-swap on an Int32Array the pool shares with that worker, at index
 * `n % length`, where n numbers the batches posted to that worker: n + 1 while the batch waits, its negation once
 * claimed. The pool keeps at most DEPTH batches per worker outstanding, n consecutive, and makes the array twice that
 * long, so no two outstanding batches share an index. (Numbering by the pool's own sequence would not do: with several
 * workers, one that is slow can hold a batch while the others take enough newer ones to come round to its index.)
 */
export function claim(claims: Int32Array, n: number): boolean {
  return Atomics.compareExchange(claims, n % claims.length, n + 1, -(n + 1)) === n + 1;
}
