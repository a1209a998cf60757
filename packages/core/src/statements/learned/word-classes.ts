// Word classes for the attribution tagger: the NER model's word clusters and a crude lemma, so unseen cue words share features.
import type { NerLexicon } from "../../ner/lexicon.ts";
import { titleCase } from "../../ner/shape.ts";
import { stringTable } from "../../util/string-table.ts";
import { INFLECTION_ENDINGS } from "../lexicon-endings.ts";

/**
 * The NER lexicon's clusters (the tagger reads the NER model's, so no second file ships). A cue the training data never
 * showed ("pledged") shares its cluster with ones it did ("promised", "vowed"), and its weights with them.
 */
export type WordClusters = Pick<NerLexicon, "clusterIndex" | "clusterLevels">;

/** Levels of the hierarchy the tagger reads (coarse to fine); a word without a cluster has the value NO_CLUSTER at each. */
export const CLUSTER_LEVELS = 3;
export const NO_CLUSTER = -1;

/**
 * The word's cluster id at each level, written to `out[0..CLUSTER_LEVELS)`. Looked up as the NER tagger does: the form
 * itself, its lower case, then its title case (the cluster file is case-sensitive).
 */
export function clusterIds(word: string, lower: string, wc: WordClusters | null, out: Int32Array): void {
  out.fill(NO_CLUSTER);
  if (!wc) return;
  // clusterOf's look-ups, in a flat copy of the map (util/string-table.ts: the map's many cache misses were 7 % of the stage)
  const table = stringTable(wc.clusterIndex);
  // a form equal to one already missed is not looked up again (most words are lower case or title case already):
  // each look-up is a cache miss or two in the 60k-word table
  let ci = table.get(word);
  if (ci < 0 && lower !== word) ci = table.get(lower);
  if (ci < 0) {
    const title = titleCase(word);
    if (title !== word && title !== lower) ci = table.get(title);
  }
  if (ci < 0) return;
  const levels = Math.min(CLUSTER_LEVELS, wc.clusterLevels.length);
  for (let k = 0; k < levels; k++) out[k] = wc.clusterLevels[k]![ci]!;
}

const ENDINGS = INFLECTION_ENDINGS;
/** a doubled last letter that belongs to the stem ("called", "stressed"), compiled once */
const UNDOUBLED = /[aeiouls]/;
/** the stem left must keep this many characters ("is", "was", "has" stay whole) */
const MIN_STEM = 3;

/** The lower-case word with one inflectional ending removed (a feature key, not a word). */
export function crudeLemma(lower: string): string {
  for (const e of ENDINGS) {
    if (lower.length - e.length >= MIN_STEM && lower.endsWith(e)) {
      const stem = lower.slice(0, -e.length);
      // "ied"/"ies" were a "y" ("denied" → "deny"); a doubled consonant was doubled for the ending ("stopped" → "stop")
      if (e === "ied" || e === "ies") return stem + "y";
      const n = stem.length;
      if ((e === "ed" || e === "ing") && n > MIN_STEM && stem[n - 1] === stem[n - 2] && !UNDOUBLED.test(stem[n - 1]!))
        return stem.slice(0, -1);
      return stem;
    }
  }
  return lower;
}
