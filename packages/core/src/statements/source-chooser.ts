// A learned source chooser: per attribution, rank the rules' or the tagger's source against the noun phrases of its sentence.
import { z } from "zod";
import type { Mention } from "../schema/stages.ts";
import { isCap, isWord, type Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { CUES, PRONOUNS } from "./lexicon.ts";
import { npLeft, npToken, leftSubject, type SourceSpan } from "./source.ts";
import { plausibleSubject } from "./main-subject.ts";
import { sentenceOf, tokenAt } from "./sentences.ts";
import { cueKey } from "./learned/gate.ts";
import { mentionKinds } from "./learned/features.ts";
import { ruleFamily } from "./content-ends.ts";

/** The chooser's file (`models/source-chooser.json`, made by `pnpm train:source-chooser`): a linear score per option. */
export const sourceChooserSchema = z.object({
  kind: z.literal("newsgraph-source-chooser"),
  version: z.literal(1),
  /** a candidate replaces the current source only when it scores this much above it (chosen by train CV) */
  margin: z.number(),
  /** which attributions it may change: every one with a cue, the tagger's and the unsourced, or the unsourced only */
  scope: z.enum(["all", "tagger", "unsourced"]),
  weights: z.record(z.string(), z.number()),
  meta: z.record(z.string(), z.unknown()).optional(),
});

export type ChooserScope = "all" | "tagger" | "unsourced";

export interface SourceChooserModel {
  margin: number;
  scope: ChooserScope;
  weights: ReadonlyMap<string, number>;
}

/** Parse and check the model file's text; the error names the module and the fix. */
export function parseSourceChooser(json: string): SourceChooserModel {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(
      `newsgraph/source-chooser: the model file is not JSON (${String(e)}); rerun pnpm train:source-chooser`,
      { cause: e },
    );
  }
  const r = sourceChooserSchema.safeParse(raw);
  if (!r.success)
    throw new Error(
      `newsgraph/source-chooser: the model file does not fit its schema (${r.error.message}); rerun pnpm train:source-chooser`,
    );
  return { margin: r.data.margin, scope: r.data.scope, weights: new Map(Object.entries(r.data.weights)) };
}

/** One option for an attribution's source: keep what it has (span null), or a noun phrase of its sentence. */
export interface SourceOption {
  span: SourceSpan | null;
  feats: string[];
}

const KINDS = ["-", "PER", "ORG", "GPE", "LOC"] as const;
const bucket = (n: number) =>
  n <= 1
    ? "1"
    : n <= 2
      ? "2"
      : n <= 3
        ? "3"
        : n <= 5
          ? "4-5"
          : n <= 8
            ? "6-8"
            : n <= 12
              ? "9-12"
              : n <= 20
                ? "13-20"
                : "21+";
