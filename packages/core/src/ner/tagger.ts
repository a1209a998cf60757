// Public tagging API: a document (sentences of words) in, IOB2 tags out. Two passes when the model has them.
import { decodeSentence, documentFeatures } from "./decode.ts";
import { extractSentence, type SentenceFeatures } from "./features.ts";
import { TAGS } from "./iob.ts";
import type { NerModel } from "./model.ts";

/** Class indices per sentence (see TAGS); sentences of one document share document-level evidence. */
export function tagDocumentClasses(model: NerModel, sentences: readonly (readonly string[])[]): Uint8Array[] {
  const sfs: SentenceFeatures[] = sentences.map((words) => extractSentence(words, model.lexicon, model.rowMask));
  const pass1 = sfs.map((sf) => decodeSentence(model.passes[0]!, sf, model.rowMask, null));
  if (model.passes.length < 2) return pass1;
  const docFns = documentFeatures(sfs, pass1, model.rowMask);
  return sfs.map((sf, s) => decodeSentence(model.passes[1]!, sf, model.rowMask, docFns[s]!));
}

/** IOB2 tag strings per sentence. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return tagDocumentClasses(model, sentences).map((cls) => Array.from(cls, (c) => TAGS[c]!));
}
