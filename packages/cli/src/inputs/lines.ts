// Read a file line by line in fixed-size chunks, so a JSONL file of any size is never held in memory whole.
import { closeSync, openSync, readSync } from "node:fs";

export const CHUNK = 1 << 20;

/**
 * The bytes of each line (without "\n"), in order, with 1-based line numbers. Lines are split on the byte 0x0A,
 * which never occurs inside a multi-byte UTF-8 sequence, so each line decodes on its own. Memory is one chunk plus
 * the longest line. `readChunk` is injectable so tests can feed a stream larger than they would want to hold.
 */
export function* readLines(
  readChunk: (buf: Buffer) => number,
  chunkSize = CHUNK,
): Generator<{ bytes: Buffer; line: number }> {
  const buf = Buffer.allocUnsafe(chunkSize);
  let carry: Buffer[] = [];
  let line = 0;
  for (;;) {
    const n = readChunk(buf);
    if (n <= 0) break;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0 && nl < n; nl = buf.indexOf(10, from)) {
      const piece = buf.subarray(from, nl);
      // copy: the chunk buffer is reused by the next read
      const bytes = carry.length ? Buffer.concat([...carry, piece]) : Buffer.from(piece);
      carry = [];
      yield { bytes, line: ++line };
      from = nl + 1;
    }
    if (from < n) carry.push(Buffer.from(buf.subarray(from, n)));
  }
  if (carry.length) yield { bytes: Buffer.concat(carry), line: line + 1 };
}

/** readLines over a file path; the file is closed when the generator ends or is abandoned. */
export function* readFileLines(file: string, chunkSize = CHUNK): Generator<{ bytes: Buffer; line: number }> {
  const fd = openSync(file, "r");
  try {
    yield* readLines((buf) => readSync(fd, buf, 0, buf.length, null), chunkSize);
  } finally {
    closeSync(fd);
  }
}

/** The first bytes of a file (to sniff a UTF-16 byte-order mark before streaming). */
export function readHead(file: string, n: number): Buffer {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}
