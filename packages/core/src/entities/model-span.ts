// One model span read into typed candidates (candidates.ts): its ends trimmed, titles and known phrases peeled off, the rest named.
import type { RawMention, Token } from "../schema/stages.ts";
import { cand } from "./cand.ts";
import { ORG_HEADS, OUTLET_HEADS } from "./lexicon/orgs.ts";
import { QUESTION_OPENERS } from "./lexicon/titles.ts";
import { isCap, type LexMatch } from "./scan.ts";
import { tokenWithEdge } from "../text/token-search.ts";
import { isPossessive } from "./context.ts";
import { respan } from "./mention-passes.ts";
import { BROADCAST, CONNECTOR, SMALL_NUMBER, division, hasLetter, isTitle, nameToken } from "./shapes.ts";
import { NAME_OPENING_PARTICLES, ORG_CONNECTORS } from "./lexicon/name-words.ts";
import { wordRegex } from "../util/word-regex.ts";
import { allLower, allUpper, startsLower, startsUpper } from "../util/letters.ts";
import { everyToken, LINE_BREAK_BEFORE, push, typeOf, type Scan } from "./span-scan.ts";
import { nameRest } from "./span-name.ts";

const OPENING_PARTICLE = wordRegex(NAME_OPENING_PARTICLES);
/** Lower-case words and "&" inside an organisation's name glued to a model's span ("Bank of England", "Marks & Spencer"). */
const ORG_JOINER = wordRegex([...ORG_CONNECTORS, "and", "&"]);

// word shapes, compiled once (a regex literal in a loop is a new RegExp object each time it runs)
const QUESTION_AHEAD = /^[^.!?\n]*\?/;
const CLAUSE_PUNCT = /^[,.;:]$/;
const LIST_JOINER = /^(and|or|,|&)$/;

/** Token a opens a sentence or a line (a headline). */
function startsLine(s: Scan, a: number): boolean {
  const start = s.tokens[a]?.start ?? 0;
  return a === 0 || s.sentenceStarts.has(a) || LINE_BREAK_BEFORE.test(s.text.slice(Math.max(0, start - 2), start));
}

/** A question's auxiliary at the start of a sentence or line is no first name ("Can Smith work Scottish wonders?"). */
function questionOpener(s: Scan): boolean {
  const { tokens, a, b } = s;
  return (
    QUESTION_OPENERS.has(tokens[a]?.text ?? "") &&
    startsLine(s, a) &&
    QUESTION_AHEAD.test(s.text.slice(tokens[b]?.end ?? 0, (tokens[b]?.end ?? 0) + 300))
  );
}

/** The rule-based finder skips sentence-initial words: a name-like first word before its span is taken back ("Tomas Reuel, a ..."). */
function nameBefore(s: Scan, r: RawMention): boolean {
  const { tokens, a } = s;
  return (
    r.rule.startsWith("rule:") &&
    r.label === "PER" &&
    s.sentenceStarts.has(a - 1) &&
    !s.vocab.has(tokens[a - 1]!.text.toLowerCase()) &&
    nameToken(tokens[a - 1]!) &&
    !isTitle(tokens[a - 1]) &&
    !s.lexAt.has(a - 1) &&
    !s.covered[a - 1] &&
    tokens[a - 1]!.end === tokens[a]!.start - 1
  );
}

/** The span's last token is no part of a name: a possessive, "(Ret.)", punctuation or a lower-case word ("Nordwell Marine freed"). */
function trailing(t: Token): boolean {
  return isPossessive(t) || t.text === "(Ret.)" || CLAUSE_PUNCT.test(t.text) || allLower(t.text);
}

/** "the" is not part of a name, except for outlets that carry it ("The Meridian Ledger"). */
function leadingThe(s: Scan): boolean {
  const { tokens, a } = s;
  const m = s.lexAt.get(a);
  return !(m && typeOf(s, m)) && !(tokens[a]!.text === "The" && OUTLET_HEADS.has(tokens[s.b]!.text));
}

