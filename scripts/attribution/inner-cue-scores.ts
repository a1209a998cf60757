// npx tsx --conditions=development scripts/attribution/inner-cue-scores.ts DUMP --cache DIR: how far the fold tagger's B-CUE score is below its chosen tag on words inside our indirect contents, for PolNeAR's inner cues against every other word (does the tagger's own score separate the inner frames it misses?).
import { foldReplay } from "./fold-replay.ts";
import { ruleCandidates } from "../../packages/core/src/statements/extract.ts";
import { documentFeatures } from "../../packages/core/src/statements/learned/features.ts";
import { mentionKinds, ruleLabels } from "../../packages/core/src/statements/learned/token-labels.ts";
import { best, dynamic, MAX_DYN, score, seenBit } from "../../packages/core/src/statements/learned/perceptron.ts";
import { allowed, NUM_ATTR_TAGS } from "../../packages/core/src/statements/learned/tags.ts";

const args = process.argv.slice(2);
const { pairs, docs, K, models } = foldReplay("inner-cue-scores", args);
const B_CUE = 1;
// deficit buckets: B-CUE's score minus the chosen tag's (0: the tagger chose B-CUE)
const EDGES = [0, -5, -10, -20, -30, -40, -60, -80, -120, -Infinity];
const posB = new Array(EDGES.length).fill(0) as number[];
const negB = new Array(EDGES.length).fill(0) as number[];
const bucketOf = (d: number) => EDGES.findIndex((e) => d >= e);
docs.forEach((d, i) => {
  const pair = pairs[i]!;
  const W = models[i % K]!;
  const { doc, seg, ents } = d.state;
  const { ctx, accepted, mentions } = ruleCandidates(doc, seg, ents);
  const goldCueStarts = new Set<number>();
  for (const g of pair.gold) for (const c of g.cue) goldCueStarts.add(c.start);
  // tokens inside our indirect contents, not the first word nor our cue
  const inside = new Map<number, boolean>();
  for (const p of pair.pred) {
    if ((p.rule ?? "").startsWith("direct")) continue;
    for (const f of p.content) {
      let k = 0;
      for (let t = 0; t < ctx.tokens.length; t++) {
        const tok = ctx.tokens[t]!;
        if (tok.start < f.start || tok.end > f.end) continue;
        if (k++ === 0) continue;
        if (!/\p{L}/u.test(tok.text)) continue;
        if (p.cue.some((c) => c.start < tok.end && tok.start < c.end)) continue;
        inside.set(t, goldCueStarts.has(tok.start));
      }
    }
  }
  if (!inside.size) return;
  const feats = documentFeatures(
    ctx,
    seg.sentences,
    ruleLabels(ctx, accepted),
    mentionKinds(ctx, mentions),
    W.clusters ?? null,
  );
  const dyn = new Uint32Array(MAX_DYN);
  const scores = new Float64Array(NUM_ATTR_TAGS);
  for (const sf of feats) {
    let prev = 0,
      prev2 = 0,
      seen = 0;
    for (let j = 0; j < sf.off.length - 1; j++) {
      const nd = dynamic(sf, j, prev, prev2, seen, dyn);
      score(W, sf, j, dyn, nd, scores);
      const t = best(scores, prev);
      const lab = inside.get(sf.first + j);
      if (lab !== undefined && allowed(prev, B_CUE)) {
        const b = bucketOf(scores[B_CUE]! - scores[t]!);
        (lab ? posB : negB)[b]!++;
      }
      prev2 = prev;
      prev = t;
      seen |= seenBit(t);
    }
  }
});
let cp = 0,
  cn = 0;
console.log("B-CUE minus chosen >= edge: PolNeAR cue starts / other words (cumulative)");
EDGES.forEach((e, k) => {
  cp += posB[k]!;
  cn += negB[k]!;
  console.log(`${String(e).padStart(9)} ${String(cp).padStart(6)} ${String(cn).padStart(8)}`);
});
