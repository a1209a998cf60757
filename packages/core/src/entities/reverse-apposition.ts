// Reverse apposition: a role before the name, owned by an organisation ("Moldova's energy minister, Sorin Ceban", "the chair of the Lakemoor Film Academy, Helena Marsh").
import type { Token } from "../schema/stages.ts";
import type { Cand } from "./candidates.ts";
import { TITLE_WORDS } from "./lexicon/titles.ts";
import { isPossessive } from "./context.ts";
import { isTarget, low, type Affiliation } from "./affiliations.ts";

/** "the fund's spokeswoman": which earlier organisation a generic noun refers to. */
const ORG_NOUNS: Record<string, (c: Cand) => boolean> = {
  company: (c) => !c.org || c.org.rel === "based_in",
  firm: (c) => !c.org || c.org.rel === "based_in",
  group: (c) => !c.org || c.org.rel === "based_in",
  fund: (c) => /\bFund\b/.test([c.name, ...(c.org?.forms ?? [])].join(" ")),
  bank: (c) => /\bBank\b/.test([c.name, ...(c.org?.forms ?? [])].join(" ")),
  alliance: (c) => c.name === "NATO",
  bloc: (c) => c.name === "EU",
  commission: (c) => /Commission/.test(c.name),
  agency: (c) => /Agency|Bureau/.test([c.name, ...(c.org?.forms ?? [])].join(" ")) || /^[A-Z]{3}$/.test(c.name),
};

/** The nearest organisation before token `i` that a generic noun ("the company") can refer to. */
function genericOrg(tokens: Token[], i: number, cands: Cand[]): Cand | null {
  const test = ORG_NOUNS[low(tokens[i])];
  if (!test || low(tokens[i - 1]) !== "the") return null;
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k]!;
    if (c.last < i && c.kind === "organization" && !c.outlet && test(c)) return c;
  }
  return null;
}

/** "Moldova's energy minister, Sorin Ceban" and "The EU's foreign policy chief, Ana Paula Reis". */
export function reverseApposition(
  text: string,
  tokens: Token[],
  person: Cand,
  candEnding: Map<number, Cand>,
  cands: Cand[] = [],
): Affiliation | null {
  let i = person.first - 1;
  if (tokens[i]?.text !== ",") return null;
  const roleEnd = i - 1;
  const ofOrg = roleOfOrg(text, tokens, person, candEnding.get(roleEnd));
  if (ofOrg) return ofOrg;
  i--;
  while (
    i >= 0 &&
    (TITLE_WORDS.has(low(tokens[i])) || /^\p{Ll}+$/u.test(tokens[i]!.text)) &&
    !isPossessive(tokens[i]) &&
    roleEnd - i < 6
  )
    i--;
  if (!isPossessive(tokens[i])) return null;
  const c = candEnding.get(i - 1) ?? genericOrg(tokens, i - 1, cands) ?? undefined;
  if (!isTarget(c) || roleEnd <= i) return null;
  const role = text.slice(tokens[i + 1]!.start, tokens[roleEnd]!.end);
  if (!role.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()))) return null;
  return {
    role,
    former: /former/.test(role),
    target: c,
    first: c.last === i - 1 ? c.first : i - 2,
    last: person.last,
    rule: c.last === i - 1 ? "reverse-apposition" : "reverse-apposition+generic-noun",
  };
}

/** "The chair of the Lakemoor Film Academy, Helena Marsh, said": a role "of" an organisation, then the name. */
function roleOfOrg(text: string, tokens: Token[], person: Cand, org: Cand | undefined): Affiliation | null {
  if (!org || !isTarget(org)) return null;
  let k = org.first - 1;
  if (low(tokens[k]) === "the") k--;
  if (low(tokens[k]) !== "of") return null;
  const roleLast = k - 1;
  let j = roleLast;
  while (j >= 0 && TITLE_WORDS.has(low(tokens[j])) && roleLast - j < 4) j--;
  if (j === roleLast) return null;
  const role = text.slice(tokens[j + 1]!.start, tokens[roleLast]!.end);
  return {
    role,
    former: /former/.test(role),
    target: org,
    first: j + 1,
    last: person.last,
    rule: "reverse-apposition+of",
  };
}
