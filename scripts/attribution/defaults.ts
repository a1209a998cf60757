// Training and decision settings of the attribution tagger, shared by the training script and the cross-validation in eval:attribution.
import type { TaggerOptions } from "../../packages/core/src/statements/learned/learned.ts";

/** `keepRows`: the hashed weight rows kept in the shipped model (pruneRows), also in cross-validation so its figures are the shipped model's */
/**
 * `gate`: tag only sentences with a free word that began a cue in at least this share of its occurrences in training
 * (learned/gate.ts; null: every sentence), chosen by train cross-validation (pnpm eval:attribution --split train)
 */
export const TRAIN_DEFAULTS = {
  epochs: 10,
  bits: 19,
  seed: 17,
  folds: 5,
  keepRows: 100_000,
  gate: 0.1,
  minCount: 1,
} as const;

/** the gate settings eval:attribution --split train compares with the fold models of one run */
export const GATE_GRID = [null, 0, 0.01, 0.03, 0.1, 0.2, 0.3, 0.5] as const;

/** Chosen by cross-validation on train (scripts/attribution/tune.ts), written into the model's header. */
export const TAGGER_OPTIONS: TaggerOptions = { minMargin: -Infinity, requireSource: false, scareWords: 1 };

/**
 * The tagger decodes twice, its second pass reading the first pass's tags (learned/stack.ts); eval:attribution
 * --split train cross-validates it (`--no-stack`: one pass, for the before/after figures with the same fold models).
 */
export const STACKED_TAGGER = false;
