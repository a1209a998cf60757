// `newsgraph worker --queue redis://…`: take extraction jobs from the BullMQ queue until stopped. Run as many as you
// like, on any machines that reach the Redis server; each loads the model once and works one job at a time.
import { UnrecoverableError, Worker } from "bullmq";
import type { Resources } from "@newsgraph/core";
import type { CliIO } from "../io.ts";
import { checkRedis, displayUrl, parseQueueUrl, QUEUE_NAME } from "./connection.ts";
import { extractJob, JobData, type JobResult } from "./job.ts";

export interface WorkerOptions {
  url: string;
  /** how long a job's lock lasts without renewal; a worker that dies mid-job gives its job back after this */
  lockMs: number;
  resources: () => Resources;
  /** resolves when the worker should stop (signals in the CLI, a call in tests) */
  until: Promise<void>;
}

export async function runWorker(io: CliIO, opts: WorkerOptions): Promise<number> {
  const connection = parseQueueUrl("worker", opts.url);
  await checkRedis("worker", opts.url, connection);
  const resources = opts.resources();
  let done = 0;
  const worker = new Worker<unknown, JobResult>(
    QUEUE_NAME,
    async (job) => {
      const data = JobData.safeParse(job.data);
      if (!data.success) {
        // retrying cannot fix it: fail at once so the producer reports the batch
        throw new UnrecoverableError(
          `newsgraph worker: job ${job.id} is not an extraction batch (${data.error.issues[0]?.message}); producer and worker must be the same newsgraph version`,
        );
      }
      io.stderr.write(`newsgraph worker: job ${job.id} started (${data.data.docs.length} documents)\n`);
      const result = await extractJob(data.data, resources);
      io.stderr.write(`newsgraph worker: job ${job.id} done\n`);
      return result;
    },
    {
      connection,
      concurrency: 1, // extraction is CPU-bound: one job per process, one process per core
      lockDuration: opts.lockMs,
      stalledInterval: opts.lockMs,
      // a job whose worker died goes back to the queue; one that kills workers repeatedly is failed, not looped
      maxStalledCount: 3,
      autorun: false,
    },
  );
  worker.on("completed", () => void done++);
  worker.on("failed", (job, e) => io.stderr.write(`newsgraph worker: job ${job?.id ?? "?"} failed: ${e.message}\n`));
  worker.on("error", (e) => io.stderr.write(`newsgraph worker: ${e.message}\n`));
  const running = worker.run();
  await worker.waitUntilReady();
  io.stderr.write(
    `newsgraph worker: waiting for jobs on ${displayUrl(opts.url)} (queue ${QUEUE_NAME}, pid ${process.pid})\n`,
  );
  await opts.until;
  await worker.close();
  await running;
  io.stderr.write(`newsgraph worker: stopped after ${done} jobs\n`);
  return 0;
}
