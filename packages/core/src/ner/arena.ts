// Int32 memory for one document's sentence features and scores: a few chunk allocations instead of several per sentence.

/**
 * Profiles showed `new Int32Array` per sentence (each one a separate zeroed backing store) as a visible cost of the
 * tagger. Blocks are carved from fresh chunks and memory is never reused, so every block starts zeroed, exactly like
 * `new Int32Array(len)`. The tagger keeps one arena per model (in its memo) and `reset`s it for each document: one
 * allocation per chunk instead of one per document spared the garbage collector about a tenth of the tagging time.
 */
export class Int32Arena {
  private buf: Int32Array;
  private used = 0;

  constructor(private readonly chunk: number) {
    this.buf = new Int32Array(chunk);
  }

  alloc(len: number): Int32Array {
    if (this.used + len > this.buf.length) {
      this.buf = new Int32Array(Math.max(this.chunk, len));
      this.used = 0;
    }
    const block = this.buf.subarray(this.used, this.used + len);
    this.used += len;
    return block;
  }

  /** Forget every block (their contents are zeroed, so blocks handed out later start zeroed as before). */
  reset(): void {
    this.buf.fill(0, 0, this.used);
    this.used = 0;
  }

  /** Give back the unwritten end of the most recent block (still zero), keeping its first `keep` values. */
  trim(block: Int32Array, keep: number): void {
    if (block.buffer === this.buf.buffer && block.byteOffset / 4 + block.length === this.used)
      this.used -= block.length - keep;
  }
}

/** `new Int32Array(len)`, or a block of the arena when there is one. */
export function int32s(arena: Int32Arena | undefined, len: number): Int32Array {
  return arena ? arena.alloc(len) : new Int32Array(len);
}
