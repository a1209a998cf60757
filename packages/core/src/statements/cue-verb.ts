// Finite cue verbs: is the word a verb here, a quote before it, or a second verb after "and"; then its content.
import { CUES, TAKES_INFINITIVE } from "./lexicon.ts";
import { SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import { ARTICLES } from "../text/closed-class.ts";
import {
  PRONOUNS,
  CONTRACTION_HOSTS,
  INDEFINITES,
  OBJECT_PRONOUNS,
  POSSESSIVES,
  QUANTIFIERS,
} from "./lexicon-pronouns.ts";
import { BELIEF, CLAUSE_OPENER, INVERTIBLE, NOUNISH, NOUN_CONTEXT } from "./lexicon-syntax.ts";
import { CLAIMED_THINGS, DEMONYM_ENDINGS, MODIFIED_NOUNS } from "./lexicon-nouns.ts";
import { alternation, capitalised, wordRegex } from "../util/word-regex.ts";
import { clauseEnd, isCap } from "./context.ts";
import { leftSubject, rightSubject, type SourceSpan } from "./source.ts";
import type { Candidate } from "./clause.ts";
import { embeddedTitle } from "./quote-shapes.ts";
import { endsAfter, quoteAfter } from "./frame-parts.ts";
import { directCandidate, mediumFrom, type CueFrame } from "./cue-frame.ts";
import { invertedCandidate, subjectCueCandidate, type VerbReading } from "./cue-after-subject.ts";
import { andCueCandidate } from "./cue-and.ts";

/** Objects of "claim" that are things won or taken. */
const NOT_CLAIMED = new RegExp(
  String.raw`^\s+(?:${alternation([...ARTICLES, ...POSSESSIVES, "our", "my"])}|\w+'s|\w+’s)\s+(?:\S+\s+){0,2}(?:${alternation(CLAIMED_THINGS)})\b`,
  "i",
);
const QUANTIFIER = wordRegex(capitalised(QUANTIFIERS));
const CONTRACTION_HOST = wordRegex(CONTRACTION_HOSTS, "i");
const OBJECT_PRONOUN = wordRegex(OBJECT_PRONOUNS);
const MODIFIED = wordRegex(MODIFIED_NOUNS, "i");
const PERSON_PRONOUN_BEFORE = wordRegex([...PRONOUNS.keys()], "i");
/** what may follow the name of an inverted frame's speaker: an apposition's comma or the sentence's end */
const NAME_CLOSER = /^[,.;!?]$/;
const DEMONYM_ENDING = new RegExp(`(?:${alternation(DEMONYM_ENDINGS)})$`);
const INDEFINITE = wordRegex(INDEFINITES, "i");

/** A finite cue as the words around it read it, with its subject before it (null when none stands there). */
export interface FiniteReading extends VerbReading {
  subj: SourceSpan | null;
  /** "claimed to annex": "to" after a verb that takes no infinitive blocks it, unless a quote precedes */
  toBlocked: boolean;
}

/** The content and source of a finite cue verb whose subject stands before `anchor` (or after the verb). */
export function verbCandidate(f: CueFrame, anchor: number, headline: boolean): Candidate | null {
  const { ctx, floor } = f;
  const toks = ctx.tokens;
  const r = readVerb(f, anchor, headline);
  if (!r) return null;
  const before = quoteBeforeCandidate(f, r);
  if (before !== undefined) return before;
  let and = f.c - 1;
  while (
    and > floor &&
    ctx.qidx[and]! < 0 &&
    (SKIP_BEFORE_CUE.has(toks[and]!.text.toLowerCase()) || /^[a-z]+ly$/.test(toks[and]!.text))
  )
    and--;
  if (r.toBlocked) return null;
  if (!r.subj && /^(?:and|but)$/i.test(toks[and]?.text ?? "") && ctx.qidx[and]! < 0) return andCueCandidate(f, r, and);
  if (!r.subj) return invertedCandidate(f);
  // "…, forcing her to act, said Ann Vale, a pollster.": after a comma, a speaker closing the sentence is the source,
  // however the words before the comma read (they are the reported clause, not a subject with an aside)
  // (a name right after the cue, closed by a comma or the sentence's end, and no quote the subject's reading frames:
  // "Vale, an aide, said Brandt lied" is no inversion, nor "Vale, an aide, told Harbor Radio “…”")
  const read = subjectCueCandidate(f, r.subj, r);
  let n = f.cueLast + 1;
  while (isCap(toks[n]?.text ?? "") && ctx.qidx[n]! < 0) n++;
  if (
    toks[f.c - 1]?.text === "," &&
    n > f.cueLast + 1 &&
    NAME_CLOSER.test(toks[n]?.text ?? ".") &&
    (!read || read.kind === "indirect")
  )
    return invertedCandidate(f) ?? read;
  return read;
}

/** Is the word a verb here (null when it reads as a noun, a title word or a thing won), and with which subject. */
function readVerb(f: CueFrame, anchor: number, headline: boolean): FiniteReading | null {
  const { ctx, c, cueLast, info, floor } = f;
  const toks = ctx.tokens;
  if (c > floor && isCap(toks[c]!.text) && !headline) return null;
  const next = toks[cueLast + 1]?.text.toLowerCase() ?? "";
  // "reports say": the noun before the verb is not a cue; "claimed to annex" is not speech
  // "the torrent of challenges", "despite repeated warnings": after a determiner or preposition the word is a noun
  // …unless a quantifier opens the clause as its subject: "Some chanted “…”", "Many warned that …"
  const quantifierSubject = c - 1 === floor && QUANTIFIER.test(toks[c - 1]?.text ?? "");
  if (NOUN_CONTEXT.has(toks[c - 1]?.text.toLowerCase() ?? "") && ctx.qidx[c - 1]! < 0 && !quantifierSubject)
    return null;
  // "Friday's tweets", "the senator's claims": after a possessive the word is a noun ("he's said" is a contraction)
  const owner = /^['’]s$/.test(toks[c - 1]?.text ?? "")
    ? (toks[c - 2]?.text ?? "")
    : /['’]s$/.test(toks[c - 1]?.text ?? "")
      ? toks[c - 1]!.text.slice(0, -2)
      : null;
  if (owner !== null && !CONTRACTION_HOST.test(owner) && ctx.qidx[c - 1]! < 0) return null;
  const infinitive = next === "to" && TAKES_INFINITIVE.has(info.base);
  const plural = /s$/.test(toks[c]!.text) && toks[c]!.text !== "says";
  if (plural && CUES.get(next)?.kind === "verb") return null;
  // "claimed to annex" is no speech, but "“…,” Vale said to the crowd" is: "to" only blocks a cue no quote precedes
  const toBlocked = next === "to" && !infinitive;
  // "Russian attacks", "reports say": forms that are as often plural nouns need a pronoun subject or a that-clause
  // …but an object pronoun after it makes it a verb: "The first lady calls it her “gene”"
  const nounForm =
    NOUNISH.has(info.base) &&
    (toks[c]!.text === info.base || toks[c]!.text === info.base + "s") &&
    !OBJECT_PRONOUN.test(next);
  // "White House press secretary Josh Earnest", "Wisconsin state Rep. Ivo Brandt": a bare cue-like noun modifying the
  // noun after it, unless a pronoun is its subject ("they press officials to …")
  if (
    nounForm &&
    toks[c]!.text === info.base &&
    MODIFIED.test(toks[cueLast + 1]?.text ?? "") &&
    !PERSON_PRONOUN_BEFORE.test(toks[c - 1]?.text ?? "")
  )
    return null;
  const subj = leftSubject(ctx, anchor, floor);
  // a person's name (not a demonym) or a pronoun before the word makes it a verb: "Vale plans to", "they call"
  const lastSubj = subj ? toks[subj.last]!.text : "";
  const named = subj !== null && (subj.pronoun || (isCap(lastSubj) && !DEMONYM_ENDING.test(lastSubj)));
  // "The campaign called the charges baseless": the past tense of a naming verb takes its object as content
  // (after a comma only when the comma closes the subject's apposition: "Vale, the top Republican, called …")
  const namingPast =
    info.base === "call" &&
    toks[c]!.text === "called" &&
    subj !== null &&
    (toks[c - 1]!.text !== "," || subj.last + 2 === c);
  // "a firm called Swarm Systems": after an unnamed noun, "called" and a name is a reduced relative, naming a thing
  if (
    namingPast &&
    !named &&
    isCap(toks[cueLast + 1]?.text ?? "") &&
    ctx.qidx[cueLast + 1]! < 0 &&
    [1, 2, 3].some((d) => INDEFINITE.test(toks[c - d]?.text ?? ""))
  )
    return null;
  // "claimed her first title", "claimed the lives of …": a thing won or taken, not a claim made
  if (info.base === "claim" && NOT_CLAIMED.test(ctx.text.slice(toks[cueLast]!.end, toks[cueLast]!.end + 40)))
    return null;
  // "Vale believes his efforts will last": a belief verb before a clause opener needs no "that"
  const beliefClause = BELIEF.has(info.base) && named && CLAUSE_OPENER.test(next);
  const weak = (info.weak && !namingPast && !beliefClause) || (nounForm && !named);
  // "investigating claims that …": a lone lower-case word before a noun-like cue is no subject
  if (nounForm && subj && !subj.pronoun && subj.first === subj.last && /^[a-z]/.test(toks[subj.first]!.text))
    return null;
  return { subj, nounForm, named, weak, infinitive, next, toBlocked };
}

/**
 * “…,” Keane said / “…,” said Rob Dannenberg: the quote before the cue. Undefined when no such quote stands there,
 * null when one does but the word is no cue.
 */
function quoteBeforeCandidate(f: CueFrame, r: FiniteReading): Candidate | null | undefined {
  const { ctx, c, cueLast, info, ceil, cue } = f;
  const toks = ctx.tokens;
  const mediumAfter = (to: number) => mediumFrom(f, to);
  const { nounForm } = r;
  let subj = r.subj;
  let b = subj ? subj.first - 1 : c - 1;
  if (b >= 0 && toks[b]!.text === "," && ctx.qidx[b]! < 0) b--;
  const qb = b >= 0 ? ctx.qidx[b]! : -1;
  // a quote ending its own sentence attaches only when the cue closes the clause ("“…?” Graham asked.")
  // …but "“A.” She adds, “B.”" introduces the quote after it
  if (
    qb >= 0 &&
    ctx.qCloseTok[qb] === b &&
    ctx.quotes[qb]!.closed &&
    ctx.para[b] === ctx.para[c] &&
    !embeddedTitle(ctx, qb) &&
    (!ctx.ends[b] || (endsAfter(ctx, cueLast, clauseEnd(ctx, cueLast)) && !(subj && quoteAfter(ctx, cueLast, info))))
  ) {
    const inverted = !subj;
    // ("“…,” warns Baroness Vale": a name after the -s form makes it a verb)
    if (inverted && ((nounForm && !isCap(toks[cueLast + 1]?.text ?? "")) || !INVERTIBLE.has(info.base))) return null;
    subj ??= rightSubject(ctx, cueLast, ceil);
    if (subj) {
      const after = inverted ? subj.last : cueLast;
      const next = after + 2;
      // "“A,” she said. “B”": the quote after the cue, which the frame takes if its own is claimed (Candidate.alt)
      const alt =
        /^[.:]$/.test(toks[after + 1]?.text ?? "") &&
        ctx.qidx[next] !== undefined &&
        ctx.qidx[next] >= 0 &&
        ctx.qOpenTok[ctx.qidx[next]] === next &&
        ctx.para[next] === ctx.para[c]
          ? ctx.qidx[next]
          : undefined;
      return directCandidate(
        ctx,
        qb,
        {
          cue,
          source: subj,
          inherit: false,
          mediumFrom: mediumAfter(Math.min(ceil, after + 12)),
          rule: inverted ? "quote-cue-source" : "quote-source-cue",
        },
        alt,
      );
    }
  }
  return undefined;
}
