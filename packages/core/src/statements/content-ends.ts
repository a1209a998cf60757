// Where a reported clause ends: a learned yes/no at each comma, dash or adjunct word (PolNeAR keeps "…, including X" as often as it drops "…, who …").
import { z } from "zod";
import { linearScore, parseModelJson } from "./model-json.ts";
import type { Ctx } from "./context.ts";
import { CUES } from "./lexicon.ts";
import { CONTENT_BOUNDARY_WORDS } from "./lexicon-sources.ts";
import { cueKey } from "./learned/gate.ts";
import { startsLower, startsUpper } from "../util/letters.ts";
import { verbAhead, wordClass } from "./content-end-words.ts";

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
}

/** Parse and check the model file's text; the error names the module and the fix. */
export function parseContentEndModel(json: string): ContentEndModel {
  const m = parseModelJson(json, contentEndModelSchema, "content-ends");
  return { bias: m.bias, weights: new Map(Object.entries(m.weights)) };
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

/** The features of the boundary token `t` of a content (`passed`: boundaries gone past; none inside a quote is asked about). */
export function boundaryFeatures(ctx: Ctx, site: ContentSite, t: number, passed: number): string[] {
  const w = (i: number) => (i >= 0 && i < ctx.tokens.length ? cueKey(ctx.tokens[i]!.text) : "<s>");
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
  const c12 = `${c1}_${cls[1] ?? "-"}`;
  const verb = verbAhead(cls, 5);
  const fam = site.family;
  const cue = site.cue >= 0 ? w(site.cue) : "-";
  const s1 = shape(ctx.tokens[t + 1]?.text ?? "");
  const tok = w(t);
  return [
    `tok=${tok}`,
    `tok_n1=${tok}_${n1}`,
    `tok_fam=${tok}_${fam}`,
    `tok_len=${tok}_${bucket(t - site.first)}`,
    `tok_s1=${tok}_${s1}`,
    `n1=${n1}`,
    `n2=${n2}`,
    `n12=${n1}_${n2}`,
    `p1=${w(t - 1)}`,
    `s1=${s1}`,
    `s12=${s1}${shape(ctx.tokens[t + 2]?.text ?? "")}`,
    `ing=${n1.endsWith("ing")}`,
    `fam=${fam}`,
    `fam_n1=${fam}_${n1}`,
    `fam_s1=${fam}_${s1}`,
    `len=${bucket(t - site.first)}`,
    `fam_len=${fam}_${bucket(t - site.first)}`,
    `rest=${bucket(rest)}`,
    `passed=${Math.min(passed, 2)}`,
    `cue=${cue}`,
    `cue_n1=${cue}_${n1}`,
    `ahead=${cueAhead}`,
    `fam_ahead=${fam}_${cueAhead}`,
    `c1=${c1}`,
    `c12=${c12}`,
    `tok_c1=${tok}_${c1}`,
    `tok_c12=${tok}_${c12}`,
    `tok_verb=${tok}_${verb}`,
    `tok_c1_verb=${tok}_${c1}_${verb}`,
    `tok_quote=${tok}_${quoteAhead}`,
    `tok_rest=${tok}_${bucket(rest)}`,
    `bounds=${bucket(boundsAhead)}`,
  ];
}

export const boundaryScore: (m: ContentEndModel, feats: readonly string[]) => number = linearScore;

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
    if (t >= from && t > quoted && boundaryScore(m, boundaryFeatures(ctx, site, t, passed)) > 0) return t - 1;
    passed++;
  }
  return last;
}

/** The rule family of a statement's rule, as the boundary model reads it: "indirect:source-cue-clause" → "source-cue-clause". */
export const ruleFamily = (rule: string) => rule.replace(/^\w+:/, "");
