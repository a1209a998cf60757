// Attribution scorer: one-to-one greedy matching of content spans by character overlap, plus strict, quote recall, source/cue accuracy.
import type { Attribution, Frag } from "../../attribution/brat.ts";

/** Double quotation marks (and the two-apostrophe form some wire text uses): gold content containing one is a direct quote. */
export const QUOTE_MARK = /["“”„«»]|''/;

export interface DocPair {
  text: string;
  gold: Attribution[];
  pred: Attribution[];
}

export interface Scores {
  gold: number;
  pred: number;
  overlap: { tp: number; p: number; r: number; f1: number };
  strict: { tp: number; p: number; r: number; f1: number };
  directQuotes: { gold: number; found: number; recall: number };
  source: { scored: number; correct: number; acc: number };
  /** PolNeAR's source spans: matched attributions whose source covers the gold one >= 80 % both ways */
  sourceStrict: { scored: number; correct: number; acc: number };
  cue: { scored: number; correct: number; acc: number };
}

export function fragLength(fs: Frag[]): number {
  let n = 0;
  for (const f of fs) n += f.end - f.start;
  return n;
}

export function fragOverlap(a: Frag[], b: Frag[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Greedy one-to-one matching: candidate pairs sorted by overlap (largest first), each gold and pred used once. */
/** True when two attributions' contents overlap by at least 80 % of each: the strict match's test on a matched pair. */
export function strictPair(g: Attribution, p: Attribution): boolean {
  const ov = fragOverlap(g.content, p.content);
  return ov >= 0.8 * fragLength(g.content) && ov >= 0.8 * fragLength(p.content);
}

export function greedyMatch(gold: Attribution[], pred: Attribution[], strict: boolean): Map<number, number> {
  const cands: { g: number; p: number; ov: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    const gl = fragLength(gold[g]!.content);
    for (let p = 0; p < pred.length; p++) {
      const ov = fragOverlap(gold[g]!.content, pred[p]!.content);
      if (ov <= 0) continue;
      if (strict && (ov < 0.8 * gl || ov < 0.8 * fragLength(pred[p]!.content))) continue;
      cands.push({ g, p, ov });
    }
  }
  cands.sort((a, b) => b.ov - a.ov || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const match = new Map<number, number>();
  for (const c of cands) {
    if (match.has(c.g) || usedP.has(c.p)) continue;
    match.set(c.g, c.p);
    usedP.add(c.p);
  }
  return match;
}

function prf(tp: number, nPred: number, nGold: number) {
  const p = nPred ? tp / nPred : 0;
  const r = nGold ? tp / nGold : 0;
  return { tp, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function isDirect(text: string, a: Attribution): boolean {
  return a.content.some((f) => QUOTE_MARK.test(text.slice(f.start, f.end)));
}

export function score(docs: DocPair[]): Scores {
  let nGold = 0,
    nPred = 0,
    tpO = 0,
    tpS = 0,
    dqGold = 0,
    dqFound = 0;
  let srcN = 0,
    srcOk = 0,
    srcNear = 0,
    cueN = 0,
    cueOk = 0;
  for (const d of docs) {
    nGold += d.gold.length;
    nPred += d.pred.length;
    const m = greedyMatch(d.gold, d.pred, false);
    tpO += m.size;
    tpS += greedyMatch(d.gold, d.pred, true).size;
    d.gold.forEach((g, gi) => {
      const pi = m.get(gi);
      if (isDirect(d.text, g)) {
        dqGold++;
        if (pi !== undefined) dqFound++;
      }
      if (pi === undefined) return;
      const p = d.pred[pi]!;
      if (g.source.length) {
        srcN++;
        const ov = fragOverlap(g.source, p.source);
        if (ov > 0) srcOk++;
        if (ov >= 0.8 * fragLength(g.source) && ov >= 0.8 * fragLength(p.source)) srcNear++;
      }
      if (g.cue.length) {
        cueN++;
        if (fragOverlap(g.cue, p.cue) > 0) cueOk++;
      }
    });
  }
  return {
    gold: nGold,
    pred: nPred,
    overlap: prf(tpO, nPred, nGold),
    strict: prf(tpS, nPred, nGold),
    directQuotes: { gold: dqGold, found: dqFound, recall: dqGold ? dqFound / dqGold : 0 },
    source: { scored: srcN, correct: srcOk, acc: srcN ? srcOk / srcN : 0 },
    sourceStrict: { scored: srcN, correct: srcNear, acc: srcN ? srcNear / srcN : 0 },
    cue: { scored: cueN, correct: cueOk, acc: cueN ? cueOk / cueN : 0 },
  };
}
