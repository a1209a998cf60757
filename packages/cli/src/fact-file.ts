// A FactStore on a temporary file: each document's statements, relations and sentences wait on disk, not in memory.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DocFacts, FactStore } from "@newsgraph/core";
import { CliError } from "./errors.ts";

/**
 * Facts are appended as JSON (one document after another) and read back by offset when the graph is built, in
 * document-id order. Memory keeps two numbers per document; the file lives in its own folder under the system's
 * temporary directory (TMPDIR) and is removed by `close`, also after a failure.
 */
export class FileFactStore implements FactStore {
  private readonly dir: string;
  private readonly fd: number;
  private readonly where = new Map<string, { at: number; bytes: number }>();
  private end = 0;

  constructor(parent = tmpdir()) {
    try {
      this.dir = mkdtempSync(path.join(parent, "newsgraph-build-"));
      this.fd = openSync(path.join(this.dir, "facts.json"), "w+");
    } catch (e) {
      throw new CliError(
        `newsgraph build: cannot create a temporary file in ${parent} (${(e as Error).message}); set TMPDIR to a writable folder`,
        1,
      );
    }
  }

  put(docId: string, facts: DocFacts): void {
    const buf = Buffer.from(JSON.stringify(facts), "utf8");
    let done = 0;
    try {
      while (done < buf.length) done += writeSync(this.fd, buf, done, buf.length - done, this.end + done);
    } catch (e) {
      throw new CliError(
        `newsgraph build: cannot write temporary file in ${this.dir} (${(e as Error).message}); free disk space or set TMPDIR to a folder with room`,
        1,
      );
    }
    this.where.set(docId, { at: this.end, bytes: buf.length });
    this.end += buf.length;
  }

  take(docId: string): DocFacts {
    const w = this.where.get(docId);
    if (!w) throw new Error(`newsgraph build: no facts stored for document ${docId}; each document is built once`);
    this.where.delete(docId);
    const buf = Buffer.allocUnsafe(w.bytes);
    let done = 0;
    while (done < w.bytes) {
      const n = readSync(this.fd, buf, done, w.bytes - done, w.at + done);
      if (n === 0) throw new Error(`newsgraph build: temporary file in ${this.dir} was cut short (document ${docId})`);
      done += n;
    }
    return JSON.parse(buf.toString("utf8")) as DocFacts;
  }

  /** Close and delete the file; safe to call twice. */
  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
