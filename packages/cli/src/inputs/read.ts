// Read every input into documents (or ready extraction records), reporting problems by name and carrying on.
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
  /** `derived`: the text is not the file's bytes (HTML), so the record must carry it */
  { type: "document"; doc: Document; derived: boolean } | { type: "record"; record: ExtractionRecord };

export interface ReadOptions {
  /** reads all of standard input; injectable for tests */
  readStdin?: () => Buffer;
  /** called for every problem; throwing from it stops reading (that is how --strict works) */
  report: (p: InputProblem) => void;
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

  private *jsonlItem(item: JsonlItem, src: InputSource): Generator<InputItem> {
    if (item.type === "problem")
      this.opts.report({ path: src.path, line: item.line, message: `${item.message}; line skipped`, level: "error" });
    else if (item.type === "record")
      yield { type: "record", record: { ...item.record, id: this.uniqueId(item.record.id, src.path) } };
    else yield { type: "document", doc: { ...item.doc, id: this.uniqueId(item.doc.id, src.path) }, derived: false };
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
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        this.opts.report({ path: src.path, line, message: `${decoded.error}; line skipped`, level: "error" });
        continue;
      }
      if (decoded.warning) replaced += decoded.text.split("\uFFFD").length - 1;
      const item = parseJsonlLine(decoded.text, line, src.id);
      if (item) yield* this.jsonlItem(item, src);
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
