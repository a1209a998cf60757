// Public tagging API: a document (sentences of words) in, IOB2 tags out. Two passes when the model has them.
import { decodeFast, documentFeatures, newScratch, type DocFeatureFn } from "./decode.ts";
import { decodeBeam, newBeamBuffers } from "./beam.ts";
import { CONTEXT_MAX, prepareSentence, type SentenceWords } from "./features.ts";
import { sentenceSums } from "./sums.ts";
import { NUM_TAGS, tagNames } from "./iob.ts";
import {
  enforceConsistency,
  fixOrganisationHeads,
  harmoniseChunks,
  personalGovernments,
  splitTitledNames,
} from "./consistency.ts";
import type { NerModel } from "./model.ts";
import { Int32Arena } from "./arena.ts";
import { mapPacked } from "../util/arrays.ts";

/** Int32 values per arena chunk: a news article of up to ~3,000 tokens fits in one (1 MiB) */
const ARENA_CHUNK = 1 << 18;

export interface TagOptions {
  /** document rules after decoding (surname consistency, organisation heads, titled names, same string same type); default on */
  documentRules?: boolean;
}

/** Class indices per sentence (see TAGS); sentences of one document share document-level evidence. */
export function tagDocumentClasses(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  opts: TagOptions = {},
): Uint8Array[] {
  const { weights: w, layout } = model;
  // one arena per model, reset per document: about 23 per-token values + 18 static sums per token;
  // a longer document than the chunk takes fresh chunks, which the collector frees after the call
  const arena = (model.cache.arena ??= new Int32Arena(ARENA_CHUNK));
  arena.reset();
  const ctx = new Int32Array(CONTEXT_MAX);
  const stat: Int32Array[] = [];
  const sfs: SentenceWords[] = mapPacked(sentences, (words) => {
    const ps = prepareSentence(words, model.lexicon, layout, model.cache, arena);
    stat.push(sentenceSums(ps, w, layout, model.cache, ctx, arena));
    return ps.sw;
  });
  const scratch = newScratch();
  // a structured model (trained with a beam, see structured.ts) is decoded with the same beam width
  let buffers = model.beam > 1 ? (model.cache.beam ?? null) : null;
  if (model.beam > 1 && buffers?.width !== model.beam) buffers = model.cache.beam = newBeamBuffers(model.beam);
  const decode = (sf: SentenceWords, s: number, base: number, doc: DocFeatureFn | null) =>
    buffers
      ? decodeBeam(w, sf, { stat: stat[s]!, stride: layout.stride, base }, layout, base, doc, buffers, scratch)
      : decodeFast(w, sf, stat[s]!, layout, base, doc, scratch);
  let tags = mapPacked(sfs, (sf, s) => decode(sf, s, 0, null));
  if (model.passes > 1) {
    const docFns = documentFeatures(sfs, tags, layout);
    tags = mapPacked(sfs, (sf, s) => decode(sf, s, NUM_TAGS, docFns[s]!));
  }
  if (opts.documentRules !== false) {
    enforceConsistency(sfs, tags);
    fixOrganisationHeads(sentences, tags, model.lexicon);
    splitTitledNames(sentences, tags, model.lexicon);
    personalGovernments(sentences, tags);
    harmoniseChunks(sentences, tags);
  }
  return tags;
}

/** IOB2 tag strings per sentence. */
export function tagDocument(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  opts: TagOptions = {},
): string[][] {
  return mapPacked(tagDocumentClasses(model, sentences, opts), tagNames);
}
