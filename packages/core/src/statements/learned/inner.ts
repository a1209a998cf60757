// The inner pass: a tagger run over the tokens of one of our contents, to find an attribution nested inside it (PolNeAR marks both frames).
import { hashString, mix } from "../../ner/hash.ts";
import type { Ctx } from "../context.ts";
import { documentFeatures, type SentenceFeats } from "./features.ts";
import type { WordClusters } from "./word-classes.ts";

/** A content's token run and the cue that frames it (null: none, a quote without a cue). */
export interface InnerRun {
  firstToken: number;
  lastToken: number;
  paragraph: number;
  cue: [number, number] | null;
}

// template ids of the inner pass's own features, above the tagger's (1001..1056) and its decoder's (2001..2005)
const I = { Pos: 3001, CueW: 3002, CueWW: 3003, Dist: 3004, Len: 3005 } as const;
const EXTRA = 5;
const bucket = (d: number) => (d <= 1 ? d : d <= 3 ? 2 : d <= 7 ? 3 : d <= 15 ? 4 : 5);

/**
 * The tagger's features of each run read as a sentence, plus where the token lies in the run, the outer cue's word
 * (alone and with the token's) and how far the outer cue is: an inner frame rarely opens on the run's first words.
 */
export function innerFeatures(
  ctx: Ctx,
  runs: readonly InnerRun[],
  rules: Uint8Array,
  ments: Uint8Array,
  clusters: WordClusters | null,
): SentenceFeats[] {
  const base = documentFeatures(ctx, runs, rules, ments, clusters);
  return base.map((sf, r) => {
    const run = runs[r]!;
    const n = sf.last - sf.first + 1;
    const per = (sf.off[n]! - sf.off[0]!) / n;
    const feats = new Uint32Array(n * (per + EXTRA));
    const off = new Uint32Array(n + 1);
    const cw = run.cue ? hashString(ctx.tokens[run.cue[0]]!.text.toLowerCase()) : 1;
    const len = bucket(n);
    let j = 0;
    for (let i = 0; i < n; i++) {
      off[i] = j;
      const from = sf.off[i]!;
      feats.set(sf.feats.subarray(from, from + per), j);
      j += per;
      const t = sf.first + i;
      const w = sf.feats[from + 1]!;
      const d = run.cue ? (t > run.cue[1] ? bucket(t - run.cue[1]) : 8 + bucket(run.cue[0] - t)) : 15;
      feats[j++] = mix(I.Pos, bucket(i), bucket(n - 1 - i));
      feats[j++] = mix(I.CueW, cw);
      feats[j++] = mix(I.CueWW, cw, w);
      feats[j++] = mix(I.Dist, d);
      feats[j++] = mix(I.Len, len, bucket(i));
    }
    off[n] = j;
    return { first: sf.first, last: sf.last, feats, off };
  });
}
