// "As"-framed attributions: "as The Ledger put it, “…”" and "Vale has been pounding Reyl as a “con artist”".
import { clauseStart, isCap, type Ctx } from "./context.ts";
import { candidate } from "./candidate.ts";
import { CUES } from "./lexicon.ts";
import { PROGRESSIVE_AUX, SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import { NOT_VERB } from "./lexicon-syntax.ts";
import { clauseCandidate, isTitle, type Candidate } from "./patterns.ts";
import { leftSubject } from "./source.ts";
import { wordRegex } from "../util/word-regex.ts";
import { AS_NAME_DETERMINERS, GENERIC_PRONOUN, PERSON_PRONOUNS } from "./lexicon-pronouns.ts";
import { objectArray } from "../util/arrays.ts";

/** Verb forms that may frame "X as “…”": heralded, casting, casts (a plural noun such as "plans" needs a subject). */
const VERB_FORM = /^[a-z]+(?:ing|ed|[^s'u]s)$/;
/** Articles allowed between "as" and the quoted name it gives. */
const ARTICLE = wordRegex(AS_NAME_DETERMINERS);
const PERSON_PRONOUN = wordRegex(PERSON_PRONOUNS);
const SPEAKER_PRONOUN = wordRegex([...PERSON_PRONOUNS, GENERIC_PRONOUN]);
const PUT = wordRegex(["put", "puts"]);

/**
 * "as X put it, “…”" (or "“…,” as X put it"): the words quoted beside the phrase are X's. The quote must sit right
 * after the phrase's comma or end right before the "as", in the same paragraph.
 */
export function asPutItCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = objectArray();
  const toks = ctx.tokens;
  for (let p = 2; p + 1 < toks.length; p++) {
    if (!PUT.test(toks[p]!.text) || toks[p + 1]!.text !== "it" || ctx.qidx[p]! >= 0) continue;
    let as = p - 1;
    while (
      as >= 0 &&
      p - as <= 6 &&
      ctx.para[as] === ctx.para[p] &&
      toks[as]!.text.toLowerCase() !== "as" &&
      ctx.qidx[as]! < 0
    )
      as--;
    if (
      as < 0 ||
      toks[as]!.text.toLowerCase() !== "as" ||
      as + 1 >= p ||
      !(isCap(toks[as + 1]!.text) || SPEAKER_PRONOUN.test(toks[as + 1]!.text))
    )
      continue;
    const source = {
      first: as + 1,
      last: p - 1,
      pronoun: as + 2 === p && PERSON_PRONOUN.test(toks[as + 1]!.text),
    };
    // the quote after the phrase: "as X put it (in a long profile), “…”"
    let k = p + 2;
    while (k < toks.length && k - p < 12 && ctx.qidx[k]! < 0 && !ctx.ends[k] && ctx.para[k] === ctx.para[p]) k++;
    let q = ctx.qidx[k] ?? -1;
    if (!(q >= 0 && ctx.qOpenTok[q] === k && toks[k - 1]!.text === "," && ctx.para[k] === ctx.para[p])) {
      // …or the quote before it: "“…,” as X put it."
      const b = toks[as - 1]?.text === "," ? as - 2 : as - 1;
      q = b >= 0 ? ctx.qidx[b]! : -1;
      if (q < 0 || ctx.qCloseTok[q] !== b || ctx.para[b] !== ctx.para[p]) continue;
    }
    const quote = ctx.quotes[q]!;
    out.push(
      candidate({
        kind: "direct",
        start: quote.start,
        end: quote.end,
        cue: [p, p + 1],
        source,
        inherit: false,
        mediumFrom: null,
        priority: 0,
        rule: "direct:as-source-put-it",
        claim: [quote.open, quote.close],
      }),
    );
  }
  return out;
}

/**
 * "Vale has been pounding Reyl as a “con artist”": a verb, its object, then "as" and a quoted name. The verb needs a
 * subject, the quote must not be a title, and verbs the cue lexicon knows are the patterns' business.
 */
export function asQuoteCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = objectArray();
  const toks = ctx.tokens;
  for (let a = 2; a + 1 < toks.length; a++) {
    if (toks[a]!.text !== "as" || ctx.qidx[a]! >= 0) continue;
    const open = ARTICLE.test(toks[a + 1]!.text) ? a + 2 : a + 1;
    const q = ctx.qidx[open] ?? -1;
    if (q < 0 || ctx.qOpenTok[q] !== open || isTitle(ctx, q)) continue;
    const floor = clauseStart(ctx, a);
    // the verb: a -ing, -ed or -s word at most eight words before "as", with no quote between
    let v = a - 1;
    while (v > floor && a - v <= 8 && ctx.qidx[v]! < 0 && !VERB_FORM.test(toks[v]!.text)) v--;
    const verb = toks[v]!.text;
    if (v <= floor || a - v > 8 || v === a - 1 || !VERB_FORM.test(verb) || CUES.has(verb) || NOT_VERB.has(verb))
      continue;
    let anchor = v;
    while (
      anchor - 1 > floor &&
      (SKIP_BEFORE_CUE.has(toks[anchor - 1]!.text.toLowerCase()) ||
        PROGRESSIVE_AUX.has(toks[anchor - 1]!.text.toLowerCase()) ||
        /^[a-z]+ly$/.test(toks[anchor - 1]!.text))
    )
      anchor--;
    // "-ing" needs "is" or "has been" before it; every form needs a subject
    if (verb.endsWith("ing") && anchor === v) continue;
    // only a named or pronoun subject: "gay rights group X as “…”" and "natural disasters … as “…”" are no speech
    const source = leftSubject(ctx, anchor, floor);
    if (!source || !(source.pronoun || isCap(toks[source.last]!.text) || toks[source.last]!.text === ")")) continue;
    const cand = clauseCandidate(ctx, v + 1, ctx.qCloseTok[q]!, {
      cue: [v, v],
      source,
      inherit: false,
      mediumFrom: null,
      priority: 3,
      rule: "source-verb-as-quote",
    });
    if (cand) out.push(cand);
  }
  return out;
}
