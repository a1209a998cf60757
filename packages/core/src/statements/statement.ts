// One construction site for the record's statements: every field, in one order, and none rewritten after it is built.
import type { Statement } from "../schema/record.ts";
import type { StatementsResult } from "../schema/stages.ts";
import { mapPacked } from "../util/arrays.ts";

type Part = NonNullable<Statement["parts"]>[number];

/**
 * A statement with every field present, `parts` last and undefined when it has none (JSON.stringify leaves it out, so
 * a record's bytes are what they were when `parts` was added later). Rules that change a finished statement make a
 * new one (`restate`) instead of assigning to its fields: V8 treats a field never written after its object was built as
 * constant, and the first rewrite throws away, in every thread, the optimised code of every function that relied on it.
 */
export function statement(s: Statement): Statement {
  return {
    id: s.id,
    kind: s.kind,
    start: s.start,
    end: s.end,
    text: s.text,
    speaker: s.speaker,
    source: s.source,
    cue: s.cue,
    medium: s.medium,
    rule: s.rule,
    speakerRule: s.speakerRule,
    parts: s.parts,
  };
}

/** The fields a rule may change; an absent or undefined one keeps the statement's value (null is a value). */
export type Restatement = Partial<Statement>;

/** A new statement: `st` with the fields of `change` (any small literal; each of its fields is read once). */
export function restate(st: Statement, c: Restatement): Statement {
  return statement({
    id: c.id !== undefined ? c.id : st.id,
    kind: c.kind !== undefined ? c.kind : st.kind,
    start: c.start !== undefined ? c.start : st.start,
    end: c.end !== undefined ? c.end : st.end,
    text: c.text !== undefined ? c.text : st.text,
    speaker: c.speaker !== undefined ? c.speaker : st.speaker,
    source: c.source !== undefined ? c.source : st.source,
    cue: c.cue !== undefined ? c.cue : st.cue,
    medium: c.medium !== undefined ? c.medium : st.medium,
    rule: c.rule !== undefined ? c.rule : st.rule,
    speakerRule: c.speakerRule !== undefined ? c.speakerRule : st.speakerRule,
    parts: c.parts !== undefined ? c.parts : st.parts,
  });
}

/** A part of a statement's content; a new object, never one whose `end` is rewritten (all `{start, end}` share a class). */
export const part = (start: number, end: number): Part => ({ start, end });

/** Statements numbered s1, s2, … in their order, as finish.ts numbers them; only a statement whose id changes is restated. */
export const renumbered = (sts: readonly Statement[]): Statement[] =>
  mapPacked(sts, (s, i) => (s.id === `s${i + 1}` ? s : restate(s, { id: `s${i + 1}` })));

/**
 * `result` with other statements, in the key order `finishStatements` builds: a spread copy (`{ ...result, statements }`)
 * has another hidden class, and the first one met deoptimised each pass after it (`passiveSubjects`, `lateSpans`).
 */
export const withStatements = (result: StatementsResult, statements: Statement[]): StatementsResult => ({
  statements,
  entities: result.entities,
  mentions: result.mentions,
});
