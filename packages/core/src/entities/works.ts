// Titles of works in running text ("his role in Closer", "The Aviator, starring …", "the Oscar for Ray"): evidence from the
// whole article makes a name the model took for a person, organisation or place a work, and a work makes no entity
// (README, "Entities"). Only model spans: the lexicon is trusted.
import type { Token } from "../schema/stages.ts";
import type { Cand } from "./cand.ts";
import type { Gender } from "./gender.ts";
import { TITLE_WORDS } from "./lexicon/titles.ts";
import { SPEECH_AFTER_NAME } from "./lexicon/function-words.ts";
import { ARTICLES } from "../text/closed-class.ts";
import {
  WORK_AFTER_CUES,
  WORK_APPOSITION_NEXT,
  WORK_AWARD_CUES,
  WORK_CATEGORIES,
  WORK_CONTEST_NOUNS,
  WORK_GENRES,
  WORK_IN_CUES,
  WORK_NOUNS,
  WORK_SERIES,
} from "./lexicon/things.ts";
import { alternation, wordRegex } from "../util/word-regex.ts";

// compiled once: a regex literal in a loop is a new RegExp object each time it runs
const OWNER_AFTER = /^['’](?:s\b|\s)/;
const APOSTROPHE_AFTER = /^['’]/;
const AND_OR = /\b(?:and|or)\b|&/;

const GENRES = alternation([...WORK_NOUNS, ...WORK_GENRES]);
/** The article talks about works: "in" and award cues count only then ("a role in Parliament" names no film). */
const ABOUT_WORKS = new RegExp(
  `\\b(?:${alternation([...WORK_NOUNS, ...WORK_GENRES].flatMap((w) => [w, `${w}s`]))})\\b`,
);
/**
 * A genre noun right before the title, across a capitalised "The" the model left out ("the film The Aviator"). Works
 * only: a product ("its phone Walkman and Motorola") must not carry its list along; kinds.ts drops products alone.
 */
const GENRE_BEFORE = new RegExp(`(?:^|[^\\p{L}-])(?:${GENRES}|${alternation(WORK_SERIES)}) (?:The )?$`, "u");
/** "her role in Closer", "her role as Katharine Hepburn in The Aviator", "playing Howard Hughes in The Aviator". */
const IN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:${alternation(WORK_IN_CUES)})(?: (?:as )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3})? in (?:[Tt]he )?$`,
  "u",
);
/** "favourites Million Dollar Baby and …", "Martin Scorsese's The Aviator": a contest noun, or a maker's possessive before "The". */
const CONTEST_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}-])(?:${alternation(WORK_CONTEST_NOUNS)}) (?:The )?|\\p{Lu}[\\p{L}-]*['’]s? The )$`,
  "u",
);
const AWARD_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}-])(?:${alternation(WORK_AWARD_CUES)})|\\b[Bb]est (?:supporting )?(?:${alternation(WORK_CATEGORIES)})) for (?:[Tt]he )?$`,
  "u",
);
/** "The Aviator, starring Leonardo DiCaprio" but not "Foxx, starring in Ray" or "starring as Ray Charles". */
const AFTER = new RegExp(`^(?:,|['’]s)? (?:${alternation(WORK_AFTER_CUES)})\\b(?! (?:in|as)\\b)`, "u");
const APPOSITION = new RegExp(
  `^, (?:${alternation(ARTICLES)}) (?:[\\p{Ll}-]+ ){0,3}(?:${GENRES}) (?:${alternation(WORK_APPOSITION_NEXT)})\\b`,
  "u",
);
const SPEAKS = wordRegex(SPEECH_AFTER_NAME);
const MODIFIES = new RegExp(`^ (?:${GENRES})s?\\b`, "u");
/** What joins two items of a list: ", ", " and ", ", or ", " & ". */
const JOIN = ",? (?:and|or|&) |, ";
const LIST_JOIN_START = new RegExp(`^(?:${JOIN})`),
  LIST_JOIN_END = new RegExp(`(?:${JOIN})(?:The )?$`);

/**
 * Whether `before` ends the way workBefore needs: JOIN, then "The " or nothing. workBefore is searched from every
 * position of 150 characters, so this test, true for few mentions, saves most of its cost; it never changes a match.
 */
export function endsWithJoin(before: string): boolean {
  const s = before.endsWith("The ") ? before.slice(0, -4) : before;
  return s.endsWith(", ") || s.endsWith(" and ") || s.endsWith(" or ") || s.endsWith(" & ");
}

/**
 * Whether `after` starts the way workAfter needs: with JOIN (every one of its forms starts with one of these four).
 * Most mentions are followed by neither, so the title regex is neither run nor, in most articles, compiled.
 */
export function startsWithJoin(after: string): boolean {
  return after.startsWith(", ") || after.startsWith(" and ") || after.startsWith(" or ") || after.startsWith(" & ");
}

const isModel = (c: Cand) => !c.rule.startsWith("lexicon") && c.kind !== "country";

/** What one mention says: a work, a person (a title before it, a speech verb after it), or nothing. */
function cue(text: string, tokens: Token[], c: Cand, aboutWorks: boolean, named: boolean): "work" | "person" | null {
  const start = tokens[c.first]!.start,
    end = c.endChar ?? tokens[c.last]!.end;
  const prev = tokens[c.first - 1],
    next = tokens[c.last + 1];
  if (prev && TITLE_WORDS.has(prev.text.toLowerCase())) return "person";
  if (next && SPEAKS.test(next.text)) return "person";
  const before = text.slice(Math.max(0, start - 60), start),
    after = text.slice(end, end + 80);
  // "the Mike Leigh film", "a Ken Loach drama": the name modifies the work, it is its maker
  if (MODIFIES.test(after)) return null;
  if (GENRE_BEFORE.test(before) || AFTER.test(after) || APPOSITION.test(after)) return "work";
  // weaker cues, only in an article about works and not for an owner ("his role in Enron's collapse"):
  // "a role in Paris" is a place, and awards go to people as well ("best actor for Jamie Foxx")
  if (!aboutWorks || OWNER_AFTER.test(after)) return null;
  if (IN_BEFORE.test(before) && c.kind !== "location") return "work";
  if (AWARD_BEFORE.test(before) && !named) return "work";
  // "Oscar hopeful Sophie Okonedo": contest nouns name people as often as works, so only for names the model did not call people
  if (CONTEST_BEFORE.test(before) && c.kind !== "person") return "work";
  return null;
}

/** The surface of tokens a..b without a leading "The", to compare parts of a fused span with work names. */
const surface = (text: string, tokens: Token[], a: number, b: number) =>
  text.slice(tokens[a]!.start, tokens[b]!.end).replace(/^The /, "");

/**
 * One sense per article: a name with a work cue at one mention and no person cue at any is a work at every mention;
 * names coordinated with a work in a list ("The Aviator, Million Dollar Baby and Sideways") are works too, and a span
 * the model fused across "and" ("Aviator and Million Dollar Baby") goes with its parts.
 */
export function dropWorks(
  text: string,
  tokens: Token[],
  cands: Cand[],
  firstNames: ReadonlyMap<string, Gender>,
): Cand[] {
  const aboutWorks = ABOUT_WORKS.test(text);
  // a person span opening with a known first name ("Tom Jones", "Vera Drake") or whose last word the article also uses
  // alone ("Jamie Foxx" … "Foxx") needs a strong cue of its own
  const lone = new Set(
    cands.filter((c) => c.kind === "person" && c.first === c.last).map((c) => tokens[c.first]!.text),
  );
  const named = (c: Cand) =>
    c.kind === "person" &&
    (firstNames.has(tokens[c.first]!.text) || (c.last > c.first && lone.has(tokens[c.last]!.text)));
  const works = new Set<string>(),
    people = new Set<string>();
  for (const c of cands) {
    if (!isModel(c)) continue;
    const v = cue(text, tokens, c, aboutWorks, named(c));
    if (v === "work") works.add(c.name);
    else if (v === "person") people.add(c.name);
  }
  for (const p of people) works.delete(p);
  if (works.size === 0) return cands;
  // lists: a model span joined to a work's title by commas, "and" or "or" (the title need not be a span: the model
  // often misses some of a list) is a work when the list has an "and" or "or" on one side of it: "Winter Ledger, Paper
  // Saints and The Long Quiet", "The Aviator and Sideways"; not "Directed by Anrik Zolvay, The Return won".
  // an owner is no title in a list ("The Catherine Tate Show and Sacha Baron Cohen's creations")
  const owner = (c: Cand) => APOSTROPHE_AFTER.test(text.slice(c.endChar ?? tokens[c.last]!.end));
  const candidates = cands.filter(
    (c) => isModel(c) && !works.has(c.name) && !people.has(c.name) && !named(c) && !owner(c),
  );
  for (let grew = true; grew && candidates.length > 0;) {
    grew = false;
    // the titles as the round starts (works found during it count from the next round); each regex is compiled
    // the first time a mention passes its test: a new RegExp per article, and most articles never need one
    const titles = alternation(works);
    let workAfter: RegExp | null = null,
      workBefore: RegExp | null = null;
    for (const c of candidates) {
      if (works.has(c.name)) continue;
      const start = tokens[c.first]!.start,
        end = c.endChar ?? tokens[c.last]!.end;
      const before = text.slice(Math.max(0, start - 150), start),
        after = text.slice(end, end + 150);
      const a = startsWithJoin(after)
          ? (workAfter ??= new RegExp(`^(${JOIN})(?:The )?(?:${titles})(?![\\p{L}\\p{N}])`, "u")).exec(after)
          : null,
        b = endsWithJoin(before)
          ? (workBefore ??= new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${titles})(${JOIN})(?:The )?$`, "u")).exec(before)
          : null;
      if (!a && !b) continue;
      const listed = AND_OR.test(a?.[1] ?? b?.[1] ?? "");
      const otherSide = (a && b) || (a ? LIST_JOIN_END.test(before) : LIST_JOIN_START.test(after));
      if (listed || otherSide) {
        works.add(c.name);
        grew = true;
      }
    }
  }
  const fused = (c: Cand) => {
    for (let k = c.first + 1; k < c.last; k++)
      if (
        tokens[k]!.text === "and" &&
        (works.has(surface(text, tokens, c.first, k - 1)) || works.has(surface(text, tokens, k + 1, c.last)))
      )
        return true;
    return false;
  };
  return cands.filter((c) => !(isModel(c) && (works.has(c.name) || fused(c))));
}
