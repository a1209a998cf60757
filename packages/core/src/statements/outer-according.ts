// "“…,” Vale said, according to Harbor Radio.": PolNeAR marks the outer "according to" frame; the speaker stays Vale.
import type { StatementsResult } from "../schema/stages.ts";
import type { Statement } from "../schema/record.ts";
import { CUES } from "./lexicon.ts";
import type { Ctx } from "./context.ts";
import { sentenceOf } from "./sentences.ts";
import { RELATIVE_WH } from "./lexicon-pronouns.ts";
import { alternation } from "../util/word-regex.ts";
import { part, renumbered, restate, withStatements } from "./statement.ts";

type Span = { start: number; end: number };

const FINAL = /^[.!?…]+$/u;
/** A comma before the frame, or a quote's closing mark after one (`…,” according to`). */
const COMMA = /^(?:,|[”"’']+)$/u;
/** The longest "according to" object read as a phrase of its own (tokens). */
const MAX_OBJECT = 30;
/** `, which stood at 263, according to …`: a relative clause between the statement and the frame is what it frames. */
const RELATIVE = new RegExp(String.raw`,\s*(?:${alternation(RELATIVE_WH)})\b`, "iu");

/** The first token after a bracket still open before token t in [a, t), else a: `(… 15 percent, according to X)`. */
function afterOpenBracket(ctx: Ctx, a: number, t: number): number {
  let depth = 0;
  for (let k = t - 1; k >= a; k--) {
    const w = ctx.tokens[k]!.text;
    if (w === ")") depth++;
    else if (w === "(" && depth-- === 0) return k + 1;
  }
  return a;
}

/** The cue lexicon's "according" forms, lower-cased once: every token is asked, so no per-token lower-casing. */
const ACCORDING = new Set([...CUES].filter(([, v]) => v.kind === "according").map(([k]) => k));
const ANY_ACCORDING = new RegExp(String.raw`\b(?:${alternation([...ACCORDING])})\s+to\b`, "i");
const isAccording = (ctx: Ctx, t: number) => {
  const w = ctx.tokens[t]!.text;
  // a capital A-Z first: only then is the lower-cased form worth asking ("According to …")
  const cap = w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;
  return (
    (ACCORDING.has(w) || (cap && ACCORDING.has(w.toLowerCase()))) && ctx.tokens[t + 1]?.text.toLowerCase() === "to"
  );
};

/** Where a frame's object ends: the sentence's end (trailing) or the first comma or colon (leading); null if quoted. */
function objectEnd(ctx: Ctx, from: number, b: number, leading: boolean): number | null {
  const { tokens } = ctx;
  for (let k = from; k <= b && k - from < MAX_OBJECT; k++) {
    if (ctx.qidx[k]! >= 0) return null;
    if (leading && /^[,:]$/.test(tokens[k]!.text)) return k > from ? k - 1 : null;
    if (!leading && (k === b || (FINAL.test(tokens[k]!.text) && k + 1 > b))) {
      let last = k;
      while (last > from && FINAL.test(tokens[last]!.text)) last--;
      return last;
    }
  }
  return null;
}

/**
 * A sentence that ends in `, according to <object>` (`“…,” Vale said, according to Harbor Radio.`, `The board is
 * nearing a deal, according to aides.`) or opens with `According to <object>,` around another attribution: PolNeAR
 * marks one frame of a nested pair, and here the outer one (21 of 24 `said, according to` in train), so the statement
 * framed inside (trailing: the one whose content ends last; leading: the first) takes `according to` as its cue and
 * the object as its source span. Its speaker stays who spoke: the graph's speaker is the person, and an outlet named
 * there is the statement's medium, read by `medium.ts` as before. A statement the rules made of the same `according
 * to` with a scrap of the clause (`On Monday`) goes; one whose content holds the inner statement whole is the outer frame already.
 */
export function outerAccording(ctx: Ctx, result: StatementsResult): StatementsResult {
  const { tokens, text } = ctx;
  // most documents have no such frame: one scan of the text spares the token loop
  if (!ANY_ACCORDING.test(text)) return result;
  const drop = new Set<Statement>();
  for (let t = 0; t < tokens.length - 2; t++) {
    if (!isAccording(ctx, t) || ctx.qidx[t]! >= 0) continue;
    const [a, b] = sentenceOf(ctx, t);
    const leading = t === a;
    if (!leading && !(t > a && COMMA.test(tokens[t - 1]!.text))) continue;
    const last = objectEnd(ctx, t + 2, b, leading);
    if (last === null || (leading && last + 2 > b)) continue;
    const host: Span = leading
      ? { start: tokens[last + 2]!.start, end: tokens[b]!.end }
      : { start: tokens[afterOpenBracket(ctx, a, t)]!.start, end: tokens[t - 1]!.start };
    const frame: Span = { start: tokens[t]!.start, end: tokens[t + 1]!.end };
    const object: Span = { start: tokens[t + 2]!.start, end: tokens[last]!.end };
    const inHost = (s: Span | null) => !!s && s.start >= host.start && s.end <= host.end;
    const own = result.statements.filter((s) => s.cue && s.cue.start === frame.start && s.cue.end === frame.end);
    const framed = result.statements.filter((s) => !drop.has(s) && !own.includes(s) && inHost(s.cue));
    const inner = leading
      ? framed.find((s) => s.end > host.start)
      : framed.filter((s) => s.start < host.end).sort((x, y) => y.end - x.end)[0];
    if (!inner) continue;
    const innerEnd = Math.max(inner.end, inner.cue!.end, inner.source?.end ?? 0);
    if (!leading && RELATIVE.test(text.slice(innerEnd, host.end))) continue;
    // the outer frame's own statement already holds the inner one whole: it is PolNeAR's reading, nothing to move
    if (own.some((s) => s.start <= Math.min(inner.start, inner.cue!.start) && s.end >= inner.end)) continue;
    // the object as the rules grew it for the frame's own statement (PolNeAR's noun phrase), else the phrase read here
    const source = own.find((s) => s.source && s.source.start >= object.start)?.source ?? {
      start: object.start,
      end: object.end,
      text: text.slice(object.start, object.end),
    };
    for (const s of own) drop.add(s);
    // a new statement (statement.ts), in the inner one's place
    const moved = restate(inner, {
      cue: { start: frame.start, end: frame.end, text: text.slice(frame.start, frame.end) },
      source,
      rule: `${inner.rule}:according-outer`,
    });
    const at = result.statements.indexOf(inner);
    result.statements[at] = leading ? moved : cutBefore(moved, host.end, text);
  }
  if (!drop.size) return result;
  return withStatements(result, renumbered(result.statements.filter((s) => !drop.has(s))));
}

/** A content (or its last part) run on over `, according to …` ends before the comma. */
function cutBefore(st: Statement, end: number, text: string): Statement {
  const trimmed = (s: number, e: number) => {
    while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
    return e;
  };
  if (st.parts) {
    const p = st.parts[st.parts.length - 1]!;
    const last = p.start < end && p.end > end ? part(p.start, trimmed(p.start, end)) : p;
    return restate(st, {
      parts: [...st.parts.slice(0, -1), last],
      end: last.end,
      text: text.slice(st.start, last.end),
    });
  }
  const e = st.start < end && st.end > end ? trimmed(st.start, end) : st.end;
  return restate(st, { end: e, text: text.slice(st.start, e) });
}
