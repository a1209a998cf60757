// CLI plumbing: the streams a command talks to (injectable for tests) and atomic file output that cannot report success over a broken file.
import { closeSync, fstatSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { CliError } from "./errors.ts";
import { cleanStaleTemps, describeWriteError, tempName } from "./output.ts";

export { CliError } from "./errors.ts";
export { checkOutputDir, checkOutputTarget } from "./output.ts";

export interface OutStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  /** all of standard input, read on demand (only when an input is "-") */
  readStdin: () => Buffer;
}

/**
 * A file written to `<dir>/.<name>.<pid>.tmp` and renamed over the target on commit, so an interrupted run never
 * leaves a truncated output (rename is atomic within one filesystem, and the temp file sits in the same folder).
 * Every write is checked to the last byte, the data is fsynced and the file's size compared with what was written
 * before the rename; any failure removes the temp file, leaves the old target alone and throws a CliError naming the
 * cause (disk full, file too large). Stale temp files of killed runs are removed when the next run opens the target.
 */
export class AtomicFile {
  private fd: number | null;
  private written = 0;
  readonly tmp: string;

  constructor(readonly target: string) {
    this.tmp = tempName(target, process.pid);
    cleanStaleTemps(target);
    try {
      this.fd = openSync(this.tmp, "w");
    } catch (e) {
      throw new CliError(
        `newsgraph: cannot write ${target} (${describeWriteError(e)}); check that the folder exists and is writable`,
        1,
      );
    }
  }

  write(s: string): void {
    this.writeBytes(Buffer.from(s, "utf8"));
  }

  writeBytes(buf: Uint8Array): void {
    if (this.fd === null) throw new Error(`newsgraph: ${this.target} already closed`);
    try {
      // writeSync may write less than asked (a file size limit reached mid-buffer): loop, and let the next call fail
      for (let off = 0; off < buf.length;) {
        const n = writeSync(this.fd, buf, off, buf.length - off);
        if (n <= 0) throw Object.assign(new Error("write made no progress"), { code: "EIO" });
        off += n;
      }
    } catch (e) {
      this.fail(e);
    }
    this.written += buf.length;
  }

  commit(): void {
    if (this.fd === null) return;
    try {
      fsyncSync(this.fd);
      const size = fstatSync(this.fd).size;
      if (size !== this.written)
        throw Object.assign(new Error(`${size} bytes on disk, ${this.written} written`), { code: "ESHORT" });
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.tmp, this.target);
    } catch (e) {
      this.fail(e);
    }
    syncFolder(path.dirname(this.target));
  }

  /** Drop the temp file; the previous target (if any) is left untouched. */
  abort(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        /* closing a file we are deleting: nothing left to save */
      }
    }
    this.fd = null;
    rmSync(this.tmp, { force: true });
  }

  private fail(e: unknown): never {
    this.abort();
    throw new CliError(
      `newsgraph: could not write ${this.target}: ${describeWriteError(e)}; the previous ${this.target} (if any) was left unchanged`,
      1,
    );
  }
}

/** Make the rename itself durable (a power loss right after it must not bring the old name back); best effort. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* some filesystems refuse to fsync a folder; the data itself is already synced */
  }
}

export function writeFileAtomic(target: string, content: string): void {
  writeChunksAtomic(target, [content]);
}

/** Write chunks through the atomic writer, gathered into ~1 MiB writes; on any error the target is left untouched. */
export function writeChunksAtomic(target: string, chunks: Iterable<string | Uint8Array>): void {
  const f = new AtomicFile(target);
  try {
    writeGathered(chunks, (b) => f.writeBytes(b));
    f.commit();
  } catch (e) {
    f.abort();
    throw e;
  }
}

/** the size of the pieces `writeGathered` hands on */
const GATHER = 1 << 20;

/**
 * Chunks handed to `write` in pieces of about 1 MiB, encoded straight into one reused buffer: no joined string, no
 * buffer per run of text and no concatenation (a rebuild interleaves about 100k copied lines with their `,\n`). A
 * chunk may be bytes (lines an incremental build copies from the previous graph.json), copied in as they are, so the
 * order holds. A text chunk ending in half a surrogate pair waits for the next, so a character split across chunks
 * is encoded whole, as in one string. `write` must be done with its argument when it returns (both callers write
 * synchronously): the buffer is then filled again.
 */
export function writeGathered(chunks: Iterable<string | Uint8Array>, write: (b: Uint8Array) => void): void {
  const out = Buffer.allocUnsafe(GATHER);
  let at = 0,
    half = "";
  const flush = () => {
    if (at > 0) write(out.subarray(0, at));
    at = 0;
  };
  const text = (s: string) => {
    // a UTF-16 unit is at most three UTF-8 bytes: room checked without measuring the string
    if (s.length * 3 > GATHER - at) {
      flush();
      if (s.length * 3 > GATHER) return write(Buffer.from(s, "utf8"));
    }
    at += out.write(s, at);
  };
  for (const c of chunks) {
    if (typeof c === "string") {
      const s = half + c;
      half = "";
      const last = s.charCodeAt(s.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) half = s;
      else text(s);
      continue;
    }
    if (half) text(half);
    half = "";
    if (c.length > GATHER - at) {
      flush();
      if (c.length > GATHER) {
        write(c);
        continue;
      }
    }
    out.set(c, at);
    at += c.length;
  }
  if (half) text(half);
  flush();
}
