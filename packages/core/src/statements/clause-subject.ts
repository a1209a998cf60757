// A cue left without a source borrows its clause's subject ("Vale had the air of a winner, noting that …") or its owner ("his assertion that …").
import { clauseStart, isCap, type Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import { PRONOUNS, DEMONSTRATIVES, DETERMINERS, QUANTIFIERS } from "./lexicon-pronouns.ts";
import { PAST_IRREGULAR } from "./lexicon-verbs.ts";
import { passiveParticiple } from "./passive-frames.ts";
import { AUXILIARIES, PASSIVE_BE, S_AUXILIARIES, SUBJECT_PREPOSITIONS } from "./lexicon-function-words.ts";
import {
  LEADING_ADJUNCT_PREPOSITIONS,
  OWNER_POSSESSIVES,
  PASSIVE_CUE_PARTICLES,
  SUBORDINATORS,
  VERB_CONTRACTIONS,
} from "./lexicon-sources.ts";
import { wordRegex } from "../util/word-regex.ts";
import { npLeft, npToken, nameLike, TIME_NOUN, type SourceSpan } from "./source.ts";
import { sameSentence } from "./sentences.ts";
import { recandidate } from "./candidate.ts";
import { mapPacked } from "../util/arrays.ts";

const AUXILIARY = wordRegex([...AUXILIARIES, ...VERB_CONTRACTIONS], "i");
const S_AUXILIARY = wordRegex(S_AUXILIARIES);
const BE = wordRegex(PASSIVE_BE, "i");
const PARTICLE = wordRegex(PASSIVE_CUE_PARTICLES);
const DEMONSTRATIVE = wordRegex(DEMONSTRATIVES);
const QUANTIFIER = wordRegex(QUANTIFIERS, "i");
/** "After saying …", "In May …": a clause opening with a subordinator or preposition has no subject there. */
const NOT_SUBJECT_START = wordRegex([...SUBORDINATORS, ...LEADING_ADJUNCT_PREPOSITIONS, ...SUBJECT_PREPOSITIONS], "i");
const OWNER = wordRegex(OWNER_POSSESSIVES, "i");
/** What closes a quote before the clause resumes: marks and a comma. */
const QUOTE_TAIL = /^[,”"’'“]+$/u;
const TAGGED = /:model/;
const INFINITIVE = /^to$/i;
const POSSESSIVE_S = /^['’]s?$/;
const PAST = /^[a-z]+ed$/;
const PRESENT = /^[a-z]+[^s'u]s$/;
const PARTICIPLE_ING = /^[a-z]+ing$/;
const LOWER_WORD = /^[a-z]+(?:-[a-z]+)*$/;
/**
 * After an opening phrase, the subject follows one of its commas: each is tried up to the first past this many tokens
 * (train CV: 14 tokens +10 sources against the first comma alone; any comma, -1).
 */
const MAX_OPENER = 14;
/** Lower-case words a borrowed subject may hold ("the retired neurosurgeon", "all of the GOP candidates"). */
const MAX_LOWER = 5;
/** Adjectives between an owner and its noun cue ("their smug assurances", "the firmly held belief"). */
const MAX_ADJECTIVES = 2;
/** The longest apposition between a subject and its verb, in tokens. */
const MAX_APPOSITION = 25;

/**
 * Candidates with a cue and no source take a subject, after the tagger (no model input changes): the owner before a
 * noun cue, else the subject of the cue's clause. A candidate that shares the source of an earlier attribution in its
 * sentence (`inherit`: "Vale said …, adding …", finish.ts) keeps that; raising verbs keep their subject in the content.
 */
export function clauseSubjects(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  let sourced: Candidate | null = null;
  return mapPacked(accepted, (c) => {
    let out = c;
    const inherits = c.inherit && !!sourced && sameSentence(ctx, sourced.end, c.start);
    if (!c.source && c.cue && !inherits && !c.rule.endsWith(":raising")) {
      const source = borrowedSubject(ctx, c.cue[0]);
      if (source && !passiveFrame(ctx, source, c.cue)) out = recandidate(c, { source, inherit: false });
    }
    // the tagger's source for an infinitive cue may be an object, and a source opening with a preposition or a
    // participle ("For months, Vale has …, arguing") is none: the subject opening the clause is the source
    else if (c.source && c.cue && !c.source.pronoun) {
      const object =
        (TAGGED.test(c.rule) && INFINITIVE.test(ctx.tokens[c.cue[0]]!.text)) || predicateOf(ctx, c.source.first);
      if (object || notSubject(ctx, c.source)) {
        const subject = clauseSubject(ctx, afterQuote(ctx, clauseStart(ctx, c.cue[0]), c.cue[0]), c.cue[0]);
        if (subject && (!object || subject.last < c.source.first)) out = recandidate(c, { source: subject });
      }
    }
    if (out.source) sourced = out;
    return out;
  });
}

/** The owner of a noun cue, else the subject of the clause the cue at token k sits in; null when neither reads. */
export function borrowedSubject(ctx: Ctx, k: number): SourceSpan | null {
  const floor = clauseStart(ctx, k);
  return ownerOf(ctx, k, floor) ?? clauseSubject(ctx, afterQuote(ctx, floor, k), k) ?? colonName(ctx, floor, k);
}

/** "“…,” Mr. Dale, now 81, said": a clause resuming after a quote starts after it (and its comma). */
function afterQuote(ctx: Ctx, floor: number, k: number): number {
  for (let t = k - 1; t >= floor; t--) {
    if (ctx.qidx[t]! < 0) continue;
    let a = t + 1;
    while (a < k && QUOTE_TAIL.test(ctx.tokens[a]!.text)) a++;
    return a;
  }
  return floor;
}

/** "- Ann Vale: “…”", "More from Vale: “…”": a colon frame right after a name, the name its source. */
function colonName(ctx: Ctx, floor: number, k: number): SourceSpan | null {
  if (ctx.tokens[k]!.text !== ":" || k - 1 < floor || !nameLike(ctx.tokens[k - 1]!.text)) return null;
  const np = npLeft(ctx, k - 1, floor);
  if (!np) return null;
  // "EXPECTATIONS RISE - Ann Vale:": a spaced dash ends the headline before the name
  let first = np.first;
  for (let t = np.last; t > np.first; t--)
    if (ctx.tokens[t]!.text === "-" && ctx.text[ctx.tokens[t]!.start - 1] === " ") {
      first = t + 1;
      break;
    }
  return first <= np.last && isCap(ctx.tokens[first]!.text) ? { first, last: np.last, pronoun: np.pronoun } : null;
}

/** "his assertion that", "Trump’s nagging concern that": a possessive right before the noun (past at most two adjectives). */
function ownerOf(ctx: Ctx, k: number, floor: number): SourceSpan | null {
  const { tokens } = ctx;
  let t = k - 1;
  while (t > floor && k - 1 - t < MAX_ADJECTIVES && LOWER_WORD.test(tokens[t]!.text) && npToken(ctx, t)) {
    if (DETERMINERS.has(tokens[t]!.text) || OWNER.test(tokens[t]!.text)) break;
    t--;
  }
  if (t < floor || ctx.qidx[t]! >= 0) return null;
  const w = tokens[t]!.text;
  if (OWNER.test(w)) return { first: t, last: t, pronoun: true };
  if (!POSSESSIVE_S.test(w) || t - 1 < floor || !nameLike(tokens[t - 1]!.text)) return null;
  const np = npLeft(ctx, t - 1, floor);
  return np ? { first: np.first, last: t - 1, pronoun: false } : null;
}

/** The subject opening the clause (or opening it after a short phrase and its comma), when a verb follows it before k. */
function clauseSubject(ctx: Ctx, floor: number, k: number): SourceSpan | null {
  const direct = subjectWithVerb(ctx, floor, k);
  if (direct) return direct;
  for (let t = floor + 1; t < k; t++) {
    if (ctx.qidx[t]! >= 0) return null;
    if (ctx.tokens[t]!.text !== ",") continue;
    const after = subjectWithVerb(ctx, t + 1, k);
    if (after || t - floor >= MAX_OPENER) return after;
  }
  return null;
}

/** "saying", "claimed", "says": a cue right after its subject is a verb form of its own. */
const verbForm = (w: string) => PARTICIPLE_ING.test(w) || PAST.test(w) || PRESENT.test(w);

/** Is token t a finite verb after a subject ending at token t - 1? */
function verbAt(ctx: Ctx, t: number): boolean {
  const w = ctx.tokens[t]?.text ?? "";
  const before = ctx.tokens[t - 1]?.text ?? "";
  const afterPronoun = PRONOUNS.has(before.toLowerCase()) || before.toLowerCase() === "who";
  // "Trump’s campaign": an 's after a name is a possessive; after a pronoun a verb ("He’s been")
  if (POSSESSIVE_S.test(w)) return afterPronoun;
  if (AUXILIARY.test(w) || PAST_IRREGULAR.has(w)) return true;
  if (PAST.test(w)) return !DETERMINERS.has(before.toLowerCase());
  // "this", "his": a determiner or pronoun ending in -s is no present-tense verb
  const fn = DETERMINERS.has(w) || DEMONSTRATIVE.test(w) || PRONOUNS.has(w);
  return PRESENT.test(w) && !fn && !S_AUXILIARY.test(w) && (isCap(before) || afterPronoun);
}

function subjectWithVerb(ctx: Ctx, first: number, k: number): SourceSpan | null {
  const { tokens } = ctx;
  const t0 = tokens[first];
  if (!t0 || first >= k || ctx.qidx[first]! >= 0 || NOT_SUBJECT_START.test(t0.text)) return null;
  const low = t0.text.toLowerCase();
  const pronoun = PRONOUNS.has(low) || low === "who";
  let last = first;
  if (!pronoun) {
    if (!(isCap(t0.text) || DETERMINERS.has(low) || QUANTIFIER.test(low) || /^\p{N}/u.test(t0.text))) return null;
    let lower = 0;
    while (last + 1 < k && ctx.qidx[last + 1]! < 0 && !ctx.ends[last]) {
      const n = last + 1;
      const w = tokens[n]!.text;
      if (verbAt(ctx, n)) break;
      // "Sanders’ campaign", "Mr. Trump's allies": a possessive inside the subject
      if (!(POSSESSIVE_S.test(w) || npToken(ctx, n) || (w === "and" && n + 1 < k && npToken(ctx, n + 1)))) break;
      if (LOWER_WORD.test(w) && !DETERMINERS.has(w) && ++lower > MAX_LOWER) return null;
      last = n;
    }
    while (last > first && (tokens[last]!.text === "and" || POSSESSIVE_S.test(tokens[last]!.text))) last--;
  }
  let v = last + 1;
  // "Chris Vale, eager all evening to jab senators, attacked", "Mr. Dale, now 81 and retired in Brevik, Ont., said": an
  // apposition between the subject and its verb ends at the comma a verb follows (a quoted title may sit inside it)
  if (!pronoun && tokens[v]?.text === ",") {
    for (let close = v + 2; close < k && close - v <= MAX_APPOSITION && !ctx.ends[close - 1]; close++)
      if (tokens[close]!.text === "," && ctx.qidx[close]! < 0 && verbAt(ctx, close + 1)) {
        v = close + 1;
        break;
      }
  }
  // adverbs and a time word between the subject and its verb: "also", "on Friday"
  while (
    v < k &&
    ctx.qidx[v]! < 0 &&
    !verbAt(ctx, v) &&
    (SKIP_BEFORE_CUE.has(tokens[v]!.text.toLowerCase()) ||
      /^[a-z]+ly$/.test(tokens[v]!.text) ||
      TIME_NOUN.test(tokens[v]!.text))
  )
    v++;
  if (v > k || !(verbAt(ctx, v) || (v === k && verbForm(tokens[k]!.text)))) return null;
  // "The continued attacks": a determiner alone is no subject
  if (first === last && DETERMINERS.has(low)) return null;
  return { first, last, pronoun };
}

/**
 * "Vale is lauded for": a subject before a passive verb group that is the cue's is no source; passive-frames.ts would
 * make it part of the content (PolNeAR's reading), so it is not borrowed. "Party bosses are so worried" is no passive:
 * the attitude is the subject's own (`STANCE_PARTICIPLES`, via `passiveParticiple`), so it is.
 */
function passiveFrame(ctx: Ctx, s: SourceSpan, cue: [number, number]): boolean {
  const words = mapPacked(ctx.tokens.slice(s.last + 1, cue[1] + 1), (t) => t.text);
  if (words[0] === ",") return false;
  if (PARTICLE.test(words[words.length - 1] ?? "")) words.pop();
  return BE.test(words[0] ?? "") && passiveParticiple(words[words.length - 1] ?? "");
}

/**
 * A source right after an auxiliary of its clause, past adverbs and a negation, is its predicate or object, not its
 * subject: the tagger's `Voters are slightly [more] likely to say`, `the speech was [full of] promises`.
 */
function predicateOf(ctx: Ctx, first: number): boolean {
  let t = first - 1;
  // adverbs and a negation between them: "are slightly more", "did not seem"
  for (; t >= 0 && ctx.qidx[t]! < 0 && !AUXILIARY.test(ctx.tokens[t]!.text); t--) {
    const w = ctx.tokens[t]!.text;
    if (!(SKIP_BEFORE_CUE.has(w.toLowerCase()) || /^[a-z]+ly$/.test(w))) break;
  }
  const w = ctx.tokens[t]?.text ?? "";
  return t >= 0 && ctx.qidx[t]! < 0 && AUXILIARY.test(w) && !POSSESSIVE_S.test(w) && !ctx.ends[t];
}

/**
 * A source that opens with a preposition, subordinator or participle ("For", "Amid", "Recognizing") or is a lone
 * determiner. Train CV: replacing these and the tagger's objects before an infinitive by the clause's subject, +23
 * sources; also a participle cue's object (-8), or a source that is no noun phrase (`plausibleSubject`, ±0).
 */
function notSubject(ctx: Ctx, s: SourceSpan): boolean {
  const w = ctx.tokens[s.first]!.text;
  if (NOT_SUBJECT_START.test(w) || /^\p{Lu}\p{Ll}+ing$/u.test(w)) return true;
  return s.first === s.last && DETERMINERS.has(w.toLowerCase());
}
