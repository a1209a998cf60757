// conlleval-equivalent chunk scoring: exact-match precision, recall and F1, overall and per type.
import { chunks } from "../../packages/core/src/ner/iob.ts";

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface ChunkScore {
  overall: TypeScore;
  byType: Record<string, TypeScore>;
  tokens: number;
  /** token-level tag accuracy, as conlleval prints it */
  accuracy: number;
}

/** Accumulates sentences (gold and predicted tag sequences of equal length) and scores them. */
export class ChunkScorer {
  private gold = new Map<string, number>();
  private pred = new Map<string, number>();
  private correct = new Map<string, number>();
  private tokens = 0;
  private tokenCorrect = 0;

  add(goldTags: readonly string[], predTags: readonly string[]): void {
    if (goldTags.length !== predTags.length) {
      throw new Error(
        `newsgraph/ner: scorer got ${goldTags.length} gold tags but ${predTags.length} predicted; align the sequences`,
      );
    }
    this.tokens += goldTags.length;
    for (let i = 0; i < goldTags.length; i++) if (goldTags[i] === predTags[i]) this.tokenCorrect++;
    const g = chunks(goldTags);
    const p = chunks(predTags);
    const key = (c: { type: string; start: number; end: number }) => `${c.type}:${c.start}:${c.end}`;
    const gs = new Set(g.map(key));
    for (const c of g) bump(this.gold, c.type);
    for (const c of p) {
      bump(this.pred, c.type);
      if (gs.has(key(c))) bump(this.correct, c.type);
    }
  }

  result(): ChunkScore {
    const types = [...new Set([...this.gold.keys(), ...this.pred.keys()])].sort();
    const byType: Record<string, TypeScore> = {};
    let g = 0;
    let p = 0;
    let c = 0;
    for (const t of types) {
      byType[t] = prf(this.gold.get(t) ?? 0, this.pred.get(t) ?? 0, this.correct.get(t) ?? 0);
      g += this.gold.get(t) ?? 0;
      p += this.pred.get(t) ?? 0;
      c += this.correct.get(t) ?? 0;
    }
    return {
      overall: prf(g, p, c),
      byType,
      tokens: this.tokens,
      accuracy: this.tokens ? (100 * this.tokenCorrect) / this.tokens : 0,
    };
  }
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function prf(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted ? (100 * correct) / predicted : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** A conlleval-style text table. */
export function formatScore(name: string, s: ChunkScore): string {
  const row = (label: string, t: TypeScore) =>
    `${label.padEnd(8)} P ${t.precision.toFixed(2).padStart(6)}  R ${t.recall.toFixed(2).padStart(6)}  F1 ${t.f1.toFixed(2).padStart(6)}  (gold ${t.gold}, predicted ${t.predicted})`;
  const lines = [`${name}: ${s.tokens} tokens, tag accuracy ${s.accuracy.toFixed(2)}%`, row("overall", s.overall)];
  for (const [t, v] of Object.entries(s.byType)) lines.push(row(t, v));
  return lines.join("\n");
}
