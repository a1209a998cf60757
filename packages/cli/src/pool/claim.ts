// Which thread extracts a batch a worker has queued: the first to claim it, the worker or the pool's own thread.

/**
 * A batch is extracted by whichever thread claims it first: the worker when it starts it, or the pool's thread when it
 * takes it back. The claim is one compare-and-swap on an Int32Array the threads share, at index `seq % length`: seq + 1
 * while the batch waits, its negation once claimed. The pool keeps at most DEPTH batches per worker outstanding and
 * makes the array twice that long, so no two outstanding batches share an index.
 */
export function claim(claims: Int32Array, seq: number): boolean {
  return Atomics.compareExchange(claims, seq % claims.length, seq + 1, -(seq + 1)) === seq + 1;
}
