// The main clause's subject read past what the rules' reader stops at: an opening subordinate clause, an aside, an auxiliary.
import { clauseStart, isCap, isWord, type Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { recandidate } from "./candidate.ts";
import { SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import { PRONOUNS, DETERMINERS, QUANTIFIERS, RELATIVE_WH } from "./lexicon-pronouns.ts";
import { PAST_IRREGULAR } from "./lexicon-verbs.ts";
import { AUXILIARIES, CLAUSE_CONJUNCTIONS, SUBJECT_PREPOSITIONS } from "./lexicon-function-words.ts";
import {
  ASIDE_DASHES,
  EXPLETIVE_SUBJECTS,
  LEADING_ADJUNCT_PREPOSITIONS,
  OPENING_SUBORDINATORS,
} from "./lexicon-sources.ts";
import { wordRegex } from "../util/word-regex.ts";
import { FINITE, MAX_LOWER, TIME_NOUN, npToken, type SourceSpan } from "./source.ts";
import { mainSubject } from "./main-subject.ts";
import { sameSentence } from "./sentences.ts";
import { mapPacked } from "../util/arrays.ts";

const OPENER = wordRegex(OPENING_SUBORDINATORS, "i");
const CONJUNCTION = wordRegex(CLAUSE_CONJUNCTIONS, "i");
const AUXILIARY = wordRegex(AUXILIARIES);
const RELATIVE = wordRegex(RELATIVE_WH);
const DASH = new Set(ASIDE_DASHES);
const QUANTIFIER = wordRegex(QUANTIFIERS, "i");
/** "During Mr. Vale's visit, …", "In May, …": a phrase opening so is no subject */
const NOT_SUBJECT_START = wordRegex(
  [...OPENING_SUBORDINATORS, ...LEADING_ADJUNCT_PREPOSITIONS, ...SUBJECT_PREPOSITIONS],
  "i",
);
/** "There are …", "It's a big if": no one speaks */
const EXPLETIVE = wordRegex(EXPLETIVE_SUBJECTS, "i");
const POSSESSIVE_S = /^['’]s$/;
const PAST = /^[a-z]+ed$/;
const PRESENT = /^[a-z]+[^s'u]s$/;
/** commas of an opening phrase tried for the subject after them, within this many tokens of the clause start */
const MAX_OPENER = 20;
/** the longest aside between a subject and its verb, in tokens */
const MAX_ASIDE = 25;
/** the rule families whose source is the main clause's subject (cue-participle.ts, cue-and.ts) */
const FAMILY = /:(?:participle|and-cue)/;

/**
 * The subject of the main clause opening at `floor`, before token c: after a leading conjunction and an opening
 * subordinate clause or phrase ("Once he was president, Vale made …"), past an aside ("Vale, who …, said", "Vale —
 * whose … — has said", "Vale (D)"), before a verb, an auxiliary or a modal. Null when none reads.
 */
export function wideSubject(ctx: Ctx, floor: number, c: number): SourceSpan | null {
  let a = floor;
  while (a < c && CONJUNCTION.test(ctx.tokens[a]!.text)) a++;
  if (!OPENER.test(ctx.tokens[a]?.text ?? "")) {
    const s = subjectAt(ctx, a, c);
    if (s) return s;
  }
  for (let t = a + 1; t < c && t - a < MAX_OPENER; t++) {
    if (ctx.qidx[t]! >= 0) return null;
    if (ctx.tokens[t]!.text === ",") {
      const s = subjectAt(ctx, t + 1, c);
      if (s) return s;
    }
  }
  return null;
}

function subjectAt(ctx: Ctx, first: number, c: number): SourceSpan | null {
  const toks = ctx.tokens;
  const t = toks[first];
  if (!t || first >= c || ctx.qidx[first]! >= 0) return null;
  const low = t.text.toLowerCase();
  if (EXPLETIVE.test(t.text) || NOT_SUBJECT_START.test(t.text) || AUXILIARY.test(low)) return null;
  const pron = PRONOUNS.get(low);
  let last = first;
  if (pron) {
    if (pron === "self") return null;
  } else {
    if (!isCap(t.text) && !DETERMINERS.has(low) && !QUANTIFIER.test(t.text)) return null;
    let lower = 0;
    while (last + 1 < c && npToken(ctx, last + 1) && !verbAt(ctx, last + 1, last)) {
      const w = toks[last + 1]!.text;
      if (!isCap(w) && isWord(w) && ++lower > MAX_LOWER) return null;
      last++;
    }
    if (first === last && DETERMINERS.has(low)) return null;
  }
  const v = afterAside(ctx, last + 1, c);
  return v >= 0 && v < c && verbAt(ctx, v, last) ? { first, last, pronoun: !!pron } : null;
}

/** The first token after the asides and adverbs that follow a subject ending before token `from`, or -1. */
function afterAside(ctx: Ctx, from: number, c: number): number {
  const toks = ctx.tokens;
  let v = from;
  const w = toks[v]?.text ?? "";
  if (w === "(" || w === "," || DASH.has(w)) {
    const close = w === "(" ? ")" : w;
    let k = v + 1;
    while (k < c && k - v <= MAX_ASIDE && ctx.qidx[k]! < 0 && toks[k]!.text !== close) {
      // an apposition is a noun phrase: a comma aside holding a verb is a clause unless a relative word opens it
      if (w === "," && FINITE.has(toks[k]!.text) && !RELATIVE.test(toks[v + 1]!.text)) return -1;
      k++;
    }
    if (k >= c || toks[k]!.text !== close) return -1;
    v = k + 1;
  }
  // adverbs before the verb; an auxiliary ("has", "would") is the verb itself
  while (
    v < c &&
    ctx.qidx[v]! < 0 &&
    !AUXILIARY.test(toks[v]!.text) &&
    (SKIP_BEFORE_CUE.has(toks[v]!.text.toLowerCase()) ||
      /^[a-z]+ly$/.test(toks[v]!.text) ||
      TIME_NOUN.test(toks[v]!.text) ||
      (toks[v]!.text === "on" && TIME_NOUN.test(toks[v + 1]?.text ?? "")))
  )
    v++;
  return v;
}

/** A finite verb at token v after a subject ending at `last`: past, an auxiliary, or present after a name or pronoun. */
function verbAt(ctx: Ctx, v: number, last: number): boolean {
  const w = ctx.tokens[v]!.text;
  const prev = ctx.tokens[last]!.text;
  // "Vale's aide": a possessive, but "he's said": a verb after a pronoun
  if (POSSESSIVE_S.test(w)) return v === last + 1 && PRONOUNS.has(prev.toLowerCase());
  if (PAST.test(w) || PAST_IRREGULAR.has(w) || AUXILIARY.test(w)) return true;
  return PRESENT.test(w) && (isCap(prev) || PRONOUNS.has(prev.toLowerCase()));
}

const same = (x: SourceSpan | null, y: SourceSpan | null) =>
  x && y ? x.first === y.first && x.last === y.last : x === y;

/**
 * After the tagger (no model input changes): a participle or a second verb whose source is the rules' reading of the
 * main clause's subject, or none, takes the wide reading when it finds another. One sharing an earlier statement's
 * source in its sentence (`inherit`, finish.ts) keeps that.
 */
export function wideSubjects(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  let sourced: Candidate | null = null;
  return mapPacked(accepted, (c) => {
    let out = c;
    const inherits = c.inherit && !!sourced && sameSentence(ctx, sourced.end, c.start);
    if (c.cue && FAMILY.test(c.rule) && !c.rule.includes("model") && !inherits) {
      const k = c.cue[0];
      const floor = clauseStart(ctx, k);
      let anchor = k;
      if (c.rule.includes("and-cue")) while (anchor > floor && !CONJUNCTION.test(ctx.tokens[anchor]!.text)) anchor--;
      const old = mainSubject(ctx, floor, anchor);
      if (anchor > floor && (!c.source || same(c.source, old))) {
        const wide = wideSubject(ctx, floor, anchor);
        // the same subject read with or without its apposition keeps the rules' span
        const overlaps = !!wide && !!c.source && wide.first <= c.source.last && wide.last >= c.source.first;
        if (wide && !overlaps && !same(wide, c.source)) out = recandidate(c, { source: wide, inherit: false });
      }
    }
    if (out.source) sourced = out;
    return out;
  });
}
