// Read every input into documents (or ready extraction records), reporting problems by name and carrying on.
import { hash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Document, ExtractionRecord } from "@newsgraph/core";
import { decodeText } from "./decode.ts";
import { htmlToArticle } from "./html.ts";
import { parseJsonl, parseJsonlLine, type JsonlItem } from "./jsonl.ts";
import { readFileLines, readHead } from "./lines.ts";
import { expandInputs, type InputFormat, type InputSource } from "./sources.ts";
import { DocumentIds, qualifySharedIds } from "./ids.ts";
import { sizeProblem } from "./limits.ts";

export interface InputProblem {
  path: string;
  line?: number;
  message: string;
  /** error: the input (or line) was skipped; warning: it was read, with a caveat */
  level: "error" | "warning";
}

export type InputItem =
  /** `derived`: the text is not the file's bytes (HTML), so the record must carry it; `line`: the digest of the JSONL
   * line it was read from, when that line named its id and decoded cleanly (so the line alone fixes the document) */
  | { type: "document"; doc: Document; derived: boolean; line?: string }
  | { type: "record"; record: ExtractionRecord }
  /** a JSONL line `knownLine` knew by its digest: not decoded or parsed; `id` is the id it names (and got) */
  | { type: "line"; line: string; id: string };

export interface ReadOptions {
  /** reads all of standard input; injectable for tests */
  readStdin?: () => Buffer;
  /** called for every problem; throwing from it stops reading (that is how --strict works) */
  report: (p: InputProblem) => void;
  /**
   * Whether a JSONL line is known by its digest (lineDigest), and the document id it names: such a line is yielded as
   * a `line` item without being decoded or parsed (an incremental build's snapshot knows the documents it folded).
   * Given this, document items from JSONL lines carry their line's digest.
   */
  knownLine?: (digest: string) => { id: string } | undefined;
}

/** The digest of a JSONL line's bytes: an unchanged line has the same one, so it need not be parsed again. */
export function lineDigest(bytes: Uint8Array): string {
  // one-shot: a Hash object per line cost as much as the hashing itself
  return hash("sha256", bytes, "base64");
}

export function formatProblem(p: InputProblem): string {
  return `newsgraph: ${p.level}: ${p.path}${p.line !== undefined ? `:${p.line}` : ""}: ${p.message}`;
}

/** Sniff stdin: JSON lines start with "{", markup with "<"; anything else is plain text. */
function sniff(text: string): InputFormat {
  const c = text.trimStart()[0];
  return c === "{" ? "jsonl" : c === "<" ? "html" : "text";
}

export class InputReader {
  readonly sources: InputSource[];
  /** files inside folders skipped because their extension is not an input format */
  readonly ignored: number;
  private readonly ids = new DocumentIds();

  constructor(
    args: string[],
    private readonly opts: ReadOptions,
  ) {
    const { sources, problems, ignored } = expandInputs(args);
    this.sources = qualifySharedIds(sources);
    this.ignored = ignored;
    for (const p of problems) opts.report({ ...p, level: "error" });
  }

  /** Items of every source in order; `onSource` fires after each source so callers can show progress. */
  *items(onSource?: (index: number) => void): Generator<InputItem> {
    for (let i = 0; i < this.sources.length; i++) {
      yield* this.readSource(this.sources[i]!);
      onSource?.(i);
    }
  }

  private *readSource(src: InputSource): Generator<InputItem> {
    if (src.format === "jsonl" && src.path !== "-" && !this.isUtf16(src.path)) {
      yield* this.streamJsonl(src);
      return;
    }
    const tooLarge = sizeProblem(src.path, src.format);
    if (tooLarge) return void this.opts.report({ path: src.path, message: tooLarge, level: "error" });
    let bytes: Buffer;
    try {
      bytes = src.path === "-" ? (this.opts.readStdin ?? (() => readFileSync(0)))() : readFileSync(src.path);
    } catch (e) {
      this.opts.report({
        path: src.path,
        message: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        level: "error",
      });
      return;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      this.opts.report({ path: src.path, message: `${decoded.error}; skipped`, level: "error" });
      return;
    }
    if (decoded.warning) this.opts.report({ path: src.path, message: decoded.warning, level: "warning" });
    const format = src.format ?? sniff(decoded.text);
    if (format === "jsonl") {
      for (const item of parseJsonl(decoded.text, src.id)) yield* this.jsonlItem(item, src);
      return;
    }
    if (format === "html") {
      let parsed;
      try {
        parsed = htmlToArticle(decoded.text);
      } catch (e) {
        this.opts.report({
          path: src.path,
          message: `could not parse HTML (${(e as Error).message}); skipped`,
          level: "error",
        });
        return;
      }
      const { warnings, ...article } = parsed;
      for (const w of warnings ?? []) this.opts.report({ path: src.path, message: w, level: "warning" });
      yield { type: "document", doc: { ...article, id: this.uniqueId(src.id, src.path) }, derived: true };
      return;
    }
    yield { type: "document", doc: { id: this.uniqueId(src.id, src.path), text: decoded.text }, derived: false };
  }

