// A clause split by its own frame ("The levy, Vale said, will fall"): one statement whose content has both parts, as PolNeAR marks it.
import type { StatementsResult } from "../schema/stages.ts";
import type { Ctx } from "./context.ts";
import { sentenceOf, tokenAt } from "./sentences.ts";
import { part as span, restate } from "./statement.ts";

type Span = { start: number; end: number };

/** Between a content and its frame: a comma (after a quote's closing mark). */
const COMMA_BEFORE = /^[”"'’]*\s*,\s*$/u;
/** After the frame: a short adjunct ("on Friday", "in an interview") and the comma that resumes the clause. */
const COMMA_AFTER = /^(?:\s+[^\s,;:.!?"“”\n][^,;:.!?"“”\n]{0,24})?,\s+/u;
const ADJUNCT = /^\p{Ll}+(?:ed|ing)$/u;
const WORD = /[\p{L}\p{N}]/u;
const FINAL = /^[.!?…]+$/u;
/** A quote's first letter in lower case, after its opening marks: train CV, 23 such quotes take the phrase before their frame, 12 do not. */
const LOWER_QUOTE = /^[“"‘']*\p{Ll}/u;

/** The whole gap between a frame and the content after it is a comma, after a short adjunct or none. */
const resumes = (gap: string) => COMMA_AFTER.exec(gap)?.[0].length === gap.length;

/** Words in a span of tokens, capped at `max`. */
function words(ctx: Ctx, a: number, b: number, max: number): number {
  let n = 0;
  for (let t = a; t <= b && n < max; t++) if (WORD.test(ctx.tokens[t]!.text)) n++;
  return n;
}

/**
 * A statement whose source and cue stand between commas inside one sentence takes the rest of that sentence as a
 * second part: `The levy, Vale said, will fall` (content before the frame) and `In May, Vale said, the levy fell`
 * (content after it). The other part must be free of every statement's content, source and cue and hold two words
 * or more. Like a quote continued past its frame, start/end then span both parts and the frame between.
 */
export function interruptedClauses(ctx: Ctx, result: StatementsResult): StatementsResult {
  const { text, tokens } = ctx;
  const taken: Span[] = [];
  for (const s of result.statements) {
    taken.push({ start: s.start, end: s.end });
    if (s.source) taken.push(s.source);
    if (s.cue) taken.push(s.cue);
  }
  const free = (p: Span) => !taken.some((q) => q.start < p.end && p.start < q.end);
  const sts = result.statements;
  for (let i = 0; i < sts.length; i++) {
    const st = sts[i]!;
    // a direct quote keeps its words alone (PolNeAR leaves the phrase before "…, Vale said, “…”" out of it) unless
    // the quote opens in lower case and so goes on with that phrase: `The levy, Vale said, “will fall”`
    if (
      st.parts ||
      !st.cue ||
      !st.source ||
      (st.kind === "direct" && !LOWER_QUOTE.test(text.slice(st.start, st.start + 4)))
    )
      continue;
    const frameStart = Math.min(st.source.start, st.cue.start);
    const frameEnd = Math.max(st.source.end, st.cue.end);
    let part: Span | null = null;
    if (frameStart >= st.end && COMMA_BEFORE.test(text.slice(st.end, frameStart))) {
      // the clause goes on after the frame's closing comma, to its sentence's end
      const m = COMMA_AFTER.exec(text.slice(frameEnd, frameEnd + 40));
      if (!m) continue;
      const a = tokenAt(ctx, frameEnd + m[0].length);
      let b = sentenceOf(ctx, a)[1];
      while (b > a && FINAL.test(tokens[b]!.text) && ctx.qidx[b]! < 0) b--;
      // "…, Vale said, compared with …": a participle opens an adjunct, not the clause's second half
      if (tokens[a]!.start < frameEnd || ctx.qidx[a]! >= 0 || ADJUNCT.test(tokens[a]!.text) || words(ctx, a, b, 2) < 2)
        continue;
      part = { start: tokens[a]!.start, end: tokens[b]!.end };
    } else if (frameEnd <= st.start && resumes(text.slice(frameEnd, st.start).replace(/["“'‘]+$/u, "") + " ")) {
      // the clause began before the frame: from its sentence's start to the comma before the frame
      if (!/,\s*$/.test(text.slice(0, frameStart))) continue;
      const comma = tokenAt(ctx, text.slice(0, frameStart).lastIndexOf(","));
      const a = sentenceOf(ctx, comma)[0];
      if (comma - 1 < a || words(ctx, a, comma - 1, 2) < 2) continue;
      part = { start: tokens[a]!.start, end: tokens[comma - 1]!.end };
    }
    if (!part || !free(part) || (st.kind === "direct" && part.start > st.start)) continue;
    const parts = part.start < st.start ? [part, span(st.start, st.end)] : [span(st.start, st.end), part];
    const start = parts[0]!.start;
    const end = parts[1]!.end;
    // a new statement (statement.ts), in this one's place
    sts[i] = restate(st, {
      kind: st.kind === "direct" ? "mixed" : st.kind,
      parts,
      start,
      end,
      text: text.slice(start, end),
    });
    taken.push(part);
  }
  return result;
}
