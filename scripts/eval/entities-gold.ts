// Gold annotations for the sample articles (data/gold/*.json) and the scores eval:entities reports against them.
import { z } from "zod";
import { EntityKind, type ExtractionRecord } from "../../packages/core/src/schema/record.ts";
import type { Resolution } from "../../packages/core/src/resolve/resolve.ts";
import { norm } from "../../packages/core/src/entities/names.ts";

export const GoldEntity = z.object({
  /** cluster id, shared by every document that names the same real-world entity */
  id: z.string(),
  kind: EntityKind,
  /** surface strings of its mentions in this document (any one may be the system's name or alias) */
  mentions: z.array(z.string()).min(1),
  /** counted neither as missed nor as spurious */
  optional: z.boolean().optional(),
});
export const GoldAffiliation = z.object({
  person: z.string(),
  target: z.string(),
  role: z.string().optional(),
  former: z.boolean().optional(),
  optional: z.boolean().optional(),
});
/** A string that must name no entity of any kind: a vessel, product, work or event, a bare head noun, a fused coordination. */
export const GoldJunk = z.object({
  text: z.string(),
  what: z.enum(["vessel", "product", "work", "event", "head-noun", "coordination"]),
});
export const GoldDocument = z.object({
  doc: z.string(),
  entities: z.array(GoldEntity),
  affiliations: z.array(GoldAffiliation),
  junk: z.array(GoldJunk).optional(),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

export interface PR {
  tp: number;
  fp: number;
  fn: number;
}
export const prf = (c: PR) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1,
    r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface EntityScores {
  byKind: Record<string, PR>;
  affiliations: PR;
  /** B-cubed over (document, gold entity) items found by the system */
  bcubed: { p: number; r: number; f: number };
  /** gold entities (not optional) the system names with some entity, and how many of those have the gold kind */
  typed: { found: number; correct: number };
  /** system entities named by a gold junk string */
  junk: number;
  errors: string[];
}

/** Align system entities to gold ones (same kind, a shared surface string) and score. */
export function scoreEntities(gold: GoldDocument[], records: ExtractionRecord[], resolution: Resolution): EntityScores {
  const byKind: Record<string, PR> = {};
  const aff: PR = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  const items: { gold: string; sys: string }[] = [];
  const typed = { found: 0, correct: 0 };
  let junk = 0;
  const recs = new Map(records.map((r) => [r.id, r]));
  for (const g of gold) {
    const rec = recs.get(g.doc);
    if (!rec) {
      errors.push(`${g.doc}: no extraction record`);
      continue;
    }
    const sysToGold = new Map<string, string>();
    for (const e of rec.entities) {
      const forms = new Set([e.name, ...e.aliases].map(norm));
      const match =
        g.entities.find((ge) => ge.kind === e.kind && ge.mentions.some((m) => forms.has(norm(m)))) ??
        g.entities.find((ge) => ge.optional && ge.mentions.some((m) => forms.has(norm(m))));
      const pr = (byKind[e.kind] ??= { tp: 0, fp: 0, fn: 0 });
      if (!match) {
        pr.fp++;
        errors.push(`${g.doc}: spurious ${e.kind} "${e.name}"`);
      } else if (!sysToGold.has(e.id) && ![...sysToGold.values()].includes(match.id)) sysToGold.set(e.id, match.id);
      else if (!match.optional && [...sysToGold.values()].includes(match.id) && !sysToGold.has(e.id)) {
        pr.fp++;
        errors.push(`${g.doc}: "${e.name}" duplicates ${match.id}`);
      }
    }
    const formsOf = rec.entities.map((e) => ({ e, forms: new Set([e.name, ...e.aliases].map(norm)) }));
    for (const ge of g.entities) {
      if (ge.optional) continue;
      const named = formsOf.filter((x) => ge.mentions.some((m) => x.forms.has(norm(m))));
      if (named.length === 0) continue;
      typed.found++;
      if (named.some((x) => x.e.kind === ge.kind)) typed.correct++;
      else errors.push(`${g.doc}: ${ge.id} typed ${named.map((x) => x.e.kind).join("/")}, gold ${ge.kind}`);
    }
    for (const j of g.junk ?? []) {
      for (const x of formsOf)
        if (x.forms.has(norm(j.text))) {
          junk++;
          errors.push(`${g.doc}: junk ${j.what} entity ${x.e.id}`);
        }
    }
    const found = new Set(sysToGold.values());
    for (const ge of g.entities) {
      if (ge.optional) continue;
      const pr = (byKind[ge.kind] ??= { tp: 0, fp: 0, fn: 0 });
      if (found.has(ge.id)) pr.tp++;
      else {
        pr.fn++;
        errors.push(`${g.doc}: missed ${ge.kind} ${ge.id}`);
      }
    }
    for (const [sys, gid] of sysToGold)
      if (!g.entities.find((x) => x.id === gid)?.optional)
        items.push({ gold: gid, sys: resolution.canonical(g.doc, sys) });
    const sysAff = new Set(
      rec.relations
        .filter((r) => r.kind === "affiliated_with")
        .map((r) => `${sysToGold.get(r.source)}|${sysToGold.get(r.target)}`),
    );
    const goldAff = new Set(g.affiliations.map((a) => `${a.person}|${a.target}`));
    const optional = new Set(g.affiliations.filter((a) => a.optional).map((a) => `${a.person}|${a.target}`));
    for (const k of sysAff)
      if (goldAff.has(k)) {
        if (!optional.has(k)) aff.tp++;
      } else if (!optional.has(k)) {
        aff.fp++;
        errors.push(`${g.doc}: spurious affiliation ${k}`);
      }
    for (const k of goldAff)
      if (!sysAff.has(k) && !optional.has(k)) {
        aff.fn++;
        errors.push(`${g.doc}: missed affiliation ${k}`);
      }
  }
  return { byKind, affiliations: aff, bcubed: bcubed(items), typed, junk, errors };
}

function bcubed(items: { gold: string; sys: string }[]): { p: number; r: number; f: number } {
  if (items.length === 0) return { p: 1, r: 1, f: 1 };
  const count = (f: (x: { gold: string; sys: string }) => string) => {
    const m = new Map<string, number>();
    for (const x of items) m.set(f(x), (m.get(f(x)) ?? 0) + 1);
    return m;
  };
  const g = count((x) => x.gold),
    s = count((x) => x.sys),
    both = count((x) => `${x.gold}\u0000${x.sys}`);
  let p = 0,
    r = 0;
  for (const x of items) {
    const b = both.get(`${x.gold}\u0000${x.sys}`)!;
    p += b / s.get(x.sys)!;
    r += b / g.get(x.gold)!;
  }
  p /= items.length;
  r /= items.length;
  return { p, r, f: (2 * p * r) / (p + r) };
}
