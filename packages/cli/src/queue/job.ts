// One queue job: a batch of documents in, one JSON line (or an error) per document out. zod checks both ends,
// since the data has crossed Redis and may come from another version of newsgraph.
import { z } from "zod";
import { Document, extractBatch, type Resources } from "@newsgraph/core";

export const JobData = z.object({
  run: z.string(),
  index: z.number().int().nonnegative(),
  docs: z.array(z.object({ doc: Document, withText: z.boolean() })),
});
export type JobData = z.infer<typeof JobData>;

/** `line` is the record exactly as a local `newsgraph extract` writes it, so the producer copies bytes. */
export const DocResult = z.union([z.object({ line: z.string() }), z.object({ error: z.string() })]);
export const JobResult = z.object({ results: z.array(DocResult) });
export type JobResult = z.infer<typeof JobResult>;

/**
 * The per-batch extraction run by a worker: core's extractBatch (the same call as the worker threads of a local
 * run), one document at a time with a turn of the event loop between, so BullMQ can renew the job's lock while a
 * long batch runs.
 */
export async function extractJob(data: JobData, resources: Resources): Promise<JobResult> {
  const results: JobResult["results"] = [];
  for (const d of data.docs) {
    const [r] = extractBatch([d], resources);
    results.push(r!.ok ? { line: r!.json } : { error: r!.message });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { results };
}
