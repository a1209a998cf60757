// npx tsx --conditions=development scripts/attribution/outer-flip.ts DUMP --cache DIR [--show N]: for the nested-in misses whose outer cue no statement of ours has, the fold tagger's greedy decoding forced to open a cue there: does an outer frame like PolNeAR's follow, and how far was the tagger from opening it (the flip's cost at that token)?
import { foldReplay } from "./fold-replay.ts";
import { greedyMatch, fragOverlap, fragLength, strictPair } from "../eval/attribution/score.ts";
import type { Frag } from "./brat.ts";
import { ruleCandidates } from "../../packages/core/src/statements/extract.ts";
import { documentFeatures, type SentenceFeats } from "../../packages/core/src/statements/learned/features.ts";
import { ruleLabels, mentionKinds } from "../../packages/core/src/statements/learned/token-labels.ts";
import {
  score,
  dynamic,
  best,
  seenBit,
  MAX_DYN,
  type Weights,
} from "../../packages/core/src/statements/learned/perceptron.ts";
import { ROLE_B, allowed } from "../../packages/core/src/statements/learned/tags.ts";
import { groupSentence } from "../../packages/core/src/statements/learned/group.ts";

const args = process.argv.slice(2);
const { arg, pairs, docs, K, models } = foldReplay("outer-flip", args);
const nShow = Number(arg("--show") || 0);
let shown = 0;

/** Greedy decoding as decodeOnce's (dense fold weights), the tag at sentence token `force` fixed; `local` the scores at `watch`. */
function decode(
  W: Weights,
  sf: SentenceFeats,
  force: number,
  tag: number,
  watch = force,
): { tags: Uint8Array; local: Float64Array } {
  const n = sf.off.length - 1;
  const tags = new Uint8Array(n);
  const dyn = new Uint32Array(MAX_DYN);
  const scores = new Float64Array(7);
  const local = new Float64Array(7);
  let prev = 0,
    prev2 = 0,
    seen = 0;
  for (let i = 0; i < n; i++) {
    score(W, sf, i, dyn, dynamic(sf, i, prev, prev2, seen, dyn), scores);
    const t = i === force ? tag : best(scores, prev);
    if (i === watch) local.set(scores);
    if (force < 0 && t === ROLE_B.cue) {
      // the margin of each cue the greedy path opens, the scale the flip's cost reads against
      let second = -Infinity;
      for (let k = 0; k < 7; k++) if (k !== t && allowed(prev, k) && scores[k]! > second) second = scores[k]!;
      cueMargins.push(scores[t]! - second);
    }
    tags[i] = t;
    prev2 = prev;
    prev = t;
    seen |= seenBit(t);
  }
  return { tags, local };
}

const cnt = new Map<string, number>();
const add = (k: string) => cnt.set(k, (cnt.get(k) ?? 0) + 1);
const gapsStrict: number[] = [];
const cueMargins: number[] = [];
const gapsOther: number[] = [];
docs.forEach((d, i) => {
  const pair = pairs[i]!;
  if (pair.text !== d.text) throw new Error("outer-flip: the dump's documents are not train's, in order");
  const m = greedyMatch(pair.gold, pair.pred, false);
  const misses: number[] = [];
  for (const [gi, pi] of m) {
    const g = pair.gold[gi]!,
      p = pair.pred[pi]!;
    if (strictPair(g, p)) continue;
    if (!g.cue.length || fragOverlap(g.cue, p.content) > 0) continue;
    if (!(p.cue.length && fragOverlap(p.cue, g.content) > 0)) continue;
    if (pair.pred.some((q) => q.cue.length && fragOverlap(q.cue, g.cue) > 0)) continue;
    misses.push(gi);
  }
  if (!misses.length) return;
  const W = models[i % K]!;
  const { doc, seg, ents } = d.state;
  const { ctx, accepted, mentions } = ruleCandidates(doc, seg, ents);
  const toks = ctx.tokens;
  for (const gi of misses) {
    const g = pair.gold[gi]!;
    const c0 = toks.findIndex((t) => t.end > g.cue[0]!.start);
    const s = seg.sentences.find((x) => x.firstToken <= c0 && c0 <= x.lastToken);
    if (c0 < 0 || !s) {
      add("no sentence");
      continue;
    }
    const [sf] = documentFeatures(ctx, [s], ruleLabels(ctx, accepted), mentionKinds(ctx, mentions), W.clusters ?? null);
    const free = decode(W, sf!, -1, 0, c0 - s.firstToken);
    const forced = decode(W, sf!, c0 - s.firstToken, ROLE_B.cue);
    const margins = new Float64Array(forced.tags.length);
    const frames = groupSentence(forced.tags, s.firstToken, margins);
    const f = frames.find((a) => toks[a.cue[0]]!.start < g.cue.at(-1)!.end && g.cue[0]!.start < toks[a.cue[1]]!.end);
    const gap = free.local[free.tags[c0 - s.firstToken]!]! - free.local[ROLE_B.cue]!;
    let k: string;
    if (!f) k = "forced cue, no frame grouped";
    else {
      const con: Frag[] = [{ start: toks[f.content[0]]!.start, end: toks[f.content[1]]!.end }];
      const ov = fragOverlap(con, g.content);
      k =
        ov >= 0.8 * fragLength(g.content) && ov >= 0.8 * fragLength(con)
          ? "forced frame strict with PolNeAR's"
          : ov > 0
            ? "forced frame overlaps PolNeAR's content"
            : "forced frame off PolNeAR's content";
    }
    // the raw path totals are no test of a beam: longer tagged runs sum higher, so only the local flip's cost is kept
    const freeTag = free.tags[c0 - s.firstToken]!;
    const own = freeTag === ROLE_B.cue || freeTag === ROLE_B.cue + 1;
    add(`${k} · ${own ? "the tagger's own cue" : "not tagged"}`);
    if (!own && f) (k.includes("strict") ? gapsStrict : gapsOther).push(gap);
    if (shown < nShow) {
      shown++;
      const txt = (a: number, b: number) => d.text.slice(toks[a]!.start, toks[b]!.end);
      console.log(`[${k} · flip cost ${gap.toFixed(1)}] ${txt(s.firstToken, s.lastToken).slice(0, 240)}`);
      if (f)
        console.log(`   cue [${txt(f.cue[0], f.cue[1])}] content [${txt(f.content[0], f.content[1]).slice(0, 160)}]`);
    }
  }
});
for (const [k, n] of [...cnt].sort((a, b) => b[1] - a[1])) console.log(n, k);
const quartiles = (xs: number[]) => {
  xs.sort((a, b) => a - b);
  const q = (f: number) => xs[Math.floor(f * (xs.length - 1))]!.toFixed(1);
  return xs.length ? `${q(0.25)} / ${q(0.5)} / ${q(0.75)} (${xs.length})` : "none";
};
// the flip's cost: the greedy tag's score minus B-CUE's at PolNeAR's first cue token (the decoder's weight units)
console.log(`flip cost, quartiles: strict frames ${quartiles(gapsStrict)}; the others ${quartiles(gapsOther)}`);
console.log(`margin of the cues the tagger opens in the same sentences, quartiles: ${quartiles(cueMargins)}`);
