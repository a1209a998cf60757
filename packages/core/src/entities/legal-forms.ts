// A company's legal form ("Inc", "Co", "Corp") belongs to the name before it, across a line break or "and"
// ("BP North America⏎Inc", "Ryan, Beck and Co"); alone it names nothing, and it never ends a person's name.
import type { Token } from "../schema/stages.ts";
import { cand, type Cand } from "./cand.ts";
import { LEGAL_FORMS } from "./lexicon/orgs.ts";
import { TITLE_WORDS } from "./lexicon/titles.ts";

const isModel = (c: Cand) => !c.rule.startsWith("lexicon");
/** What may stand between a name and its legal form: white space (a wrapped line), ") " or " and " / " & ". */
const GAP = /^(?:\s+|\)\s*|\s+(?:and|&)\s+)$/;

export function attachLegalForms(text: string, tokens: Token[], cands: Cand[]): Cand[] {
  const ending = new Map<number, Cand>();
  for (const c of cands) ending.set(c.last, c);
  const gone = new Set<Cand>();
  const out: Cand[] = [];
  for (const c of cands) {
    const last = tokens[c.last]!.text;
    if (!isModel(c) || !LEGAL_FORMS.has(last)) continue;
    if (c.first === c.last) {
      // the name before it: a span ending one or two tokens earlier ("America⏎Inc", "(Canada) Inc", "Beck and Co")
      const prev = ending.get(c.first - 1) ?? ending.get(c.first - 2);
      const gap = prev ? text.slice(tokens[prev.last]!.end, tokens[c.first]!.start) : "";
      gone.add(c);
      if (!prev || !GAP.test(gap) || prev.kind === "country") continue;
      // a known organisation keeps its name ("CBS Inc" is CBS); a model span becomes the company
      if (isModel(prev)) {
        gone.add(prev);
        out.push(company(text, tokens, prev.first, c.last, `${prev.rule}+legal-form`));
      }
    } else if (c.kind !== "organization") {
      // "General Electric Co" read as the title General and the person "Electric Co"
      const t = tokens[c.first - 1];
      const titled = t && TITLE_WORDS.has(t.text.toLowerCase()) && /^\p{Lu}/u.test(t.text) && !ending.has(c.first - 1);
      gone.add(c);
      out.push(company(text, tokens, titled ? c.first - 1 : c.first, c.last, `${c.rule}+legal-form`));
    }
  }
  if (gone.size === 0) return cands;
  return [...cands.filter((c) => !gone.has(c)), ...out].sort((a, b) => a.first - b.first);
}

function company(text: string, tokens: Token[], first: number, last: number, rule: string): Cand {
  const name = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, " ");
  return cand(first, last, "organization", name, rule);
}
