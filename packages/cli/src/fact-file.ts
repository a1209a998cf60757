// A FactStore that spills to a temporary file: each document's statements, relations and sentences wait on disk.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DocFacts, FactStore } from "@newsgraph/core";
import { CliError } from "./errors.ts";
import { decodeCarried, decodeFacts, encodeFacts, type CarriedFacts } from "./fact-bytes.ts";

/** Facts up to this many bytes of JSON stay in memory: a small build never touches the disk. */
export const SPILL_FROM_BYTES = 64 * 2 ** 20;

/**
 * Facts are kept as JSON (fact-bytes.ts: statements' anchors on a line of their own): in memory until SPILL_FROM_BYTES, then appended to a file (one document after another)
 * and read back by offset when the graph is built, in document-id order. On disk, memory keeps two numbers per
 * document. The file lives in its own folder under the system's temporary directory (TMPDIR) and `close` removes
 * it, also after a failure.
 */
export class FileFactStore implements FactStore {
  private file: { dir: string; fd: number } | null = null;
  /** JSON of facts folded in this run, or the bytes a snapshot kept (a view of the snapshot read, not a copy) */
  private readonly held = new Map<string, string | Buffer>();
  private heldBytes = 0;
  private readonly where = new Map<string, { at: number; bytes: number }>();
  private end = 0;

  constructor(
    private readonly parent = tmpdir(),
    private readonly spillFrom = SPILL_FROM_BYTES,
  ) {}

  put(docId: string, facts: DocFacts): void {
    const json = encodeFacts(facts);
    if (!this.file && this.heldBytes + json.length <= this.spillFrom) {
      this.held.set(docId, json);
      this.heldBytes += json.length;
      return;
    }
    const file = this.file ?? this.spill();
    this.append(file, docId, json);
  }

  /** Facts already as JSON bytes (a document kept from the previous build's snapshot): held as they are. */
  putBytes(docId: string, bytes: Buffer): void {
    this.held.set(docId, bytes);
  }

  take(docId: string): DocFacts {
    return decodeFacts(this.taken(docId));
  }

  /** A carried document's facts, its statements as anchors only (the rest of their bytes is never decoded). */
  takeCarried(docId: string): CarriedFacts {
    return decodeCarried(this.taken(docId));
  }

  /** A document's stored facts, forgotten by the store. */
  private taken(docId: string): string | Buffer {
    const json = this.held.get(docId);
    if (json !== undefined) {
      this.held.delete(docId);
      return json;
    }
    const bytes = this.bytes(docId);
    this.where.delete(docId);
    return bytes;
  }

  /** A document's facts as JSON bytes, left in the store (for the snapshot of this build). */
  bytes(docId: string): Buffer {
    const held = this.held.get(docId);
    if (held !== undefined) return typeof held === "string" ? Buffer.from(held, "utf8") : held;
    const w = this.where.get(docId);
    if (!w || !this.file)
      throw new Error(`newsgraph build: no facts stored for document ${docId}; each document is built once`);
    const buf = Buffer.allocUnsafe(w.bytes);
    let done = 0;
    while (done < w.bytes) {
      const n = readSync(this.file.fd, buf, done, w.bytes - done, w.at + done);
      if (n === 0)
        throw new Error(`newsgraph build: temporary file in ${this.file.dir} was cut short (document ${docId})`);
      done += n;
    }
    return buf;
  }

  /** True once the facts went to disk. */
  get spilled(): boolean {
    return this.file !== null;
  }

  /** Close and delete the file; safe to call twice. */
  close(): void {
    this.held.clear();
    if (!this.file) return;
    try {
      closeSync(this.file.fd);
    } catch {
      // already closed
    }
    rmSync(this.file.dir, { recursive: true, force: true });
  }

  /** Open the file and move what memory held into it. */
  private spill(): { dir: string; fd: number } {
    let dir: string;
    try {
      dir = mkdtempSync(path.join(this.parent, "newsgraph-build-"));
      this.file = { dir, fd: openSync(path.join(dir, "facts.json"), "w+") };
    } catch (e) {
      throw new CliError(
        `newsgraph build: cannot create a temporary file in ${this.parent} (${(e as Error).message}); set TMPDIR to a writable folder`,
        1,
      );
    }
    // bytes kept from a snapshot stay where they are: only this run's JSON counts against the limit
    for (const [id, json] of this.held) if (typeof json === "string") this.append(this.file, id, json);
    this.heldBytes = 0;
    return this.file;
  }

  private append(file: { dir: string; fd: number }, docId: string, json: string): void {
    const buf = Buffer.from(json, "utf8");
    this.held.delete(docId);
    let done = 0;
    try {
      while (done < buf.length) done += writeSync(file.fd, buf, done, buf.length - done, this.end + done);
    } catch (e) {
      throw new CliError(
        `newsgraph build: cannot write temporary file in ${file.dir} (${(e as Error).message}); free disk space or set TMPDIR to a folder with room`,
        1,
      );
    }
    this.where.set(docId, { at: this.end, bytes: buf.length });
    this.end += buf.length;
  }
}
