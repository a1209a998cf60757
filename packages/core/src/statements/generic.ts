// Stance fallback: a named person or organisation opening a clause, then a verb, reports a position (PolNeAR counts these).
import type { Mention } from "../schema/stages.ts";
import { clauseEnd, clauseStart, type Ctx } from "./context.ts";
import { CUES } from "./lexicon.ts";
import { PROGRESSIVE_AUX, SKIP_BEFORE_CUE, NOT_CLAUSE_START } from "./lexicon-clause-words.ts";
import { RELATIVE_NEXT } from "./lexicon-syntax.ts";
import { clauseCandidate, type Candidate } from "./patterns.ts";
import { leftSubject } from "./source.ts";
import { mainSubject } from "./main-subject.ts";
import { asQuoteAhead, firstQuoteEnd } from "./quote-shapes.ts";
import { capitalised, wordRegex } from "../util/word-regex.ts";
import { startsUpper } from "../util/letters.ts";
import { PHRASAL_CUES } from "./lexicon-verbs.ts";
import { COMMUNICATIVE_PAST, NOT_STANCE } from "./lexicon-stance.ts";
import { NOUN_CUES } from "./lexicon-nouns.ts";
import { PERSON_POSSESSIVES, PERSON_PRONOUNS } from "./lexicon-pronouns.ts";
import { PARTICIPLE_SUBORDINATORS } from "./lexicon-function-words.ts";
import { objectArray } from "../util/arrays.ts";

/** Personal pronouns opening a clause, as written or capitalised ("They", never "THEY"). */
const PRONOUN_SUBJECT = wordRegex([...PERSON_PRONOUNS, ...capitalised(PERSON_PRONOUNS)]);
const PERSON_PRONOUN = wordRegex(PERSON_PRONOUNS, "i");
const PERSON_POSSESSIVE = wordRegex(PERSON_POSSESSIVES, "i");
const SUBORDINATOR = wordRegex(PARTICIPLE_SUBORDINATORS);
const COMMA_OR_SUBORDINATOR = wordRegex([",", ...PARTICIPLE_SUBORDINATORS]);

const COMMUNICATIVE = wordRegex(COMMUNICATIVE_PAST);
// reporting verbs in the cue lexicon are the patterns' business; this catches the long tail of stance verbs
// (past tense only: "-s" words after a name are as often nouns, "Clinton aides", "E.U. leaders")
const VERBISH = /^[a-z]+ed$/;
// compiled once: a regex literal in a function is a new RegExp object on every call
const LY_ADVERB = /^[a-z]+ly$/;
const PUNCT = /^[,.;:!?]$/;
const POSSESSIVE_S = /^['’]s$/;

export function stanceCandidates(ctx: Ctx, mentions: Mention[]): Candidate[] {
  const out: Candidate[] = objectArray();
  const toks = ctx.tokens;
  // subjects: entity mentions, plus personal pronouns opening a clause
  const subjects: { start: number; end: number; kind: string }[] = mentions;
  const pron: { start: number; end: number; kind: string }[] = objectArray();
  for (let i = 0; i < toks.length; i++) {
    if (PRONOUN_SUBJECT.test(toks[i]!.text) && ctx.qidx[i]! < 0)
      pron.push({ start: toks[i]!.start, end: toks[i]!.end, kind: "person" });
  }
  const all = mergeByStart(subjects, pron);
  let t = 0;
  for (const m of all) {
    if (m.kind !== "person" && m.kind !== "organization") continue;
    while (t < toks.length && toks[t]!.end <= m.start) t++;
    const first = t;
    if (first >= toks.length || toks[first]!.start !== m.start || ctx.qidx[first]! >= 0) continue;
    // the subject opens its clause, or follows an introductory phrase ("On Friday, Vale laid out …")
    if (clauseStart(ctx, first) !== first && toks[first - 1]!.text !== ",") continue;
    let last = first;
    while (last + 1 < toks.length && toks[last + 1]!.end <= m.end) last++;
    let v = last + 1;
    while (
      v < toks.length &&
      v - last < 4 &&
      (SKIP_BEFORE_CUE.has(toks[v]!.text.toLowerCase()) || LY_ADVERB.test(toks[v]!.text))
    )
      v++;
    const verb = toks[v];
    if (
      !verb ||
      ctx.qidx[v]! >= 0 ||
      ctx.para[v] !== ctx.para[first] ||
      !VERBISH.test(verb.text) ||
      NOT_STANCE.has(verb.text) ||
      CUES.has(verb.text)
    )
      continue;
    const next = toks[v + 1];
    if (!next || NOT_CLAUSE_START.has(next.text.toLowerCase()) || PUNCT.test(next.text)) continue;
    // "identified the judge as “Spanish,” which is …": the object ends with the quoted name it gives
    const end = asQuoteAhead(ctx, v + 1, clauseEnd(ctx, v + 1))
      ? firstQuoteEnd(ctx, v + 1, clauseEnd(ctx, v + 1))
      : clauseEnd(ctx, v + 1);
    if (end - v < 3) continue;
    const cand = clauseCandidate(ctx, v + 1, end, {
      cue: [v, v],
      source: { first, last, pronoun: first === last && PERSON_PRONOUN.test(toks[first]!.text) },
      inherit: false,
      mediumFrom: null,
      priority: 3,
      rule: "subject-stance",
    });
    // without a reporting verb, only quoted words or a communicative act make a statement ("Vale missed the penalty" is none)
    if (cand && (cand.kind === "mixed" || COMMUNICATIVE.test(verb.text))) out.push(cand);
  }
  return out;
}

function mergeByStart<T extends { start: number }>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

export function nounCueCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = objectArray();
  const toks = ctx.tokens;
  for (let c = 1; c + 2 < toks.length; c++) {
    if (!NOUN_CUES.has(toks[c]!.text) || toks[c + 1]!.text !== "that" || ctx.qidx[c]! >= 0) continue;
    if (RELATIVE_NEXT.has(toks[c + 2]!.text.toLowerCase())) continue;
    // the holder: "Vale's claim", "the company's statement"
    let source: Candidate["source"] = null;
    if (POSSESSIVE_S.test(toks[c - 1]!.text)) {
      let first = c - 2;
      while (first - 1 >= 0 && startsUpper(toks[first - 1]!.text) && ctx.para[first - 1] === ctx.para[c]) first--;
      if (first >= 0 && startsUpper(toks[first]!.text)) source = { first, last: c - 2, pronoun: false };
    } else if (PERSON_POSSESSIVE.test(toks[c - 1]!.text)) source = { first: c - 1, last: c - 1, pronoun: true };
    const cand = clauseCandidate(ctx, c + 2, clauseEnd(ctx, c + 2), {
      cue: [c, c],
      source,
      inherit: false,
      mediumFrom: null,
      priority: 3,
      rule: "noun-cue-that",
    });
    if (cand) out.push(cand);
  }
  return out;
}

