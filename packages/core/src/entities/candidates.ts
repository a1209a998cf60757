// Typed mention candidates from the NER spans and the lexicon scan: titles peeled off, possessives folded, lexicon wins on exact spans.
import type { RawMention, Token } from "../schema/stages.ts";
import type { Lexicon } from "./lexicon/index.ts";
import { cand, type Cand } from "./cand.ts";
import { ORG_HEADS, OUTLET_HEADS } from "./lexicon/orgs.ts";
import { NOT_NAME, QUESTION_OPENERS, SUFFIXES } from "./lexicon/titles.ts";
import { REGION_ADJECTIVES } from "./lexicon/places.ts";
import { scanLexicon, isCap, type LexMatch } from "./scan.ts";
import { repairSpans } from "./spans.ts";
import { tokenWithEdge } from "../text/token-search.ts";
import { isPossessive } from "./context.ts";
import { typeLexMatch } from "./lex-match.ts";
import { headsRefer, joinInitials, respan, surnamesArePeople } from "./mention-passes.ts";
import {
  BROADCAST,
  CONNECTOR,
  SMALL_NUMBER,
  capitalRun,
  division,
  hasLetter,
  isTitle,
  nameToken,
  orgGoesOn,
} from "./shapes.ts";
import { COMMON_ACRONYMS, MEMBERS, ONE_NAME_TITLES, PERSONAL } from "./lexicon/shape-words.ts";
import { NAME_OPENING_PARTICLES, NOT_LAST, ORG_CONNECTORS } from "./lexicon/name-words.ts";
import { wordRegex } from "../util/word-regex.ts";
import { allLower, allUpper, startsLower, startsUpper } from "../util/letters.ts";

const OPENING_PARTICLE = wordRegex(NAME_OPENING_PARTICLES);
/** Lower-case words and "&" inside an organisation's name glued to a model's span ("Bank of England", "Marks & Spencer"). */
const ORG_JOINER = wordRegex([...ORG_CONNECTORS, "and", "&"]);

// word shapes, compiled once (a regex literal in a loop is a new RegExp object each time it runs)
/** the two characters before a token hold a line break and then only spaces: the token opens a line */
const LINE_BREAK_BEFORE = /\n\s*$/;
const QUESTION_AHEAD = /^[^.!?\n]*\?/;
const CLAUSE_PUNCT = /^[,.;:]$/;
const LIST_JOINER = /^(and|or|,|&)$/;
const LONE_CAPITAL = /^\p{Lu}\.?$/u;

export type { Cand } from "./cand.ts";

