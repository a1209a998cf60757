// One extraction run over the command-line inputs, shared by `extract` and `build`: read, extract, report, summarise.
import { createHash } from "node:crypto";
import type { Document, ExtractionRecord } from "@newsgraph/core";
import type { Resources } from "@newsgraph/core";
import type { BatchDoc } from "@newsgraph/core";
import { CliError, type CliIO } from "./io.ts";
import { InputReader, formatProblem, type InputItem, type InputProblem } from "./inputs/read.ts";
import { countWords, problemCounts, Progress, summaryLine, type RunStats } from "./progress.ts";
import { Extractor } from "./pool/extractor.ts";
import type { ExtractionCache } from "./cache.ts";

export interface SessionOptions {
  strict: boolean;
  /** put `text` on every record (it is always there for HTML-derived documents) */
  withText: boolean;
  /** the model and lexicon for extraction in this thread; called only if that happens (workers load their own) */
  resources: () => Resources;
  /** worker threads; 1 extracts in this thread. Output is the same bytes whatever the number. */
  jobs: number;
  /** serve unchanged documents from here and store new ones; null: extract everything */
  cache: ExtractionCache | null;
  /** called with each record's JSON line, in input order, as soon as its batch is done (streaming output), and the
   * document's text when this run read it (a ready record from a JSONL file carries its own, if any) */
  onRecord?: (json: string, text: string | undefined, key: string | null) => void;
  /** documents whose content key this says is known (an incremental build's snapshot) are not read from the cache
   * or extracted: `onKnown` gets the key instead of a record, in input order like the records */
  known?: (key: string) => boolean;
  onKnown?: (key: string) => void;
  /**
   * JSONL lines the snapshot knows by their digest (inputs/read.ts lineDigest), with the document's id, content key
   * and word count: such a line is a known document without being decoded, parsed or hashed again. `seen` hears the
   * digest, key and words of every other document read from a line that fixes it, for the next snapshot.
   */
  lines?: {
    known: (digest: string) => { id: string; key: string; words: number } | undefined;
    seen: (key: string, digest: string, words: number) => void;
  };
  /** keep records and texts in memory for the graph */
  collect: boolean;
  /**
   * the extractor to use, made (and its worker started: Extractor.prestart) by the caller before it read a snapshot,
   * so the model loads on another core meanwhile; by default one is made here
   */
  extractor?: Extractor;
}

export interface SessionResult {
  records: ExtractionRecord[];
  texts: Map<string, string>;
  stats: RunStats & { cached: number; threads: number };
  problems: InputProblem[];
}

/** A batch holds at most this many documents or characters: small enough to keep memory flat, big enough to keep threads busy. */
export const BATCH_DOCS = 64;
export const BATCH_CHARS = 256 * 1024;

type Entry =
  | { type: "ready"; json: string; record?: ExtractionRecord; text?: string; id: string; key: string | null }
  | { type: "doc"; doc: Document; withText: boolean; key: string | null }
  | { type: "known"; key: string };

