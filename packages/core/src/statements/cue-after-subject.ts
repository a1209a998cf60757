// What a finite cue verb frames once its subject is known: the quote or clause after it, or the clause before it.
import { PREP_CUES } from "./lexicon.ts";
import { NOT_CLAUSE_START, TIME_WORDS } from "./lexicon-clause-words.ts";
import { INFINITIVE_ONLY, INVERTIBLE, NAMING, PERFORMS, PREP_ONLY, RELATIVE_NEXT } from "./lexicon-syntax.ts";
import { PHRASE_CLOSERS, TIME_PHRASE_OPENERS } from "./lexicon-function-words.ts";
import { wordRegex } from "../util/word-regex.ts";
import { rightSubject, type SourceSpan } from "./source.ts";
import { clauseCandidate, type Candidate } from "./clause.ts";
import { asQuoteAhead, firstQuoteEnd } from "./quote-shapes.ts";
import { endsAfter, findThat, quoteAfter, quotedClause, sideClause, skipTime } from "./frame-parts.ts";
import { directCandidate, mediumFrom, type CueFrame } from "./cue-frame.ts";

const TIME_OPENER = wordRegex(TIME_PHRASE_OPENERS);
const PHRASE_CLOSER = wordRegex(PHRASE_CLOSERS);

/** How the words around a finite cue read it: its subject, and whether the word is verb-like enough to report. */
export interface VerbReading {
  /** the cue's form is as often a plural noun ("reports", "claims") */
  nounForm: boolean;
  /** a name or pronoun stands before it */
  named: boolean;
  /** it only counts with a that-clause or a quote */
  weak: boolean;
  /** its content is a to-infinitive ("pledged to cut taxes") */
  infinitive: boolean;
  /** the word after the cue, lower-cased */
  next: string;
}

/** "…, said the spokesman.": a cue with no subject before it closes the clause it reports, its source after it. */
export function invertedCandidate(f: CueFrame): Candidate | null {
  const { ctx, c, cueLast, info, floor, ceil, cue } = f;
  const toks = ctx.tokens;
  // "…, said the spokesman." — an inverted cue closing its clause
  // (only a speech verb inverts: "…, called Wedding Cantata, was found" names a work)
  if (toks[c - 1]?.text !== "," || c - 2 < floor || !INVERTIBLE.has(info.base)) return null;
  const inv = rightSubject(ctx, cueLast, ceil);
  if (!inv || !endsAfter(ctx, inv.last, ceil)) return null;
  return sideClause(ctx, floor, c - 2, inv.last, ceil, {
    cue,
    source: inv,
    inherit: false,
    mediumFrom: null,
    priority: 1,
    rule: "clause-cue-source",
  });
}

