// Raising verbs: "The board seemed to back the levy" is an attribution with no source, its subject inside the content.
import { clauseEnd, type Ctx } from "./context.ts";
import { candidate } from "./candidate.ts";
import { MAX_SUBJECT_TOKENS, subjectStart } from "./cue-evidence.ts";
import type { Candidate } from "./clause.ts";
import { RAISING_VERBS } from "./lexicon-verbs.ts";
import { NOT_AFTER_RAISING } from "./lexicon-function-words.ts";
import { startsLower } from "../util/letters.ts";
import { objectArray } from "../util/arrays.ts";

const RAISING = new Set(RAISING_VERBS);
const NOT_COMPLEMENT = new Set(NOT_AFTER_RAISING);
// compiled once: a regex literal in a function is a new RegExp object on every call
const IT = /^it$/i;
const TRAILING = /[\s.,;:!?]/;

/**
 * PolNeAR marks "The music seemed to match the mood" with "seemed" as cue, no source, and "The music | to match the
 * mood" as content: our one content span runs from the subject to the clause's end (the cue inside it); "It appears
 * that …" frames the clause after the verb alone. The verb must be followed by a complement, not a comma or the end.
 */
export function raisingCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = objectArray();
  const toks = ctx.tokens;
  for (let v = 1; v + 2 < toks.length; v++) {
    if (!RAISING.has(toks[v]!.text) || ctx.qidx[v]! >= 0 || ctx.ends[v]) continue;
    const next = toks[v + 1]!.text;
    if (!startsLower(next) || NOT_COMPLEMENT.has(next)) continue;
    const first = subjectStart(ctx, v);
    if (v === first || v - first > MAX_SUBJECT_TOKENS) continue;
    if (anyQuoted(ctx, first, v)) continue;
    const end = clauseEnd(ctx, v + 1);
    if (end - v < 2) continue;
    const it = v - first === 1 && IT.test(toks[first]!.text);
    const a = it ? v + 1 : first;
    const start = toks[a]!.start;
    let e = toks[end]!.end;
    while (e > start && TRAILING.test(ctx.text[e - 1]!)) e--;
    out.push(
      candidate({
        kind: overlapsQuote(ctx, start, e) ? "mixed" : "indirect",
        start,
        end: e,
        cue: [v, v],
        source: null,
        inherit: false,
        mediumFrom: null,
        priority: 3,
        rule: "indirect:raising",
      }),
    );
  }
  return out;
}

// Plain loops, not closures: a closure in the loop above that read its block's variables would make V8 allocate
// that block's scope for every token, also for the tokens the first test skips.
/** A token of first..before-1 stands inside a quote. */
function anyQuoted(ctx: Ctx, first: number, before: number): boolean {
  for (let t = first; t < before; t++) if (ctx.qidx[t]! >= 0) return true;
  return false;
}

/** A quote overlaps the characters start..end. */
function overlapsQuote(ctx: Ctx, start: number, end: number): boolean {
  for (const q of ctx.quotes) if (q.open < end && q.close > start) return true;
  return false;
}
