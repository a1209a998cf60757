// Attributions without a reporting verb: "“…” ― Name" signatures, transcript turns ("PENCE: …"), and long quotes nobody claimed.
import { clauseStart, isCap, type Ctx } from "./context.ts";
import { candidate } from "./candidate.ts";
import { CUES } from "./lexicon.ts";
import { isTitle, type Candidate } from "./patterns.ts";
import type { Quote } from "./quotes.ts";
import { leftSubject, rightSubject, type SourceSpan } from "./source.ts";
import { capitalised, wordRegex } from "../util/word-regex.ts";
import { PERSON_PRONOUNS } from "./lexicon-pronouns.ts";
import { ARTICLES } from "../text/closed-class.ts";
import {
  INTRO_PHRASE_OPENERS,
  NOT_A_VERB_AFTER_SUBJECT,
  NOT_NAME_OPENERS,
  PASSIVE_BE,
} from "./lexicon-function-words.ts";
import { objectArray } from "../util/arrays.ts";

const DASH = /^[―—–]$/;
const SPEAKER_LABEL = /^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})$/;
/** the longest label (in tokens) a headline may open with before its colon */
const HEADLINE_LABEL_TOKENS = 8;
/** a headline is one line of at most this many characters */
const HEADLINE_CHARS = 160;
/** quotes with at least this many words read as speech even without a cue; shorter ones are terms or titles */
const MIN_UNCUED_WORDS = 4;

/** "“…” ― Maria Lopez, teacher": a quote signed with a dash and a name. */
export function dashSigned(ctx: Ctx, q: number): Candidate | null {
  const close = ctx.qCloseTok[q]!;
  const dash = close + 1;
  if (!ctx.tokens[dash] || !DASH.test(ctx.tokens[dash].text) || ctx.para[dash] !== ctx.para[close]) return null;
  const src = rightSubject(ctx, dash, Math.min(ctx.tokens.length - 1, dash + 12));
  if (!src || src.pronoun || !isCap(ctx.tokens[src.first]!.text)) return null;
  const quote = ctx.quotes[q]!;
  return candidate({
    kind: "direct",
    start: quote.start,
    end: quote.end,
    cue: [dash, dash],
    source: src,
    inherit: false,
    mediumFrom: null,
    priority: 0,
    rule: "direct:quote-dash-source",
    claim: [quote.open, quote.close],
  });
}

/** The first paragraph is a headline when a text follows it and it is one short line. */
export function isHeadline(ctx: Ctx): boolean {
  const [first, second] = ctx.paragraphs;
  return (
    !!first &&
    !!second &&
    first.end - first.start <= HEADLINE_CHARS &&
    !ctx.text.slice(first.start, first.end).includes("\n")
  );
}

/** Transcript turns: a paragraph opening with an upper-case speaker label and a colon. */
export function transcriptTurns(ctx: Ctx, named: (start: number, end: number) => boolean): Candidate[] {
  const out: Candidate[] = objectArray();
  const { tokens, text } = ctx;
  for (let t0 = 0; t0 < tokens.length; t0++) {
    if (t0 > 0 && ctx.para[t0 - 1] === ctx.para[t0]) continue;
    // the turn may sit inside a quote that wraps the whole paragraph: "PENCE: …
    const wrapped = ctx.qidx[t0]! >= 0 && ctx.qOpenTok[ctx.qidx[t0]!] === t0 ? ctx.qidx[t0]! : -1;
    const t = wrapped >= 0 ? t0 + 1 : t0;
    if (!tokens[t] || ctx.para[t] !== ctx.para[t0]) continue;
    // a headline's label may be a phrase ("Vale to the Harbor Board: …"), a transcript's a name or two
    const headline = ctx.para[t] === 0 && isHeadline(ctx);
    const reach = headline ? HEADLINE_LABEL_TOKENS : 5;
    let colon = t;
    while (
      colon < tokens.length &&
      colon - t < reach &&
      tokens[colon]!.text !== ":" &&
      ctx.para[colon] === ctx.para[t] &&
      !ctx.ends[colon]
    )
      colon++;
    if (tokens[colon]?.text !== ":" || colon === t || ctx.para[colon] !== ctx.para[t]) continue;
    const label = text.slice(tokens[t].start, tokens[colon - 1]!.end);
    // transcript labels are upper case; a headline may open with a capitalised phrase and
    // a colon ("Vale: Budget Is Safe", "Vale to Harbor Board: Budget Is Safe"): PolNeAR frames its words by the colon
    // …naming someone: "The storm is coming: …" is a headline's clause, no label
    const headlineLabel =
      headline &&
      isCap(tokens[t].text) &&
      ctx.para[colon + 1] === ctx.para[t] &&
      named(tokens[t].start, tokens[colon - 1]!.end);
    if ((!SPEAKER_LABEL.test(label) && !headlineLabel) || label.length < 3) continue;
    const p = ctx.paragraphs[ctx.para[t]!]!;
    const quote = wrapped >= 0 ? ctx.quotes[wrapped]! : null;
    const start = tokens[colon + 1]?.start ?? p.end;
    const end = quote ? quote.end : p.end;
    const claim: [number, number] = quote ? [quote.open, quote.close] : [start, end];
    if (start >= end) continue;
    out.push(
      candidate({
        kind: "direct",
        start,
        end,
        cue: [colon, colon],
        source: { first: t, last: colon - 1, pronoun: false },
        inherit: false,
        mediumFrom: null,
        priority: 0,
        rule: "direct:transcript-turn",
        claim,
      }),
    );
  }
  return out;
}