/** "Channel 4", "BBC Radio 4": the model stops before the number that is part of a broadcaster's name. */
function broadcastNumber(s: Scan): boolean {
  const { tokens, b } = s;
  return SMALL_NUMBER.test(tokens[b + 1]?.text ?? "") && s.text.slice(tokens[b]!.end, tokens[b + 1]!.start) === " ";
}

/** The span's ends moved to the name's words; false when nothing is left. */
function trimEnds(s: Scan, r: RawMention): boolean {
  const { tokens } = s;
  while (s.a < s.b && startsLower(tokens[s.a]!.text) && !OPENING_PARTICLE.test(tokens[s.a]!.text)) s.a++; // "and Bucharest"
  if (s.a < s.b && QUESTION_OPENERS.has(tokens[s.a]!.text) && questionOpener(s)) s.a++;
  if (s.sentenceStarts.has(s.a - 1) && nameBefore(s, r)) s.a--;
  while (s.b > s.a && trailing(tokens[s.b]!)) s.b--;
  if ((tokens[s.a]!.text === "The" || tokens[s.a]!.text === "the") && leadingThe(s)) s.a++;
  if (s.a > s.b) return false;
  if (BROADCAST.has(tokens[s.b]!.text) && broadcastNumber(s)) s.b++;
  return true;
}

/**
 * "Ukraine Security Assistance Initiative" tagged from "Security": a country name right before an organisation's name
 * is part of it when the context glued it to the name or the name goes on with a title word (no title follows the
 * organisation's own name). True when the span now starts at that country.
 */
function glueCountry(s: Scan, r: RawMention, glued: LexMatch): boolean {
  const { tokens, text, a, b } = s;
  if (
    glued.last !== a - 1 ||
    glued.endChar !== undefined ||
    s.lexCover[a] ||
    b <= a ||
    allUpper(tokens[a - 1]!.text) ||
    !everyToken(tokens, a, b, orgWord) ||
    !(r.label === "ORG" || ORG_HEADS.has(tokens[b]!.text)) ||
    text.slice(tokens[a - 1]!.end, tokens[a]!.start) !== " "
  )
    return false;
  const c = typeOf(s, glued),
    prior = s.out.at(-1);
  // the model may have tagged the country on its own just before: it becomes part of the name
  const taken = s.covered[glued.first]
    ? prior?.first === glued.first && prior.last === glued.last && prior.rule === c?.rule
    : true;
  if (!taken || !(c === null || (c.rule === "lexicon:country" && isTitle(tokens[a]) && ORG_HEADS.has(tokens[b]!.text))))
    return false;
  if (s.covered[glued.first]) for (let i = s.out.pop()!.first; i < a; i++) s.covered[i] = 0;
  s.a = glued.first;
  return true;
}

const orgWord = (t: Token) => startsUpper(t.text) || ORG_JOINER.test(t.text);

/** A known phrase that straddles the span wins: "White House" when the span is "House", "U.S. Army" when it is "Army". */
function straddling(s: Scan): LexMatch | undefined {
  const { a, b } = s;
  const first = s.lexCover[a];
  if (first && (first.first < a || first.last > b) && typeOf(s, first)) return first;
  const last = s.lexCover[b];
  return last && (last.first < a || last.last > b) && typeOf(s, last) ? last : undefined;
}

/** After a title, "of the" leads to a known place or an organisation's name ("King of Belgium"), never to a work's title ("Lord of the Rings"). */
function complementNames(s: Scan, from: number, to: number): boolean {
  const { tokens } = s;
  let k = from;
  while (k < to && CONNECTOR.test(tokens[k]!.text)) k++;
  const m = s.lexAt.get(k);
  return m && m.last === to ? typeOf(s, m) !== null : ORG_HEADS.has(tokens[to]!.text) && startsUpper(tokens[k]!.text);
}

