// One extraction run over the command-line inputs, shared by `extract` and `build`: read, extract, report, summarise.
import type { ExtractionRecord } from "@newsgraph/core";
import type { Resources } from "@newsgraph/core";
import { extractDocument } from "@newsgraph/core";
import { CliError, type CliIO } from "./io.ts";
import { InputReader, formatProblem, type InputProblem } from "./inputs/read.ts";
import { countWords, Progress, summaryLine, type RunStats } from "./progress.ts";

export interface SessionOptions {
  strict: boolean;
  /** put `text` on every record (it is always there for HTML-derived documents) */
  withText: boolean;
  resources: Resources;
  /** called with each record as soon as it is made (streaming output) */
  onRecord?: (r: ExtractionRecord) => void;
  /** keep records and texts in memory for the graph */
  collect: boolean;
}

export interface SessionResult {
  records: ExtractionRecord[];
  texts: Map<string, string>;
  stats: RunStats;
  problems: InputProblem[];
}

export function runExtraction(args: string[], io: CliIO, opts: SessionOptions): SessionResult {
  if (args.length === 0) throw new CliError("newsgraph: no inputs given; pass files, folders, .jsonl files or - for stdin");
  const t0 = Date.now();
  const problems: InputProblem[] = [];
  const report = (p: InputProblem) => {
    problems.push(p);
    io.stderr.write(`${progressClear(io)}${formatProblem(p)}\n`);
    if (opts.strict) throw new CliError(`newsgraph: stopped at the first problem (--strict)`, 1);
  };
  const reader = new InputReader(args, { readStdin: io.readStdin, report });
  const progress = new Progress(io.stderr, reader.sources.length, "newsgraph");
  const records: ExtractionRecord[] = [];
  const texts = new Map<string, string>();
  let words = 0;
  let count = 0;
  try {
    for (const item of reader.items((i) => progress.update(i + 1, i + 1 === reader.sources.length))) {
      let rec: ExtractionRecord;
      if (item.type === "record") {
        rec = item.record;
        if (rec.text !== undefined) words += countWords(rec.text);
      } else {
        words += countWords(item.doc.text);
        try {
          rec = extractDocument(item.doc, opts.resources, { withText: opts.withText || item.derived });
        } catch (e) {
          report({ path: item.doc.id, message: `extraction failed (${(e as Error).message}); skipped — please report this as a bug`, level: "error" });
          continue;
        }
        if (opts.collect) texts.set(rec.id, item.doc.text);
      }
      count++;
      opts.onRecord?.(rec);
      if (opts.collect) records.push(rec);
    }
  } finally {
    progress.finish();
  }
  const stats: RunStats = {
    documents: count,
    words,
    sources: reader.sources.length,
    errors: problems.filter((p) => p.level === "error").length,
    warnings: problems.filter((p) => p.level === "warning").length,
    ms: Date.now() - t0,
  };
  return { records, texts, stats, problems };
}

function progressClear(io: CliIO): string {
  return io.stderr.isTTY ? "\r\x1b[K" : "";
}

export { summaryLine };
