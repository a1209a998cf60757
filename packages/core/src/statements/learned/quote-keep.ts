// Scare quote or quoted words: a learned keep/drop for a tagged clause holding a one-word quote the rules left alone.
import { z } from "zod";
import { linearScore, parseModelJson, weightRecord } from "../model-json.ts";
import type { Ctx } from "../context.ts";
import type { Quote } from "../quotes.ts";
import { CUES } from "../lexicon.ts";
import { ARTICLES } from "../../text/closed-class.ts";
import { cueKey } from "./gate.ts";
import { tokenAt } from "../sentences.ts";
import { startsLower, startsUpper } from "../../util/letters.ts";

/** The model's file (`models/quote-keep.json`, made by `pnpm train:quote-keep`): a linear score per tagged clause. */
export const quoteKeepModelSchema = z.object({
  kind: z.literal("newsgraph-quote-keep"),
  version: z.literal(1),
  bias: z.number(),
  weights: weightRecord(),
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type QuoteKeepModelFile = z.infer<typeof quoteKeepModelSchema>;

export interface QuoteKeepModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

/** Parse and check the model file's text; the error names the module and the fix. */
export function parseQuoteKeepModel(json: string): QuoteKeepModel {
  const m = parseModelJson(json, quoteKeepModelSchema, "quote-keep");
  return { bias: m.bias, weights: new Map(Object.entries(m.weights)) };
}

const ARTICLE = new Set(ARTICLES);
const bucket = (n: number) => (n <= 1 ? String(n) : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+");
const shape = (w: string) =>
  /^\p{Lu}+$/u.test(w) && w.length > 1
    ? "A"
    : startsUpper(w)
      ? "C"
      : startsLower(w)
        ? "l"
        : /\p{N}/u.test(w)
          ? "9"
          : "o";

/** A tagged clause the one-word rule would drop: its cue and content tokens, its source, and the one-word quote inside. */
export interface QuoteKeepSite {
  cue: [number, number];
  /** first and last token of the content */
  content: [number, number];
  hasSource: boolean;
  sourcePronoun: boolean;
  quote: Quote;
  /** quotes in the content */
  quotes: number;
}

/** The features of one site: the quoted word, the words around it, the cue and where the quote sits in the content. */
export function quoteKeepFeatures(ctx: Ctx, site: QuoteKeepSite): string[] {
  const { tokens } = ctx;
  const w = (i: number) => (i >= 0 && i < tokens.length ? cueKey(tokens[i]!.text) : "<s>");
  const q = site.quote;
  let open = site.content[0];
  while (open < site.content[1] && tokens[open]!.end <= q.open) open++;
  let close = open;
  while (close < tokens.length - 1 && tokens[close + 1]!.start < q.close) close++;
  const word = ctx.text.slice(q.start, q.end);
  const cue = w(site.cue[0]);
  const info = CUES.get(cue);
  const before = w(open - 1);
  const after = w(close + 1);
  const len = site.content[1] - site.content[0] + 1;
  const cueDist = open > site.cue[1] ? open - site.cue[1] - 1 : site.cue[0] - close - 1;
  const side = open > site.cue[1] ? "after" : "before";
  const at = open === site.content[0] ? "first" : close >= site.content[1] - 1 ? "last" : "mid";
  return [
    "bias",
    `shape=${shape(word)}`,
    `chars=${bucket(Math.ceil(word.length / 3))}`,
    `hyphen=${word.includes("-")}`,
    `before=${before}`,
    `before-article=${ARTICLE.has(before)}`,
    `before2=${w(open - 2)}|${before}`,
    `after=${after}`,
    `cue=${cue}`,
    `cue-kind=${info ? info.kind : "none"}`,
    `cue-kind-at=${info ? info.kind : "none"}|${at}`,
    `cue-words=${bucket(site.cue[1] - site.cue[0] + 1)}`,
    `dist=${side}|${bucket(cueDist)}`,
    `content=${bucket(len)}`,
    `at=${at}`,
    `quotes=${bucket(site.quotes)}`,
    `source=${site.hasSource ? (site.sourcePronoun ? "pronoun" : "np") : "none"}`,
    `closed=${q.closed}`,
    `ends-sentence=${ctx.ends[close] === 1}`,
  ];
}

/** Keep the clause when its score is positive. */
export function keepQuoteClause(model: QuoteKeepModel, feats: readonly string[]): boolean {
  return linearScore(model, feats) > 0;
}

/** What the tagger's join passes in: the model, or (training) a probe that keeps every clause and records it. */
export interface QuoteKeepOptions {
  quoteKeep?: QuoteKeepModel | null;
  quoteKeepProbe?: (feats: string[], start: number, end: number) => void;
}

/**
 * Does a tagged clause (cue and content tokens, content characters s..e) holding a one-word quote the rules left alone
 * stay? Without a model it goes, as the one-word rule had it.
 */
export function keepsScare(
  ctx: Ctx,
  tagged: { cue: [number, number]; content: [number, number] },
  source: { pronoun: boolean } | null,
  quote: Quote,
  quotes: number,
  [s, e]: [number, number],
  opts: QuoteKeepOptions,
): boolean {
  if (!opts.quoteKeep && !opts.quoteKeepProbe) return false;
  const feats = quoteKeepFeatures(ctx, {
    cue: tagged.cue,
    content: [tagged.content[0], Math.max(tagged.content[0], tokenAt(ctx, e - 1))],
    hasSource: !!source,
    sourcePronoun: !!source?.pronoun,
    quote,
    quotes,
  });
  if (opts.quoteKeepProbe) {
    opts.quoteKeepProbe(feats, s, e);
    return true;
  }
  return keepQuoteClause(opts.quoteKeep!, feats);
}
