// "Vale issued a statement saying …": the participle's source is who issued the document, not the document.
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { leftSubject } from "./source.ts";
import { sentenceOf } from "./sentences.ts";
import { ISSUING_NOT_OBJECT, ISSUING_VERBS } from "./lexicon-sources.ts";
import { recandidate } from "./candidate.ts";
import { mapPacked } from "../util/arrays.ts";

const ISSUING: ReadonlySet<string> = new Set(ISSUING_VERBS);
const NOT_OBJECT: ReadonlySet<string> = new Set(ISSUING_NOT_OBJECT);
/** the most tokens between the issuing verb and the participle ("a statement Tuesday night", "back a response") */
const MAX_OBJECT = 7;
const PARTICIPLE = /^[a-z]+ing$/;
/** marks that end the object: a clause or a quote lies between, not a noun phrase */
const BREAK = /^[,;:.!?()"“”'‘’—–]$/;

/**
 * A participle cue right after the object of an issuing verb ("released a statement Wednesday saying") takes that verb's
 * subject as its source, when its own source is none or lies inside the object (train: 48 of 49 such frames in PolNeAR
 * have the subject as source; the readers took the object).
 */
export function issuerSources(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  return mapPacked(accepted, (c) => {
    if (!c.cue || !PARTICIPLE.test(ctx.tokens[c.cue[0]]!.text)) return c;
    const v = issuingVerb(ctx, c.cue[0]);
    if (v < 0) return c;
    const s = c.source;
    if (s && (s.first <= v || s.last >= c.cue[0])) return c;
    const subject = leftSubject(ctx, v, sentenceOf(ctx, v)[0]);
    if (!subject) return c;
    return recandidate(c, { source: subject, inherit: false, rule: `${c.rule}+issuer-source` });
  });
}

/** The issuing verb whose object ends right before the participle at token p, or -1. */
function issuingVerb(ctx: Ctx, p: number): number {
  for (let t = p - 1; t >= 0 && p - t <= MAX_OBJECT + 1; t--) {
    const w = ctx.tokens[t]!.text;
    if (ctx.qidx[t]! >= 0 || BREAK.test(w) || ctx.para[t] !== ctx.para[p]) return -1;
    // the object needs a word: "issued saying" is no frame
    if (ISSUING.has(w)) return t < p - 1 && !NOT_OBJECT.has(ctx.tokens[t + 1]!.text) ? t : -1;
  }
  return -1;
}
