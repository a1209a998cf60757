// The statement-keep model's training data: each tagger statement asked about, labelled by whether PolNeAR marks it.
import type { Statement } from "../../packages/core/src/schema/record.ts";
import { buildContext } from "../../packages/core/src/statements/context.ts";
import { trainContentEnds } from "../../packages/core/src/statements/content-ends-train.ts";
import {
  asksAbout,
  statementKeepFeatures,
  type StatementKeepModel,
} from "../../packages/core/src/statements/learned/statement-keep.ts";
import { greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import type { PolnearDoc } from "./data.ts";

/** Training settings, chosen by train cross-validation (`pnpm train:statement-keep --cv-only`). */
// shift: added to the bias after training, so only statements the model is sure of go. Dropping a statement raises F1
// only while its chance of a match is under F1 / 2 (0.40 overlap, 0.29 strict); the perceptron's 0 is a 50 % guess.
export const STATEMENT_KEEP_DEFAULTS = { epochs: 10, seed: 17, minCount: 3, shift: 5 } as const;

export interface StatementKeepExample {
  feats: string[];
  /** matched to a PolNeAR attribution (overlap) */
  keep: boolean;
  /** matched at ≥ 80 % both ways */
  strict: boolean;
}

/** The statements of one article asked about, each labelled by the overlap and strict matchings of all its statements. */
export function statementKeepExamples(d: PolnearDoc, sts: readonly Statement[]): StatementKeepExample[] {
  const ctx = buildContext(d.text, d.state.seg);
  const pred = polnearContent(toAttributions([...sts], d.text), d.text);
  const ov = new Set(greedyMatch(d.gold, pred, false).values());
  const st = new Set(greedyMatch(d.gold, pred, true).values());
  const out: StatementKeepExample[] = [];
  sts.forEach((s, i) => {
    if (asksAbout(ctx, s)) out.push({ feats: statementKeepFeatures(ctx, s), keep: ov.has(i), strict: st.has(i) });
  });
  return out;
}

/** An averaged perceptron over the examples (the boundary model's trainer: the same linear shape); `shift` moves the bias. */
export function trainStatementKeep(
  examples: readonly StatementKeepExample[],
  shift: number = STATEMENT_KEEP_DEFAULTS.shift,
): StatementKeepModel {
  const { epochs, seed, minCount } = STATEMENT_KEEP_DEFAULTS;
  const m = trainContentEnds(
    examples.map((x) => ({ feats: x.feats, stop: x.keep })),
    epochs,
    seed,
    minCount,
  );
  return { bias: m.bias + shift, weights: m.weights };
}

/** One model per fold, each trained on the other folds' articles (article i in fold i mod k). */
export function foldStatementKeep(
  perDoc: readonly StatementKeepExample[][],
  k: number,
  shift: number = STATEMENT_KEEP_DEFAULTS.shift,
): StatementKeepModel[] {
  return [...Array(k).keys()].map((f) => trainStatementKeep(perDoc.filter((_, i) => i % k !== f).flat(), shift));
}