/** A finite cue with its subject before it: "Vale said (that) …", "Vale told CNN, “…”", "…, Vale said." */
export function subjectCueCandidate(f: CueFrame, subj: SourceSpan, r: VerbReading): Candidate | null {
  const { ctx, cueLast, info, floor, ceil, cue } = f;
  const toks = ctx.tokens;
  const mediumAfter = (to: number) => mediumFrom(f, to);
  const { nounForm, named, weak, infinitive, next } = r;
  // Breedlove … told The Cipher Brief, “…” / Caddell continued: ¶ “…”
  const direct = quoteAfter(ctx, cueLast, info);
  if (direct)
    return directCandidate(ctx, direct.q, {
      cue,
      source: subj,
      inherit: false,
      mediumFrom: mediumAfter(direct.before),
      rule: "source-cue-quote",
    });

  // "…, Keane said." — the reported clause comes first
  const before = subj.first - 1;
  // ("…, raising questions about …": a plural noun after an unnamed word is no cue)
  if (before - 1 >= floor && toks[before]!.text === "," && endsAfter(ctx, cueLast, ceil) && !(nounForm && !named))
    return sideClause(ctx, floor, before - 1, cueLast, ceil, {
      cue,
      source: subj,
      inherit: false,
      mediumFrom: mediumAfter(ceil),
      priority: 1,
      rule: "clause-source-cue",
    });

  // "Keane said (that) …", "Putin told officials that …"; "announced on Friday the arrest …" skips the time phrase
  let k = cueLast + 1;
  if (toks[skipTime(ctx, k)]?.text !== "that") k = skipTime(ctx, k);
  let addrEnd = cueLast;
  let that = findThat(ctx, k, ceil, info.takesAddressee ? 10 : weak ? 1 : NOT_CLAUSE_START.has(next) ? 14 : 6);
  // "personal attacks that have defined his bid": "that" and an auxiliary open a relative clause, not the content
  if (that >= 0 && RELATIVE_NEXT.has(toks[that + 1]?.text.toLowerCase() ?? "")) that = -1;
  // "an hourlong show that aired on Thursday": after a noun-like cue, "that" and a past verb is a relative clause
  if (that === cueLast + 1 && nounForm && !named && /^[a-z]+ed$/.test(toks[that + 1]?.text ?? "")) return null;
  // a function, not `{ ...base, rule }`: one hidden class for every candidate (util/extend.ts)
  const base = (rule: string) => ({
    cue,
    source: subj,
    inherit: false,
    mediumFrom: mediumAfter(addrEnd),
    priority: 2,
    rule,
  });
  // "called it “a farce,” a phrase …": a naming verb's object ends with the quoted name it gives
  // …and so does any verb's object followed by "as “…”" ("defended his aide as a “decent man” on Tuesday")
  const objEnd = NAMING.has(info.base) || asQuoteAhead(ctx, k, ceil) ? firstQuoteEnd(ctx, k, ceil) : ceil;
  if (that >= 0) {
    addrEnd = that - 1;
    k = that + 1;
  } else if (nounForm && !named) return null;
  else if (weak) return quotedClause(ctx, k, objEnd, base("source-cue-quoted"), PERFORMS.has(info.base));
  else if (infinitive) return clauseCandidate(ctx, k, ceil, base("source-cue-infinitive"));
  else if (PREP_CUES.get(info.base)?.has(toks[k]?.text.toLowerCase() ?? ""))
    return clauseCandidate(ctx, k + 1, ceil, base("source-cue-prep"));
  else if (PREP_ONLY.has(info.base) || INFINITIVE_ONLY.has(info.base)) return null;
  else if (NOT_CLAUSE_START.has(toks[k]?.text.toLowerCase() ?? ""))
    return quotedClause(ctx, k, objEnd, base("source-cue-quoted"), PERFORMS.has(info.base));
  else if (info.takesAddressee) {
    const addr = rightSubject(ctx, cueLast, ceil);
    if (!addr) return null;
    // "promising lower taxes and jobs": a noun phrase the clause ends on is the content, not an addressee
    const then = toks[addr.last + 1]?.text ?? ".";
    const ends = PHRASE_CLOSER.test(then);
    if (info.base !== "promise" || !ends || addr.pronoun) {
      // "warned investors and left": an addressee with nothing reported after it ("told CNN, his plan …" has)
      if (ends && then !== ",") return null;
      addrEnd = addr.last;
      k = addr.last + 1;
      // "told reporters on Thursday (that) the deal was dead": a time phrase after the addressee is no content
      // (skipped even at the sentence end: "told the Ledger on Thursday." reports nothing)
      if (TIME_OPENER.test(toks[k]?.text ?? "") && TIME_WORDS.test(toks[k + 1]?.text ?? "")) k += 2;
      if (toks[k]?.text === "that") k++;
    }
  }
  return clauseCandidate(ctx, k, that >= 0 ? ceil : objEnd, {
    cue,
    source: subj,
    inherit: false,
    mediumFrom: mediumAfter(addrEnd),
    priority: 2,
    rule: that >= 0 ? "source-cue-that" : "source-cue-clause",
  });
}
