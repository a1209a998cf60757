// A clause split by its own frame ("The levy, Vale said, will fall"): one statement whose content has both parts, as PolNeAR marks it.
import type { Statement } from "../schema/record.ts";
import type { StatementsResult } from "../schema/stages.ts";
import type { Ctx } from "./context.ts";
import { sentenceOf, tokenAt } from "./sentences.ts";
import { part as span, renumbered, restate, withStatements } from "./statement.ts";
import { CUES } from "./lexicon.ts";
import { PLAIN_REPORTING_VERBS } from "./lexicon-verbs.ts";
import { ADJUNCT_PARTICIPLE_PREPOSITIONS } from "./lexicon-function-words.ts";
import { objectArray } from "../util/arrays.ts";

type Span = { start: number; end: number };

/** Between a content and its frame: a comma (after a quote's closing mark). */
const COMMA_BEFORE = /^[”"'’]*\s*,\s*$/u;
/** After the frame: a short adjunct ("on Friday", "in an interview") and the comma that resumes the clause. */
const COMMA_AFTER = /^(?:\s+[^\s,;:.!?"“”\n][^,;:.!?"“”\n]{0,24})?,\s+/u;
const ADJUNCT = /^\p{Ll}+ing$/u;
/** A past participle opens an adjunct only before a preposition (`compared with`); else it is the clause's verb. */
const PAST = /^\p{Ll}+ed$/u;
const ADJUNCT_AFTER_PAST = new Set(ADJUNCT_PARTICIPLE_PREPOSITIONS);
const WORD = /[\p{L}\p{N}]/u;
const FINAL = /^[.!?…]+$/u;
/** A quote's first letter in lower case, after its opening marks: train CV, 23 such quotes take the phrase before their frame, 12 do not. */
const LOWER_QUOTE = /^[“"‘']*\p{Ll}/u;
const PLAIN_REPORTING = new Set(PLAIN_REPORTING_VERBS);

/** The whole gap between a frame and the content after it is a comma, after a short adjunct or none. */
const resumes = (gap: string) => COMMA_AFTER.exec(gap)?.[0].length === gap.length;

/** Token `a` opens an adjunct: a participle (`…, Vale said, adding …`), or a past one before a preposition (train CV:
 * a past-tense verb there resumes the clause in 8 of 9 sentences, `The outreach, they said, raised new worries`). */
function adjunct(ctx: Ctx, a: number): boolean {
  const w = ctx.tokens[a]!.text;
  if (ADJUNCT.test(w)) return true;
  return PAST.test(w) && ADJUNCT_AFTER_PAST.has(ctx.keys[a + 1] ?? "");
}

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
 *
 * A part after the frame may hold statements framed wholly inside it (`The good news, Vale said, is that the port is
 * almost guaranteed to reopen`): PolNeAR marks only the outer frame of a nested pair, so they go and the outer
 * statement takes the part (train CV, fold seed 17: 20 such parts inside the outer gold content, 2 with a gold frame
 * of their own), unless one is framed by a plain reporting verb (`…, Vale said, and Reyl said …`).
 */
export function interruptedClauses(ctx: Ctx, result: StatementsResult): StatementsResult {
  const { text, tokens } = ctx;
  const taken: Span[] = objectArray();
  for (const s of result.statements) {
    taken.push({ start: s.start, end: s.end });
    if (s.source) taken.push(s.source);
    if (s.cue) taken.push(s.cue);
  }
  const free = (p: Span) => !taken.some((q) => q.start < p.end && p.start < q.end);
  const sts = result.statements;
  const dropped = new Set<Statement>();
  for (let i = 0; i < sts.length; i++) {
    const st = sts[i]!;
    // a direct quote keeps its words alone (PolNeAR leaves the phrase before "…, Vale said, “…”" out of it) unless
    // the quote opens in lower case and so goes on with that phrase: `The levy, Vale said, “will fall”`
    if (
      dropped.has(st) ||
      st.parts ||
      !st.cue ||
      !st.source ||
      (st.kind === "direct" && !LOWER_QUOTE.test(text.slice(st.start, st.start + 4)))
    )
      continue;
    const frameStart = Math.min(st.source.start, st.cue.start);
    const frameEnd = Math.max(st.source.end, st.cue.end);
    let part: Span | null = null;
    let nested: Statement[] = objectArray();
    if (frameStart >= st.end && COMMA_BEFORE.test(text.slice(st.end, frameStart))) {
      // the clause goes on after the frame's closing comma, to its sentence's end
      const m = COMMA_AFTER.exec(text.slice(frameEnd, frameEnd + 40));
      if (!m) continue;
      const a = tokenAt(ctx, frameEnd + m[0].length);
      let b = sentenceOf(ctx, a)[1];
      while (b > a && FINAL.test(tokens[b]!.text) && ctx.qidx[b]! < 0) b--;
      // "…, Vale said, compared with …": a participle opens an adjunct, not the clause's second half
      if (tokens[a]!.start < frameEnd || ctx.qidx[a]! >= 0 || adjunct(ctx, a) || words(ctx, a, b, 2) < 2) continue;
      part = { start: tokens[a]!.start, end: tokens[b]!.end };
      if (!free(part)) {
        nested = nestedIn(sts, st, part, dropped);
        if (!nested.length) continue;
      }
    } else if (frameEnd <= st.start && resumes(text.slice(frameEnd, st.start).replace(/["“'‘]+$/u, "") + " ")) {
      // the clause began before the frame: from its sentence's start to the comma before the frame
      if (!/,\s*$/.test(text.slice(0, frameStart))) continue;
      const comma = tokenAt(ctx, text.slice(0, frameStart).lastIndexOf(","));
      const a = sentenceOf(ctx, comma)[0];
      if (comma - 1 < a || words(ctx, a, comma - 1, 2) < 2) continue;
      part = { start: tokens[a]!.start, end: tokens[comma - 1]!.end };
    }
    if (!part || (!nested.length && !free(part)) || (st.kind === "direct" && part.start > st.start)) continue;
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
    for (const n of nested) dropped.add(n);
  }
  if (!dropped.size) return result;
  // statement ids stay s1, s2, … in order (finish.ts numbers them)
  return withStatements(result, renumbered(sts.filter((s) => !dropped.has(s))));
}

const within = (x: Span | null, p: Span) => !x || (x.start >= p.start && x.end <= p.end);
const touches = (x: Span | null, p: Span) => !!x && x.start < p.end && p.start < x.end;

/**
 * The statements `part` touches, when each lies wholly inside it (content, cue and source) and has a cue there (a
 * frame nested in the clause `outer` resumes after its own frame); empty when any touching statement reaches outside.
 * The parts other rules added (`taken` beyond the statements) are never inside a later part: each is its sentence's rest.
 */
function nestedIn(sts: readonly Statement[], outer: Statement, part: Span, dropped: Set<Statement>): Statement[] {
  const out: Statement[] = objectArray();
  for (const s of sts) {
    if (s === outer || dropped.has(s)) continue;
    if (!touches(s, part) && !touches(s.cue, part) && !touches(s.source, part)) continue;
    if (!s.cue || !within(s, part) || !within(s.cue, part) || !within(s.source, part)) return [];
    // "…, Vale said, and Reyl said …": a plain reporting verb frames a statement of its own
    if (PLAIN_REPORTING.has(CUES.get(s.cue.text.toLowerCase())?.base ?? "")) return [];
    out.push(s);
  }
  return out;
}
