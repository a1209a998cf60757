// Attribution patterns: for each cue word, find its content (an adjacent quote, or the reported clause) and its source.
import {
  CUES,
  TIME_WORDS,
  NOT_CLAUSE_START,
  PREP_CUES,
  PROGRESSIVE_AUX,
  SKIP_BEFORE_CUE,
  TAKES_INFINITIVE,
  type CueInfo,
} from "./lexicon.ts";
import {
  BELIEF,
  CLAUSE_OPENER,
  INFINITIVE_ONLY,
  INVERTIBLE,
  NAMING,
  NOT_VERB,
  PERFORMS,
  NOUNISH,
  NOUN_CONTEXT,
  PREP_ONLY,
  RELATIVE_NEXT,
  SPEECH_PARTICIPLE,
} from "./lexicon-syntax.ts";
import { clauseEnd, clauseStart, isCap, type Ctx } from "./context.ts";
import { leftSubject, mainSubject, rightSubject } from "./source.ts";
import { clauseCandidate, type Candidate } from "./clause.ts";
import { asQuoteAhead, embeddedTitle, firstQuoteEnd, isTitle, quoteWithin } from "./quote-shapes.ts";
import { endsAfter, findThat, quoteAfter, quotedClause, sideClause, skipTime } from "./frame-parts.ts";
import { alternation, capitalised, wordRegex } from "../util/word-regex.ts";
import { QUOTED_AS_PARTICIPLES } from "./lexicon-verbs.ts";
import { CLAIMED_THINGS, DEMONYM_ENDINGS } from "./lexicon-nouns.ts";
import {
  ARTICLES,
  CONTRACTION_HOSTS,
  INDEFINITES,
  OBJECT_PRONOUNS,
  POSSESSIVES,
  QUANTIFIERS,
} from "./lexicon-pronouns.ts";
import { PARTICIPLE_SUBORDINATORS, PASSIVE_BE, TIME_PHRASE_OPENERS } from "./lexicon-function-words.ts";

export { clauseCandidate, isTitle, type Candidate };

/** Objects of "claim" that are things won or taken. */
const NOT_CLAIMED = new RegExp(
  String.raw`^\s+(?:${alternation([...ARTICLES, ...POSSESSIVES, "our", "my"])}|\w+'s|\w+’s)\s+(?:\S+\s+){0,2}(?:${alternation(CLAIMED_THINGS)})\b`,
  "i",
);
const QUOTED_AS = wordRegex(QUOTED_AS_PARTICIPLES);
const PASSIVE = wordRegex(PASSIVE_BE);
const QUANTIFIER = wordRegex(capitalised(QUANTIFIERS));
const CONTRACTION_HOST = wordRegex(CONTRACTION_HOSTS, "i");
const OBJECT_PRONOUN = wordRegex(OBJECT_PRONOUNS);
const DEMONYM_ENDING = new RegExp(`(?:${alternation(DEMONYM_ENDINGS)})$`);
const INDEFINITE = wordRegex(INDEFINITES, "i");
const TIME_OPENER = wordRegex(TIME_PHRASE_OPENERS);
/** A comma or a subordinator before a participle: the participle is the subject's act ("by proposing …"). */
const PARTICIPLE_ADJUNCT = wordRegex([",", ...PARTICIPLE_SUBORDINATORS, "without", "in"]);

const GENERIC_CUE: CueInfo = { kind: "verb", base: "that-verb", weak: true, takesAddressee: false };

function directCandidate(ctx: Ctx, q: number, base: Omit<Candidate, "kind" | "start" | "end" | "priority">): Candidate {
  const quote = ctx.quotes[q]!;
  return {
    kind: "direct",
    start: quote.start,
    end: quote.end,
    ...base,
    rule: `direct:${base.rule}`,
    priority: 0,
    claim: [quote.open, quote.close],
  };
}

/** Every candidate attribution in the document, one scan over the tokens. */
export function findCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const toks = ctx.tokens;
  for (let c = 0; c < toks.length; c++) {
    if (ctx.qidx[c]! >= 0) continue;
    const word = toks[c]!.text;
    // headlines are title-cased: "Mayor Says Budget Is Safe"
    const headline = ctx.para[c] === 0 && ctx.paragraphs[0]!.end - ctx.paragraphs[0]!.start < 200;
    let info = CUES.get(word) ?? (word === "According" || headline ? CUES.get(word.toLowerCase()) : undefined);
    // any verb-looking word before "that" with a subject reports a claim or belief ("Democrats fear that …")
    if (!info && toks[c + 1]?.text === "that" && /^[a-z]+ed$/.test(word) && !NOT_VERB.has(word)) info = GENERIC_CUE;
    if (!info) continue;
    let cueLast = c;
    if (info.kind === "according") {
      if (toks[c + 1]?.text.toLowerCase() !== "to") continue;
      cueLast = c + 1;
    } else if (word === "quoted" && toks[c + 1]?.text === "as" && QUOTED_AS.test(toks[c + 2]?.text ?? "")) {
      // "was quoted as saying": the whole phrase is the cue, and it reports like "said"
      cueLast = c + 2;
      info = { kind: "verb", base: "say", weak: false, takesAddressee: false };
    } else if (info.base === "point" || info.base === "refer") {
      // "pointed out that …", "refers to the governor as “Chris”"
      if (!(info.base === "point" ? /^(?:out|to)$/ : /^to$/).test(toks[c + 1]?.text ?? "")) continue;
      cueLast = c + 1;
    } else if (info.base === "call" && /^(?:for|on)$/.test(toks[c + 1]?.text ?? "")) {
      // "called for a recount", "called on Congress to act": a demand, its object is the content
      cueLast = c + 1;
      info = { ...info, weak: false };
    }
    const cand = forCue(ctx, c, cueLast, info, headline);
    if (cand) out.push(cand);
  }
  return out;
}

