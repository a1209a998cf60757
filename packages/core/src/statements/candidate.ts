// Statement candidates in one hidden class: every one made by `candidate()` or copied by `recandidate()`, never rewritten.
import type { QuoteKind } from "../schema/record.ts";
import type { SourceSpan } from "./source.ts";

/** A statement candidate of the rules, before the settle. */
export interface Candidate {
  kind: QuoteKind;
  /** content characters */
  start: number;
  end: number;
  /** cue token range, inclusive */
  cue: [number, number] | null;
  source: SourceSpan | null;
  rule: string;
  /** the speaker is the previous statement's (participles, continuations) */
  inherit: boolean;
  /** token range after the cue where an outlet or platform may be named */
  mediumFrom: [number, number] | null;
  /** direct quotes win over clauses when spans collide */
  priority: number;
  /** the range this candidate blocks for others: a direct quote blocks its marks too */
  claim?: [number, number];
  /** a quote this frame takes instead when its own is already claimed ("“A,” she said. “B”" after "scolded him: “A”") */
  alt?: number;
}

/** The fields a rule may change; an absent or undefined one keeps the candidate's value (null is a value). */
export type Recandidate = Partial<Candidate>;

/** What a frame rule hands the content finders (`clauseCandidate`, `directCandidate`): the candidate without its span. */
export type CandidateBase = Omit<Candidate, "kind" | "start" | "end">;

/**
 * A new candidate with every field in one order (`claim` and `alt` undefined when absent). Candidates used to come from
 * some twenty literals and spreads with about ten key orders (`{ kind, start, end, ...base, rule }`, `{ …, rule,
 * inherit, … }`), so every function after `settle` met several hidden classes and was deoptimised ("wrong map") and
 * compiled again by TurboFan, in each thread. `c` may be a literal of any key order: only the copy lives on.
 */
export function candidate(c: Candidate): Candidate {
  return {
    kind: c.kind,
    start: c.start,
    end: c.end,
    cue: c.cue,
    source: c.source,
    rule: c.rule,
    inherit: c.inherit,
    mediumFrom: c.mediumFrom,
    priority: c.priority,
    claim: c.claim,
    alt: c.alt,
  };
}

/** The tagger's candidate over characters [s, e): priority 3, blocking its own span, its rule `<kind>:<name>`. */
export function modelCandidate(
  kind: Candidate["kind"],
  s: number,
  e: number,
  cue: Candidate["cue"],
  source: Candidate["source"],
  name: string,
): Candidate {
  return candidate({
    kind,
    start: s,
    end: e,
    cue,
    source,
    rule: `${kind}:${name}`,
    inherit: false,
    mediumFrom: null,
    priority: 3,
    claim: [s, e],
  });
}

/**
 * `c` with the fields of `change`, as a new object with every field (`claim` and `alt` undefined when absent). A copy
 * made as `{ ...c, source }` or `Object.assign({}, c, { end })` writes the changed fields twice, and V8 then marks them
 * mutable in `c`'s hidden class: the first such write throws away, in every thread, the optimised code of every
 * function that had relied on the field staying as built (`findCandidates`, `quoteAfter`, `cueCode`, … in the trace).
 */
export function recandidate(c: Candidate, change: Recandidate): Candidate {
  return {
    kind: change.kind !== undefined ? change.kind : c.kind,
    start: change.start !== undefined ? change.start : c.start,
    end: change.end !== undefined ? change.end : c.end,
    cue: change.cue !== undefined ? change.cue : c.cue,
    source: change.source !== undefined ? change.source : c.source,
    rule: change.rule !== undefined ? change.rule : c.rule,
    inherit: change.inherit !== undefined ? change.inherit : c.inherit,
    mediumFrom: change.mediumFrom !== undefined ? change.mediumFrom : c.mediumFrom,
    priority: change.priority !== undefined ? change.priority : c.priority,
    claim: change.claim !== undefined ? change.claim : c.claim,
    alt: change.alt !== undefined ? change.alt : c.alt,
  };
}
