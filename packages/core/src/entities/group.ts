// Stage `entities`: group raw mentions into document entities. Placeholder: one entity per distinct string (issue 6).
import type { DocEntities, Document, RawMention, Resources, Segmentation } from "../pipeline/types.ts";
import type { EntityKind } from "../schema/record.ts";
import { entityId } from "./ids.ts";

const KIND: Record<string, EntityKind> = { PER: "person", ORG: "organization", LOC: "location", MISC: "location" };

export function groupEntities(_doc: Document, _seg: Segmentation, raw: RawMention[], _res: Resources): DocEntities {
  const entities = new Map<string, DocEntities["entities"][number]>();
  const mentions: DocEntities["mentions"] = [];
  for (const m of raw) {
    const kind = KIND[m.label]!;
    const id = entityId(kind, m.text);
    if (!entities.has(id)) entities.set(id, { id, kind, name: m.text, aliases: [m.text] });
    mentions.push({ start: m.start, end: m.end, text: m.text, kind, entity: id, rule: m.rule });
  }
  return { entities: [...entities.values()], mentions, relations: [] };
}
