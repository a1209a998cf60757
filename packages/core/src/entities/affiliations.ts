// Roles and affiliations of people: title before the name, apposition, relative clause, "(Ret.)"/"Retired" (reverse apposition in reverse-apposition.ts).
import type { Token } from "../schema/stages.ts";
import type { Cand } from "./candidates.ts";
import { TITLE_WORDS, HONORIFICS, RANKS, FORMER } from "./lexicon/titles.ts";
import { isPossessive } from "./context.ts";
import { alternation, wordRegex } from "../util/word-regex.ts";
import { ARTICLES } from "../text/closed-class.ts";
import {
  COPULAS,
  PARTICIPLE_ENDINGS,
  PAST_ROLE_WORDS,
  ROLE_CLAUSE_WORDS,
  ROLE_DETERMINERS,
  ROLE_ENDS,
  ROLE_PREPOSITIONS,
  ROLE_STOPS,
  ROLE_VERBS,
} from "./lexicon/function-words.ts";

const COPULA = wordRegex(COPULAS);
const ROLE_CLAUSE = wordRegex(ROLE_CLAUSE_WORDS);
const PARTICIPLE = new RegExp(`^\\p{Ll}+(${alternation(PARTICIPLE_ENDINGS)})$`, "u");
const PAST_ROLE = wordRegex(PAST_ROLE_WORDS);
const ARTICLE = wordRegex(ARTICLES);
const ROLE_PREPOSITION = wordRegex(ROLE_PREPOSITIONS);
const ROLE_END = wordRegex(ROLE_ENDS);

export interface Affiliation {
  role: string;
  former: boolean;
  /** the organisation or country candidate, when the text names one */
  target: Cand | null;
  /** token range of the evidence */
  first: number;
  last: number;
  rule: string;
}

/**
 * The affiliation as evidence from `first` on: a new object with every field written once. A copy like
 * `{ ...aff, first }` rewrites `first`, and V8 then throws away the optimised code that relied on it staying as built.
 */
const evidenceFrom = (a: Affiliation, first: number): Affiliation => ({
  role: a.role,
  former: a.former,
  target: a.target,
  first,
  last: a.last,
  rule: a.rule,
});
export const isTarget = (c: Cand | undefined): c is Cand => !!c && (c.kind === "organization" || c.kind === "country");
export const low = (t: Token | undefined) => (t ? t.text.toLowerCase() : "");

function roleText(text: string, tokens: Token[], from: number, to: number): string {
  while (
    from <= to &&
    (HONORIFICS.has(low(tokens[from])) || FORMER.has(low(tokens[from])) || ROLE_DETERMINERS.has(low(tokens[from])))
  )
    from++;
  return from > to ? "" : text.slice(tokens[from]!.start, tokens[to]!.end);
}

/** "Russian Foreign Minister Sergei Lavrov", "White House envoy Steve Witkoff", "Retired General Philip Breedlove". */
export function titleBefore(
  text: string,
  tokens: Token[],
  person: Cand,
  candEnding: Map<number, Cand>,
): Affiliation | null {
  let i = person.first - 1;
  let titleEnd = -1,
    titleStart = -1,
    former = false;
  let target: Cand | null = null;
  while (i >= 0) {
    const t = tokens[i]!,
      w = low(t);
    const c = candEnding.get(i);
    if (isTarget(c)) {
      target = c;
      i = c.first - 1;
      break;
    }
    if (TITLE_WORDS.has(w) || FORMER.has(w) || w === "-") {
      if (FORMER.has(w)) former = true;
      else if (!HONORIFICS.has(w)) {
        if (titleEnd < 0) titleEnd = i;
        titleStart = i;
      }
      i--;
    } else if (isPossessive(t) && isTarget(candEnding.get(i - 1))) i--;
    else break;
  }
  if (titleEnd < 0) return null;
  if (target === null && FORMER.has(low(tokens[i])))
  // "former CIA Senior Executive": former before the org
  {
    former = true;
    i--;
  } else if (target && FORMER.has(low(tokens[i]))) {
    former = true;
    i--;
  }
  const retired = tokens[person.last + 1]?.text === "(Ret.)";
  if (retired && RANKS.has(low(tokens[titleStart]))) former = true;
  const role = text.slice(tokens[titleStart]!.start, tokens[titleEnd]!.end);
  return {
    role,
    former,
    target,
    first: i + 1,
    last: person.last + (retired ? 1 : 0),
    rule: target ? "title-before-name" : "title-only",
  };
}

