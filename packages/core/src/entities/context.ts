// Reading the words around a mention: capitals as agents or places, Georgia the country or the US state.
import type { Token } from "../schema/stages.ts";
import { PLACES, US_STATE_CUES } from "./lexicon/places.ts";
import { PLACE_PREPS } from "./lexicon/function-words.ts";
import { allUpper } from "../util/letters.ts";

const DASHES = new Set(["—", "–", "-", "--"]);
const POSSESSIVE = /^['’][sS]$/;

export function isPossessive(t: Token | undefined): boolean {
  return !!t && POSSESSIVE.test(t.text);
}

/**
 * A capital acts for its state when it is a subject or possessor ("Moscow said", "Moscow's position", "blaming Kyiv");
 * it is a place after a locative preposition, in a dateline, or in apposition to "the capital".
 */
export function capitalIsPlace(tokens: Token[], first: number, last: number, prevPlace: number | null): boolean {
  const next = tokens[last + 1];
  const word = tokens[first]!.text;
  if (isPossessive(next)) return false;
  if (next && DASHES.has(next.text) && allUpper(word)) return true; // dateline "KYIV —"
  const prev = tokens[first - 1];
  if (!prev) return false;
  const p = prev.text.toLowerCase();
  if (PLACE_PREPS.has(p)) return true;
  if (p === "," && tokens[first - 2]?.text.toLowerCase() === "capital") return true;
  // "to Chisinau and Bucharest": a conjunct of a place is a place
  if ((p === "and" || p === "or") && prevPlace !== null && prevPlace === first - 2) return true;
  return false;
}

/** "Georgia" is the US state after "state of", after a US city ("Savannah, Georgia"), or next to a US political cue. */
export function georgiaIsState(tokens: Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1]?.text,
    prev2 = tokens[first - 2]?.text;
  if (prev?.toLowerCase() === "of" && prev2?.toLowerCase() === "state") return true;
  if (prev === "," && prev2 && PLACES[prev2] === "US") return true;
  for (let i = Math.max(0, first - 4); i <= Math.min(tokens.length - 1, last + 3); i++) {
    if (i >= first && i <= last) continue;
    const t = tokens[i]!.text;
    if (US_STATE_CUES.has(t) && t !== "state") return true;
  }
  return false;
}
