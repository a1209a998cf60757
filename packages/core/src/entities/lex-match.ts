// What a lexicon match names in its context: a country, a capital as a place or as its government, an organisation, or part of a longer name.
import type { Token } from "../schema/stages.ts";
import type { Lexicon } from "./lexicon/index.ts";
import { fullCand, type Cand, type CandExtra } from "./cand.ts";
import { isCap, type LexMatch } from "./scan.ts";
import { capitalIsPlace, georgiaIsState, isPossessive } from "./context.ts";
import { isTitle } from "./shapes.ts";
import { COMMON_ACRONYMS } from "./lexicon/shape-words.ts";
import { PREV_OK } from "./lexicon/name-words.ts";

// compiled once (a regex literal in a function is a new RegExp object each time it runs)
const SENTENCE_PUNCT = /^[.!?"“”'‘’]$/;
const HAS_PUNCT = /[.!?"“”'‘’,]/;

const NO_EXTRA: CandExtra = {};

/** Decide what a lexicon match names here, or null when the context says it is part of something else. */
export function typeLexMatch(
  text: string,
  tokens: Token[],
  m: LexMatch,
  lex: Lexicon,
  prevPlace: { at: number | null },
): Cand | null {
  const by = (k: string) => m.hits.find((h) => h.kind === k);
  const at = (kind: Cand["kind"], name: string, rule: string, extra: CandExtra = NO_EXTRA) =>
    fullCand(m.first, m.last, kind, name, extra.iso, extra.country, extra.org, extra.outlet, rule, m.endChar);
  // neighbours only count when on the same line with one space between ("Savannah\nTBILISI —" is not a name)
  const near = (t: Token | undefined, a: Token, after: boolean) =>
    t && text.slice(after ? a.end : t.end, after ? t.start : a.start) === " " ? t : undefined;
  const prev = near(tokens[m.first - 1], tokens[m.first]!, false),
    next = near(tokens[m.last + 1], tokens[m.last]!, true);
  const org = by("org");
  if (org) {
    if (org.name === "X" && m.first === m.last && prev?.text !== "on") return null;
    return at("organization", org.name, "lexicon:org", {
      org: org.org!,
      iso: org.iso ? org.iso : undefined,
      outlet: org.org!.outlet ? true : undefined,
    });
  }
  const seat = by("seat");
  if (seat) return at("country", seat.name, "lexicon:seat-of-government", { iso: seat.iso! });
  const country = by("country"),
    state = by("usstate");
  if (country && state && georgiaIsState(tokens, m.first, m.last))
    return at("location", state.name, "lexicon:us-state", { country: "US" });
  if (country) {
    // "Chad Smith", "Michael Jordan": a country name glued to another capitalised word is part of a name
    // ... but not to an acronym of a thing: "US TV networks", "UK PC sales"
    const glued =
      (isCap(next) && !isTitle(next) && !isPossessive(next) && !COMMON_ACRONYMS.has(next!.text)) ||
      (isCap(prev) &&
        !isTitle(prev) &&
        !PREV_OK.has(prev!.text) &&
        m.first > 0 &&
        !SENTENCE_PUNCT.test(prev!.text) &&
        m.hits.length === 1 &&
        m.first === m.last &&
        !lex.byFirst.has(prev!.text));
    if (glued && m.first === m.last) return null;
    return at("country", country.name, "lexicon:country", { iso: country.iso! });
  }
  if (state) return at("location", state.name, "lexicon:us-state", { country: "US" });
  const dem = by("demonym");
  if (dem) return at("country", dem.name, "lexicon:demonym", { iso: dem.iso! });
  const cap = by("capital");
  if (cap) {
    if (isCap(next) && !isPossessive(next) && !isTitle(next)) return null; // "Washington Irving"
    if (isCap(prev) && m.first > 0 && !HAS_PUNCT.test(prev!.text) && !isTitle(prev) && !PREV_OK.has(prev!.text))
      return null; // "Denzel Washington"
    if (capitalIsPlace(tokens, m.first, m.last, prevPlace.at)) {
      prevPlace.at = m.last;
      return at("location", cap.name, "lexicon:capital-place", { country: cap.iso! });
    }
    if (cap.agentOrg) {
      const o = lex.orgs.get(cap.agentOrg)!;
      return at("organization", o.name, "lexicon:capital-as-agent", { org: o });
    }
    const c = lex.countries.get(cap.iso!)!;
    return at("country", c.name, "lexicon:capital-as-agent", { iso: c.iso });
  }
  const region = by("region");
  if (region) return at("location", region.name, "lexicon:region");
  const place = by("place");
  if (place) return at("location", place.name, "lexicon:place", { country: place.iso! });
  return null;
}
