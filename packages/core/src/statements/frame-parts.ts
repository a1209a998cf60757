// Pieces of a cue's frame: the side of a mid-clause attribution, time phrases, quoted objects, adjacent quotes, "that".
import { CUES, type CueInfo } from "./lexicon.ts";
import { TIME_WORDS, NOT_CLAUSE_START } from "./lexicon-clause-words.ts";
import { isCap, type Ctx } from "./context.ts";
import { clauseCandidate, type Candidate } from "./clause.ts";
import { isTitle } from "./quote-shapes.ts";
import { alternation, wordRegex } from "../util/word-regex.ts";
import { AUXILIARIES, FINITE_ENDINGS, RELATIVE_DAYS, TIME_PHRASE_OPENERS } from "./lexicon-function-words.ts";
import { ARTICLES, WEEKDAYS } from "../text/closed-class.ts";

const TIME_OPENER = wordRegex(TIME_PHRASE_OPENERS);
const DAY = wordRegex([...WEEKDAYS, ...RELATIVE_DAYS]);
const AUXILIARY = wordRegex(AUXILIARIES, "i");
const FINITE_LOOKING = new RegExp(`^[a-z]+(?:${alternation(FINITE_ENDINGS)})$`);
const ARTICLE_OR_NUMBER = new RegExp(`^(?:${alternation(ARTICLES)}|\\d+)$`);

/**
 * "The truth, the senator said, was that …": an attribution in the middle of its clause reports the longer side —
 * the words before it, or those after the comma that follows it.
 */
export function sideClause(
  ctx: Ctx,
  a: number,
  b: number,
  after: number,
  ceil: number,
  base: Omit<Candidate, "kind" | "start" | "end">,
): Candidate | null {
  let k = after + 1;
  while (k <= ceil && k - after < 6 && ctx.tokens[k]!.text !== "," && ctx.qidx[k]! < 0) k++;
  // …but ", noting that …" after it is an attribution of its own
  // (and ", compared with …" is a phrase, not a clause)
  const next = ctx.tokens[k + 1]?.text ?? "";
  const phrase = CUES.get(next)?.kind === "participle" || /^[a-z]+(?:ed|ing)$/.test(next) || NOT_CLAUSE_START.has(next);
  if (k < ceil && ctx.tokens[k]!.text === "," && ceil - k > b - a + 1 && !phrase)
    return clauseCandidate(ctx, k + 1, ceil, base);
  // "And until Thursday, nobody asked": a short opening phrase with no verb is no reported clause
  if (b - a < 5 && NOT_CLAUSE_START.has(ctx.tokens[a]!.text.toLowerCase()) && !hasVerb(ctx, a, b)) return null;
  return clauseCandidate(ctx, a, b, base);
}

/**
 * The first token after a time phrase at k ("on Friday", "this week", a bare "Friday"): "announced on Friday the
 * arrest …", "said Friday as he entered …", "and said this week that …". k when there is none.
 */
export function skipTime(ctx: Ctx, k: number): number {
  const toks = ctx.tokens;
  const w = toks[k]?.text ?? "";
  let e = k;
  if (TIME_OPENER.test(w) && TIME_WORDS.test(toks[k + 1]?.text ?? "")) e = k + 2;
  else if (DAY.test(w)) e = k + 1;
  // the phrase is skipped only when a clause follows it ("said on Friday." reports nothing)
  return e > k && toks[e] && !/^[,.;]$/.test(toks[e]!.text) ? e : k;
}

/** True when tokens a..b hold a quote or a word that looks like a finite verb. */
export function hasVerb(ctx: Ctx, a: number, b: number): boolean {
  for (let t = a; t <= b; t++) {
    const w = ctx.tokens[t]!.text;
    if (ctx.qidx[t]! >= 0 || AUXILIARY.test(w) || FINITE_LOOKING.test(w)) return true;
  }
  return false;
}