/**
 * Phrasal reporting verbs (the lexicon's table): each form of a verb, to the words that must follow it. A map rather
 * than one regex per verb tried on every word; a form listed twice keeps its first verb's words, as the first match did.
 */
const PHRASAL = new Map<string, RegExp>();
for (const p of PHRASAL_CUES) {
  const follows = new RegExp(`^${p.follows}`);
  // only lower-case words were ever tried
  for (const form of p.forms) if (/^[a-z]+$/.test(form) && !PHRASAL.has(form)) PHRASAL.set(form, follows);
}

/** "Vale raised questions about the audit", "Vale took aim at the board": content after the phrase. */
export function phrasalCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = objectArray();
  const toks = ctx.tokens;
  for (let c = 1; c < toks.length; c++) {
    const w = toks[c]!.text;
    if (ctx.qidx[c]! >= 0) continue;
    const follows = PHRASAL.get(w);
    if (!follows) continue;
    const raw = ctx.text.slice(toks[c]!.end, toks[c]!.end + 60);
    const after = raw.trimStart();
    const m = follows.exec(after);
    if (!m) continue;
    const phraseEnd = toks[c]!.end + (raw.length - after.length) + m[0].length;
    let last = c;
    while (last + 1 < toks.length && toks[last + 1]!.end <= phraseEnd) last++;
    const floor = clauseStart(ctx, c);
    // "is raising questions": the subject stands before the auxiliary
    let anchor = c;
    while (
      anchor - 1 > floor &&
      (SKIP_BEFORE_CUE.has(toks[anchor - 1]!.text.toLowerCase()) ||
        PROGRESSIVE_AUX.has(toks[anchor - 1]!.text.toLowerCase()))
    )
      anchor--;
    let source = leftSubject(ctx, anchor, floor);
    // "He made the criticism while showing support for …": the main clause's subject
    if (!source && SUBORDINATOR.test(toks[c - 1]!.text)) source = mainSubject(ctx, floor, c - 1);
    // "…,” Vale said, going on to contrast …": a participle after a comma borrows the attribution's subject
    const borrows = !source && w.endsWith("ing") && COMMA_OR_SUBORDINATOR.test(toks[c - 1]!.text);
    if (!source && !borrows) continue;
    const cand = clauseCandidate(ctx, last + 1, clauseEnd(ctx, last + 1), {
      cue: [c, last],
      source,
      inherit: borrows,
      mediumFrom: null,
      priority: 2,
      rule: source ? "source-phrasal-cue" : "participle-phrasal",
    });
    if (cand) out.push(cand);
  }
  return out;
}
