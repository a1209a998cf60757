// Test helpers for the statements stage: hand-built entities over invented names, and a runner.
import { expect } from "vitest";
import type { DocEntities } from "../src/schema/stages.ts";
import type { EntityKind } from "../src/schema/record.ts";
import { entityId } from "../src/entities/ids.ts";
import { segment } from "../src/text/segment.ts";
import { extractStatements, type StatementResources } from "../src/statements/extract.ts";
import { personGenders } from "../src/entities/gender.ts";
import { runToEntities } from "../src/pipeline/pipeline.ts";
import type { Resources } from "../src/pipeline/state.ts";

export type EntSpec = [name: string, kind: EntityKind, aliases?: string[]];

/** Every occurrence of each name or alias becomes a mention of that entity (longest names first, no overlaps); people get
 * the gender the text gives them. */
export function entitiesFor(text: string, specs: EntSpec[]): DocEntities {
  const entities: DocEntities["entities"] = [];
  const mentions: DocEntities["mentions"] = [];
  const surfaces: { s: string; id: string; kind: EntityKind }[] = [];
  for (const [name, kind, aliases = []] of specs) {
    const id = entityId(kind, name);
    entities.push({ id, kind, name, aliases: [name, ...aliases] });
    for (const s of [name, ...aliases]) surfaces.push({ s, id, kind });
  }
  surfaces.sort((a, b) => b.s.length - a.s.length);
  const used: [number, number][] = [];
  for (const { s, id, kind } of surfaces) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      const e = i + s.length;
      if (/[\p{L}]/u.test(text[i - 1] ?? "") || /[\p{L}]/u.test(text[e] ?? "")) continue;
      if (used.some(([a, b]) => a < e && b > i)) continue;
      used.push([i, e]);
      mentions.push({ start: i, end: e, text: s, kind, entity: id });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const ents = { entities, mentions, relations: [] };
  // as the entities stage does: each person the text genders (titles, role nouns, following pronouns)
  const genders = personGenders(text, segment(text), ents);
  for (const e of entities) if (genders.has(e.id)) e.gender = genders.get(e.id)!;
  return ents;
}

/** The statements stage over hand-built entities: rules only, unless `res` hands it models. */
export function run(text: string, specs: EntSpec[] = [], source?: string, res: StatementResources = {}) {
  const doc = { id: "t", text, ...(source ? { source } : {}) };
  return extractStatements(doc, segment(text), entitiesFor(text, specs), { attribution: null, ...res });
}

/** The statements' contents, as `run` finds them. */
export const contentsOf = (text: string, specs: EntSpec[] = [], res: StatementResources = {}): string[] =>
  run(text, specs, undefined, res).statements.map((s) => s.text);

/** The statements stage after the real document stages (NER, entities), with the models `res` holds. */
export function runWhole(text: string, res: Resources & StatementResources) {
  const s = runToEntities({ id: "t", text }, res);
  return extractStatements(s.doc, s.seg, s.ents, res);
}

export const P = (name: string, ...aliases: string[]): EntSpec => [name, "person", aliases];
export const O = (name: string, ...aliases: string[]): EntSpec => [name, "organization", aliases];
export const C = (name: string, ...aliases: string[]): EntSpec => [name, "country", aliases];

/** One expected statement of a table row; source, cue and medium are checked only when given. */
export interface Want {
  kind: "direct" | "mixed" | "indirect";
  text: string;
  speaker: string | null;
  source?: string | null;
  cue?: string | null;
  medium?: string | null;
}

export type Row = [name: string, text: string, ents: EntSpec[], want: Want[]];

/** Run a table row: the statements in order (kind, text, speaker), then each given span, and offsets into the text. */
export function expectStatements(text: string, ents: EntSpec[], want: Want[], source?: string): void {
  const res = run(text, ents, source);
  expect(res.statements.map((s) => ({ kind: s.kind, text: s.text, speaker: s.speaker }))).toEqual(
    want.map((w) => ({ kind: w.kind, text: w.text, speaker: w.speaker })),
  );
  res.statements.forEach((s, i) => {
    const w = want[i]!;
    if (w.source !== undefined) expect(s.source?.text ?? null).toBe(w.source);
    if (w.cue !== undefined) expect(s.cue?.text ?? null).toBe(w.cue);
    if (w.medium !== undefined) expect(s.medium).toBe(w.medium);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.rule).toMatch(/^(direct|mixed|indirect):/);
  });
}
