// One statement per quote: a quote interrupted by its attribution ("…,” he said, “…") is one statement whose content has parts.
import type { Statement } from "../schema/record.ts";
import type { Ctx } from "./context.ts";
import { CUES } from "./lexicon.ts";
import { INVERTIBLE } from "./lexicon-syntax.ts";
import { sameSentence } from "./sentences.ts";
import { part, renumbered, restate } from "./statement.ts";
import { objectArray } from "../util/arrays.ts";

type Span = { start: number; end: number };

const sameSpan = (a: Span | null, b: Span | null) => !!a && !!b && a.start === b.start && a.end === b.end;

/**
 * A `direct:continued` quote in the paragraph of the statement before it joins that statement as another part: the
 * statement's start/end/text then span every part (and the frame between), `parts` lists the quoted pieces. A quote
 * continued in the next paragraph stays its own statement, as PolNeAR and readers count it.
 */
export function joinContinuedParts(ctx: Ctx, statements: Statement[]): Statement[] {
  const { text } = ctx;
  const out: Statement[] = objectArray();
  for (const s of statements) {
    if (s.rule === "direct:continued" && out.length) {
      const prev = quoteContinued(ctx, out, s);
      if (!text.slice(prev.end, s.start).includes("\n")) {
        // a new statement (statement.ts): the one continued keeps its fields as they were built
        out[out.lastIndexOf(prev)] = restate(prev, {
          parts: [...(prev.parts ?? [part(prev.start, prev.end)]), part(s.start, s.end)],
          end: s.end,
          text: text.slice(prev.start, s.end),
          kind: prev.kind === "indirect" ? "mixed" : prev.kind,
        });
        continue;
      }
    }
    out.push(s);
  }
  return renumbered(out);
}

/** A speech verb (`said`, `argued`): a clause it frames holds words of its own, not an aside on the speaker. */
export const isSpeechWord = (word: string) => INVERTIBLE.has(CUES.get(word.toLowerCase())?.base ?? "");

/** A cue that speaks (`said`, `also argued`). */
const speaks = (cue: Statement["cue"]) => !!cue && cue.text.split(/\s+/).some(isSpeechWord);

/**
 * The statement a continued quote goes on: the one before it, or — in `“Q1,” Vale said, noting that …. “Q2.”` — the
 * direct quote before a reported clause of the same source (the source span shared identically), as PolNeAR marks it:
 * Q2 is the second part of Q1's attribution. Its span then encloses the reported clause's; their parts stay apart.
 * The same holds for clauses of the quote's frame sentence that do not speak (`“Q1,” said Vale, who backs the plan.
 * “Q2.”`, `…, Vale said as she left.`): an aside on the speaker, and Q2 goes on in Q1's words (train CV).
 */
function quoteContinued(ctx: Ctx, out: Statement[], s: Statement): Statement {
  const { text } = ctx;
  const prev = out[out.length - 1]!;
  // only a reported (or partly quoted) clause is stepped over: a quote of its own takes its continuation
  if (prev.kind === "direct" || prev.parts) return prev;
  const quote = out[out.length - 2];
  if (quote && quote.kind === "direct" && prev.source && sameSpan(quote.source, prev.source)) {
    // "…, adding that …. “Q2.”": what was added goes on in Q2, and PolNeAR keeps it with "adding" (train: 4 of 6)
    const cueWord = prev.cue?.text.split(/\s/)[0]?.toLowerCase() ?? "";
    if (CUES.get(cueWord)?.base === "add") return prev;
    if (text.slice(quote.end, s.start).includes("\n")) return prev;
    return quote;
  }
  // clauses inside the frame sentence of a framed quote, none of them speaking
  let j = out.length - 1;
  while (j > 0 && out[j]!.kind !== "direct" && !out[j]!.parts) j--;
  const q = out[j]!;
  if (q.kind !== "direct" || !q.cue || text.slice(q.end, s.start).includes("\n")) return prev;
  for (let k = j + 1; k < out.length; k++) {
    const c = out[k]!;
    if (c.parts || c.kind === "direct" || speaks(c.cue) || !sameSentence(ctx, q.end, c.start)) return prev;
  }
  return q;
}