/** "Glenn Corn, a former senior CIA Officer", "Robert Ansell, the U.S. special envoy ...", "who served as ... of the U.S. Army". */
export function clauseAfter(text: string, tokens: Token[], person: Cand, candAt: Map<number, Cand>): Affiliation[] {
  const out: Affiliation[] = [];
  let i = person.last + 1;
  if (tokens[i]?.text === "(Ret.)") i++;
  if (tokens[i]?.text === "." && /^(Jr|Sr)$/.test(tokens[person.last]!.text)) i++; // "Harold Brenner Jr., is ..."
  // "Harold Brenner Jr., is chief executive of Brenner LNG": a copular predicate right after the name
  const j0 = tokens[i]?.text === "," ? i + 1 : i;
  // only a noun phrase: "is chief executive of ...", never "is reportedly planning a trip to ..."
  const np = (k: number) =>
    ROLE_DETERMINERS.has(low(tokens[k])) || FORMER.has(low(tokens[k])) || TITLE_WORDS.has(low(tokens[k]));
  if (COPULA.test(low(tokens[j0])) && np(j0 + 1)) {
    const past = low(tokens[j0]) === "was";
    const end = clauseEnd(tokens, j0 + 1);
    const verbal = tokens.slice(j0 + 1, end + 1).some((t) => ROLE_VERBS.has(low(t)) || /^\p{Ll}+ing$/u.test(t.text));
    const aff = verbal
      ? null
      : withTarget(text, tokens, j0 + 1, end, candAt, past || FORMER.has(low(tokens[j0 + 1])), "predicate");
    if (aff && aff.role) out.push(evidenceFrom(aff, person.first));
    return out;
  }
  while (tokens[i]?.text === ",") {
    const start = i + 1;
    const relative = low(tokens[start]) === "who";
    let j = start + (relative ? 1 : 0);
    if (relative) {
      // who served as / who is / who was / who has been / who worked as
      const verb: string[] = [];
      while (j < tokens.length && verb.length < 3 && ROLE_CLAUSE.test(low(tokens[j]))) verb.push(low(tokens[j++]));
      if (!verb.includes("as") && !verb.includes("is") && !verb.includes("was") && !verb.includes("been")) return out;
      if (!verb.includes("as") && PARTICIPLE.test(tokens[j]?.text ?? "") && !TITLE_WORDS.has(low(tokens[j])))
        return out; // "who was fined": a passive, not a role
      const past = verb.some((v) => PAST_ROLE.test(v));
      const end = clauseEnd(tokens, j);
      const aff = withTarget(text, tokens, j, end, candAt, past || FORMER.has(low(tokens[j])), "relative-clause");
      if (aff) out.push(evidenceFrom(aff, person.first));
      return out;
    }
    const w = low(tokens[start]);
    const c = candAt.get(start);
    if (!(ROLE_DETERMINERS.has(w) || FORMER.has(w) || TITLE_WORDS.has(w) || isTarget(c))) return out;
    const end = clauseEnd(tokens, start);
    // "According to Dobrescu, the ministry has asked ..." is a clause, not an apposition (looked for past an infinitive: "X, Yahoo's decision to wait was ...")
    if (tokens.slice(start, clauseEnd(tokens, start, false) + 1).some((t) => ROLE_VERBS.has(low(t)))) return out;
    if (listGoesOn(tokens, end + 1)) return out;
    const former = FORMER.has(w) || FORMER.has(low(tokens[start + 1]));
    const aff = withTarget(text, tokens, start, end, candAt, former, "apposition");
    if (aff) out.push(evidenceFrom(aff, person.first));
    i = end + 1;
  }
  return out;
}

