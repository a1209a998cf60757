// One statement per quote: a quote interrupted by its attribution ("…,” he said, “…") is one statement whose content has parts.
import type { Statement } from "../schema/record.ts";
import { CUES } from "./lexicon.ts";

type Span = { start: number; end: number };

const sameSpan = (a: Span | null, b: Span | null) => !!a && !!b && a.start === b.start && a.end === b.end;

/**
 * A `direct:continued` quote in the paragraph of the statement before it joins that statement as another part: the
 * statement's start/end/text then span every part (and the frame between), `parts` lists the quoted pieces. A quote
 * continued in the next paragraph stays its own statement, as PolNeAR and readers count it.
 */
export function joinContinuedParts(text: string, statements: Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const s of statements) {
    if (s.rule === "direct:continued" && out.length) {
      const prev = quoteContinued(text, out, s);
      if (!text.slice(prev.end, s.start).includes("\n")) {
        const parts = prev.parts ?? [{ start: prev.start, end: prev.end }];
        parts.push({ start: s.start, end: s.end });
        prev.parts = parts;
        prev.end = s.end;
        prev.text = text.slice(prev.start, prev.end);
        if (prev.kind === "indirect") prev.kind = "mixed";
        continue;
      }
    }
    out.push(s);
  }
  out.forEach((s, i) => {
    s.id = `s${i + 1}`;
  });
  return out;
}

/**
 * The statement a continued quote goes on: the one before it, or — in `“Q1,” Vale said, noting that …. “Q2.”` — the
 * direct quote before a reported clause of the same source (the source span shared identically), as PolNeAR marks it:
 * Q2 is the second part of Q1's attribution. Its span then encloses the reported clause's; their parts stay apart.
 */
function quoteContinued(text: string, out: Statement[], s: Statement): Statement {
  const prev = out[out.length - 1]!;
  // only a reported (or partly quoted) clause is stepped over: a quote of its own takes its continuation
  if (prev.kind === "direct" || prev.parts || !prev.source) return prev;
  const quote = out[out.length - 2];
  if (!quote || quote.kind !== "direct" || !sameSpan(quote.source, prev.source)) return prev;
  // "…, adding that …. “Q2.”": what was added goes on in Q2, and PolNeAR keeps it with "adding" (train: 4 of 6)
  const cueWord = prev.cue?.text.split(/\s/)[0]?.toLowerCase() ?? "";
  if (CUES.get(cueWord)?.base === "add") return prev;
  if (text.slice(quote.end, s.start).includes("\n")) return prev;
  return quote;
}
