// Public tagging API: a document (sentences of words) in, IOB2 tags out. Two passes when the model has them.
import { decodeFast, documentFeatures, staticScores } from "./decode.ts";
import { extractSentence, type SentenceFeatures } from "./features.ts";
import { NUM_TAGS, TAGS } from "./iob.ts";
import type { NerModel } from "./model.ts";

/** Class indices per sentence (see TAGS); sentences of one document share document-level evidence. */
export function tagDocumentClasses(model: NerModel, sentences: readonly (readonly string[])[]): Uint8Array[] {
  const { weights: w, rowMask, stride } = model;
  const sfs: SentenceFeatures[] = sentences.map((words) => extractSentence(words, model.lexicon, rowMask, model.cache, stride));
  const stat = sfs.map((sf) => staticScores(w, sf, stride));
  const pass1 = sfs.map((sf, s) => decodeFast(w, sf, stat[s]!, rowMask, stride, 0, null));
  if (model.passes < 2) return pass1;
  const docFns = documentFeatures(sfs, pass1, rowMask, stride);
  return sfs.map((sf, s) => decodeFast(w, sf, stat[s]!, rowMask, stride, NUM_TAGS, docFns[s]!));
}

/** IOB2 tag strings per sentence. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return tagDocumentClasses(model, sentences).map((cls) => Array.from(cls, (c) => TAGS[c]!));
}