/** Where a role ends: sentence punctuation, a conjunction, a second list item ("as well as"), an infinitive ("the first woman to win"). */
function clauseEnd(tokens: Token[], from: number, cut = true): number {
  let j = from;
  while (
    j + 1 < tokens.length &&
    j - from < 18 &&
    !ROLE_STOPS.has(low(tokens[j + 1])) &&
    !(cut && (coordinator(tokens, j + 1) || infinitive(tokens, j + 1)))
  )
    j++;
  return j;
}

/** Number of tokens of a multi-word coordinator at k ("as well as", "along with"), or 0. */
function coordinator(tokens: Token[], k: number): number {
  const w = tokens[k]?.text;
  if (w !== "as" && w !== "along" && w !== "together" && w !== "rather" && w !== "plus") return 0; // checked per token: no lowercasing
  const w1 = low(tokens[k + 1]);
  if (w === "as" && w1 === "well" && low(tokens[k + 2]) === "as") return 3;
  if ((w === "along" || w === "together") && w1 === "with") return 2;
  if (w === "rather" && w1 === "than") return 2;
  return w === "plus" ? 1 : 0;
}

/** "to" before a verb, not before a noun phrase ("adviser to the president"). */
function infinitive(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    tokens[k]?.text === "to" &&
    !!next &&
    /^\p{Ll}+$/u.test(next.text) &&
    !ROLE_DETERMINERS.has(next.text) &&
    !TITLE_WORDS.has(next.text) &&
    !FORMER.has(next.text)
  );
}

/** The apposition is an item of a list when a coordinator follows it: "Bill Varga, the King of Belgium as well as the ministry". */
function listGoesOn(tokens: Token[], k: number): boolean {
  if (coordinator(tokens, k)) return true;
  const next = tokens[k + 1]?.text ?? "";
  return /^(and|or)$/.test(low(tokens[k])) && ARTICLE.test(next.toLowerCase()); // "and the ministry"; "and Gaza" may end a name ("West Bank and Gaza")
}

/** Longer than this, a "role" is a clause the rules misread ("made it 13 wins in 15 league games with ..."). */
const MAX_ROLE_WORDS = 10;

/** The first organisation or country inside tokens[from..to] is the target; the words around it are the role. */
function withTarget(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  candAt: Map<number, Cand>,
  former: boolean,
  rule: string,
): Affiliation | null {
  // a known organisation or country beats an unknown capitalised run ("Vice Chief of Naval Operations of the U.S. Navy")
  let known = -1;
  for (let k = from; k <= to && known < 0; k++)
    if (isTarget(candAt.get(k)) && candAt.get(k)!.rule.startsWith("lexicon") && candAt.get(k)!.last <= to) known = k;
  for (let k = known >= 0 ? known : from; k <= to; k++) {
    const c = candAt.get(k);
    if (!isTarget(c) || c.last > to) continue;
    let rs = from,
      re = to;
    const before = roleText(text, tokens, from, k - 1);
    if (before === "") {
      rs = c.last + 1 + (isPossessive(tokens[c.last + 1]) ? 1 : 0); // "the U.S. special envoy", "Ukraine's energy minister"
    } else if (ROLE_PREPOSITION.test(low(tokens[k - 1])))
      re = k - 2; // "an analyst at Nordhavn Capital"
    else if (ROLE_DETERMINERS.has(low(tokens[k - 1])) && ROLE_PREPOSITION.test(low(tokens[k - 2])))
      re = k - 3; // "Vice Chief of Staff of the U.S. Army"
    else re = Math.max(c.last, stopAtPrep(tokens, c.last + 1, to)); // "a former senior CIA Officer"
    const role = roleText(text, tokens, rs, re);
    if (role.split(/\s+/).length > MAX_ROLE_WORDS) return null;
    return { role, former, target: c, first: from, last: to, rule };
  }
  return null;
}

function stopAtPrep(tokens: Token[], from: number, to: number): number {
  let j = from - 1;
  while (j + 1 <= to && !ROLE_END.test(low(tokens[j + 1]))) j++;
  return j;
}