const shape = (w: string) => (isCap(w) ? "C" : /^\p{N}/u.test(w) ? "9" : "l");
const POSSESSIVE = /^['’]s$/;

/** Per-document facts the options read, built once: each token's entity kind and the mention span holding it. */
export interface ChooserDoc {
  kinds: Uint8Array;
  /** first and last token of the mention holding each token (-1 outside mentions) */
  mFirst: Int32Array;
  mLast: Int32Array;
}

export function chooserDoc(ctx: Ctx, mentions: readonly Mention[]): ChooserDoc {
  const n = ctx.tokens.length;
  const mFirst = new Int32Array(n).fill(-1);
  const mLast = new Int32Array(n).fill(-1);
  for (const m of mentions) {
    const a = tokenAt(ctx, m.start);
    let b = a;
    while (b + 1 < n && ctx.tokens[b + 1]!.start < m.end) b++;
    for (let t = a; t <= b; t++) {
      mFirst[t] = a;
      mLast[t] = b;
    }
  }
  return { kinds: mentionKinds(ctx, mentions), mFirst, mLast };
}

/** Token roles of the attributions (1 content, 2 cue, 3 source) and the source span holding each source token. */
export interface RoleMap {
  role: Uint8Array;
  source: (SourceSpan | undefined)[];
}

export function roleMap(ctx: Ctx, accepted: readonly Candidate[]): RoleMap {
  const role = new Uint8Array(ctx.tokens.length);
  const source: (SourceSpan | undefined)[] = [];
  for (const c of accepted) {
    const [s, e] = c.claim ?? [c.start, c.end];
    for (let t = tokenAt(ctx, s); t < ctx.tokens.length && ctx.tokens[t]!.start < e; t++)
      if (ctx.tokens[t]!.end > s) role[t] = 1;
  }
  for (const c of accepted) {
    if (c.cue) role.fill(2, c.cue[0], c.cue[1] + 1);
    if (c.source) {
      role.fill(3, c.source.first, c.source.last + 1);
      for (let t = c.source.first; t <= c.source.last; t++) source[t] ??= c.source;
    }
  }
  return { role, source };
}

/**
 * The options of attribution `c`: keep its source (or none), or the noun phrase headed at a word of its sentence outside
 * quotes and its own content and cue (a mention's whole span, a pronoun, else the phrase read leftwards from the word).
 */
export function sourceOptions(ctx: Ctx, doc: ChooserDoc, roles: RoleMap, c: Candidate): SourceOption[] {
  const { role } = roles;
  const cue = c.cue!;
  const family = ruleFamily(c.rule);
  const cueWord = cueKey(ctx.tokens[cue[0]]!.text);
  const cueKind = CUES.get(cueWord)?.kind ?? "open";
  const cur = c.source;
  const curKind = cur ? (cur.pronoun ? "pron" : KINDS[doc.kinds[cur.last]!]!) : "none";
  const curSide = cur ? (cur.last < cue[0] ? "L" : "R") : "-";
  const keep = [
    "K",
    `K|f=${family}`,
    `K|k=${c.kind}`,
    `K|cur=${curKind}`,
    `K|cur=${curKind}|f=${family}`,
    `K|side=${curSide}|f=${family}`,
    `K|cue=${cueWord}`,
    `K|ck=${cueKind}|cur=${curKind}`,
    `K|inh=${c.inherit}`,
  ];
  if (cur) keep.push(`K|d=${bucket(cur.last < cue[0] ? cue[0] - cur.last : cur.first - cue[1])}`);
  const out: SourceOption[] = [{ span: null, feats: keep }];
  const [s0, s1] = sentenceOf(ctx, cue[0]);
  const subject = leftSubject(ctx, cue[0], s0);
  const first = tokenAt(ctx, c.start);
  const last = tokenAt(ctx, Math.max(c.start, c.end - 1));
  const seen = new Set<string>();
  for (let t = s0; t <= s1; t++) {
    const w = ctx.tokens[t]!.text;
    if (!isWord(w) || ctx.qidx[t]! >= 0 || (t >= first && t <= last) || (t >= cue[0] && t <= cue[1])) continue;
    if (cur && t >= cur.first && t <= cur.last) continue;
    const low = cueKey(w);
    const pron = PRONOUNS.has(low) || low === "who";
    const kind = KINDS[doc.kinds[t]!]!;
    // a mention counts once, by its last token
    if (kind !== "-" && doc.mLast[t] !== t) continue;
    let span: SourceSpan | null;
    if (pron) span = { first: t, last: t, pronoun: true };
    else if (doc.mFirst[t]! >= 0) span = { first: doc.mFirst[t]!, last: t, pronoun: false };
    else span = npLeft(ctx, t, s0) ?? { first: t, last: t, pronoun: false };
    // another attribution's source is shared whole, never in part (finish.ts drops a partly overlapping one)
    for (let i = span.first; i <= span.last; i++) {
      const other = roles.source[i];
      if (other) {
        span = other;
        break;
      }
    }
    if (cur && span.first <= cur.last && span.last >= cur.first) continue;
    const key = `${span.first}:${span.last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const side = t < cue[0] ? "L" : "R";
    const d = bucket(side === "L" ? cue[0] - t : t - cue[1]);
    let commas = 0;
    let quote = false;
    let otherCue = false;
    const [a, b] = side === "L" ? [t + 1, cue[0] - 1] : [cue[1] + 1, t - 1];
    for (let i = a; i <= b; i++) {
      const x = ctx.tokens[i]!.text;
      if (x === ",") commas++;
      if (ctx.qidx[i]! >= 0) quote = true;
      if (role[i] === 2) otherCue = true;
    }
    const prev = t > 0 ? cueKey(ctx.tokens[t - 1]!.text) : "<s>";
    const next = t + 1 < ctx.tokens.length ? cueKey(ctx.tokens[t + 1]!.text) : "</s>";
    const what = pron ? `p:${low}` : kind !== "-" ? kind : shape(w);
    const own = role[t] === 3 ? "src" : role[t] === 1 ? "con" : "-";
    const subj = subject && t >= subject.first && t <= subject.last ? "S" : "-";
    // what kind of word heads the phrase: a noun-phrase word, a cue word, a verb or adverb form
    const head = pron
      ? "pron"
      : !npToken(ctx, t)
        ? CUES.has(low)
          ? "cue"
          : "x"
        : /(?:ing|ed)$/.test(low)
          ? "v?"
          : "n";
    const plausible = plausibleSubject(ctx, span);
    const fw = cueKey(ctx.tokens[span.first]!.text);
    out.push({
      span,
      feats: [
        "O",
        `s=${side}`,
        `s=${side}|d=${d}`,
        `s=${side}|w=${what}`,
        `s=${side}|d=${d}|w=${what}`,
        `s=${side}|f=${family}`,
        `s=${side}|w=${what}|f=${family}`,
        `s=${side}|cur=${curKind}`,
        `s=${side}|w=${what}|cur=${curKind}`,
        `s=${side}|ck=${cueKind}`,
        `s=${side}|cue=${cueWord}`,
        `s=${side}|k=${c.kind}`,
        `w=${low}`,
        `s=${side}|w=${low}`,
        `prev=${prev}`,
        `s=${side}|prev=${prev}`,
        `next=${next}`,
        `s=${side}|next=${next}`,
        `adj=${side === "L" ? t === cue[0] - 1 : t === cue[1] + 1}|s=${side}`,
        `poss=${POSSESSIVE.test(next)}`,
        `commas=${Math.min(commas, 3)}|s=${side}`,
        `q=${quote}|s=${side}`,
        `oc=${otherCue}|s=${side}`,
        `own=${own}`,
        `own=${own}|f=${family}`,
        `subj=${subj}|s=${side}`,
        `subj=${subj}|cur=${curKind}`,
        `start=${t === s0 || span.first === s0}`,
        `len=${bucket(span.last - span.first + 1)}`,
        `h=${head}`,
        `h=${head}|s=${side}`,
        `pl=${plausible}`,
        `pl=${plausible}|s=${side}|d=${d}`,
        `pl=${plausible}|h=${head}|cur=${curKind}`,
        `fw=${fw}`,
        `fw=${fw}|s=${side}`,
      ],
    });
  }
  return out;
}

export const optionScore = (m: SourceChooserModel, o: SourceOption) => {
  let s = 0;
  for (const f of o.feats) s += m.weights.get(f) ?? 0;
  return s;
};

/** Which attributions the chooser may touch: one with a cue, not a raising frame (its subject is content) nor "according to". */
export const chooserSite = (c: Candidate) =>
  !!c.cue && !c.rule.endsWith(":raising") && !c.rule.endsWith("according-to");

const inScope = (c: Candidate, scope: ChooserScope) =>
  scope === "all" || !c.source || (scope === "tagger" && c.rule.includes("model"));

/**
 * Each attribution with a cue takes the best option when it beats keeping its source by the model's margin. Runs after
 * the subject readers and before `polnearSources`, so a chosen phrase grows to PolNeAR's span and its speaker is resolved
 * as any source's (`finish.ts`). Train CV chose what it may change (see README *Statements*).
 */
export function chooseSources(
  ctx: Ctx,
  accepted: Candidate[],
  mentions: readonly Mention[],
  model: SourceChooserModel | null,
): Candidate[] {
  if (!model) return accepted;
  const doc = chooserDoc(ctx, mentions);
  const role = roleMap(ctx, accepted);
  return accepted.map((c) => {
    if (!chooserSite(c) || !inScope(c, model.scope)) return c;
    const opts = sourceOptions(ctx, doc, role, c);
    const keep = optionScore(model, opts[0]!);
    let best: SourceOption | null = null;
    let bestScore = keep + model.margin;
    for (let i = 1; i < opts.length; i++) {
      const s = optionScore(model, opts[i]!);
      if (s > bestScore) {
        bestScore = s;
        best = opts[i]!;
      }
    }
    return best?.span ? { ...c, source: best.span, inherit: false, rule: `${c.rule}+chosen-source` } : c;
  });
}
