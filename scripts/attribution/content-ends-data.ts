// The boundary model's training data: the boundary tokens of PolNeAR's contents, each labelled by whether the content ends there.
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { buildContext, type Ctx } from "../../packages/core/src/statements/context.ts";
import { tokenAt } from "../../packages/core/src/statements/sentences.ts";
import {
  boundaryFeatures,
  isBoundary,
  ruleFamily,
  type ContentEndModel,
} from "../../packages/core/src/statements/content-ends.ts";
import { trainContentEnds, type BoundaryExample } from "../../packages/core/src/statements/content-ends-train.ts";
import type { AttributionModel } from "../../packages/core/src/statements/learned/model.ts";
import type { Statement } from "../../packages/core/src/schema/record.ts";
import type { SourceChooserModel } from "../../packages/core/src/statements/source-chooser.ts";
import { greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import type { PolnearDoc } from "./data.ts";
import type { Attribution } from "./brat.ts";

/** Training settings, chosen by train cross-validation (`pnpm train:content-ends --cv-only [--epochs N] [--min-count N]`). */
export const CONTENT_ENDS_DEFAULTS = { epochs: 10, seed: 17, minCount: 1 } as const;

/** a model that never ends a content at a boundary: contents run to their hard stops, every boundary is asked about */
const NEVER: ContentEndModel = { bias: -1e9, weights: new Map(), keepTrailing: true };

export const statementsOf = (
  d: PolnearDoc,
  tagger: AttributionModel | null,
  ends: ContentEndModel | null,
  sourceChooser: SourceChooserModel | null = null,
): Statement[] =>
  extractStatements(d.state.doc, d.state.seg, d.state.ents, {
    attribution: tagger,
    contentEnds: ends,
    sourceChooser,
    // the boundaries as before late-spans.ts: its parts and starts are no input of the boundary model
    lateSpans: false,
  }).statements;

/** The statement each scored attribution starts with (toAttributions folds a same-paragraph continuation into the one before). */
function heads(sts: Statement[], text: string): Statement[] {
  const out: Statement[] = [];
  let prevEnd = -1;
  for (const s of sts) {
    const joins =
      !s.parts && s.rule === "direct:continued" && out.length && !text.slice(prevEnd, s.start).includes("\n");
    if (!joins) out.push(s);
    prevEnd = s.end;
  }
  return out;
}

/**
 * The boundary examples of one article, read from PolNeAR's own contents (goldBoundaryExamples), each with the rule
 * family of our statement matched to it (the tagger given, every boundary left open), or "-" when none is. Our own
 * contents' boundaries labelled by the matched gold end were the examples until the nineteenth session: 2,038 ends in
 * train, fitted almost perfectly and found half the time held out; PolNeAR's contents give 3,886 ends with no noise
 * from our starts and levels (train CV, strict matches 11,147 -> 11,209).
 */
export function boundaryExamples(d: PolnearDoc, tagger: AttributionModel | null): BoundaryExample[] {
  const sts = statementsOf(d, tagger, NEVER);
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  const own = heads(sts, d.text);
  const match = greedyMatch(d.gold, pred, false);
  const ctx = buildContext(d.text, d.state.seg);
  return d.gold.flatMap((g, gi) => {
    const pi = match.get(gi);
    const s = pi === undefined ? undefined : own[pi];
    return goldBoundaryExamples(ctx, g, s && s.kind !== "direct" ? ruleFamily(s.rule ?? "") : "-");
  });
}

/**
 * The boundary tokens of one of PolNeAR's contents, from its first token to its sentence's end: each goes on while the
 * content goes on, the first one past its end stops. Only a one-part content after its cue that does not open with a
 * quote, as the contents the model is asked about at run time; no boundary before its last quoted token is asked.
 */
export function goldBoundaryExamples(ctx: Ctx, g: Attribution, family: string): BoundaryExample[] {
  const c = g.content[0];
  if (g.content.length !== 1 || !c || !g.cue.length) return [];
  if (c.start < Math.max(...g.cue.map((f) => f.end))) return [];
  const first = tokenAt(ctx, c.start);
  if (first >= ctx.tokens.length || ctx.qidx[first]! >= 0) return [];
  const site = { first, cue: tokenAt(ctx, Math.min(...g.cue.map((f) => f.start))), family };
  let last = first;
  while (last + 1 < ctx.tokens.length && !ctx.ends[last]) last++;
  let quoted = -1;
  for (let t = first; t <= last && ctx.tokens[t]!.start < c.end; t++) if (ctx.qidx[t]! >= 0) quoted = t;
  const ex: BoundaryExample[] = [];
  let passed = 0;
  for (let t = first + 1; t <= last; t++) {
    if (!isBoundary(ctx.tokens[t]!.text) || ctx.qidx[t]! >= 0) continue;
    if (t < quoted) {
      passed++;
      continue;
    }
    // a content ending with its comma ends at that comma
    const stop = c.end <= ctx.tokens[t]!.start + (ctx.tokens[t]!.text === "," ? 1 : 0);
    ex.push({ feats: boundaryFeatures(ctx, site, t, passed), stop });
    if (stop) break;
    passed++;
  }
  return ex;
}

/** One boundary model per fold, each trained on the other folds' articles (article i in fold i mod k). */
export function foldContentEnds(perDoc: readonly BoundaryExample[][], k: number): ContentEndModel[] {
  const { epochs, seed, minCount } = CONTENT_ENDS_DEFAULTS;
  return [...Array(k).keys()].map((f) =>
    trainContentEnds(perDoc.filter((_, i) => i % k !== f).flat(), epochs, seed, minCount),
  );
}

/**
 * The content-ends model of each document as eval:attribution runs it: on train one per fold, trained on the other
 * folds' articles with their fold taggers (the shipped model has seen every train article); on dev the shipped one.
 * Index it by `i % length`.
 */
export function splitContentEnds(
  split: string,
  docs: readonly PolnearDoc[],
  models: readonly (AttributionModel | null)[],
  shipped: ContentEndModel | null | undefined,
): (ContentEndModel | null)[] {
  if (split !== "train") return [shipped ?? null];
  return foldContentEnds(
    docs.map((d, i) => boundaryExamples(d, models[i % models.length] ?? null)),
    models.length,
  );
}
