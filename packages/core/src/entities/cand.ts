// A candidate entity span before grouping: what candidates.ts finds and spans.ts repairs (its own module, so neither imports the other).
import type { EntityKind } from "../schema/record.ts";
import type { OrgInfo } from "./lexicon/orgs.ts";

/**
 * Every field is always present (undefined when it does not apply) and every candidate is made by `cand` or `recand`,
 * so all candidates share one V8 hidden class. Object literals with varying keys gave the entity stage a dozen shapes,
 * and `{ ...base, kind }` (a spread followed by a new key) a fresh hidden class for every object in Node 20's V8: the
 * stage rules then met new shapes for thousands of articles and were deoptimised and recompiled again and again.
 */
export interface Cand {
  /** token indices, inclusive */
  first: number;
  last: number;
  kind: EntityKind;
  /** canonical entity name */
  name: string;
  iso: string | undefined;
  /** for a location: ISO code of its country */
  country: string | undefined;
  org: OrgInfo | undefined;
  outlet: boolean | undefined;
  rule: string;
  /** the mention ends inside its last token ("UN" of "UN-led") */
  endChar: number | undefined;
}

/** The fields a candidate may carry besides its span, kind, name and rule. */
export interface CandExtra {
  iso?: string | undefined;
  country?: string | undefined;
  org?: OrgInfo | undefined;
  outlet?: boolean | undefined;
  endChar?: number | undefined;
}

const NONE: CandExtra = {};

/** Every field, in the interface's order (the lexicon scan's hot path, with no options object in between). */
export function fullCand(
  first: number,
  last: number,
  kind: EntityKind,
  name: string,
  iso: string | undefined,
  country: string | undefined,
  org: OrgInfo | undefined,
  outlet: boolean | undefined,
  rule: string,
  endChar: number | undefined,
): Cand {
  return { first, last, kind, name, iso, country, org, outlet, rule, endChar };
}

export function cand(
  first: number,
  last: number,
  kind: EntityKind,
  name: string,
  rule: string,
  extra: CandExtra = NONE,
): Cand {
  return fullCand(first, last, kind, name, extra.iso, extra.country, extra.org, extra.outlet, rule, extra.endChar);
}

/** A copy of `c` with some of its fields changed: `{ ...c, … }` without the spread (see above). */
export function recand(c: Cand, change: Partial<Cand>): Cand {
  return fullCand(
    change.first ?? c.first,
    change.last ?? c.last,
    change.kind ?? c.kind,
    change.name ?? c.name,
    "iso" in change ? change.iso : c.iso,
    "country" in change ? change.country : c.country,
    "org" in change ? change.org : c.org,
    "outlet" in change ? change.outlet : c.outlet,
    change.rule ?? c.rule,
    "endChar" in change ? change.endChar : c.endChar,
  );
}

/** The candidate comes from the NER model's span, not from the lexicon: the span repairs only touch those. */
export const fromModel = (c: Cand) => !c.rule.startsWith("lexicon");

/** Token indices some candidate covers. */
export function coveredTokens(cands: Cand[]): Set<number> {
  const s = new Set<number>();
  for (const c of cands) for (let i = c.first; i <= c.last; i++) s.add(i);
  return s;
}
