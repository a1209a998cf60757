// A quote that its sentence goes on after (`Vale said “the levy is dead” despite the vote`): PolNeAR's content runs to the sentence's end.
import type { StatementsResult } from "../schema/stages.ts";
import type { Statement } from "../schema/record.ts";
import type { Ctx } from "./context.ts";
import { sentenceOf, tokenAt } from "./sentences.ts";
import { PARTICIPLE_SUBORDINATORS } from "./lexicon-function-words.ts";
import { restate } from "./statement.ts";

/** After the quote's closing marks: blank space, then a lower-case word (a capital opens a frame, `“…” Vale said`). */
const GOES_ON = /^[”"’']*\s+(?=\p{Ll})/u;
/** Punctuation a quote may end with inside its marks: a quote that ends a sentence of its own does not run on. */
const CLOSED = /[.!?,;:…][”"’']*$/u;
const STOP = /^(?:[.!?]+|…)$/u;
const TRAILING = /^[,;:—–-]$/u;
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
/** Words before a participle that opens an action of the source's own (`“…” before floating the idea that …`). */
const BEFORE_PARTICIPLE = new Set([...PARTICIPLE_SUBORDINATORS, "and"]);

/**
 * A direct quote framed before it (`Vale said “…”`, cue before the quote) whose sentence goes on in lower case after
 * the closing mark takes those words, to its sentence's end, as PolNeAR marks it (train CV, quotes ending in a word:
 * 68 gold contents run on, 20 stop; a quote ending in a comma or a full stop stops as often as not, so it stays). The
 * words must be free of every other statement's content, cue and source, hold no other quote and open no participle
 * (`“…” before floating the idea that …`, `“…” and vowing to …`: the source's next act). The statement becomes
 * mixed. Run after late-spans.ts, on finished statements: no model reads its output.
 */
export function quotesRunOn(ctx: Ctx, result: StatementsResult): StatementsResult {
  const { text, tokens } = ctx;
  const sts = result.statements;
  const free = (a: number, b: number, st: Statement) =>
    !sts.some((o) => o !== st && [o, o.cue, o.source].some((x) => x && x.start < b && x.end > a));
  for (let i = 0; i < sts.length; i++) {
    const st = sts[i]!;
    if (st.kind !== "direct" || st.parts || !st.cue || st.cue.end > st.start) continue;
    if (CLOSED.test(text.slice(st.start, st.end))) continue;
    const m = GOES_ON.exec(text.slice(st.end, st.end + 6));
    if (!m) continue;
    const a = tokenAt(ctx, st.end + m[0].length);
    const last = sentenceOf(ctx, a)[1];
    let b = a;
    while (b + 1 <= last && ctx.qidx[b + 1]! < 0 && !STOP.test(tokens[b + 1]!.text)) b++;
    if (b + 1 <= last && ctx.qidx[b + 1]! >= 0) continue;
    // a participle after `and`, `before`, `while`… is the source's next act, often an attribution of its own
    let acts = false;
    for (let t = a; t <= b && !acts; t++)
      acts = PARTICIPLE.test(tokens[t]!.text) && (t === a || BEFORE_PARTICIPLE.has(tokens[t - 1]!.text.toLowerCase()));
    if (acts) continue;
    while (b > a && TRAILING.test(tokens[b]!.text)) b--;
    const end = tokens[b]!.end;
    if (!free(tokens[a]!.start, end, st)) continue;
    // a new statement (statement.ts), in this one's place
    sts[i] = restate(st, { end, text: text.slice(st.start, end), kind: "mixed" });
  }
  return result;
}