/** A clause after a weak cue counts only when it holds a quote ("called the plan “a disaster”"). */
export function quotedClause(
  ctx: Ctx,
  a: number,
  b: number,
  base: Omit<Candidate, "kind" | "start" | "end">,
  performs: boolean,
): Candidate | null {
  const cand = clauseCandidate(ctx, a, b, base);
  if (!cand || cand.kind !== "mixed") return null;
  // “Salt And Iron” after "read from" or "known as" is a title, not words the subject gave; after "called" or "proclaimed" it is theirs
  for (let t = a; t <= b; t++) {
    const q = ctx.qidx[t]!;
    if (q >= 0 && ctx.qOpenTok[q] === t && (!performs || !isTitle(ctx, q))) return cand;
  }
  return null;
}

/** A quote opened right after the cue, after an optional addressee and a comma or colon; may start the next paragraph after a colon. */
export function quoteAfter(ctx: Ctx, cueLast: number, info: CueInfo): { q: number; before: number } | null {
  const toks = ctx.tokens;
  for (let k = cueLast + 1; k < toks.length && k - cueLast <= 10; k++) {
    const q = ctx.qidx[k]!;
    if (q >= 0) {
      if (ctx.qOpenTok[q] !== k) return null;
      const sep = toks[k - 1]!.text;
      if (sep === "," || sep === ":" || (k === cueLast + 1 && !info.weak && !isTitle(ctx, q)))
        return { q, before: k - 1 };
      return null;
    }
    if (toks[k]!.text === ":" && ctx.para[k + 1] !== ctx.para[k]) continue; // the quote opens the next paragraph
    if (ctx.para[k] !== ctx.para[cueLast] && toks[k - 1]!.text !== ":") return null;
    if (ctx.ends[k] || toks[k]!.text.toLowerCase() === "that") return null;
    // "Vale laughed and said, “…”": a nearer cue frames the quote
    if (CUES.get(toks[k]!.text)?.kind === "verb" && toks[k - 1]!.text === "and") return null;
  }
  return null;
}

/** True when only a short tail (a time phrase, "in a statement") follows token i before the clause ends. */
export function endsAfter(ctx: Ctx, i: number, ceil: number): boolean {
  if (i >= ceil) return true;
  const next = ctx.tokens[i + 1]!.text;
  if (next === "," || /^[.!?;:]$/.test(next)) return true;
  if (!(NOT_CLAUSE_START.has(next.toLowerCase()) || TIME_WORDS.test(next))) return false;
  // "…, Vale said Tuesday in Paris, noting …": a time or place tail closed by a comma
  for (let t = i + 1; t <= ceil && t - i <= 6; t++) {
    const w = ctx.tokens[t]!.text;
    if (w === ",") return true;
    if (
      ctx.qidx[t]! >= 0 ||
      !(NOT_CLAUSE_START.has(w.toLowerCase()) || TIME_WORDS.test(w) || isCap(w) || ARTICLE_OR_NUMBER.test(w))
    )
      break;
  }
  if (ceil - i > 7) return false;
  for (let t = i + 1; t <= ceil; t++)
    if (ctx.qidx[t]! >= 0 || ctx.tokens[t]!.text.toLowerCase() === "that") return false;
  return true;
}

export function findThat(ctx: Ctx, from: number, ceil: number, within: number): number {
  for (let t = from; t <= ceil && t - from < within; t++) {
    if (ctx.qidx[t]! >= 0) return -1;
    const s = ctx.tokens[t]!.text;
    if (s.toLowerCase() === "that") return t;
    // "threatened to quit and said that …": the "that" belongs to the later cue
    if (t > from && CUES.get(s)?.kind === "verb" && ctx.tokens[t - 1]!.text === "and") return -1;
    // "says at a campaign stop in Toledo, Ohio, that …": commas inside a leading place or time phrase
    if (s === "," && t > from && !NOT_CLAUSE_START.has(ctx.tokens[from]!.text.toLowerCase())) return -1;
  }
  return -1;
}
