// The statement-keep model's training data: each tagger statement asked about, labelled by whether PolNeAR marks it.
import type { Statement } from "../../packages/core/src/schema/record.ts";
import { buildContext } from "../../packages/core/src/statements/context.ts";
import { trainContentEnds } from "../../packages/core/src/statements/content-ends-train.ts";
import {
  asksAbout,
  type KeepScope,
  type KeepScore,
  statementKeepFeatures,
  type StatementKeepModel,
} from "../../packages/core/src/statements/learned/statement-keep.ts";
import { greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import type { PolnearDoc } from "./data.ts";

/** Training settings, chosen by train cross-validation (`pnpm train:statement-keep --cv-only`). */
// shift: added to the overlap score's bias after training, so only statements the model is sure of go. Dropping a
// statement raises F1 only while its chance of a match is under F1 / 2 (0.40 overlap, 0.29 strict); the perceptron's 0
// is a 50 % guess. strictShift: the same for the strict score (a third of the statements asked about match strictly,
// so its 0 sits far lower); null: no strict score. scope: which statements are asked about (learned/statement-keep.ts).
// strictOnlyBelow: the strict score is asked only where the overlap score before its shift is at most this (null:
// everywhere): a statement likely matched by overlap costs overlap F1 when it goes (the sixteenth session's notes).
export const STATEMENT_KEEP_DEFAULTS: {
  epochs: number;
  seed: number;
  minCount: number;
  shift: number;
  strictShift: number | null;
  strictOnlyBelow: number | null;
  scope: KeepScope;
} = { epochs: 10, seed: 17, minCount: 3, shift: 11, strictShift: 20, strictOnlyBelow: 5, scope: "indirect" };

export interface StatementKeepExample {
  feats: string[];
  /** matched to a PolNeAR attribution (overlap) */
  keep: boolean;
  /** matched at ≥ 80 % both ways */
  strict: boolean;
}

/** The statements of one article asked about, each labelled by the overlap and strict matchings of all its statements. */
export function statementKeepExamples(
  d: PolnearDoc,
  sts: readonly Statement[],
  scope: KeepScope = STATEMENT_KEEP_DEFAULTS.scope,
): StatementKeepExample[] {
  const ctx = buildContext(d.text, d.state.seg);
  const pred = polnearContent(toAttributions([...sts], d.text), d.text);
  const ov = new Set(greedyMatch(d.gold, pred, false).values());
  const st = new Set(greedyMatch(d.gold, pred, true).values());
  const out: StatementKeepExample[] = [];
  sts.forEach((s, i) => {
    if (asksAbout(ctx, s, scope))
      out.push({ feats: statementKeepFeatures(ctx, s, undefined, sts), keep: ov.has(i), strict: st.has(i) });
  });
  return out;
}

/** An averaged perceptron over the examples (the boundary model's trainer: the same linear shape); `shift` moves the bias. */
function trainScore(examples: readonly StatementKeepExample[], label: "keep" | "strict", shift: number): KeepScore {
  const { epochs, seed, minCount } = STATEMENT_KEEP_DEFAULTS;
  const m = trainContentEnds(
    examples.map((x) => ({ feats: x.feats, stop: x[label] })),
    epochs,
    seed,
    minCount,
  );
  return { bias: m.bias + shift, weights: m.weights };
}

/** The overlap score, and the strict one unless `strictShift` is null. */
export function trainStatementKeep(
  examples: readonly StatementKeepExample[],
  shift: number = STATEMENT_KEEP_DEFAULTS.shift,
  strictShift: number | null = STATEMENT_KEEP_DEFAULTS.strictShift,
): StatementKeepModel {
  const overlap = trainScore(examples, "keep", shift);
  const below = STATEMENT_KEEP_DEFAULTS.strictOnlyBelow;
  // the model compares the shifted overlap score, so the ceiling moves with the shift
  const onlyBelow = below === null ? {} : { onlyBelow: below + shift };
  return {
    ...overlap,
    scope: STATEMENT_KEEP_DEFAULTS.scope,
    ...(strictShift === null ? {} : { strict: { ...trainScore(examples, "strict", strictShift), ...onlyBelow } }),
  };
}

/** One model per fold, each trained on the other folds' articles (article i in fold i mod k). */
export function foldStatementKeep(
  perDoc: readonly StatementKeepExample[][],
  k: number,
  shift: number = STATEMENT_KEEP_DEFAULTS.shift,
  strictShift: number | null = STATEMENT_KEEP_DEFAULTS.strictShift,
): StatementKeepModel[] {
  return [...Array(k).keys()].map((f) =>
    trainStatementKeep(perDoc.filter((_, i) => i % k !== f).flat(), shift, strictShift),
  );
}
