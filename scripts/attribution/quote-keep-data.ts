// The quote-keep model's training data: each tagged clause the one-word scare rule drops, labelled by PolNeAR.
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import type { ContentEndModel } from "../../packages/core/src/statements/content-ends.ts";
import { trainContentEnds } from "../../packages/core/src/statements/content-ends-train.ts";
import type { AttributionModel } from "../../packages/core/src/statements/learned/model.ts";
import type { QuoteKeepModel } from "../../packages/core/src/statements/learned/quote-keep.ts";
import { fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import type { PolnearDoc } from "./data.ts";

/** Training settings, chosen by train cross-validation (`pnpm eval:attribution --split train`). */
export const QUOTE_KEEP_DEFAULTS = { epochs: 10, seed: 17, minCount: 2 } as const;

export interface QuoteKeepExample {
  feats: string[];
  /** PolNeAR marks an attribution there and the clause's cue is its cue */
  keep: boolean;
  /** what the clause became and PolNeAR's answer, for reading (`--dump`) */
  note?: string;
}

/**
 * Every clause the scare rule would drop in one article (all of them kept, so each becomes a statement), labelled keep
 * when the statement it became is matched to a PolNeAR attribution whose cue it shares.
 */
export function quoteKeepExamples(
  d: PolnearDoc,
  tagger: AttributionModel | null,
  ends: ContentEndModel | null,
): QuoteKeepExample[] {
  if (!tagger) return [];
  const sites: { feats: string[]; s: number; e: number }[] = [];
  const probe = (feats: string[], s: number, e: number) => sites.push({ feats, s, e });
  const st = extractStatements(d.state.doc, d.state.seg, d.state.ents, {
    attribution: { ...tagger, meta: { ...tagger.meta, quoteKeepProbe: probe } },
    contentEnds: ends,
    quoteKeep: null,
    // labelled on the statements before outer-that.ts, which runs last in the stage and frames no direct quote
    outerThat: false,
  }).statements;
  if (!sites.length) return [];
  const pred = polnearContent(toAttributions(st, d.text), d.text);
  const goldOf = new Map([...greedyMatch(d.gold, pred, false)].map(([g, p]) => [p, g]));
  return sites.map(({ feats, s, e }) => {
    // the statement the clause became: the one overlapping its content most
    let best = -1;
    let most = 0;
    pred.forEach((p, i) => {
      const ov = fragOverlap(p.content, [{ start: s, end: e }]);
      if (ov > most) [best, most] = [i, ov];
    });
    const gi = goldOf.get(best);
    const g = gi === undefined ? null : d.gold[gi]!;
    const keep = !!g && (!g.cue.length || fragOverlap(g.cue, pred[best]!.cue) > 0);
    const sp = (fs: { start: number; end: number }[]) => fs.map((f) => d.text.slice(f.start, f.end)).join(" ");
    const p = pred[best];
    const why = !p ? "none" : !g ? "no gold" : keep ? "ok" : `cue ${sp(g.cue)}`;
    const note = `${why} [${p ? sp(p.cue) : ""}] ${d.text.slice(s, e).replace(/\s+/g, " ").slice(0, 140)}`;
    return { feats, keep, note };
  });
}

/** An averaged perceptron over the examples (the boundary model's trainer: the same linear shape). */
export function trainQuoteKeep(examples: readonly QuoteKeepExample[]): QuoteKeepModel {
  const { epochs, seed, minCount } = QUOTE_KEEP_DEFAULTS;
  const m = trainContentEnds(
    examples.map((x) => ({ feats: x.feats, stop: x.keep })),
    epochs,
    seed,
    minCount,
  );
  return { bias: m.bias, weights: m.weights };
}

/** One model per fold, each trained on the other folds' articles (article i in fold i mod k). */
export function foldQuoteKeep(perDoc: readonly QuoteKeepExample[][], k: number): QuoteKeepModel[] {
  return [...Array(k).keys()].map((f) => trainQuoteKeep(perDoc.filter((_, i) => i % k !== f).flat()));
}
