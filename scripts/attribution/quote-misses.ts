// npx tsx --conditions=development scripts/attribution/quote-misses.ts [--split train] [--cache DIR] [--show N] [--opts JSON] [--quote-keep]: every missed gold direct quote, classed by why we miss it.
import { extractStatements, ruleCandidates } from "../../packages/core/src/statements/extract.ts";
import { tagAttributions } from "../../packages/core/src/statements/learned/learned.ts";
import { buildContext, type Ctx } from "../../packages/core/src/statements/context.ts";
import { isTitle } from "../../packages/core/src/statements/quote-shapes.ts";
import type { TaggerOptions } from "../../packages/core/src/statements/learned/learned.ts";
import type { Attribution } from "./brat.ts";
import { Tally } from "./tally.ts";
import { analysisSetup } from "./cv-cache.ts";
import { boundaryExamples, foldContentEnds } from "./content-ends-data.ts";
import { foldQuoteKeep, quoteKeepExamples } from "./quote-keep-data.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { QUOTE_MARK, fragOverlap, greedyMatch } from "../eval/attribution/score.ts";

const { args, opt, show, res, docs, models } = analysisSetup();
const tryOpts = JSON.parse(opt("--opts") ?? "{}") as TaggerOptions;
// the boundary model cross-validated beside the tagger, as eval:attribution does
const ends =
  models.length > 1
    ? foldContentEnds(
        docs.map((d, i) => boundaryExamples(d, models[i % models.length] ?? null)),
        models.length,
      )
    : [res.contentEnds ?? null];
// `--quote-keep`: with the quote-keep model, cross-validated as eval:attribution does (without: the one-word rule alone)
const keep = args.includes("--quote-keep")
  ? models.length > 1
    ? foldQuoteKeep(
        docs.map((d, i) => quoteKeepExamples(d, models[i % models.length] ?? null, ends[i % ends.length] ?? null)),
        models.length,
      )
    : [res.quoteKeep ?? null]
  : [null];
const tally = new Tally(show);
const one = (s: string) => s.replace(/\s+/g, " ");
const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Our quotes overlapping the gold content. */
function quotesIn(ctx: Ctx, g: Attribution): number[] {
  const out: number[] = [];
  ctx.quotes.forEach((q, i) => {
    if (g.content.some((f) => q.start < f.end && q.end > f.start)) out.push(i);
  });
  return out;
}

/** Why the gold quote went unmatched, and what kind of quote it is. */
function classify(ctx: Ctx, g: Attribution, pred: Attribution[], taken: Map<number, number>): string {
  const qs = quotesIn(ctx, g);
  const overl = pred.map((p, i) => [p, i] as const).filter(([p]) => fragOverlap(p.content, g.content) > 0);
  const gLen = g.content.reduce((n, f) => n + f.end - f.start, 0);
  if (!qs.length) return "pairing: no quote of ours in the gold content";
  const q = ctx.quotes[qs[0]!]!;
  const words = (ctx.text.slice(q.start, q.end).match(WORD) ?? []).length;
  // the gold content is the quote itself (marks and a little punctuation) or a clause holding it
  const bare = qs.length === 1 && gLen <= q.close - q.open + 3;
  const shape = `${bare ? "bare" : "in-clause"} ${words === 1 ? "1 word" : words < 4 ? "2-3 words" : "4+ words"}${isTitle(ctx, qs[0]!) ? " title-cased" : ""}`;
  if (overl.length) {
    const holds = overl.some(([p]) => p.content.some((f) => f.start < q.end && f.end > q.start));
    const byOther = overl.some(([, i]) => [...taken.values()].includes(i));
    return `ours elsewhere (${holds ? "holds the quote" : "beside the quote"}${byOther ? ", matched to another gold" : ""}): ${shape}`;
  }
  return `none: ${shape}`;
}

/** Does the tagger, run on every sentence, tag an attribution whose content holds the gold quote (open class frames)? */
function taggedOver(i: number, ctx: Ctx, g: Attribution): boolean {
  const W = models[i % models.length];
  const d = docs[i]!;
  if (!W) return false;
  const rules = ruleCandidates(d.state.doc, d.state.seg, d.state.ents);
  const qs = quotesIn(ctx, g);
  return tagAttributions(W, rules.ctx, d.state.seg, rules.accepted, rules.mentions).some((a) =>
    qs.some((q) => {
      const open = ctx.quotes[q]!.open;
      return ctx.tokens[a.content[0]]!.start <= open && ctx.tokens[a.content[1]]!.end > open;
    }),
  );
}

for (const [i, d] of docs.entries()) {
  const { seg, ents } = d.state;
  if (!seg || !ents) throw new Error(`newsgraph/quote-misses: ${d.stem} lacks a stage's output; rerun`);
  const m0 = models[i % models.length] ?? null;
  const tagger = m0 ? { ...m0, meta: { ...m0.meta, ...tryOpts } } : null;
  const sts = extractStatements(d.state.doc, seg, ents, {
    attribution: tagger,
    contentEnds: ends[i % ends.length] ?? null,
    quoteKeep: keep[i % keep.length] ?? null,
  }).statements;
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  const ctx = buildContext(d.text, seg);
  const m = greedyMatch(d.gold, pred, false);
  d.gold.forEach((g, gi) => {
    if (m.has(gi) || !g.content.some((f) => QUOTE_MARK.test(d.text.slice(f.start, f.end)))) return;
    const s = Math.min(...g.content.map((f) => f.start));
    const e = Math.max(...g.content.map((f) => f.end));
    const cue = g.cue.map((f) => d.text.slice(f.start, f.end)).join(" ");
    // our statements over it: their rule, cue and the ends of their content
    const ours = pred
      .filter((p) => fragOverlap(p.content, g.content) > 0)
      .map((p) => {
        const c = p.content.map((f) => d.text.slice(f.start, f.end)).join(" | ");
        return ` ‹${p.rule ?? "?"} [${p.cue.map((f) => d.text.slice(f.start, f.end)).join(" ")}] ${c.length > 90 ? `${c.slice(0, 40)} … ${c.slice(-40)}` : c}›`;
      })
      .join("");
    const cls = classify(ctx, g, pred, m);
    tally.bump(
      cls.startsWith("none") ? `${cls}, ${taggedOver(i, ctx, g) ? "tagged" : "not tagged"}` : cls,
      one(
        `doc ${i} [${cue}] ${d.text.slice(Math.max(0, s - 70), s)}⟦${d.text.slice(s, e)}⟧${d.text.slice(e, e + 30)}${ours}`,
      ),
    );
  });
}
tally.print();
