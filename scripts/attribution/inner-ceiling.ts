// npx tsx --conditions=development scripts/attribution/inner-ceiling.ts DUMP --cache DIR [--min N] [--free]: the fold tagger rerun over each of our contents as if it were a sentence; how many deep nested-out inner cues it then tags, and at what cost.
import { foldReplay, deepNestedOut } from "./fold-replay.ts";
import { fragOverlap } from "../eval/attribution/score.ts";
import { ruleCandidates } from "../../packages/core/src/statements/extract.ts";
import { documentFeatures } from "../../packages/core/src/statements/learned/features.ts";
import { ruleLabels, mentionKinds } from "../../packages/core/src/statements/learned/token-labels.ts";
import { decodeSentence } from "../../packages/core/src/statements/learned/perceptron.ts";
import { groupSentence } from "../../packages/core/src/statements/learned/group.ts";
import type { Frag } from "./brat.ts";

const args = process.argv.slice(2);
const { arg, pairs, docs, K, models } = foldReplay("inner-ceiling", args);
const minTok = Number(arg("--min") || 4);
const free = args.includes("--free");
let misses = 0,
  found = 0,
  runs = 0,
  tokens = 0,
  taggedAll = 0,
  onGoldFree = 0,
  onGoldTaken = 0,
  wrong = 0;
const marginsOf: { m: number; good: boolean }[] = [];
docs.forEach((d, i) => {
  const pair = pairs[i]!;
  if (pair.text !== d.text) throw new Error("inner-ceiling: the dump's documents are not train's, in order");
  const missCues = deepNestedOut(pair).misses.map((gi) => pair.gold[gi]!.cue);
  misses += missCues.length;
  const W = models[i % K]!;
  const { doc, seg, ents } = d.state;
  const { ctx, accepted, mentions } = ruleCandidates(doc, seg, ents);
  const toks = ctx.tokens;
  const labels = ruleLabels(ctx, accepted);
  const sents: { firstToken: number; lastToken: number; paragraph: number }[] = [];
  for (const p of pair.pred) {
    if (!p.content.length) continue;
    const s = Math.min(...p.content.map((f) => f.start)),
      e = Math.max(...p.content.map((f) => f.end));
    const a = toks.findIndex((t) => t.start >= s);
    let b = a;
    while (b + 1 < toks.length && toks[b + 1]!.end <= e) b++;
    if (a < 0 || b - a + 1 < minTok) continue;
    const para = seg.sentences.find((x) => x.firstToken <= a && x.lastToken >= a)?.paragraph ?? 1;
    sents.push({ firstToken: a, lastToken: b, paragraph: para });
  }
  if (!sents.length) return;
  const lab = free ? labels.slice() : labels;
  if (free) for (const s of sents) lab.fill(0, s.firstToken, s.lastToken + 1);
  const feats = documentFeatures(ctx, sents, lab, mentionKinds(ctx, mentions), W.clusters ?? null);
  const seenCue = new Set<number>();
  const hit = new Set<number>();
  for (const sf of feats) {
    runs++;
    tokens += sf.last - sf.first + 1;
    const margins = new Float64Array(sf.last - sf.first + 1);
    for (const a of groupSentence(decodeSentence(W, sf, margins), sf.first, margins)) {
      if (seenCue.has(a.cue[0])) continue;
      seenCue.add(a.cue[0]);
      taggedAll++;
      const c: Frag[] = [{ start: toks[a.cue[0]]!.start, end: toks[a.cue[1]]!.end }];
      const mi = missCues.findIndex((g) => fragOverlap(g, c) > 0);
      if (mi >= 0) hit.add(mi);
      const onGold = pair.gold.some((g) => fragOverlap(g.cue, c) > 0);
      const taken = pair.pred.some((q) => q.cue.length && fragOverlap(q.cue, c) > 0);
      if (onGold && !taken) onGoldFree++;
      else if (onGold) onGoldTaken++;
      else wrong++;
      if (!taken) marginsOf.push({ m: a.margin, good: onGold });
    }
  }
  found += hit.size;
});
console.log(`min ${minTok} free ${free}: runs ${runs} tokens ${tokens}`);
console.log(`deep nested-out misses ${misses}, inner cue tagged ${found}`);
console.log(
  `tagged cues ${taggedAll}: on a gold cue no statement of ours has ${onGoldFree}, on one we have ${onGoldTaken}, on no gold cue ${wrong}`,
);
for (const th of [0, 5, 10, 20, 40, 80]) {
  const k = marginsOf.filter((x) => x.m >= th * (models[0]!.stack ?? models[0]!).scale);
  console.log(`  margin >= ${th}: ${k.filter((x) => x.good).length} on gold / ${k.length}`);
}
