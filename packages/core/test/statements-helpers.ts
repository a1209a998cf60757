// Test helpers for the statements stage: hand-built entities over invented names, and a runner.
import type { DocEntities } from "../src/pipeline/types.ts";
import type { EntityKind } from "../src/schema/record.ts";
import { entityId } from "../src/entities/ids.ts";
import { segment } from "../src/text/segment.ts";
import { extractStatements } from "../src/statements/extract.ts";

export type EntSpec = [name: string, kind: EntityKind, aliases?: string[]];

/** Every occurrence of each name or alias becomes a mention of that entity (longest names first, no overlaps). */
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
  return { entities, mentions, relations: [] };
}

export function run(text: string, specs: EntSpec[] = [], source?: string) {
  const doc = { id: "t", text, ...(source ? { source } : {}) };
  return extractStatements(doc, segment(text), entitiesFor(text, specs), { ner: null, lexicon: null });
}
