// Read every input into documents (or ready extraction records), reporting problems by name and carrying on.
import { readFileSync } from "node:fs";
import type { Document, ExtractionRecord } from "@newsgraph/core";
import { decodeText } from "./decode.ts";
import { htmlToArticle } from "./html.ts";
import { parseJsonl } from "./jsonl.ts";
import { expandInputs, type InputFormat, type InputSource } from "./sources.ts";

export interface InputProblem {
  path: string;
  line?: number;
  message: string;
  /** error: the input (or line) was skipped; warning: it was read, with a caveat */
  level: "error" | "warning";
}

export type InputItem =
  /** `derived`: the text is not the file's bytes (HTML), so the record must carry it */
  | { type: "document"; doc: Document; derived: boolean }
  | { type: "record"; record: ExtractionRecord };

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
  private readonly ids = new Map<string, number>();

  constructor(args: string[], private readonly opts: ReadOptions) {
    const { sources, problems, ignored } = expandInputs(args);
    this.sources = sources;
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
    let bytes: Buffer;
    try {
      bytes = src.path === "-" ? (this.opts.readStdin ?? (() => readFileSync(0)))() : readFileSync(src.path);
    } catch (e) {
      this.opts.report({ path: src.path, message: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, level: "error" });
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
      for (const item of parseJsonl(decoded.text, src.id)) {
        if (item.type === "problem") this.opts.report({ path: src.path, line: item.line, message: `${item.message}; line skipped`, level: "error" });
        else if (item.type === "record") yield { type: "record", record: { ...item.record, id: this.uniqueId(item.record.id, src.path) } };
        else yield { type: "document", doc: { ...item.doc, id: this.uniqueId(item.doc.id, src.path) }, derived: false };
      }
      return;
    }
    if (format === "html") {
      let article;
      try {
        article = htmlToArticle(decoded.text);
      } catch (e) {
        this.opts.report({ path: src.path, message: `could not parse HTML (${(e as Error).message}); skipped`, level: "error" });
        return;
      }
      yield { type: "document", doc: { ...article, id: this.uniqueId(src.id, src.path) }, derived: true };
      return;
    }
    yield { type: "document", doc: { id: this.uniqueId(src.id, src.path), text: decoded.text }, derived: false };
  }

  /** Ids must be unique in one run (graph keys build on them): a repeat gets "~2", "~3" and a warning. */
  private uniqueId(id: string, where: string): string {
    const n = (this.ids.get(id) ?? 0) + 1;
    this.ids.set(id, n);
    if (n === 1) return id;
    const renamed = `${id}~${n}`;
    this.opts.report({ path: where, message: `duplicate document id "${id}"; using "${renamed}"`, level: "warning" });
    return renamed;
  }
}
