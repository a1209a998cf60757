// Which sentences the tagger runs on: only those with a free word that was a cue somewhere in its training data.
import type { Token } from "../../schema/stages.ts";
import { CUES } from "../lexicon.ts";
import { roleOf } from "./tags.ts";
import { lowerAsciiQuotes } from "../../util/letters.ts";

/** The form a word is looked up in the cue vocabulary by (lower case, typographic quotes as ASCII). */
export const cueKey: (word: string) => string = lowerAsciiQuotes;

/**
 * The words that begin a cue in the gold tags of the training sentences in at least `minRate` of their occurrences,
 * plus the cue lexicon's words. A tagged attribution needs a cue on a word the rules left free, and the tagger's cues
 * begin with words it was trained on as cue heads; `the` or `,` begin a cue too rarely to be worth a sentence's tagging
 * (train cross-validation chooses `minRate` and measures what the gate loses).
 */
export function cueVocabulary(
  docs: Iterable<{ tokens: readonly Token[]; gold: Uint8Array }>,
  minRate: number,
): string[] {
  const seen = new Map<string, number>();
  const begins = new Map<string, number>();
  for (const { tokens, gold } of docs)
    tokens.forEach((tok, t) => {
      const k = cueKey(tok.text);
      seen.set(k, (seen.get(k) ?? 0) + 1);
      if (roleOf(gold[t] ?? 0) === "cue" && (t === 0 || roleOf(gold[t - 1] ?? 0) !== "cue"))
        begins.set(k, (begins.get(k) ?? 0) + 1);
    });
  const out = new Set<string>(CUES.keys());
  for (const [k, n] of begins) if (n / (seen.get(k) ?? n) >= minRate) out.add(k);
  return [...out].sort();
}

/** True when a sentence holds a word of the vocabulary that no rule's frame or claim covers (`keys`: Ctx.keys). */
export function mayHoldCue(
  tokens: readonly Token[],
  first: number,
  last: number,
  vocab: ReadonlySet<string>,
  covered: (s: number, e: number) => boolean,
  keys?: readonly string[],
): boolean {
  for (let t = first; t <= last; t++) {
    const tok = tokens[t];
    if (tok && vocab.has(keys ? keys[t]! : cueKey(tok.text)) && !covered(tok.start, tok.end)) return true;
  }
  return false;
}