/** Token a opens a sentence or a line (a headline). */
function startsLine(text: string, tokens: Token[], a: number, sentenceStarts: Set<number>): boolean {
  const start = tokens[a]?.start ?? 0;
  return a === 0 || sentenceStarts.has(a) || LINE_BREAK_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/** The sentence or line going on from `at` ends in a question mark. */
function asks(text: string, at: number): boolean {
  return QUESTION_AHEAD.test(text.slice(at, at + 300));
}

export function findCandidates(
  text: string,
  tokens: Token[],
  raw: RawMention[],
  lex: Lexicon,
  sentenceStarts: Set<number>,
): Cand[] {
  const lexMatches = scanLexicon(text, tokens, lex);
  const lexAt = new Map<number, LexMatch>();
  const lexCover = new Array<LexMatch | undefined>(tokens.length);
  for (const m of lexMatches) {
    lexAt.set(m.first, m);
    for (let i = m.first; i <= m.last; i++) lexCover[i] = m;
  }
  const prevPlace = { at: null as number | null };
  // words the article also writes in lowercase are ordinary words, not names ("Although", "Troubled", "Robot")
  const vocab = new Set<string>();
  for (const t of tokens) if (startsLower(t.text)) vocab.add(t.text);
  const typed = new Map<LexMatch, Cand | null>();
  const typeOf = (m: LexMatch) => {
    if (!typed.has(m)) typed.set(m, typeLexMatch(text, tokens, m, lex, prevPlace));
    return typed.get(m)!;
  };
  for (const m of lexMatches) typeOf(m); // in text order, so "and" conjuncts see the previous decision

  /** After a title, "of the" leads to a known place or an organisation's name ("King of Belgium"), never to a work's title ("Lord of the Rings"). */
  const complementNames = (from: number, to: number) => {
    let k = from;
    while (k < to && CONNECTOR.test(tokens[k]!.text)) k++;
    const m = lexAt.get(k);
    return m && m.last === to ? typeOf(m) !== null : ORG_HEADS.has(tokens[to]!.text) && startsUpper(tokens[k]!.text);
  };
  const out: Cand[] = [];
  const covered = new Uint8Array(tokens.length);
  const push = (c: Cand) => {
    out.push(c);
    for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  };
  for (const r of joinInitials(text, raw)) {
    // tokens are sorted and never overlap: binary search instead of per-token start/end maps
    let a = tokenWithEdge(tokens, r.start, "start"),
      b = tokenWithEdge(tokens, r.end, "end");
    if (a === undefined || b === undefined) continue; // not on token boundaries: the NER span is unusable
    if (covered[a] || covered[b]) continue;
    // the rule-based finder skips sentence-initial words: take back a name-like first word ("Tomas Reuel, a ...")
    while (a < b && startsLower(tokens[a]!.text) && !OPENING_PARTICLE.test(tokens[a]!.text)) a++; // "and Bucharest"
    // a question's auxiliary at the start of a sentence or line is no first name ("Can Smith work Scottish wonders?")
    if (
      a < b &&
      QUESTION_OPENERS.has(tokens[a]?.text ?? "") &&
      startsLine(text, tokens, a, sentenceStarts) &&
      asks(text, tokens[b]?.end ?? 0)
    )
      a++;
    if (
      r.rule.startsWith("rule:") &&
      r.label === "PER" &&
      sentenceStarts.has(a - 1) &&
      !vocab.has(tokens[a - 1]!.text.toLowerCase()) &&
      nameToken(tokens[a - 1]!) &&
      !isTitle(tokens[a - 1]) &&
      !lexAt.has(a - 1) &&
      !covered[a - 1] &&
      tokens[a - 1]!.end === tokens[a]!.start - 1
    )
      a--;
    while (
      b > a &&
      (isPossessive(tokens[b]) ||
        tokens[b]!.text === "(Ret.)" ||
        CLAUSE_PUNCT.test(tokens[b]!.text) ||
        allLower(tokens[b]!.text))
    )
      b--; // "Nordwell Marine freed"
    // "the" is not part of a name, except for outlets that carry it ("The Meridian Ledger")
    if (
      (tokens[a]!.text === "The" || tokens[a]!.text === "the") &&
      !(lexAt.get(a) && typeOf(lexAt.get(a)!)) &&
      !(tokens[a]!.text === "The" && OUTLET_HEADS.has(tokens[b]!.text))
    )
      a++;
    if (a > b) continue;
    // "Channel 4", "BBC Radio 4": the model stops before the number that is part of a broadcaster's name
    if (
      BROADCAST.has(tokens[b]!.text) &&
      SMALL_NUMBER.test(tokens[b + 1]?.text ?? "") &&
      text.slice(tokens[b]!.end, tokens[b + 1]!.start) === " "
    )
      b++;
    const orgSpan = r.label === "ORG" || ORG_HEADS.has(tokens[b]!.text);
    // "Ukraine Security Assistance Initiative" tagged from "Security": a country name right before an organisation's name is part of it
    // when the context glued it to the name or the name goes on with a title word (no title follows the organisation's own name)
    const glued = a > 0 ? lexCover[a - 1] : undefined;
    let named = false;
    if (
      glued &&
      glued.last === a - 1 &&
      glued.endChar === undefined &&
      !lexCover[a] &&
      b > a &&
      !allUpper(tokens[a - 1]!.text) &&
      tokens.slice(a, b + 1).every((t) => startsUpper(t.text) || ORG_JOINER.test(t.text)) &&
      (r.label === "ORG" || ORG_HEADS.has(tokens[b]!.text)) &&
      text.slice(tokens[a - 1]!.end, tokens[a]!.start) === " "
    ) {
      const c = typeOf(glued),
        prior = out.at(-1);
      // the model may have tagged the country on its own just before: it becomes part of the name
      const taken = covered[glued.first]
        ? prior?.first === glued.first && prior.last === glued.last && prior.rule === c?.rule
        : true;
      if (
        taken &&
        (c === null || (c.rule === "lexicon:country" && isTitle(tokens[a]) && ORG_HEADS.has(tokens[b]!.text)))
      ) {
        if (covered[glued.first]) for (let i = out.pop()!.first; i < a; i++) covered[i] = 0;
        a = glued.first;
        named = true;
      }
    }
    // a known phrase that straddles the NER span wins: "White House" when the span is "House", "U.S. Army" when it is "Army"
    const straddle = [lexCover[a], lexCover[b]].find((m) => m && (m.first < a! || m.last > b!) && typeOf(m));
    if (straddle) {
      push(typeOf(straddle));
      if (straddle.last >= b) continue;
      a = straddle.last + 1;
    }
    // peel leading demonyms, organisations, seats and titles: "Russian Foreign Minister Sergei Lavrov"
    let titled = false,
      titleAt = -1;
    while (a < b && !named) {
      const m = lexAt.get(a);
      const c = m && m.last < b ? typeOf(m) : null;
      if (c && c.kind === "organization" && orgSpan && division(tokens, m!.last + 1, b)) {
        push(respan(c, c.first, b, c.rule)); // "BBC News", "BBC Radio 4": a division of a known organisation names it
        a = b + 1;
        break;
      } else if (
        c &&
        (c.rule !== "lexicon:country" || isTitle(tokens[m!.last + 1])) &&
        !(orgSpan && c.kind === "location" && isCap(tokens[m!.last + 1]))
      ) {
        // a place leading an organisation's name stays in it: "Manchester United", "Oxford University"
        push(c);
        a = m!.last + 1;
      } else if (isTitle(tokens[a]) || tokens[a]!.text === "-") {
        titled = true;
        titleAt = titleAt < 0 ? a : titleAt;
        a++;
      } else if (LIST_JOINER.test(tokens[a]!.text) && (out.at(-1)?.last ?? -2) === a - 1)
        a++; // "Chisinau and Bucharest" tagged as one span
      else if (titled && CONNECTOR.test(tokens[a]!.text) && complementNames(a, b))
        a++; // "King of Belgium" tagged ORG: the title's complement is what is left
      else break;
    }
    if (a > b) continue;
    // "Lord of the Rings": after a title, an "of" whose complement names nothing known leaves a work's title, no body;
    // "Chief of Staff Donald Regan": unless the span ends in a known first name and a surname, the person holding the title
    if (titled && CONNECTOR.test(tokens[a]!.text)) {
      const f = b - 1;
      if (
        f > a + 1 &&
        lex.firstNames.has(tokens[f]!.text) &&
        nameToken(tokens[b]!) &&
        !ORG_HEADS.has(tokens[b]!.text) &&
        !isTitle(tokens[b]) &&
        !vocab.has(tokens[b]!.text.toLowerCase())
      ) {
        push(cand(f, b, "person", text.slice(tokens[f]!.start, tokens[b]!.end), `${r.rule}+after-title`));
      }
      continue;
    }
    if (!hasLetter(tokens, a, b)) continue; // "9.7%", "2005", "&": the model's span names nothing without a letter
    const m = lexAt.get(a);
    if (m && m.last === b) {
      const c = typeOf(m);
      if (c) push(c);
      continue;
    }
    if (tokens.slice(a, b + 1).every((t) => isTitle(t) || NOT_NAME.has(t.text))) continue; // "Commander", "Vice Chief": a title alone names nobody
    while (b > a && MEMBERS.has(tokens[b]!.text)) b--; // "Labour MPs": the party, not its members
    if (a === b && COMMON_ACRONYMS.has(tokens[a]!.text)) continue; // "PC", "DVD": things, never organisations
    const head = tokens[b]!.text;
    // "EU Energy Commissioner Katrin Lindqvist" tagged ORG: after a title, a name-shaped rest is a person
    // "Professor Quillan" tagged ORG: one name right after a person's title is that person too
    const oneName =
      titled && a === b && ONE_NAME_TITLES.has(tokens[a - 1]!.text.toLowerCase()) && !vocab.has(head.toLowerCase());
    const label =
      titled && (oneName || (b > a && b - a < 3)) && tokens.slice(a, b + 1).every(nameToken) && !ORG_HEADS.has(head)
        ? "PER"
        : r.label;
    // an organisation keeps the title-like words of its name: "National Security Council", never "Council"
    if (
      titled &&
      label !== "PER" &&
      (ORG_HEADS.has(head) || label === "ORG") &&
      orgGoesOn(tokens, a) &&
      capitalRun(tokens, covered, titleAt, a) &&
      (ORG_HEADS.has(head) || !tokens.slice(titleAt, a).some((t) => PERSONAL.has(t.text.toLowerCase())))
    )
      a = titleAt;
    const words = tokens.slice(a, b + 1);
    const surface = text.slice(tokens[a]!.start, tokens[b]!.end);
    // a capital letter alone is an initial or a ticker's suffix ("<OCBM.S>"), no person or place ("Q magazine" may be)
    if (a === b && (NOT_NAME.has(head) || (label !== "ORG" && LONE_CAPITAL.test(head)))) continue;
    if ((ORG_HEADS.has(head) && !(titled && label === "PER")) || label === "ORG") {
      push(cand(a, b, "organization", surface, `${r.rule}+org`, { outlet: OUTLET_HEADS.has(head) ? true : undefined }));
    } else if (label === "PER") {
      const common = (i: number) => vocab.has(tokens[i]!.text.toLowerCase());
      if (
        a === b
          ? common(a)
          : common(a) &&
            (sentenceStarts.has(a) ||
              LINE_BREAK_BEFORE.test(text.slice(Math.max(0, tokens[a]!.start - 2), tokens[a]!.start)))
      )
        continue;
      if (
        words.every(nameToken) &&
        !SUFFIXES.has(words[0]!.text) &&
        !REGION_ADJECTIVES.has(words[0]!.text) &&
        !NOT_LAST.has(head)
      )
        push(cand(a, b, "person", surface, r.rule));
    } else if (label === "LOC") push(cand(a, b, "location", surface, r.rule));
  }
  // lexicon-only mentions the model missed: countries, demonyms, known organisations, places
  for (const m of lexMatches) {
    let free = true;
    for (let i = m.first; i <= m.last && free; i++) free = !covered[i];
    const c = free ? typeOf(m) : null;
    if (c) push(c);
  }
  out.sort((x, y) => x.first - y.first);
  return headsRefer(
    tokens,
    surnamesArePeople(text, tokens, repairSpans({ text, tokens, lex, vocab, sentenceStarts }, out)),
  );
}