function forCue(ctx: Ctx, c: number, cueLast: number, info: CueInfo, headline: boolean): Candidate | null {
  const toks = ctx.tokens;
  const floor = clauseStart(ctx, c);
  const ceil = clauseEnd(ctx, cueLast);
  const cue: [number, number] = [c, cueLast];
  const mediumAfter = (to: number): [number, number] | null => (to > cueLast ? [cueLast + 1, to] : null);

  if (info.kind === "according") {
    const src = rightSubject(ctx, cueLast, ceil);
    if (!src) return null;
    const base = { cue, source: src, inherit: false, mediumFrom: null, priority: 1, rule: "according-to" };
    if (c > floor) return clauseCandidate(ctx, floor, c - 1, base) ?? clauseCandidate(ctx, src.last + 1, ceil, base);
    return clauseCandidate(ctx, src.last + 1, ceil, base);
  }

  // "Clinton is stressing that …": an auxiliary makes the -ing form a finite verb whose subject precedes the auxiliary
  let anchor = c;
  // "“…,” the agency was quoted as saying": the subject stands before the passive auxiliary
  if (cueLast > c && toks[c]!.text === "quoted" && PASSIVE.test(toks[c - 1]?.text ?? "")) anchor = c - 1;
  if (info.kind === "participle") {
    let a = c - 1;
    while (a > floor && SKIP_BEFORE_CUE.has(toks[a]!.text.toLowerCase()) && ctx.qidx[a]! < 0) a--;
    if (a > floor && PROGRESSIVE_AUX.has(toks[a]!.text.toLowerCase()) && ctx.qidx[a]! < 0) anchor = a;
  }
  if (info.kind === "participle" && anchor === c) {
    const direct = quoteAfter(ctx, cueLast, info);
    // "Reid mocked Romney, claiming …": after a comma the participle's subject is the clause's
    const subj = (toks[c - 1]?.text === "," ? null : leftSubject(ctx, c, floor)) ?? mainSubject(ctx, floor, c);
    if (direct && ctx.tokens[direct.before]!.text.length === 1 && /[,:]/.test(ctx.tokens[direct.before]!.text))
      return directCandidate(ctx, direct.q, {
        cue,
        source: subj,
        inherit: !subj,
        mediumFrom: mediumAfter(direct.before),
        rule: "participle-quote",
      });
    let k = cueLast + 1;
    const that = toks[k]?.text === "that";
    // "a statement saying the plant will close": without a comma, only speech participles or a that-clause
    // …"language calling for “appropriate aid”" is a demand, though
    // "by proposing …", "while denouncing …": after a subordinator the participle is the subject's act, as after a comma
    // …and so is "…, and Vale calling it a “great meeting”": an absolute phrase with its own named subject
    const absolute =
      subj !== null &&
      subj.last === c - 1 &&
      isCap(toks[c - 1]!.text) &&
      /^(?:and|,)$/.test(toks[subj.first - 1]?.text ?? "");
    const adjunct = absolute || PARTICIPLE_ADJUNCT.test(toks[c - 1]?.text ?? "");
    if (!adjunct && !that && !SPEECH_PARTICIPLE.has(toks[c]!.text) && cueLast === c) return null;
    if (that) k++;
    // "she said, referencing the bank's drive to “cross-sell”": a weak participle frames quoted words only
    // …and only a naming or quoting verb does: "showing the woman “from a discreet angle”" is no speech
    else if (info.weak)
      return adjunct && (NAMING.has(info.base) || PERFORMS.has(info.base) || info.base === "refer")
        ? quotedClause(
            ctx,
            k,
            ceil,
            { cue, source: subj, inherit: !subj, mediumFrom: null, priority: 2, rule: "participle-quoted" },
            PERFORMS.has(info.base),
          )
        : null;
    if (NOT_CLAUSE_START.has(toks[k]?.text.toLowerCase() ?? "")) return null;
    return clauseCandidate(ctx, k, ceil, {
      cue,
      source: subj,
      inherit: !subj,
      mediumFrom: null,
      priority: 2,
      rule: "participle",
    });
  }

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
  let subj = leftSubject(ctx, anchor, floor);
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

  // “…,” Keane said / “…,” said Rob Dannenberg
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
      const cand = directCandidate(ctx, qb, {
        cue,
        source: subj,
        inherit: false,
        mediumFrom: mediumAfter(Math.min(ceil, after + 12)),
        rule: inverted ? "quote-cue-source" : "quote-source-cue",
      });
      const next = after + 2;
      if (
        /^[.:]$/.test(toks[after + 1]?.text ?? "") &&
        ctx.qidx[next] !== undefined &&
        ctx.qidx[next]! >= 0 &&
        ctx.qOpenTok[ctx.qidx[next]!] === next &&
        ctx.para[next] === ctx.para[c]
      )
        cand.alt = ctx.qidx[next]!;
      return cand;
    }
  }
  let and = c - 1;
  while (
    and > floor &&
    ctx.qidx[and]! < 0 &&
    (SKIP_BEFORE_CUE.has(toks[and]!.text.toLowerCase()) || /^[a-z]+ly$/.test(toks[and]!.text))
  )
    and--;
  if (toBlocked) return null;
  if (!subj && /^(?:and|but)$/i.test(toks[and]?.text ?? "") && ctx.qidx[and]! < 0) {
    // "threatened … and said …": a second verb sharing the subject of the first; "laughed and said, “…”" frames a quote
    const direct = quoteAfter(ctx, cueLast, info);
    if (direct) {
      // "Vale laughed and said": the first verb's subject, when that verb stands right before "and"
      const first =
        (and - 1 > floor && /^[a-z]+(?:ed|s)$/.test(toks[and - 1]!.text) ? leftSubject(ctx, and - 1, floor) : null) ??
        mainSubject(ctx, floor, and);
      return directCandidate(ctx, direct.q, {
        cue,
        source: first,
        inherit: !first,
        mediumFrom: mediumAfter(direct.before),
        rule: "and-cue-quote",
      });
    }
    let k = skipTime(ctx, cueLast + 1);
    const shared = mainSubject(ctx, floor, and);
    if (toks[k]?.text === "that") k++;
    // "… and calls people “losers” and “sad.”": a naming verb's quoted object
    else if (weak)
      return NAMING.has(info.base) && quoteWithin(ctx, k, 4)
        ? quotedClause(
            ctx,
            k,
            firstQuoteEnd(ctx, k, ceil),
            { cue, source: shared, inherit: !shared, mediumFrom: null, priority: 2, rule: "and-cue-quoted" },
            false,
          )
        : null;
    return clauseCandidate(ctx, k, ceil, {
      cue,
      source: shared,
      inherit: !shared,
      mediumFrom: mediumAfter(Math.min(ceil, cueLast + 6)),
      priority: 2,
      rule: "and-cue-clause",
    });
  }
  if (!subj) {
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
  const base = { cue, source: subj, inherit: false, mediumFrom: mediumAfter(addrEnd), priority: 2 };
  // "called it “a farce,” a phrase …": a naming verb's object ends with the quoted name it gives
  // …and so does any verb's object followed by "as “…”" ("defended his aide as a “decent man” on Tuesday")
  const objEnd = NAMING.has(info.base) || asQuoteAhead(ctx, k, ceil) ? firstQuoteEnd(ctx, k, ceil) : ceil;
  if (that >= 0) {
    addrEnd = that - 1;
    k = that + 1;
  } else if (nounForm && !named) return null;
  else if (weak) return quotedClause(ctx, k, objEnd, { ...base, rule: "source-cue-quoted" }, PERFORMS.has(info.base));
  else if (infinitive) return clauseCandidate(ctx, k, ceil, { ...base, rule: "source-cue-infinitive" });
  else if (PREP_CUES.get(info.base)?.has(toks[k]?.text.toLowerCase() ?? ""))
    return clauseCandidate(ctx, k + 1, ceil, { ...base, rule: "source-cue-prep" });
  else if (PREP_ONLY.has(info.base) || INFINITIVE_ONLY.has(info.base)) return null;
  else if (NOT_CLAUSE_START.has(toks[k]?.text.toLowerCase() ?? ""))
    return quotedClause(ctx, k, objEnd, { ...base, rule: "source-cue-quoted" }, PERFORMS.has(info.base));
  else if (info.takesAddressee) {
    const addr = rightSubject(ctx, cueLast, ceil);
    if (!addr) return null;
    // "promising lower taxes and jobs": a noun phrase the clause ends on is the content, not an addressee
    const then = toks[addr.last + 1]?.text ?? ".";
    const ends = /^(?:and|or|but|[,.;:!?])$/.test(then);
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
