// Model spans that only capital letters support: in section headings ("The Road Ahead") and after an organisation's possessive ("the BBC's Breakfast").
import type { Segmentation, Token } from "../schema/stages.ts";
import type { Cand } from "./candidates.ts";
import { ORG_HEADS } from "./lexicon/orgs.ts";
import { isPossessive } from "./context.ts";
import { HEADING_SMALL_WORDS, HEADLINE_FINITE } from "./lexicon/function-words.ts";
import { mapPacked } from "../util/arrays.ts";

const MAX_WORDS = 8;
const MAX_CHARS = 80;

/** Token ranges [first, last] of the heading lines: after the title, a paragraph of one short title-cased sentence without digits, commas, terminal punctuation or a finite verb. */
export function headingRanges(_text: string, seg: Segmentation): [number, number][] {
  const out: [number, number][] = [];
  const { sentences, tokens } = seg;
  for (let s = 0; s < sentences.length; s++) {
    const sen = sentences[s]!;
    // the first line is the article's title: a headline names the story's people, a section heading rarely does
    if (sen.end - sen.start > MAX_CHARS || sen.paragraph === 0) continue;
    // the line holds nothing but this sentence (compared by paragraph index: no slicing for every short sentence)
    if (sentences[s - 1]?.paragraph === sen.paragraph || sentences[s + 1]?.paragraph === sen.paragraph) continue;
    if (isHeading(tokens, sen.firstToken, sen.lastToken)) out.push([sen.firstToken, sen.lastToken]);
  }
  return out;
}

function isHeading(tokens: Token[], first: number, last: number): boolean {
  if (/^[.!?:;,"”'’)]$/.test(tokens[last]!.text) || /[.!?:]$/.test(tokens[last]!.text)) return false;
  if (tokens[first]!.text === "By") return false; // a byline names its author
  let words = 0;
  for (let i = first; i <= last; i++) {
    const w = tokens[i]!.text;
    if (/[\d,]/.test(w)) return false; // "Hereford 1-1 Doncaster", "Murrayfield, Edinburgh": results and venue lines
    if (!/\p{L}/u.test(w)) continue;
    words++;
    const lw = w.toLowerCase();
    if (HEADLINE_FINITE.has(lw) || words > MAX_WORDS) return false;
    if (!/^\p{Lu}/u.test(w) && !(i > first && HEADING_SMALL_WORDS.has(lw))) return false;
  }
  return words > 0;
}

/** Ordinary words of the article: it also writes them in lower case. */
function lowerVocab(tokens: Token[]): Set<string> {
  const v = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) v.add(t.text);
  return v;
}

/** "The Cipher Brief's Digital Channel", "Sony's Playstation": a capitalised run owned by an organisation is its product or programme unless its head makes it a body ("the Bank's Monetary Policy Committee"). */
function ownedByOrg(tokens: Token[], c: Cand, prev: Cand | undefined): boolean {
  return (
    c.kind === "organization" &&
    !!prev &&
    prev.kind === "organization" &&
    prev.last === c.first - 2 &&
    isPossessive(tokens[c.first - 1]) &&
    !ORG_HEADS.has(tokens[c.last]!.text)
  );
}

/**
 * Drop model-made candidates in headings and products owned by an organisation, unless something else supports them.
 * Kept: lexicon and other rule-made mentions, names the article also mentions elsewhere (a surname counts: "Putin's
 * Gambit" after "Vladimir Putin"), and heading person names none of whose words the article writes in lower case.
 */
export function dropCapitalGuesses(text: string, seg: Segmentation, cands: Cand[]): Cand[] {
  const tokens = seg.tokens;
  // a line that is one name and nothing else ("Ewood Park", a byline) is a label, not a heading
  const ranges = headingRanges(text, seg).filter(([f, l]) => !cands.some((c) => c.first === f && c.last === l));
  const inHeading = (c: Cand) => ranges.some(([f, l]) => c.first >= f && c.last <= l);
  const modelMade = (c: Cand) => c.rule.startsWith("ner:") || c.rule.startsWith("rule:") || c.rule.startsWith("test:");
  const weak = mapPacked(
    cands,
    (c, i) => modelMade(c) && (ownedByOrg(tokens, c, cands[i - 1]) || (ranges.length > 0 && inHeading(c))),
  );
  if (!weak.includes(true)) return cands;
  const strong = cands.filter((_, i) => !weak[i]);
  const names = new Set(strong.map((c) => `${c.kind}|${c.name}`));
  const surnames = new Set(strong.filter((c) => c.kind === "person").map((c) => tokens[c.last]!.text));
  let vocab: Set<string> | undefined;
  return cands.filter((c, i) => {
    if (!weak[i] || names.has(`${c.kind}|${c.name}`)) return true;
    if (c.kind !== "person") return false;
    if (surnames.has(tokens[c.last]!.text)) return true;
    vocab ??= lowerVocab(tokens);
    for (let k = c.first; k <= c.last; k++) if (vocab.has(tokens[k]!.text.toLowerCase())) return false;
    return true;
  });
}
