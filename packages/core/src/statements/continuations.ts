// Quotes nobody attributed that go on in the previous speaker's words: continued quotes and a named speaker's next sentence.
import type { Ctx } from "./context.ts";
import { candidate } from "./candidate.ts";
import { isTitle, type Candidate } from "./patterns.ts";
import { SpanSet } from "./spans.ts";
import { nextSentence, opensSentence, sameSentence, tokenAt } from "./sentences.ts";
import { isSpeechWord } from "./parts.ts";
import { QUOTE_RESUMERS } from "./lexicon-function-words.ts";
import { wordRegex } from "../util/word-regex.ts";

/** What may stand before the second half of a quote split by its attribution (“…,” Vale said, “…”). */
const QUOTE_GOES_ON = wordRegex(QUOTE_RESUMERS);
// compiled once: a quote of two words or more may go on in someone's words (one word is a scare quote's)
const TWO_WORDS = /[\p{L}\p{N}]+\W+[\p{L}\p{N}]/u;

/** A clause whose cue speaks (`who also said …`): words of its own, never an aside. */
function speaksIn(ctx: Ctx, c: Candidate): boolean {
  if (!c.cue) return false;
  for (let t = c.cue[0]; t <= c.cue[1]; t++) if (isSpeechWord(ctx.tokens[t]!.text)) return true;
  return false;
}

/**
 * A quote nobody attributed continues the previous speaker when it opens a sentence in a paragraph that already has a
 * direct quote, or opens a paragraph right after one (“…,” he said. “…” and the quote-only paragraph).
 */
export function addContinuations(ctx: Ctx, accepted: Candidate[]): void {
  const claimed = new SpanSet();
  for (const c of accepted) claimed.add(...(c.claim ?? [c.start, c.end]));
  const directs = accepted.filter((c) => c.kind !== "indirect").sort((a, b) => a.start - b.start);
  const indirects = accepted.filter((c) => c.kind === "indirect" && c.source).sort((a, b) => a.start - b.start);
  let d = 0;
  let n = 0;
  let last: Candidate | null = null;
  let lastIndirect: Candidate | null = null;
  let lastPara = -1;
  // a continuation inherits its source, cue and medium from the statement it goes on from (finish.ts)
  const take = (q: { start: number; end: number }, rule: string): Candidate => {
    const cont: Candidate = candidate({
      kind: "direct",
      start: q.start,
      end: q.end,
      cue: null,
      source: null,
      inherit: true,
      mediumFrom: null,
      priority: 0,
      rule,
    });
    accepted.push(cont);
    claimed.add(q.start, q.end);
    return cont;
  };
  for (let qi = 0; qi < ctx.quotes.length; qi++) {
    const q = ctx.quotes[qi]!;
    while (d < directs.length && directs[d]!.start <= q.start) {
      last = directs[d]!;
      lastPara = ctx.para[tokenAt(ctx, last.start)]!;
      d++;
    }
    while (n < indirects.length && indirects[n]!.start <= q.start) lastIndirect = indirects[n++]!;
    if (claimed.overlaps(q.start, q.end) || !TWO_WORDS.test(ctx.text.slice(q.start, q.end)) || isTitle(ctx, qi))
      continue;
    // "Vale said the levy was unfair. “We will fight it.”": a quote no cue claimed, in the sentence right after a named
    // speaker's reported clause, in its paragraph, goes on in that speaker's words
    // …unless that clause is an aside in the frame sentence of a quote before it (`“…,” said Vale, who backs the plan.
    // “…”`): then the quote goes on in the first quote's words (joined to it as a part, `parts.ts`)
    const aside =
      !!last &&
      !!lastIndirect &&
      last.kind === "direct" &&
      !!last.cue &&
      sameSentence(ctx, last.end, lastIndirect.start) &&
      !speaksIn(ctx, lastIndirect);
    if (
      lastIndirect &&
      (!last || last.end < lastIndirect.start) &&
      !aside &&
      nextSentence(ctx, lastIndirect.end, q.open)
    ) {
      last = take(q, "direct:continued-speaker");
      lastPara = q.paragraph;
      continue;
    }
    if (!last) continue;
    const openTok = ctx.qOpenTok[qi]!;
    const paraStart = openTok === 0 || ctx.para[openTok - 1] !== q.paragraph;
    const sentenceStart = opensSentence(ctx, openTok);
    // “…,” Tester said, referring to X, “…”: the second half may follow a comma, close after the attribution
    // …within the sentence of that attribution: a colon in a later sentence introduces someone else's words
    const afterComma =
      QUOTE_GOES_ON.test(ctx.tokens[openTok - 1]?.text ?? "") &&
      q.open - last.end < 160 &&
      sameSentence(ctx, last.end, q.open);
    const samePara = lastPara === q.paragraph && (sentenceStart || afterComma);
    const nextPara = paraStart && q.paragraph - lastPara === 1;
    if (!samePara && !nextPara) continue;
    last = take(q, samePara ? "direct:continued" : "direct:continued-paragraph");
    lastPara = q.paragraph;
  }
}