/** Leading demonyms, organisations, seats and titles peeled off: "Russian Foreign Minister Sergei Lavrov". */
function peel(s: Scan, orgSpan: boolean): void {
  const { tokens } = s;
  while (s.a < s.b) {
    const a = s.a,
      b = s.b;
    const m = s.lexAt.get(a);
    const c = m && m.last < b ? typeOf(s, m) : null;
    if (c && c.kind === "organization" && orgSpan && division(tokens, m!.last + 1, b)) {
      push(s, respan(c, c.first, b, c.rule)); // "BBC News", "BBC Radio 4": a division of a known organisation names it
      s.a = b + 1;
      return;
    } else if (
      c &&
      (c.rule !== "lexicon:country" || isTitle(tokens[m!.last + 1])) &&
      !(orgSpan && c.kind === "location" && isCap(tokens[m!.last + 1]))
    ) {
      // a place leading an organisation's name stays in it: "Manchester United", "Oxford University"
      push(s, c);
      s.a = m!.last + 1;
    } else if (isTitle(tokens[a]) || tokens[a]!.text === "-") {
      s.titled = true;
      s.titleAt = s.titleAt < 0 ? a : s.titleAt;
      s.a++;
    } else if (LIST_JOINER.test(tokens[a]!.text) && (s.out.at(-1)?.last ?? -2) === a - 1)
      s.a++; // "Chisinau and Bucharest" tagged as one span
    else if (s.titled && CONNECTOR.test(tokens[a]!.text) && complementNames(s, a, b))
      s.a++; // "King of Belgium" tagged ORG: the title's complement is what is left
    else return;
  }
}

/**
 * "Lord of the Rings": after a title, an "of" whose complement names nothing known leaves a work's title, no body;
 * "Chief of Staff Donald Regan": unless the span ends in a known first name and a surname, the person holding the title.
 */
function afterTitle(s: Scan, r: RawMention): void {
  const { tokens, a, b } = s;
  const f = b - 1;
  if (
    f > a + 1 &&
    s.lex.firstNames.has(tokens[f]!.text) &&
    nameToken(tokens[b]!) &&
    !ORG_HEADS.has(tokens[b]!.text) &&
    !isTitle(tokens[b]) &&
    !s.vocab.has(tokens[b]!.text.toLowerCase())
  )
    push(s, cand(f, b, "person", s.text.slice(tokens[f]!.start, tokens[b]!.end), `${r.rule}+after-title`));
}

/** A model span, in the document's search `s`: the candidates it yields are pushed onto `s.out`. */
export function readModelSpan(s: Scan, r: RawMention): void {
  const { tokens } = s;
  // tokens are sorted and never overlap: binary search instead of per-token start/end maps
  const a = tokenWithEdge(tokens, r.start, "start"),
    b = tokenWithEdge(tokens, r.end, "end");
  if (a === undefined || b === undefined) return; // not on token boundaries: the NER span is unusable
  if (s.covered[a] || s.covered[b]) return;
  s.a = a;
  s.b = b;
  s.titled = false;
  s.titleAt = -1;
  if (!trimEnds(s, r)) return;
  const orgSpan = r.label === "ORG" || ORG_HEADS.has(tokens[s.b]!.text);
  const glued = s.a > 0 ? s.lexCover[s.a - 1] : undefined;
  const named = glued !== undefined && glueCountry(s, r, glued);
  const straddle = straddling(s);
  if (straddle) {
    push(s, typeOf(s, straddle)!);
    if (straddle.last >= s.b) return;
    s.a = straddle.last + 1;
  }
  if (!named) peel(s, orgSpan);
  if (s.a > s.b) return;
  if (s.titled && CONNECTOR.test(tokens[s.a]!.text)) return afterTitle(s, r);
  if (!hasLetter(tokens, s.a, s.b)) return; // "9.7%", "2005", "&": the model's span names nothing without a letter
  const m = s.lexAt.get(s.a);
  if (m && m.last === s.b) {
    const c = typeOf(s, m);
    if (c) push(s, c);
    return;
  }
  nameRest(s, r);
}
