// A tagged clause built by hand for the source chooser's tests: its context, its candidate and the entities' mentions.
import { segment } from "../../src/text/segment.ts";
import { buildContext } from "../../src/statements/context.ts";
import type { Candidate } from "../../src/statements/clause.ts";
import { entitiesFor, P } from "../statements-helpers.ts";

export const CHOOSER_ENTS = [P("Ann Vale", "Vale"), P("Ivo Reyl", "Reyl")];

/**
 * A tagged clause by hand: cue `told`, content from "the levy" to the full stop, source the word `source` names
 * (by default "Ann Vale told the board on Friday that the levy will fall", source `Friday`: not beside its cue).
 */
export function chooserSite(
  text = "Ann Vale told the board on Friday that the levy will fall.",
  source: string | null = "Friday",
) {
  const seg = segment(text);
  const ctx = buildContext(text, seg);
  const at = (w: string) => seg.tokens.findIndex((t) => t.text === w);
  const cand: Candidate = {
    kind: "indirect",
    start: text.indexOf("the levy"),
    end: text.indexOf("."),
    cue: [at("told"), at("told")],
    source: source === null ? null : { first: at(source), last: at(source), pronoun: false },
    rule: "indirect:model",
    inherit: false,
    mediumFrom: null,
    priority: 2,
  };
  return { text, ctx, cand, mentions: entitiesFor(text, CHOOSER_ENTS).mentions, at };
}