  private *jsonlItem(item: JsonlItem, src: InputSource, line?: string): Generator<InputItem> {
    if (item.type === "problem")
      this.opts.report({ path: src.path, line: item.line, message: `${item.message}; line skipped`, level: "error" });
    else if (item.type === "record")
      yield { type: "record", record: { ...item.record, id: this.uniqueId(item.record.id, src.path) } };
    else {
      const id = this.uniqueId(item.doc.id, src.path);
      // a renamed id is no longer the line's own
      yield {
        type: "document",
        doc: { ...item.doc, id },
        derived: false,
        ...(line && id === item.doc.id ? { line } : {}),
      };
    }
  }

  /** UTF-16 JSONL (rare) is decoded whole; everything else is streamed line by line. */
  private isUtf16(file: string): boolean {
    try {
      const h = readHead(file, 2);
      return h.length === 2 && ((h[0] === 0xff && h[1] === 0xfe) || (h[0] === 0xfe && h[1] === 0xff));
    } catch {
      return false; // the read below reports it
    }
  }

  /**
   * A JSONL file read line by line: memory stays at one chunk plus one line whatever the file's size. A line with
   * NUL bytes is skipped on its own; invalid UTF-8 is replaced and counted in one warning for the file.
   */
  private *streamJsonl(src: InputSource): Generator<InputItem> {
    let replaced = 0;
    const knownLine = this.opts.knownLine;
    const lines = readFileLines(src.path);
    for (;;) {
      let next: IteratorResult<{ bytes: Buffer; line: number }>;
      try {
        next = lines.next();
      } catch (e) {
        this.opts.report({
          path: src.path,
          message: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
          level: "error",
        });
        break;
      }
      if (next.done) break;
      const { bytes, line } = next.value;
      const digest = knownLine ? lineDigest(bytes) : undefined;
      const known = digest !== undefined ? knownLine!(digest) : undefined;
      // a known line is the document it was, unless its id is taken by now (a repeated line): then it is read anew
      let renamed: string | undefined;
      if (known) {
        const id = this.uniqueId(known.id, src.path);
        if (id === known.id) {
          yield { type: "line", line: digest!, id };
          continue;
        }
        renamed = id;
      }
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        this.opts.report({ path: src.path, line, message: `${decoded.error}; line skipped`, level: "error" });
        continue;
      }
      if (decoded.warning) replaced += decoded.text.split("\uFFFD").length - 1;
      const item = parseJsonlLine(decoded.text, line, src.id);
      if (!item) continue;
      if (renamed !== undefined && item.type === "document") {
        yield { type: "document", doc: { ...item.doc, id: renamed }, derived: false };
        continue;
      }
      // only a line that names its id and decodes cleanly is fixed by its bytes alone (a derived id depends on the
      // line's number, a replaced byte on the file's warning)
      const own =
        digest !== undefined && !decoded.warning && item.type === "document" && item.doc.id !== `${src.id}:${line}`;
      yield* this.jsonlItem(item, src, own ? digest : undefined);
    }
    if (replaced > 0)
      this.opts.report({
        path: src.path,
        message: `invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD`,
        level: "warning",
      });
  }

  /** Ids must be unique in one run (graph keys build on them): a repeat gets "~2", "~3" and a warning. */
  private uniqueId(id: string, where: string): string {
    return this.ids.take(id, (renamed) =>
      this.opts.report({ path: where, message: `duplicate document id "${id}"; using "${renamed}"`, level: "warning" }),
    );
  }
}
