// `newsgraph extract --queue redis://…`: read the inputs, enqueue one BullMQ job per batch of documents, and write
// the workers' records in input order, byte for byte what a local run writes.
import { randomUUID } from "node:crypto";
import { Queue, QueueEvents } from "bullmq";
import type { Document } from "@newsgraph/core";
import { AtomicFile, CliError, type CliIO } from "../io.ts";
import { InputReader, formatProblem, type InputProblem } from "../inputs/read.ts";
import { countWords, problemCounts, Progress, summaryLine, type RunStats } from "../progress.ts";
import { checkRedis, displayUrl, parseQueueUrl, QUEUE_NAME } from "./connection.ts";
import { JobResult, type JobData } from "./job.ts";

export interface QueueExtractOptions {
  url: string;
  output?: string;
  strict: boolean;
  withText: boolean;
  /** documents per job */
  batch: number;
  /** jobs queued ahead of the output; bounds the producer's memory */
  window: number;
}

type Doc = { doc: Document; withText: boolean };
/** What one slot of the output resolves to: ready lines, or a batch's results (or its failure). */
type Outcome = { lines: string[] } | { docs: Doc[]; result?: JobResult; failed?: string };

export async function extractViaQueue(inputs: string[], io: CliIO, opts: QueueExtractOptions): Promise<number> {
  if (inputs.length === 0)
    throw new CliError("newsgraph extract: no inputs given; pass files, folders, .jsonl files or - for stdin");
  const connection = parseQueueUrl("extract", opts.url);
  await checkRedis("extract", opts.url, connection);
  const t0 = Date.now();
  const run = randomUUID();
  const queue = new Queue(QUEUE_NAME, { connection });
  queue.setMaxListeners(0); // one listener per job waiting in the window
  const events = new QueueEvents(QUEUE_NAME, { connection });
  events.setMaxListeners(0);
  // ioredis reconnects by itself; say once that Redis went away, so a stalled run is not silent
  let warned = false;
  const onError = (e: Error) => {
    if (!warned)
      io.stderr.write(
        `newsgraph extract: warning: Redis connection trouble (${e.message}); waiting for it to come back\n`,
      );
    warned = true;
  };
  queue.on("error", onError);
  events.on("error", onError);
  await events.waitUntilReady();

  const file = opts.output && opts.output !== "-" ? new AtomicFile(opts.output) : null;
  const write = (s: string) => (file ? file.write(s) : io.stdout.write(s));
  const problems: InputProblem[] = [];
  const report = (p: InputProblem) => {
    problems.push(p);
    io.stderr.write(`${io.stderr.isTTY ? "\r\x1b[K" : ""}${formatProblem(p)}\n`);
    if (opts.strict) throw new CliError(`newsgraph: stopped at the first problem (--strict)`, 1);
  };
  let jobs = 0;
  let count = 0;
  let words = 0;

  /** Adds one job and resolves with its outcome; never rejects, so a slot waiting in the window is safe. */
  const submit = async (docs: Doc[]): Promise<Outcome> => {
    const index = jobs++;
    const data: JobData = { run, index, docs };
    try {
      // the job id makes a re-added batch the same job; attempts cover a worker that throws, stalled-job
      // detection a worker that dies (its lock expires and another worker takes the job)
      const job = await queue.add("extract", data, {
        jobId: `${run}-${index}`,
        attempts: 3,
        backoff: { type: "fixed", delay: 1000 },
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
      const raw: unknown = await job.waitUntilFinished(events);
      const parsed = JobResult.safeParse(typeof raw === "string" ? JSON.parse(raw) : raw);
      if (!parsed.success || parsed.data.results.length !== docs.length) {
        return {
          docs,
          failed: "the worker returned a malformed result; are producer and workers the same newsgraph version?",
        };
      }
      await job.remove().catch(() => {}); // collected: the results are in our output now
      return { docs, result: parsed.data };
    } catch (e) {
      return { docs, failed: (e as Error).message };
    }
  };

  const emit = (o: Outcome) => {
    if ("lines" in o) {
      for (const line of o.lines) write(line + "\n");
      count += o.lines.length;
      return;
    }
    o.docs.forEach(({ doc }, i) => {
      const r = o.result?.results[i];
      if (r && "line" in r) {
        write(r.line + "\n");
        count++;
      } else if (r)
        report({
          path: doc.id,
          message: `extraction failed (${r.error}); skipped — please report this as a bug`,
          level: "error",
        });
      else
        report({
          path: doc.id,
          message: `extraction job failed on the queue (${o.failed}); skipped — check the workers' output`,
          level: "error",
        });
    });
  };

  const reader = new InputReader(inputs, { readStdin: io.readStdin, report });
  const progress = new Progress(io.stderr, reader.sources.length, "newsgraph");
  const slots: Promise<Outcome>[] = [];
  let batch: Doc[] = [];
  const flushBatch = () => {
    if (batch.length > 0) slots.push(submit(batch));
    batch = [];
  };
  io.stderr.write(
    `newsgraph extract: queueing on ${displayUrl(opts.url)} (queue ${QUEUE_NAME}, run ${run}); start workers with newsgraph worker --queue ${displayUrl(opts.url)}\n`,
  );
  try {
    for (const item of reader.items((i) => progress.update(i + 1, i + 1 === reader.sources.length))) {
      if (item.type === "record") {
        flushBatch(); // keep input order: the documents before this record go first
        if (item.record.text !== undefined) words += countWords(item.record.text);
        slots.push(Promise.resolve({ lines: [JSON.stringify(item.record)] }));
      } else if (item.type === "document") {
        words += countWords(item.doc.text);
        batch.push({ doc: item.doc, withText: opts.withText || item.derived });
        if (batch.length >= opts.batch) flushBatch();
      }
      while (slots.length > opts.window) emit(await slots.shift()!);
    }
    flushBatch();
    while (slots.length > 0) emit(await slots.shift()!);
    file?.commit();
  } catch (e) {
    file?.abort();
    throw e;
  } finally {
    progress.finish();
    await Promise.allSettled(slots); // no job promise left dangling when --strict stops early
    await events.close();
    await queue.close();
  }
  const stats: RunStats = {
    documents: count,
    words,
    sources: reader.sources.length,
    ...problemCounts(problems),
    ms: Date.now() - t0,
  };
  io.stderr.write(
    summaryLine("extracted", stats) + ` in ${jobs} queue jobs` + (file ? ` → ${opts.output}` : "") + "\n",
  );
  return stats.errors > 0 ? 1 : 0;
}
