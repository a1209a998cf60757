// The tagger's second pass: each token's static features plus the first pass's tags around it, right of it included.
import { mix as mixImport } from "../../ner/hash.ts";
import type { SentenceFeats } from "./features.ts";

// tsx and vitest compile imports into getter calls; the per-token loop uses a local copy
const mix = mixImport;

/**
 * Template ids of the stacked features (apart from features.ts's 1001.. and perceptron.ts's 2001..). Greedy decoding
 * sees only the tags already decoded to its left: the first pass's tags show what lies to the right (a cue two words on
 * ends the content here; a content after a cue makes this word its source).
 */
const S = {
  Tag: 3001,
  TagM1: 3002,
  TagP1: 3003,
  TagM2: 3004,
  TagP2: 3005,
  TagW: 3006,
  TagPair: 3007,
  CueRight: 3008,
  CueLeft: 3009,
  ConRight: 3010,
  CueRightW: 3011,
  Cues: 3012,
} as const;
/** stacked features per token */
export const STACK_PER_TOKEN = 12;

/** Distance buckets: 0 none, 1 next word, 2 within 3, 3 within 7, 4 farther. */
const bucket = (d: number) => (d <= 1 ? 1 : d <= 3 ? 2 : d <= 7 ? 3 : 4);

/**
 * The sentence's features with the stacked ones appended to each token's (the word's own feature stays at offset 1,
 * which the dynamic features read). `prior`: the first pass's tags of the sentence's tokens.
 */
export function stackFeatures(sf: SentenceFeats, prior: ArrayLike<number>): SentenceFeats {
  const n = sf.off.length - 1;
  const per = sf.off[n]! - sf.off[0]! + n * STACK_PER_TOKEN;
  const feats = new Uint32Array(per);
  const off = new Uint32Array(n + 1);
  // how far the first pass's next cue and content begin lie, right of each token, and its last cue to the left
  const right = new Uint8Array(n);
  const rightC = new Uint8Array(n);
  let cues = 0;
  for (let i = n - 1, next = -1, nextC = -1; i >= 0; i--) {
    right[i] = next < 0 ? 0 : bucket(next - i);
    rightC[i] = nextC < 0 ? 0 : bucket(nextC - i);
    const t = prior[i]!;
    if (t === 1) {
      next = i;
      cues++;
    }
    if (t === 5) nextC = i;
  }
  let j = 0;
  for (let i = 0, last = -1; i < n; i++) {
    off[i] = j;
    const a = sf.off[i]!;
    const b = sf.off[i + 1]!;
    feats.set(sf.feats.subarray(a, b), j);
    j += b - a;
    const w = sf.feats[a + 1]!;
    const t = prior[i]!;
    const m1 = i > 0 ? prior[i - 1]! : 9;
    const p1 = i + 1 < n ? prior[i + 1]! : 9;
    const left = last < 0 ? 0 : bucket(i - last);
    feats[j++] = mix(S.Tag, t);
    feats[j++] = mix(S.TagM1, m1);
    feats[j++] = mix(S.TagP1, p1);
    feats[j++] = mix(S.TagM2, i > 1 ? prior[i - 2]! : 9);
    feats[j++] = mix(S.TagP2, i + 2 < n ? prior[i + 2]! : 9);
    feats[j++] = mix(S.TagW, t, w);
    feats[j++] = mix(S.TagPair, t, p1);
    feats[j++] = mix(S.CueRight, right[i]!, t);
    feats[j++] = mix(S.CueLeft, left, t);
    feats[j++] = mix(S.ConRight, rightC[i]!, t);
    feats[j++] = mix(S.CueRightW, right[i]! > 0 ? 1 : 0, w);
    feats[j++] = mix(S.Cues, Math.min(cues, 3), t);
    if (t === 1) last = i;
  }
  off[n] = j;
  return { first: sf.first, last: sf.last, feats, off };
}
