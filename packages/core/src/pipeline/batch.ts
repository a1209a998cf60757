// One batch of documents through the document stages: the unit of work for worker threads and job queues.
import type { Document } from "../schema/stages.ts";
import type { Resources } from "./state.ts";
import { extractDocument } from "./pipeline.ts";
import { mapPacked } from "../util/arrays.ts";

export interface BatchDoc {
  doc: Document;
  /** put the text on the record (HTML-derived documents, `--with-text`) */
  withText: boolean;
}

/**
 * A record travels as its JSON line (what `extract` writes and the cache stores): one string is cheaper to pass
 * between threads than an object tree, and the caller that needs the object parses it once.
 * A document whose extraction throws comes back as `ok: false` with the message, so one bad document never
 * costs the rest of its batch.
 */
export type BatchResult = { ok: true; id: string; json: string } | { ok: false; id: string; message: string };

/**
 * The library's code root (src/ on source, its compiled twin when built): every stage, rule and word list lives below
 * it, so a hash of it versions the extractor (see the CLI's extraction cache).
 */
// `here` first: Vite rewrites a literal `new URL("…", import.meta.url)` into a bundled asset, and a bundle that kept this
// line shipped core's src/index.ts as one (the CLI's pack test caught it)
const here = import.meta.url;
export const EXTRACTOR_CODE_ROOT = new URL("../", here).href;

export function extractBatch(docs: readonly BatchDoc[], res: Resources): BatchResult[] {
  return mapPacked(docs, ({ doc, withText }) => {
    try {
      return { ok: true, id: doc.id, json: JSON.stringify(extractDocument(doc, res, { withText })) };
    } catch (e) {
      return { ok: false, id: doc.id, message: e instanceof Error ? e.message : String(e) };
    }
  });
}
