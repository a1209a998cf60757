// Reported-clause shaping: the content span of a clause, cut before another attribution joined to it.
import type { QuoteKind } from "../schema/record.ts";
import { CUES } from "./lexicon.ts";
import { SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import { PRONOUNS, GENDERED_PRONOUNS, PERSON_PRONOUNS, RELATIVE_OBJECT } from "./lexicon-pronouns.ts";
import { COORD, NOT_VERB } from "./lexicon-syntax.ts";
import type { Ctx } from "./context.ts";
import type { SourceSpan } from "./source.ts";
import { firstIndex } from "./spans.ts";
import { candidate, type Candidate, type CandidateBase } from "./candidate.ts";
import { wordRegex } from "../util/word-regex.ts";
import { SIMPLE_PAST_CUES } from "./lexicon-verbs.ts";
import { BE_HAVE, CUE_JOINERS, FINITE_AUX, FRONTED_OPENERS } from "./lexicon-function-words.ts";

// the candidate's shape lives with its factory (candidate.ts); re-exported for the rule files that import it from here
export type { Candidate } from "./candidate.ts";

const SIMPLE_PAST = wordRegex(SIMPLE_PAST_CUES);
const CUE_JOINER = wordRegex(CUE_JOINERS);
const GENDERED = wordRegex(GENDERED_PRONOUNS, "i");
const RELATIVE = wordRegex(RELATIVE_OBJECT);
const PERSON_PRONOUN = wordRegex(PERSON_PRONOUNS);
const AUX_BEFORE_PARTICIPLE = wordRegex(BE_HAVE);
const DASH = /^(?:—|–|--)$/;
const FINITE_WORD = wordRegex([...FINITE_AUX, ...BE_HAVE]);
const TRAIL = /^(?:[,.;:!?…—–-]+|that)$/;

/** Content characters for tokens a..b, trimming "that", commas and final punctuation. */
function contentSpan(ctx: Ctx, a: number, b: number): [number, number] | null {
  while (a <= b && TRAIL.test(ctx.tokens[a]!.text) && ctx.qidx[a]! < 0) a++;
  while (b >= a && /^[,.;:!?—–-]+$/.test(ctx.tokens[b]!.text) && ctx.qidx[b]! < 0) b--;
  if (b < a) return null;
  let words = 0;
  for (let t = a; t <= b && words < 2; t++) if (/[\p{L}\p{N}]/u.test(ctx.tokens[t]!.text)) words++;
  if (words < 2) return null;
  const q0 = ctx.qidx[a]!;
  const q1 = ctx.qidx[b]!;
  // a content starting or ending with a quote keeps its marks, so it is never cut inside a mark pair
  const start = q0 >= 0 ? ctx.quotes[q0]!.open : ctx.tokens[a]!.start;
  const end = q1 >= 0 ? ctx.quotes[q1]!.close : ctx.tokens[b]!.end;
  return [start, end];
}

/** True when a whole quote lies inside [start, end); binary search over the sorted quotes. */
function hasQuote(ctx: Ctx, start: number, end: number): boolean {
  const q = ctx.quotes[firstIndex(ctx.quotes.length, (i) => ctx.quotes[i]!.open < start)];
  return q !== undefined && q.close <= end;
}

/** Stop a reported clause before another attribution joined to it (", and sources say …", ", arguing that …"). */
function cutCoordinate(ctx: Ctx, a: number, b: number): number {
  for (let j = a; j < b; j++) {
    const q = ctx.qidx[j]!;
    // a quote ending in a comma (“…,” but he said) is the comma before the next clause
    const quoteComma = q >= 0 && ctx.qidx[j + 1] !== q && closesWithComma(ctx, q, j);
    if (q >= 0 && !quoteComma) continue;
    const w = ctx.tokens[j]!.text;
    // "… and said …", "calling him a “stiff” and accusing him …", "… but argues …", "… before claiming …": a second
    // attribution joined to the first; "and Vale calling it …" brings its own subject
    if (CUE_JOINER.test(w) && j > a) {
      const next = ctx.tokens[skipAdverbs(ctx, j + 1, b)]!.text;
      const info = CUES.get(next);
      if (info && info.kind !== "according" && (w === "and" || w === "but" || info.kind === "participle")) return j - 1;
      if (w === "and" && (subjectThenCue(ctx, j + 1, b) || nameThenParticiple(ctx, j + 1))) return j - 1;
    }
    if (w !== "," && !quoteComma && !DASH.test(w)) continue;
    // ", Vale also noted …", ", who he dubbed “…”": another subject and cue, maybe behind a relative pronoun
    if (j > a && (subjectThenCue(ctx, j + 1, b) || relativeCue(ctx, j + 1))) return quoteComma ? j : j - 1;
    let k = j + 1;
    while (k < b && SKIP_BEFORE_CUE.has(ctx.tokens[k]!.text.toLowerCase())) k++;
    if (CUES.get(ctx.tokens[k]!.text)?.kind === "participle" && j > a) return j - 1;
    // "summed up Reyl as “terrible,” denounced her record …": a list of the subject's acts, each its own attribution
    // "Vale, who’s argued that …, spoke last": the main clause's verb resumes after the relative clause
    const kw = ctx.tokens[k]!.text;
    const kInfo = CUES.get(kw);
    // (a simple past right after the comma: "…, never written down, had …" is a participle inside the clause)
    const past = kInfo?.kind === "verb" && k === j + 1 && (/ed$/.test(kw) || SIMPLE_PAST.test(kw));
    if (j > a && past && !/^(?:that|to)$/.test(ctx.tokens[k - 1]!.text)) return quoteComma ? j : j - 1;
    if (!COORD.has(ctx.tokens[j + 1]!.text.toLowerCase())) continue;
    // ", but he has also intensified …": a reporter's third-person "he"/"she" opens a clause of the narration
    if (GENDERED.test(ctx.tokens[j + 2]?.text ?? "") && ctx.qidx[j + 2]! < 0 && j > a) return j - 1;
    for (let k = j + 2; k <= Math.min(b, j + 9); k++)
      if (ctx.qidx[k]! < 0 && CUES.get(ctx.tokens[k]!.text)?.kind === "verb") return j - 1;
  }
  return b;
}

/** True when token t closes quote q and the quoted words end in a comma: “…,” stands where a comma would. */
function closesWithComma(ctx: Ctx, q: number, t: number): boolean {
  return ctx.qCloseTok[q] === t && /,\s*$/.test(ctx.text.slice(ctx.quotes[q]!.start, ctx.quotes[q]!.end));
}

/** "Reyl saying …, and Vale calling it …": a capitalised name and a participle cue, an absolute phrase of its own. */
function nameThenParticiple(ctx: Ctx, k: number): boolean {
  let v = k;
  while (v < ctx.tokens.length && v - k < 4 && ctx.qidx[v]! < 0 && /^\p{Lu}[\p{L}.'’-]*$/u.test(ctx.tokens[v]!.text))
    v++;
  return v > k && CUES.get(ctx.tokens[v]?.text ?? "")?.kind === "participle" && ctx.qidx[v]! < 0;
}

/** "who he dubbed", "which she called": a relative pronoun, a personal pronoun, then any cue verb. */
function relativeCue(ctx: Ctx, k: number): boolean {
  const t = (i: number) => ctx.tokens[i]?.text ?? "";
  return (
    RELATIVE.test(t(k)) && PERSON_PRONOUN.test(t(k + 1)) && CUES.get(t(k + 2))?.kind === "verb" && ctx.qidx[k + 2]! < 0
  );
}

/** First token at or after k that is not an adverb ("and repeatedly says"). */
export function skipAdverbs(ctx: Ctx, k: number, b: number): number {
  while (
    k < b &&
    ctx.qidx[k]! < 0 &&
    (SKIP_BEFORE_CUE.has(ctx.tokens[k]!.text.toLowerCase()) || /^[a-z]+ly$/.test(ctx.tokens[k]!.text))
  )
    k++;
  return k;
}

/** ", Vale also noted …", ", he said …": a new subject and a reporting verb start another attribution. */
function subjectThenCue(ctx: Ctx, k: number, b: number): boolean {
  const t = ctx.tokens[k];
  if (!t || ctx.qidx[k]! >= 0) return false;
  let v = k;
  if (PRONOUNS.get(t.text.toLowerCase()) === "person" || PRONOUNS.get(t.text.toLowerCase()) === "plural") v = k + 1;
  else while (v <= b && v - k < 4 && ctx.qidx[v]! < 0 && /^\p{Lu}[\p{L}.'’-]*$/u.test(ctx.tokens[v]!.text)) v++;
  if (v === k) return false;
  // "and he, once again, pledged": an adverbial set off by commas
  if (ctx.tokens[v]?.text === ",") {
    let e = v + 1;
    while (e < b && e - v <= 4 && /^[a-z]+$/.test(ctx.tokens[e]!.text)) e++;
    if (ctx.tokens[e]?.text === "," && e > v + 1) v = e + 1;
  }
  const at = skipAdverbs(ctx, v, b);
  const w = ctx.tokens[at]?.text ?? "";
  const info = CUES.get(w);
  if (info) return info.kind === "verb" && (!info.weak || ctx.tokens[at + 1]?.text === "that");
  // "Though she called for X, Clinton restricted …": a named subject and a past-tense verb open the main clause
  if (v > k && at === v && AUX_BEFORE_PARTICIPLE.test(w) && /^[a-z]+(?:ing|ed)$/.test(ctx.tokens[at + 1]?.text ?? ""))
    return true;
  return v > k && at === v && /^[a-z]+ed$/.test(w) && !NOT_VERB.has(w);
}

/** Openers of a fronted phrase or subordinate clause: "When Vale said that …, critics …", "Contrary to his claim that …, …". */
const FRONTED = wordRegex(FRONTED_OPENERS);

/**
 * A clause reported inside a fronted phrase ends where that phrase does: at the first comma (or a quote ending in one)
 * after its start. b when the sentence opens otherwise.
 */
function frontedEnd(ctx: Ctx, a: number, b: number): number {
  if (a > b || a >= ctx.tokens.length) return b;
  let s = a;
  while (s > 0 && a - s < 25 && !ctx.ends[s - 1] && ctx.para[s - 1] === ctx.para[a]) s--;
  if (
    !FRONTED.test(ctx.tokens[s]!.text) ||
    ctx.qidx[s]! >= 0 ||
    (s > 0 && !ctx.ends[s - 1] && ctx.para[s - 1] === ctx.para[a])
  )
    return b;
  for (let t = a; t <= b; t++) {
    const q = ctx.qidx[t]!;
    if (q >= 0 && closesWithComma(ctx, q, t)) return t;
    if (q < 0 && ctx.tokens[t]!.text === "," && t > a) return t - 1;
  }
  return b;
}

/**
 * A clause reported inside a relative clause set off by a comma or dash ("Ann Vale, who said the levy was fair, is
 * widely regarded as …", "the union - which has endorsed Vale - said …") ends where that clause does: at the comma or
 * dash after which the main clause's verb resumes (a form of "be", "have" or a modal, a cue verb or an -ed form). b
 * when the source is no such relative pronoun.
 */
function relativeEnd(ctx: Ctx, a: number, b: number, source: SourceSpan | null): number {
  if (!source || source.first !== source.last || !RELATIVE.test(ctx.tokens[source.first]!.text)) return b;
  const before = ctx.tokens[source.first - 1]?.text ?? "";
  if (before !== "," && !DASH.test(before) && before !== "-") return b;
  const verbal = (t: number) => {
    const v = ctx.tokens[t]!.text;
    return (
      ctx.qidx[t]! < 0 &&
      (FINITE_WORD.test(v) || CUES.get(v)?.kind === "verb" || (/^[a-z]+ed$/.test(v) && !NOT_VERB.has(v)))
    );
  };
  // the last comma or dash inside the clause, and whether a verb followed it: "the levy, in her view, was …" closes an
  // aside, not the relative clause
  let opened = -1;
  let verbSince = false;
  for (let j = a + 1; j < b; j++) {
    const w = ctx.tokens[j]!.text;
    if (ctx.qidx[j]! >= 0 || (w !== "," && w !== "-" && !DASH.test(w))) {
      if (ctx.qidx[j]! < 0 && verbal(j)) verbSince = true;
      continue;
    }
    if ((opened < 0 || verbSince) && (verbal(j + 1) || verbal(skipAdverbs(ctx, j + 1, b)))) return j - 1;
    opened = j;
    verbSince = false;
  }
  return b;
}

export function clauseCandidate(ctx: Ctx, a: number, b: number, base: CandidateBase): Candidate | null {
  // a cue at the very end of the text ("Vale used the phrase") has no clause after it
  if (a >= ctx.tokens.length || a > b) return null;
  const end = relativeEnd(ctx, a, frontedEnd(ctx, a, b), base.source);
  const span = contentSpan(ctx, a, cutCoordinate(ctx, a, end));
  if (!span) return null;
  const kind: QuoteKind = hasQuote(ctx, span[0], span[1]) ? "mixed" : "indirect";
  return candidate({
    kind,
    start: span[0],
    end: span[1],
    cue: base.cue,
    source: base.source,
    rule: `${kind}:${base.rule}`,
    inherit: base.inherit,
    mediumFrom: base.mediumFrom,
    priority: base.priority,
    claim: base.claim,
    alt: base.alt,
  });
}
