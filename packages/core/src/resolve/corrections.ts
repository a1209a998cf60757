// The user's corrections applied to a resolution: pure and deterministic (the file's schema is ../schema/corrections.ts).
import type { Entity, EntityKind } from "../schema/record.ts";
import type { Corrections } from "../schema/corrections.ts";
import { slug } from "../entities/ids.ts";

/** One entity of one document, with the node key resolution gave it. */
export interface ResolvedItem {
  doc: string;
  entity: Entity;
  key: string;
}

export interface AppliedCorrections {
  deleted: Set<string>;
  overrides: Map<string, { label?: string; kind?: EntityKind }>;
  merges: Map<string, { rule: string; from: string }[]>;
  warnings: string[];
}

/**
 * Apply corrections in a fixed order (split, merge, rename, retype, delete) by rewriting item keys in place.
 * Ids match a node key or any record entity id, so corrections survive re-extraction. Unknown ids are warnings.
 */
export function applyCorrections(items: ResolvedItem[], c: Corrections): AppliedCorrections {
  const out: AppliedCorrections = { deleted: new Set(), overrides: new Map(), merges: new Map(), warnings: [] };
  const select = (id: string, what: string): ResolvedItem[] => {
    const hit = items.filter((it) => it.key === id || it.entity.id === id);
    if (hit.length === 0)
      out.warnings.push(`newsgraph/corrections: ${what}: unknown entity "${id}" (check the id in graph.json; ignored)`);
    return hit;
  };
  const note = (key: string, rule: string, from: string) =>
    out.merges.set(key, [...(out.merges.get(key) ?? []), { rule, from }]);
  for (const s of c.split) {
    const group = select(s.entity, "split");
    if (group.length === 0) continue;
    const key = s.as ?? `${group[0]!.key}~${slug((s.documents ?? s.aliases ?? [])[0] ?? "split")}`;
    const docs = new Set(s.documents ?? []),
      aliases = new Set(s.aliases ?? []);
    const moved = group.filter(
      (it) => docs.has(it.doc) || it.entity.aliases.some((a) => aliases.has(a)) || aliases.has(it.entity.name),
    );
    if (moved.length === 0)
      out.warnings.push(
        `newsgraph/corrections: split: "${s.entity}" has none of the given documents/aliases (ignored)`,
      );
    for (const it of moved) it.key = key;
    if (moved.length > 0) out.overrides.set(key, { label: s.label ?? moved[0]!.entity.name });
  }
  for (const m of c.merge) {
    const into = select(m.into, "merge");
    if (into.length === 0) continue;
    const key = into[0]!.key;
    for (const f of m.from) {
      for (const it of select(f, "merge")) {
        if (it.key !== key) note(key, "correction:merge", it.entity.id);
        it.key = key;
      }
    }
  }
  for (const r of c.rename)
    for (const it of select(r.entity, "rename"))
      out.overrides.set(it.key, { ...out.overrides.get(it.key), label: r.label });
  for (const r of c.retype)
    for (const it of select(r.entity, "retype"))
      out.overrides.set(it.key, { ...out.overrides.get(it.key), kind: r.kind });
  for (const d of c.delete) {
    const docs = d.documents ? new Set(d.documents) : null;
    for (const it of select(d.entity, "delete")) {
      if (docs && !docs.has(it.doc)) continue;
      if (docs) it.key = `${it.key}~deleted`;
      out.deleted.add(it.key);
    }
  }
  return out;
}
