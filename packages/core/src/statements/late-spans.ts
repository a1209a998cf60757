// PolNeAR's content spans that need the finished statements: raising and relative frames in parts, cue prepositions, objects, a quote's sentence.
import type { StatementsResult } from "../schema/stages.ts";
import type { Statement } from "../schema/record.ts";
import type { Ctx } from "./context.ts";
import { sentenceOf, tokenAt } from "./sentences.ts";
import { CUE_PREPOSITIONS } from "./lexicon-function-words.ts";
import { RELATIVE_HEADS } from "./lexicon-pronouns.ts";
import { part, restate } from "./statement.ts";

const CUE_PREPOSITION = new Set(CUE_PREPOSITIONS);
const RELATIVE_HEAD = new Set(RELATIVE_HEADS);
/** An object before "to": "urged Silicon Valley to …" (at most this many words, letters and digits only). */
const MAX_OBJECT_WORDS = 6;
const OBJECT = /^[\s\p{L}\p{N}’'.-]+$/u;
/** The words before a quote in its sentence: at least two ("And “…,” he said" keeps the quote alone). */
const MIN_LEAD_WORDS = 2;
const EDGE = /[\s,;:—–-]/;
const OPENING_MARK = /["“'‘\s]/;
const FIRST_WORD = /^(\p{L}+)\s+/u;
const LAST_WORD = /(\p{L}+)\s+$/u;
const BLANK = /^\s*$/;
const SENTENCE_END = /[.!?]/;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Run after the statements are finished (no tagger input changes, so no retraining). Each change follows what PolNeAR
 * marks, chosen on train CV (`scripts/attribution/late-spans.ts`):
 * - a raising frame's content is two parts around its cue (`The board | seemed | to back the levy`);
 * - a content after a relative frame starts with its relative word, as a part (`what | he calls | a tax`);
 * - a preposition opening the content belongs to the cue (`boast about | the levy`);
 * - an object before "to" belongs to the content (`urged | the board to act`);
 * - a quote framed after it takes the words before it in its sentence (`The port “…,” Vale said`: mixed).
 * Spans of other statements are never taken.
 */
export function lateSpans(ctx: Ctx, result: StatementsResult): StatementsResult {
  const { text } = ctx;
  const sts = result.statements;
  // whether a..b touches another statement's content, cue or source
  const free = (a: number, b: number, st: Statement) =>
    !sts.some((o) => o !== st && [o, o.cue, o.source].some((x) => x && x.start < b && x.end > a));
  for (let i = 0; i < sts.length; i++) {
    let st = sts[i]!;
    const cue = st.cue;
    if (!cue || st.parts) continue;
    // each change is a new statement in this one's place (statement.ts)
    let next: Statement | null = null;
    if (st.rule?.includes("raising") && cue.start > st.start && cue.end < st.end) next = aroundCue(text, st, cue);
    else if (cue.end <= st.start && BLANK.test(text.slice(cue.end, st.start))) {
      // a cue shared with another statement stays identical to it
      const shared = sts.some((o) => o !== st && o.cue && o.cue.start < cue.end && o.cue.end > cue.start);
      next = (shared ? null : prepositionToCue(text, st, cue)) ?? relativeHead(text, st, cue);
    } else if (cue.end < st.start && st.kind === "indirect" && st.text.startsWith("to ")) {
      const gap = text.slice(cue.end, st.start);
      if (words(gap) <= MAX_OBJECT_WORDS && OBJECT.test(gap) && free(cue.end, st.start, st)) {
        const start = cue.end + (gap.length - gap.trimStart().length);
        next = restate(st, { start, text: text.slice(start, st.end) });
      }
    }
    if (next) sts[i] = st = next;
    if (st.kind === "direct" && !st.parts && cue.start > st.end) sts[i] = quoteSentence(ctx, st, free) ?? st;
  }
  return result;
}

function aroundCue(text: string, st: Statement, cue: NonNullable<Statement["cue"]>): Statement | null {
  let a = cue.start;
  while (a > st.start && EDGE.test(text[a - 1]!)) a--;
  let b = cue.end;
  while (b < st.end && EDGE.test(text[b]!)) b++;
  return a > st.start && b < st.end ? restate(st, { parts: [part(st.start, a), part(b, st.end)] }) : null;
}

function prepositionToCue(text: string, st: Statement, cue: NonNullable<Statement["cue"]>): Statement | null {
  const m = FIRST_WORD.exec(st.text);
  if (!m || !CUE_PREPOSITION.has(m[1]!.toLowerCase()) || st.text.length <= m[0].length + 2) return null;
  const end = st.start + m[1]!.length;
  const start = st.start + m[0].length;
  return restate(st, {
    cue: { start: cue.start, end, text: text.slice(cue.start, end) },
    start,
    text: text.slice(start, st.end),
  });
}

/** "what he calls a tax": the relative word right before the source, one word at most between source and cue. */
function relativeHead(text: string, st: Statement, cue: NonNullable<Statement["cue"]>): Statement | null {
  const source = st.source;
  if (!source || source.end > cue.start || words(text.slice(source.end, cue.start)) > 1) return null;
  const m = LAST_WORD.exec(text.slice(Math.max(0, source.start - 12), source.start));
  if (!m || !RELATIVE_HEAD.has(m[1]!.toLowerCase())) return null;
  const a = source.start - m[0].length;
  return restate(st, {
    parts: [part(a, a + m[1]!.length), part(st.start, st.end)],
    start: a,
    text: text.slice(a, st.end),
  });
}

function quoteSentence(
  ctx: Ctx,
  st: Statement,
  free: (a: number, b: number, st: Statement) => boolean,
): Statement | null {
  const { text } = ctx;
  const a = ctx.tokens[sentenceOf(ctx, tokenAt(ctx, st.start))[0]]!.start;
  let open = st.start;
  while (open > a && OPENING_MARK.test(text[open - 1]!)) open--;
  const lead = text.slice(a, open);
  if (a >= open || words(lead) < MIN_LEAD_WORDS || SENTENCE_END.test(lead) || !free(a, open, st)) return null;
  return restate(st, { start: a, text: text.slice(a, st.end), kind: "mixed" });
}
