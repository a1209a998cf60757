// Type evidence from the whole article: the contexts a name appears in anywhere in the document ("X's shares",
// "X Corp", "X said it", "X said he", "in X", "Mr X"), as one bit mask per name for the second pass.
import { hashString } from "./hash.ts";
import type { SentenceWords } from "./features.ts";

/** One list per cue: words around an occurrence that hint at a type. Bit k of the mask is CUES[k]. */
const CUES: { before?: string[]; after?: string[]; afterSaid?: string[] }[] = [
  { after: ["said", "says", "told", "added", "argued", "warned"] }, // speaks: a person or an organisation
  { after: ["'s"] }, // owns something
  { after: ["corp", "corp.", "inc", "inc.", "ltd", "plc", "co", "co.", "group", "holdings", "ag", "sa", "nv"] }, // company suffix
  {
    after: ["shares", "stock", "spokesman", "spokeswoman", "chairman", "officials", "executives", "subsidiary", "unit"],
  }, // organisation nouns
  {
    before: ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "president", "minister", "coach", "striker"],
  }, // a person's title
  { before: ["in", "at", "near", "from", "to", "across", "outside"] }, // a place
  { afterSaid: ["he", "she"] }, // "X said he": a person
  { afterSaid: ["it", "its"] }, // "X said it": an organisation
];
// token hashes are stored in Int32Arrays (SentenceWords.lower), so keys are the signed form of hashString
const key = (w: string) => hashString(w) | 0;
const SAID = new Set(["said", "says", "told"].map(key));
const BEFORE = new Map<number, number>();
const AFTER = new Map<number, number>();
const AFTER_SAID = new Map<number, number>();
CUES.forEach((c, bit) => {
  for (const [list, map] of [
    [c.before, BEFORE],
    [c.after, AFTER],
    [c.afterSaid, AFTER_SAID],
  ] as const) {
    for (const w of list ?? []) map.set(key(w), (map.get(key(w)) ?? 0) | (1 << bit));
  }
});

/** Per name key (SentenceWords.docKey), the union of the cue bits of all its occurrences in the document. */
export function documentCues(sents: readonly SentenceWords[]): Map<number, number> {
  const cues = new Map<number, number>();
  for (const sf of sents) {
    for (let i = 0; i < sf.n; i++) {
      const k = sf.docKey[i]!;
      if (!k) continue;
      let m = 0;
      if (i > 0) m |= BEFORE.get(sf.lower[i - 1]!) ?? 0;
      if (i + 1 < sf.n) m |= AFTER.get(sf.lower[i + 1]!) ?? 0;
      if (i + 2 < sf.n && SAID.has(sf.lower[i + 1]!)) m |= AFTER_SAID.get(sf.lower[i + 2]!) ?? 0;
      if (m) cues.set(k, (cues.get(k) ?? 0) | m);
    }
  }
  return cues;
}

export const CUE_COUNT = CUES.length;
