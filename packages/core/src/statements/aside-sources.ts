// A source read inside an aside ("Vale, speaking in Brevik, Ont., said") gives way to the subject the aside follows.
import { clauseStart, isCap, isWord, type Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { recandidate } from "./candidate.ts";
import { PRONOUNS, DETERMINERS, RELATIVE_WH } from "./lexicon-pronouns.ts";
import { ASIDE_PREPOSITIONS, CLAUSE_CONJUNCTIONS } from "./lexicon-function-words.ts";
import { LEADING_ADJUNCT_PREPOSITIONS, OPENING_SUBORDINATORS } from "./lexicon-sources.ts";
import { wordRegex } from "../util/word-regex.ts";
import { FINITE, MAX_LOWER, npToken, type SourceSpan } from "./source.ts";
import { plausibleSubject } from "./main-subject.ts";
import { mapPacked } from "../util/arrays.ts";

const RELATIVE = wordRegex(RELATIVE_WH);
const CONJUNCTION = wordRegex(CLAUSE_CONJUNCTIONS, "i");
const PREPOSITION = wordRegex(ASIDE_PREPOSITIONS);
/** "In Reno, …", "After the vote, …": a phrase opening the clause, after which the subject may stand */
const OPENER = wordRegex([...OPENING_SUBORDINATORS, ...LEADING_ADJUNCT_PREPOSITIONS], "i");
const PARTICIPLE = /^[a-z]+(?:ing|ed)$/;
/** the longest subject and the longest aside read, in tokens */
const MAX_SUBJECT = 8;
const MAX_ASIDE = 30;

/**
 * The rules' subject reader takes the phrase before the last comma before the cue, so an aside holding commas of its own
 * ("Trump, speaking at a rally in Wilmington, N.C., warned", "Vian, the editor in chief of the Vatican's newspaper,
 * L'Osservatore Romano, said") gives its tail as the source. Where the source stands right before ", <cue>" inside such
 * an aside, the subject the aside follows is the source, as PolNeAR marks it. Runs after the chooser, before PolNeAR's
 * spans are grown and speakers resolved, so no model input changes.
 */
export function asideSources(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  return mapPacked(accepted, (c) => {
    const s = c.source;
    // a content before its cue ("The levy will rise, Vale, the chief, said") has no aside to read
    // the tagger's sources are left (train CV: with them the pass lost 5 sources and 13 strict matches)
    if (!c.cue || !s || s.pronoun || c.rule.includes("model") || c.start < ctx.tokens[c.cue[1]]!.end) return c;
    // "Brevik, Ont., said": the reader's source may stop before an abbreviation's period
    const comma = ctx.tokens[s.last + 1]?.text === "." ? s.last + 2 : s.last + 1;
    if (c.cue[0] !== comma + 1 || ctx.tokens[comma]!.text !== ",") return c;
    const subject = asideSubject(ctx, clauseStart(ctx, c.cue[0]), s.first, c.cue[0]);
    return subject ? recandidate(c, { source: subject, inherit: false, rule: `${c.rule}+aside-source` }) : c;
  });
}

/**
 * The subject opening the clause at `floor` (or after an opening phrase and its comma) when a comma follows it and the
 * tokens from there to the comma before the cue at `cue` read as one aside; null when none. `before` is the comma that
 * starts the source: the subject and its comma come before it.
 */
function asideSubject(ctx: Ctx, floor: number, before: number, cue: number): SourceSpan | null {
  let a = floor;
  while (a < before && CONJUNCTION.test(ctx.tokens[a]!.text)) a++;
  const starts = [a];
  if (OPENER.test(ctx.tokens[a]?.text ?? ""))
    for (let t = a + 1; t < before; t++) if (ctx.tokens[t]!.text === ",") starts.push(t + 1);
  for (const p of starts) {
    if (p >= before) break;
    const last = subjectEnd(ctx, p, before);
    if (last < 0) continue;
    const subject = { first: p, last, pronoun: PRONOUNS.has(ctx.keys[p]!) };
    if (plausibleSubject(ctx, subject) && asideFrom(ctx, last + 1, cue)) return subject;
  }
  return null;
}

/** The last token of a short noun phrase opening at p and closed by a comma before token `before`, or -1. */
function subjectEnd(ctx: Ctx, p: number, before: number): number {
  const w = ctx.tokens[p]?.text ?? "";
  if (ctx.qidx[p]! >= 0 || !(isCap(w) || DETERMINERS.has(w.toLowerCase()) || PRONOUNS.has(w.toLowerCase()))) return -1;
  if (OPENER.test(w)) return -1;
  let lower = 0;
  for (let t = p; t < before && t - p < MAX_SUBJECT; t++) {
    const x = ctx.tokens[t]!.text;
    if (x === ",") return t > p ? t - 1 : -1;
    // "Sen. Ann Vale (D-Va.)": a bracketed tag belongs to the name
    if (x === "(" || x === ")" || (ctx.tokens[t - 1]?.text === "(" && x !== ")")) continue;
    if (ctx.qidx[t]! >= 0 || !npToken(ctx, t)) return -1;
    if (!isCap(x) && isWord(x) && !DETERMINERS.has(x.toLowerCase()) && ++lower > MAX_LOWER) return -1;
  }
  return -1;
}

/**
 * The tokens from the comma at `comma` to the comma right before the cue are one aside: opened by a relative word, a
 * participle, a preposition, a determiner or a number; holding no quote, no new clause ("…, and …") and no finite verb
 * outside a relative clause.
 */
function asideFrom(ctx: Ctx, comma: number, cue: number): boolean {
  const toks = ctx.tokens;
  if (toks[comma]?.text !== "," || cue - comma > MAX_ASIDE || comma + 1 >= cue - 1) return false;
  const open = toks[comma + 1]!.text;
  const relative = RELATIVE.test(open);
  const opens =
    relative ||
    PARTICIPLE.test(open) ||
    PREPOSITION.test(open) ||
    DETERMINERS.has(open.toLowerCase()) ||
    /^\p{N}/u.test(open);
  if (!opens) return false;
  for (let t = comma + 1; t < cue - 1; t++) {
    const w = toks[t]!.text;
    if (ctx.qidx[t]! >= 0 || ctx.ends[t]) return false;
    if (w === "," && CONJUNCTION.test(toks[t + 1]!.text)) return false;
    if (!relative && FINITE.has(w.toLowerCase())) return false;
  }
  return true;
}
