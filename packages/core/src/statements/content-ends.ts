// Where a reported clause ends: a learned yes/no at each comma, dash or adjunct word (PolNeAR keeps "…, including X" as often as it drops "…, who …").
import { z } from "zod";
import { linearScore, parseModelJson } from "./model-json.ts";
import type { Ctx } from "./context.ts";
import { CUES } from "./lexicon.ts";
import { CONTENT_BOUNDARY_WORDS } from "./lexicon-sources.ts";
import { startsLower, startsUpper } from "../util/letters.ts";
import { verbAhead, wordClass } from "./content-end-words.ts";
import { STRING_CODER, type FeatureCoder } from "./source-chooser-hash.ts";
import { PartsWeights, weightCoder } from "./parts-weights.ts";

/** The boundary model's file (`models/content-ends.json`, made by `pnpm train:content-ends`): a linear score per boundary token. */
export const contentEndModelSchema = z.object({
  kind: z.literal("newsgraph-content-ends"),
  version: z.literal(1),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type ContentEndModelFile = z.infer<typeof contentEndModelSchema>;

export interface ContentEndModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** training's model that never ends a content: a clause run on keeps a comma or conjunction it ends with */
  keepTrailing?: boolean;
  /** the weights by their features' parts (parts-weights.ts), made when the file is read; absent: looked up by string */
  coder?: FeatureCoder<number>;
}

/** Parse and check the model file's text; the error names the module and the fix. */
export function parseContentEndModel(json: string): ContentEndModel {
  const m = parseModelJson(json, contentEndModelSchema, "content-ends");
  const weights = new Map(Object.entries(m.weights));
  return { bias: m.bias, weights, coder: weightCoder(new PartsWeights(weights)) };
}

const BOUNDARY = new Set([",", ";", "—", "–", "--", "(", ...CONTENT_BOUNDARY_WORDS]);
/** A token where a content may end: punctuation or a word that opens an adjunct or another clause. */
export const isBoundary = (w: string) => BOUNDARY.has(w);

const bucket = (n: number) => (n <= 2 ? String(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "21+");
const STARTS_NUMBER = /^\p{N}/u;
const STARTS_QUOTE = /^["“”‘’']/;
const shape = (w: string) =>
  startsUpper(w) ? "C" : startsLower(w) ? "l" : STARTS_NUMBER.test(w) ? "9" : STARTS_QUOTE.test(w) ? "q" : w;

/** Where a content sits: its first token, its cue's first token (or -1) and the rule that made it ("model", "source-cue-clause"). */
export interface ContentSite {
  first: number;
  cue: number;
  family: string;
}

/**
 * The features of the boundary token `t` of a content (`passed`: boundaries gone past; none inside a quote is asked
 * about), each written by `coder` from its parts: strings for training, their weights when deciding (parts-weights.ts).
 */
export function boundaryFeatures<K = string>(
  ctx: Ctx,
  site: ContentSite,
  t: number,
  passed: number,
  coder: FeatureCoder<K> = STRING_CODER as unknown as FeatureCoder<K>,
): K[] {
  const keys = ctx.keys;
  const w = (i: number) => (i >= 0 && i < keys.length ? keys[i]! : "<s>");
  const n1 = w(t + 1);
  const n2 = w(t + 2);
  let rest = 0;
  let cueAhead = false;
  let quoteAhead = false;
  let boundsAhead = 0;
  // the classes of the next words up to the clause's end: a comma stays itself, so a verb after it is another clause's
  const cls: string[] = [];
  for (let i = t + 1; i < ctx.tokens.length && rest < 60; i++, rest++) {
    const k = w(i);
    if (i - t <= 4 && CUES.has(k)) cueAhead = true;
    if (ctx.qidx[i]! >= 0) quoteAhead = true;
    else if (isBoundary(k)) boundsAhead++;
    if (cls.length < 6) cls.push(k === "," ? "," : wordClass(k, ctx.tokens[i]!.text));
    if (ctx.ends[i]) break;
  }
  const c1 = cls[0] ?? "-";
  const c2 = cls[1] ?? "-";
  const verb = String(verbAhead(cls, 5));
  const fam = site.family;
  const cue = site.cue >= 0 ? w(site.cue) : "-";
  const s1 = shape(ctx.tokens[t + 1]?.text ?? "");
  const tok = w(t);
  const len = bucket(t - site.first);
  const ahead = String(cueAhead);
  const restB = bucket(rest);
  const out: K[] = [];
  const put = coder.put;
  put(out, "tok=", tok);
  put(out, "tok_n1=", tok, "_", n1);
  put(out, "tok_fam=", tok, "_", fam);
  put(out, "tok_len=", tok, "_", len);
  put(out, "tok_s1=", tok, "_", s1);
  put(out, "n1=", n1);
  put(out, "n2=", n2);
  put(out, "n12=", n1, "_", n2);
  put(out, "p1=", w(t - 1));
  put(out, "s1=", s1);
  put(out, "s12=", s1, shape(ctx.tokens[t + 2]?.text ?? ""));
  put(out, "ing=", String(n1.endsWith("ing")));
  put(out, "fam=", fam);
  put(out, "fam_n1=", fam, "_", n1);
  put(out, "fam_s1=", fam, "_", s1);
  put(out, "len=", len);
  put(out, "fam_len=", fam, "_", len);
  put(out, "rest=", restB);
  put(out, "passed=", String(Math.min(passed, 2)));
  put(out, "cue=", cue);
  put(out, "cue_n1=", cue, "_", n1);
  put(out, "ahead=", ahead);
  put(out, "fam_ahead=", fam, "_", ahead);
  put(out, "c1=", c1);
  put(out, "c12=", c1, "_", c2);
  put(out, "tok_c1=", tok, "_", c1);
  put(out, "tok_c12=", tok, "_", c1, "_", c2);
  put(out, "tok_verb=", tok, "_", verb);
  put(out, "tok_c1_verb=", tok, "_", c1, "_", verb);
  put(out, "tok_quote=", tok, "_", String(quoteAhead));
  put(out, "tok_rest=", tok, "_", restB);
  put(out, "bounds=", bucket(boundsAhead));
  return out;
}

export const boundaryScore: (m: ContentEndModel, feats: readonly string[]) => number = linearScore;

/** The boundary's score: by the model's parts table when it has one (the same sum, no strings built), else by strings. */
function scoreAt(ctx: Ctx, m: ContentEndModel, site: ContentSite, t: number, passed: number): number {
  if (!m.coder) return boundaryScore(m, boundaryFeatures(ctx, site, t, passed));
  const ws = boundaryFeatures(ctx, site, t, passed, m.coder);
  let s = m.bias;
  for (let i = 0; i < ws.length; i++) s += ws[i]!;
  return s;
}

/**
 * The content [site.first, last] cut before its first boundary the model scores as an end (none inside a quote or
 * before `from` is asked about): the last token kept.
 */
export function cutAtBoundary(ctx: Ctx, m: ContentEndModel, site: ContentSite, from: number, last: number): number {
  let passed = 0;
  // a cut never drops a quote: only boundaries after the content's last quoted token are asked about
  let quoted = -1;
  for (let t = site.first; t <= last; t++) if (ctx.qidx[t]! >= 0) quoted = t;
  for (let t = site.first + 1; t <= last; t++) {
    if (!isBoundary(ctx.tokens[t]!.text) || ctx.qidx[t]! >= 0) continue;
    if (t >= from && t > quoted && scoreAt(ctx, m, site, t, passed) > 0) return t - 1;
    passed++;
  }
  return last;
}

/** The rule family of a statement's rule, as the boundary model reads it: "indirect:source-cue-clause" → "source-cue-clause". */
export const ruleFamily = (rule: string) => rule.replace(/^\w+:/, "");