/** A long quote that no pattern attributed: kept as speech, with the nearest unused cue before it in its clause, if any. */
export function uncued(ctx: Ctx, q: number, usedCues: Set<number>): Candidate | null {
  const quote = ctx.quotes[q]!;
  let words = 0;
  const re = /[\p{L}\p{N}]+/gu;
  const inner = ctx.text.slice(quote.start, quote.end);
  while (words < MIN_UNCUED_WORDS && re.exec(inner)) words++;
  const open = ctx.qOpenTok[q]!;
  const floor = clauseStart(ctx, open);
  // "Vale is rolling out a new message: “It's about me.”": a colon after a subject's clause frames the quote
  if (
    words >= 2 &&
    open >= 2 &&
    ctx.tokens[open - 1]!.text === ":" &&
    ctx.para[open - 1] === quote.paragraph &&
    !isTitle(ctx, q)
  ) {
    const src = colonSubject(ctx, clauseStart(ctx, open - 2), open - 1);
    if (src && src.last + 1 < open - 1)
      return candidate({
        kind: "direct",
        start: quote.start,
        end: quote.end,
        cue: [src.last + 1, open - 2],
        source: src,
        inherit: false,
        mediumFrom: null,
        priority: 0,
        rule: "direct:source-colon-quote",
        claim: [quote.open, quote.close],
      });
  }
  // a short title-cased quote is the title of a work (“The Long Winter”), not speech
  if (words < MIN_UNCUED_WORDS || isTitle(ctx, q)) return null;
  for (let t = open - 1; t >= floor; t--) {
    if (ctx.qidx[t]! >= 0 || usedCues.has(t)) continue;
    const info = CUES.get(ctx.tokens[t]!.text);
    if (!info || info.kind === "according") continue;
    const src = leftSubject(ctx, t, floor);
    usedCues.add(t);
    return candidate({
      kind: "direct",
      start: quote.start,
      end: quote.end,
      cue: [t, t],
      source: src,
      inherit: !src,
      mediumFrom: null,
      priority: 0,
      rule: "direct:clause-cue",
      claim: [quote.open, quote.close],
    });
  }
  return bareQuote(quote);
}

/** A quote as speech with no cue and no source yet (`direct:uncued`), for a later pass to frame. */
export function bareQuote(quote: Quote): Candidate {
  return candidate({
    kind: "direct",
    start: quote.start,
    end: quote.end,
    cue: null,
    source: null,
    inherit: false,
    mediumFrom: null,
    priority: 0,
    rule: "direct:uncued",
    claim: [quote.open, quote.close],
  });
}

/** Capitalised sentence openers that are no speaker's name. */
const NOT_A_NAME = wordRegex(NOT_NAME_OPENERS);
const INTRO_PHRASE = wordRegex(INTRO_PHRASE_OPENERS);
const ARTICLE = wordRegex(capitalised(ARTICLES));
const PERSON_PRONOUN = wordRegex(PERSON_PRONOUNS, "i");
const PASSIVE = wordRegex(PASSIVE_BE);
const NOT_A_VERB = wordRegex(NOT_A_VERB_AFTER_SUBJECT);

/**
 * The subject opening the clause before a colon, after an optional opening phrase and comma: a name or a personal
 * pronoun, then a finite verb. Only such subjects speak: "The sign had one rule: “…”" is no speech.
 */
function colonSubject(ctx: Ctx, floor: number, colon: number): SourceSpan | null {
  // the main clause starts after the last comma of an opening phrase ("With leaders worried about X, Vale is …")
  let first = floor;
  for (let t = colon - 1; t > floor; t--)
    if (ctx.tokens[t]!.text === "," && ctx.qidx[t]! < 0) {
      first = t + 1;
      break;
    }
  if (INTRO_PHRASE.test(ctx.tokens[first]?.text ?? "")) return null;
  // "The Orbis Group" is a name; "The sign" is not
  if (ARTICLE.test(ctx.tokens[first]?.text ?? "")) first++;
  const head = ctx.tokens[first]?.text ?? "";
  let last = first;
  const pronoun = PERSON_PRONOUN.test(head);
  if (!pronoun) {
    // a name, not a sentence opener that happens to be capitalised ("And", "His", "It", "Asked", "Said Vale")
    if (!isCap(head) || NOT_A_NAME.test(head) || CUES.has(head.toLowerCase()) || /ed$/.test(head)) return null;
    // "BBC Two controller Roly Keating": a lower-case role word between capitalised names belongs to the subject
    const capAt = (t: number) => t < colon && isCap(ctx.tokens[t]!.text) && ctx.qidx[t]! < 0;
    while (
      capAt(last + 1) ||
      (/^[a-z]+$/.test(ctx.tokens[last + 1]?.text ?? "") && capAt(last + 2) && !CUES.has(ctx.tokens[last + 1]!.text))
    )
      last += capAt(last + 1) ? 1 : 2;
  }
  const verb = ctx.tokens[last + 1]?.text ?? "";
  // "Vale was asked: “…”": the quote is the question put to the subject
  if (PASSIVE.test(verb) && /^[a-z]+ed$/.test(ctx.tokens[last + 2]?.text ?? "")) return null;
  return last + 1 < colon && /^[a-z]+$/.test(verb) && !NOT_A_VERB.test(verb) ? { first, last, pronoun } : null;
}
