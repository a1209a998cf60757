// A that-clause content whose cue is followed by a clause or an infinitive first ("said he believed | that …"): the content starts right after the cue.
import type { StatementsResult } from "../schema/stages.ts";
import type { Ctx } from "./context.ts";
import { AUXILIARIES, THAT_CLAUSE_LEADS } from "./lexicon-function-words.ts";
import { DETERMINERS, OBJECT_PRONOUNS } from "./lexicon-pronouns.ts";
import { restate, withStatements } from "./statement.ts";

const LEADS: ReadonlySet<string> = new Set(THAT_CLAUSE_LEADS);
const AUX: ReadonlySet<string> = new Set(AUXILIARIES);
const RULE = /^(?:indirect|mixed):source-cue-that(?:[+:]|$)/;
/** marks that end the cue's own words: a comma or a quote between cue and "that" leaves the content alone */
const BREAK = /[,;:—–()“”"‘\n]/;
const THAT_BEFORE = /\bthat\s*$/i;
const FIRST_WORD = /^\s*(\p{L}+)/u;
const SECOND_WORD = /^\s*\p{L}+\s+(\S+)/u;
const OBJECT: ReadonlySet<string> = new Set(OBJECT_PRONOUNS);

/**
 * The rules' `source-cue-that` takes the first "that" after the cue as the clause's start; when the words between open
 * with a subject pronoun or "to" (`THAT_CLAUSE_LEADS`: `said he was confident | that …`, `wants to help Americans keep
 * | that promise`, `refused to punish schools | that violate …`) or hold an auxiliary (`AUXILIARIES`: `said the truth
 * is | that …`), that "that" is not the cue's, and PolNeAR's content is everything after the cue. Runs after statement-keep (no model reads what it changes); only where no other
 * statement's content, cue or source lies in the words between. The rule gets `+that-start`.
 */
export function thatStarts(ctx: Ctx, result: StatementsResult): StatementsResult {
  const { text } = ctx;
  const sts = result.statements;
  let out: typeof sts | null = null;
  for (let i = 0; i < sts.length; i++) {
    const st = sts[i]!;
    const cue = st.cue;
    if (!cue || st.parts || !st.rule || !RULE.test(st.rule) || cue.end >= st.start) continue;
    // the content starts after its "that" (the eval puts the "that" back inside, as PolNeAR marks it)
    const between = text.slice(cue.end, st.start);
    const that = THAT_BEFORE.exec(between);
    if (!that) continue;
    const gap = between.slice(0, that.index);
    if (BREAK.test(gap)) continue;
    const first = FIRST_WORD.exec(gap)?.[1]?.toLowerCase();
    if (!first) continue;
    // an auxiliary or a form of "be" between makes a clause of its own (`said the truth is | that …`)
    const finite = gap
      .toLowerCase()
      .split(/\s+/)
      .some((w) => AUX.has(w));
    if (!finite && !LEADS.has(first)) continue;
    // "to" before a name, a determiner or an object pronoun is the addressee's preposition (`said to reporters that`)
    const next = first === "to" ? (SECOND_WORD.exec(gap)?.[1] ?? "") : "";
    if (first === "to" && (!/^\p{Ll}/u.test(next) || DETERMINERS.has(next) || OBJECT.has(next))) continue;
    const start = cue.end + (gap.length - gap.trimStart().length);
    const taken = sts.some(
      (o) => o !== st && [o, o.cue, o.source].some((x) => x && x.start < st.start && x.end > start),
    );
    if (taken) continue;
    out ??= sts.slice();
    out[i] = restate(st, { start, text: text.slice(start, st.end), rule: `${st.rule}+that-start` });
  }
  return out ? withStatements(result, out) : result;
}
