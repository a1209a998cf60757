// One queue job: a batch of documents in, one JSON line (or an error) per document out. zod checks both ends,
// since the data has crossed Redis and may come from another version of newsgraph.
import { z } from "zod";
import { Document, extractDocument, type Resources } from "@newsgraph/core";

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
 * The per-batch extraction run by a worker: the one call to replace with core's batch extraction when it lands.
 * It yields to the event loop between documents so BullMQ can renew the job's lock while a batch runs.
 */
export async function extractJob(data: JobData, resources: Resources): Promise<JobResult> {
  const results: JobResult["results"] = [];
  for (const { doc, withText } of data.docs) {
    try {
      results.push({ line: JSON.stringify(extractDocument(doc, resources, { withText })) });
    } catch (e) {
      results.push({ error: (e as Error).message });
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { results };
}
