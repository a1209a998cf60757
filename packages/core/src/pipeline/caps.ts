// Per-sentence caps on what one document can add to the graph, so pathological text ("Smith said" 200,000 times) cannot explode it.
import type { Range } from "../schema/stages.ts";

/** Far above what news prose holds in one sentence (a busy sentence has 3–4 statements and 10–20 mentions). */
export const MAX_STATEMENTS_PER_SENTENCE = 12;
export const MAX_MENTIONS_PER_SENTENCE = 150;

/** Index of the sentence holding offset `at` (sentences sorted, disjoint); the last one before it when between two. */
function sentenceAt(sentences: readonly Range[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = sentences[mid];
    if (s !== undefined && s.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first `max` items starting in each sentence, in their order; the rest are dropped. */
export function capPerSentence<T extends { start: number }>(
  items: readonly T[],
  sentences: readonly Range[],
  max: number,
): T[] {
  if (sentences.length === 0 || items.length <= max) return items.slice();
  const counts = new Map<number, number>();
  return items.filter((x) => {
    const s = sentenceAt(sentences, x.start);
    const n = (counts.get(s) ?? 0) + 1;
    counts.set(s, n);
    return n <= max;
  });
}
