// The rest of a model span once its ends are trimmed and its titles peeled: an organisation, a person, a place or nothing.
import type { RawMention, Token } from "../schema/stages.ts";
import { cand } from "./cand.ts";
import { ORG_HEADS, OUTLET_HEADS } from "./lexicon/orgs.ts";
import { NOT_NAME, SUFFIXES } from "./lexicon/titles.ts";
import { REGION_ADJECTIVES } from "./lexicon/places.ts";
import { capitalRun, isTitle, nameToken, orgGoesOn } from "./shapes.ts";
import { COMMON_ACRONYMS, MEMBERS, ONE_NAME_TITLES, PERSONAL } from "./lexicon/shape-words.ts";
import { NOT_LAST } from "./lexicon/name-words.ts";
import { everyToken, LINE_BREAK_BEFORE, push, type Scan } from "./span-scan.ts";

const LONE_CAPITAL = /^\p{Lu}\.?$/u;

/** A title alone names nobody ("Commander", "Vice Chief"). */
const titleOnly = (t: Token) => isTitle(t) || NOT_NAME.has(t.text);

/** What is left of the span once peeled: an organisation, a person or a place, or nothing. */
export function nameRest(s: Scan, r: RawMention): void {
  const { tokens, text, vocab } = s;
  let a = s.a,
    b = s.b;
  if (everyToken(tokens, a, b, titleOnly)) return;
  while (b > a && MEMBERS.has(tokens[b]!.text)) b--; // "Labour MPs": the party, not its members
  if (a === b && COMMON_ACRONYMS.has(tokens[a]!.text)) return; // "PC", "DVD": things, never organisations
  const head = tokens[b]!.text;
  const titled = s.titled;
  // "EU Energy Commissioner Katrin Lindqvist" tagged ORG: after a title, a name-shaped rest is a person
  // "Professor Quillan" tagged ORG: one name right after a person's title is that person too
  const oneName =
    titled && a === b && ONE_NAME_TITLES.has(tokens[a - 1]!.text.toLowerCase()) && !vocab.has(head.toLowerCase());
  const label =
    titled && (oneName || (b > a && b - a < 3)) && everyToken(tokens, a, b, nameToken) && !ORG_HEADS.has(head)
      ? "PER"
      : r.label;
  // an organisation keeps the title-like words of its name: "National Security Council", never "Council"
  if (titled && label !== "PER" && (ORG_HEADS.has(head) || label === "ORG") && keepsTitle(s, a, head)) a = s.titleAt;
  const surface = text.slice(tokens[a]!.start, tokens[b]!.end);
  // a capital letter alone is an initial or a ticker's suffix ("<OCBM.S>"), no person or place ("Q magazine" may be)
  if (a === b && (NOT_NAME.has(head) || (label !== "ORG" && LONE_CAPITAL.test(head)))) return;
  if ((ORG_HEADS.has(head) && !(titled && label === "PER")) || label === "ORG") {
    push(
      s,
      cand(a, b, "organization", surface, `${r.rule}+org`, { outlet: OUTLET_HEADS.has(head) ? true : undefined }),
    );
  } else if (label === "PER") {
    if (commonWord(s, a, b)) return;
    const w0 = tokens[a]!.text;
    if (everyToken(tokens, a, b, nameToken) && !SUFFIXES.has(w0) && !REGION_ADJECTIVES.has(w0) && !NOT_LAST.has(head))
      push(s, cand(a, b, "person", surface, r.rule));
  } else if (label === "LOC") push(s, cand(a, b, "location", surface, r.rule));
}

/** The words from the title on go on as an organisation's name, none of them a person's title. */
function keepsTitle(s: Scan, a: number, head: string): boolean {
  const { tokens, titleAt } = s;
  if (!orgGoesOn(tokens, a) || !capitalRun(tokens, s.covered, titleAt, a)) return false;
  if (ORG_HEADS.has(head)) return true;
  for (let i = titleAt; i < a; i++) if (PERSONAL.has(tokens[i]!.text.toLowerCase())) return false;
  return true;
}

/** A person span opening with a word the article also writes in lower case, alone or at a sentence's or line's start. */
function commonWord(s: Scan, a: number, b: number): boolean {
  const { tokens, text } = s;
  if (!s.vocab.has(tokens[a]!.text.toLowerCase())) return false;
  return (
    a === b ||
    s.sentenceStarts.has(a) ||
    LINE_BREAK_BEFORE.test(text.slice(Math.max(0, tokens[a]!.start - 2), tokens[a]!.start))
  );
}
