// Test support: the NER tagger's static sums as they were before any memo, the reference the memoised paths must equal.
import { extractSentence, newWordCache } from "../../src/ner/features.ts";
import { loadNerModel } from "./resources.ts";

/** Add the weight row of every feature extractSentence lists for each word of `words` (the committed NER model). */
export function listedSums(words: string[]): number[] {
  const { weights: w, layout, lexicon } = loadNerModel();
  const S = layout.stride;
  const sf = extractSentence(words, lexicon, layout, newWordCache());
  const acc = new Array<number>(sf.n * S).fill(0);
  for (let i = 0; i < sf.n; i++)
    for (let j = sf.off[i]!; j < sf.off[i + 1]!; j++)
      for (let k = 0; k < S; k++) acc[i * S + k]! += w[sf.feats[j]! + k]!;
  return acc;
}
