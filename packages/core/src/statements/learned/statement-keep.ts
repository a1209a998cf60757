// Keep or drop a finished indirect statement: learned scores of how likely PolNeAR marks it, and marks it strictly, so the least likely ones go.
import { z } from "zod";
import { linearScore, parseModelJson, weightRecord } from "../model-json.ts";
import type { Ctx } from "../context.ts";
import type { StatementsResult } from "../../schema/stages.ts";
import type { Statement } from "../../schema/record.ts";
import { CUES } from "../lexicon.ts";
import { PRONOUNS } from "../lexicon-pronouns.ts";
import { cueKey } from "./gate.ts";
import { sentenceOf, tokenAt } from "../sentences.ts";
import { startsUpper } from "../../util/letters.ts";
import { STRING_CODER, type FeatureCoder } from "../source-chooser-hash.ts";
import { PartsWeights, weightCoder } from "../parts-weights.ts";
import { putConfidence } from "./keep-confidence.ts";
import { mapPacked, objectArray } from "../../util/arrays.ts";
import { withStatements } from "../statement.ts";

/** Which statements the model is asked about: the tagger's indirect ones, or every indirect one (the rules' too). */
export type KeepScope = "tagger" | "indirect";

/** The model's file (`models/statement-keep.json`, made by `pnpm train:statement-keep`): a linear score per statement. */
export const statementKeepModelSchema = z.object({
  kind: z.literal("newsgraph-statement-keep"),
  version: z.literal(1),
  bias: z.number(),
  weights: weightRecord(),
  /** which statements it is asked about (absent: the tagger's, the tenth session's files) */
  scope: z.enum(["tagger", "indirect"]).optional(),
  /** a second score, of a strict match (≥ 80 % both ways): a statement goes when either score is at or below 0 */
  strict: z
    .object({
      bias: z.number(),
      weights: weightRecord(),
      /** asked only where the overlap score is at most this (absent: everywhere), so a likely match stays */
      onlyBelow: z.number().optional(),
    })
    .optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type StatementKeepModelFile = z.infer<typeof statementKeepModelSchema>;

/** One linear score over the features. */
export interface KeepScore {
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** the weights by their features' parts (parts-weights.ts), made when the file is read; absent: looked up by string */
  coder?: FeatureCoder<number>;
}

/** The score of a match by overlap, and optionally of a strict match: a statement goes when either is at or below 0. */
export interface StatementKeepModel extends KeepScore {
  /** which statements it is asked about; absent: the tagger's */
  scope?: KeepScope;
  /** `onlyBelow`: the strict score is asked only where the overlap score is at most this (absent: everywhere) */
  strict?: KeepScore & { onlyBelow?: number };
}

/** Parse and check the model file's text; the error names the module and the fix. */
export function parseStatementKeepModel(json: string): StatementKeepModel {
  const m = parseModelJson(json, statementKeepModelSchema, "statement-keep");
  const read = (x: { bias: number; weights: Record<string, number> }): KeepScore => {
    const weights = new Map(Object.entries(x.weights));
    return { bias: x.bias, weights, coder: weightCoder(new PartsWeights(weights)) };
  };
  const strict = m.strict
    ? { ...read(m.strict), ...(m.strict.onlyBelow === undefined ? {} : { onlyBelow: m.strict.onlyBelow }) }
    : null;
  return { ...read(m), scope: m.scope ?? "tagger", ...(strict ? { strict } : {}) };
}

const WORD = /[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}]/gu;
// no match gives an object list too: a literal `[]` holds small integers, another array map for `.pop()` to meet
const words = (s: string) => s.match(WORD) ?? objectArray<string>();
const bucket = (n: number) =>
  n <= 1 ? String(n) : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : n <= 25 ? "13-25" : "26+";

/** Tokens around a content where a quote makes it no question: PolNeAR's content may run on into the quote. */
const NEAR_QUOTE = 3;
/**
 * Only indirect statements with no quote in or beside their content are asked about, at scope `tagger` only the
 * tagger's: a quote is PolNeAR's almost always (dropping the tagger's mixed statements too cost 13 direct quotes in
 * train CV, indirect ones beside a quote 4). Scope `indirect` asks about the rules' too: their families are 80–98 %
 * matched (`scripts/attribution/rule-precision.ts`) but some far less strictly (the fifteenth session's notes).
 */
export function asksAbout(ctx: Ctx, st: Statement, scope: KeepScope = "tagger"): boolean {
  if (st.kind !== "indirect") return false;
  if (scope === "tagger" && !st.rule?.includes("model")) return false;
  const a = Math.max(0, tokenAt(ctx, st.start) - NEAR_QUOTE);
  const b = Math.min(ctx.tokens.length - 1, tokenAt(ctx, Math.max(st.start, st.end - 1)) + NEAR_QUOTE);
  for (let t = a; t <= b; t++) if (ctx.qidx[t]! >= 0) return false;
  return true;
}

/**
 * The features of one statement: its rule, cue words, source, and the shape of its content and where it sits, each
 * written by `coder` from its parts: strings for training, their weights when deciding (parts-weights.ts).
 */
export function statementKeepFeatures<K = string>(
  ctx: Ctx,
  st: Statement,
  coder: FeatureCoder<K> = STRING_CODER as unknown as FeatureCoder<K>,
  all: readonly Statement[] = [],
): K[] {
  const { text } = ctx;
  const cueWords = st.cue ? mapPacked(words(st.cue.text), cueKey) : objectArray<string>();
  const cue = cueWords.join(" ") || "-";
  const cueHead = cueWords[0] ?? "-";
  const cueLast = cueWords[cueWords.length - 1] ?? "-";
  const info = CUES.get(cueHead) ?? CUES.get(cueLast);
  const content = mapPacked(words(st.text), cueKey);
  const first = content[0] ?? "-";
  const src = st.source ? words(st.source.text) : objectArray<string>();
  const source = !st.source
    ? "none"
    : src.length === 1 && PRONOUNS.has(src[0]!.toLowerCase())
      ? "pronoun"
      : startsUpper(st.source.text)
        ? "C"
        : "l";
  const side = !st.cue ? "none" : st.cue.end <= st.start ? "before" : st.cue.start >= st.end ? "after" : "inside";
  const gap = st.cue && st.cue.end <= st.start ? words(text.slice(st.cue.end, st.start)).length : -1;
  const t0 = tokenAt(ctx, st.start);
  const [sa, sb] = sentenceOf(ctx, t0);
  const tEnd = tokenAt(ctx, Math.max(st.start, st.end - 1));
  const toEnd = Math.max(0, sb - tEnd);
  const sentenceWords = sb - sa + 1;
  const rule = st.rule ?? "-";
  const capsCue = !!st.cue && /^\p{Lu}/u.test(st.cue.text);
  const before = st.cue ? cueKey(words(text.slice(Math.max(0, st.cue.start - 40), st.cue.start)).pop() ?? "<s>") : "-";
  const after = cueKey(words(text.slice(st.end, st.end + 40))[0] ?? "</s>");
  const innerCue = content.slice(1).some((w) => CUES.has(w));
  const base = info ? info.base : cueLast;
  const lenB = bucket(content.length);
  const out: K[] = [];
  const put = coder.put;
  put(out, "bias");
  put(out, "rule=", rule);
  put(out, "cue=", cue);
  put(out, "cue-head=", cueHead);
  put(out, "cue-last=", cueLast);
  put(out, "cue-kind=", info ? info.kind : "none");
  put(out, "cue-n=", bucket(cueWords.length));
  put(out, "cue-caps=", String(capsCue));
  put(out, "first=", first);
  put(out, "cue-first=", cueLast, "|", first);
  put(out, "len=", lenB);
  put(out, "rule-len=", rule, "|", lenB);
  put(out, "source=", source);
  put(out, "cue-source=", cueLast, "|", source);
  put(out, "side=", side);
  put(out, "gap=", bucket(gap));
  put(out, "to-end=", bucket(toEnd));
  put(out, "sentence=", bucket(sentenceWords));
  put(out, "starts-sentence=", String(t0 === sa));
  put(out, "parts=", String(st.parts?.length ?? 1));
  put(out, "before=", before);
  put(out, "after=", after);
  put(out, "inner-cue=", String(innerCue));
  put(out, "base=", base);
  put(out, "base-side=", base, "|", side);
  put(out, "rule-source=", rule, "|", source);
  put(out, "last=", content[content.length - 1] ?? "-");
  put(out, "src-first=", src.length ? cueKey(src[0]!) : "-");
  const nest = nesting(st, all);
  put(out, "nest=", nest);
  put(out, "rule-nest=", rule, "|", nest);
  put(out, "cue-nest=", cueLast, "|", nest);
  putConfidence(ctx, st, rule, coder, out);
  return out;
}

/**
 * Where the statement sits among the others: `out` when its content holds another statement's cue (ours the outer
 * level), `in` when its cue lies in another's content (the inner level), both, or none. PolNeAR marks one level of
 * such pairs more often than the other, by cue.
 */
function nesting(st: Statement, all: readonly Statement[]): string {
  let outer = false;
  let inner = false;
  const at = st.cue ? st.cue.start : st.start;
  for (const o of all) {
    if (o === st) continue;
    if (o.cue && o.cue.start >= st.start && o.cue.end <= st.end) outer = true;
    if (at >= o.start && at < o.end) inner = true;
  }
  return outer ? (inner ? "both" : "out") : inner ? "in" : "none";
}

/** The statement's score: by the model's parts table when it has one (the same sum, no strings built), else by strings. */
function keepScore(ctx: Ctx, st: Statement, m: KeepScore, all: readonly Statement[]): number {
  if (!m.coder) return linearScore(m, statementKeepFeatures(ctx, st, undefined, all));
  const ws = statementKeepFeatures(ctx, st, m.coder, all);
  let s = m.bias;
  for (let i = 0; i < ws.length; i++) s += ws[i]!;
  return s;
}

/**
 * Whether a statement asked about stays: both scores above 0, the strict one read only where the overlap score is at
 * most its `onlyBelow`: a statement PolNeAR likely marks in part costs overlap F1 when it goes, for little strict F1.
 */
function keeps(ctx: Ctx, st: Statement, m: StatementKeepModel, all: readonly Statement[]): boolean {
  const o = keepScore(ctx, st, m, all);
  if (o <= 0) return false;
  if (!m.strict || (m.strict.onlyBelow !== undefined && o > m.strict.onlyBelow)) return true;
  return keepScore(ctx, st, m.strict, all) > 0;
}

/**
 * The statements with the least likely ones dropped (a score at or below 0). Run last, after late-spans.ts: the model
 * reads the statements as they are scored. Without a model every statement stays.
 */
export function keepStatements(ctx: Ctx, result: StatementsResult, m: StatementKeepModel | null): StatementsResult {
  if (!m) return result;
  const all = result.statements;
  const statements = all.filter((st) => !asksAbout(ctx, st, m.scope) || keeps(ctx, st, m, all));
  return statements.length === result.statements.length ? result : withStatements(result, statements);
}