export async function runExtraction(args: string[], io: CliIO, opts: SessionOptions): Promise<SessionResult> {
  if (opts.known && (!opts.onKnown || opts.collect))
    throw new Error("newsgraph/session: known documents need onKnown and cannot be collected");
  if (args.length === 0)
    throw new CliError("newsgraph: no inputs given; pass files, folders, .jsonl files or - for stdin");
  const t0 = Date.now();
  const problems: InputProblem[] = [];
  const report = (p: InputProblem) => {
    problems.push(p);
    io.stderr.write(`${progressClear(io)}${formatProblem(p)}\n`);
    if (opts.strict) throw new CliError(`newsgraph: stopped at the first problem (--strict)`, 1);
  };
  // the line digests stand for content keys made without the text on the record (withText false, as build reads)
  const lines = opts.known && !opts.withText ? opts.lines : undefined;
  const reader = new InputReader(args, {
    readStdin: io.readStdin,
    report,
    ...(lines ? { knownLine: lines.known } : {}),
  });
  const progress = new Progress(io.stderr, reader.sources.length, "newsgraph");
  const records: ExtractionRecord[] = [];
  const texts = new Map<string, string>();
  const cache = opts.cache;
  let words = 0;
  let count = 0;
  let cached = 0;
  let threads: number;

  const entryOf = (item: InputItem): Entry => {
    if (item.type === "record") {
      if (item.record.text !== undefined) words += countWords(item.record.text);
      const json = JSON.stringify(item.record);
      // a ready record is keyed by its own bytes, so a snapshot can keep it too
      const key = opts.known ? recordKey(json) : null;
      if (key !== null && opts.known!(key)) return { type: "known", key };
      return { type: "ready", json, record: item.record, id: item.record.id, key };
    }
    if (item.type === "line") {
      const known = lines!.known(item.line)!;
      words += known.words;
      cached++;
      return { type: "known", key: known.key };
    }
    const n = countWords(item.doc.text);
    words += n;
    const withText = opts.withText || item.derived;
    const key = cache ? cache.key(item.doc, withText) : null;
    if (key !== null && item.line !== undefined) lines?.seen(key, item.line, n);
    if (key !== null && opts.known?.(key)) {
      cached++;
      return { type: "known", key };
    }
    const hit = key !== null ? cache!.get(key) : undefined;
    if (hit !== undefined) {
      cached++;
      return { type: "ready", json: hit, text: item.doc.text, id: item.doc.id, key };
    }
    return { type: "doc", doc: item.doc, withText, key };
  };

  function* batches(): Generator<Entry[]> {
    let batch: Entry[] = [];
    let chars = 0,
      docs = 0;
    for (const item of reader.items((i) => progress.update(i + 1, i + 1 === reader.sources.length))) {
      const e = entryOf(item);
      batch.push(e);
      // known documents are a key each and need no thread: ten new articles among 21k known ones are one batch,
      // extracted here rather than by threads that would first load the model
      if (e.type === "known") continue;
      docs++;
      chars += e.type === "doc" ? e.doc.text.length : 0;
      if (docs >= BATCH_DOCS || chars >= BATCH_CHARS) {
        yield batch;
        batch = [];
        chars = 0;
        docs = 0;
      }
    }
    if (batch.length) yield batch;
  }

  const extractor = opts.extractor ?? new Extractor(opts.resources);
  const run = async (batch: Entry[]) => {
    const todo: BatchDoc[] = [];
    for (const e of batch) if (e.type === "doc") todo.push({ doc: e.doc, withText: e.withText });
    return { batch, results: await extractor.run(todo) };
  };
  const emit = ({ batch, results }: Awaited<ReturnType<typeof run>>) => {
    let r = 0;
    for (const e of batch) {
      let json: string;
      let text: string | undefined;
      if (e.type === "known") {
        count++;
        opts.onKnown!(e.key);
        continue;
      }
      if (e.type === "ready") {
        json = e.json;
        text = e.text;
      } else {
        const res = results[r++]!;
        if (!res.ok) {
          report({
            path: e.doc.id,
            message: `extraction failed (${res.message}); skipped — please report this as a bug`,
            level: "error",
          });
          continue;
        }
        json = res.json;
        text = e.doc.text;
        if (e.key !== null) cache!.put(e.key, json);
      }
      count++;
      opts.onRecord?.(json, text, e.key);
      if (opts.collect) {
        const rec = e.type === "ready" && e.record ? e.record : (JSON.parse(json) as ExtractionRecord);
        records.push(rec);
        if (text !== undefined) texts.set(rec.id, text);
      }
    }
  };

  try {
    const source = batches();
    const first = source.next();
    const second = first.done ? first : source.next();
    // a run that fits in one batch is over before threads would have loaded their model
    if (!second.done) extractor.parallel(opts.jobs);
    const window = extractor.window;
    const pending: { result: ReturnType<typeof run>; settled: boolean }[] = [];
    const emitOldest = async () => {
      const oldest = pending.shift()!;
      // rather than wait for a worker, this thread extracts a batch some worker has queued but not started
      while (!oldest.settled && extractor.helpOut()) await nextTurn();
      emit(await oldest.result);
    };
    const started = [first, second].flatMap((x) => (x.done ? [] : [x.value]));
    for (const batch of chain(started, source)) {
      // a turn of the event loop first, so the workers' answers are in before the pool decides whether this thread
      // extracts the batch (without it, a wide window let this thread take every batch while the workers idled)
      if (extractor.pooled) await nextTurn();
      // with nothing before it in flight, the batch's leading known documents need no extraction: they are handed on
      // while its documents are extracted (a rebuild's 21k known ones while a worker extracts the ten new ones)
      const ahead = pending.length === 0 ? knownPrefix(batch) : 0;
      const entry = { result: run(ahead > 0 ? batch.slice(ahead) : batch), settled: false };
      // settle rejections early so an unhandled rejection never ends the process before we report it
      const settle = () => void (entry.settled = true);
      entry.result.then(settle, settle);
      pending.push(entry);
      if (ahead > 0) emit({ batch: batch.slice(0, ahead), results: [] });
      if (pending.length >= window) await emitOldest();
    }
    while (pending.length) await emitOldest();
  } finally {
    progress.finish();
    threads = extractor.threads;
    await extractor.close();
  }
  if (cache?.writeError) io.stderr.write(`${cache.writeError}\n`);
  const stats = {
    documents: count,
    words,
    sources: reader.sources.length,
    ...problemCounts(problems),
    ms: Date.now() - t0,
    cached,
    threads,
  };
  return { records, texts, stats, problems };
}

/** The content key of a ready extraction record: its JSON line (a document's key hashes its text instead). */
function recordKey(json: string): string {
  return `record:${createHash("sha256").update(json).digest("hex")}`;
}

/** How many entries at the start of `batch` are known documents. */
function knownPrefix(batch: Entry[]): number {
  let n = 0;
  while (n < batch.length && batch[n]!.type === "known") n++;
  return n;
}

/** Resolves after the event loop has handled what is waiting (messages from worker threads among it). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function* chain<T>(head: T[], rest: Iterator<T>): Generator<T> {
  yield* head;
  for (let n = rest.next(); !n.done; n = rest.next()) yield n.value;
}

function progressClear(io: CliIO): string {
  return io.stderr.isTTY ? "\r\x1b[K" : "";
}

export { summaryLine };
