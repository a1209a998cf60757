// Node attributes: entities merged across documents (aliases, documents, roles, dates) and one node per statement.
import type { Entity } from "../schema/record.ts";
import type { NodeAttributes } from "../schema/graph.ts";
import { keysOf, type Resolution } from "../resolve/resolve.ts";
import type { AbstractGraph } from "graphology-types";
import type { DocSummary, FoldedStatement } from "./accumulate.ts";
import { DayRange } from "./dates.ts";

const LABEL_MAX = 60;
/** every statement node shares this one (frozen, so a push fails loudly): a statement has no aliases */
const NO_ALIASES = Object.freeze([] as string[]) as string[];

/** Add one node per canonical entity key, documents visited in sorted order so lists come out the same every run. */
export function addEntityNodes(g: AbstractGraph, docs: DocSummary[], resolution: Resolution): void {
  // per node: aliases already listed and its day range, so popular nodes do not make merging quadratic
  const aliases = new Map<string, Set<string>>();
  const days = new Map<string, DayRange>();
  for (const d of docs) {
    const id = d.meta.id;
    const key = keysOf(resolution, id);
    d.entities.forEach((e, i) => {
      const k = key(e.id);
      if (resolution.deleted?.has(k)) return; // deleted by a user correction: no node, so no edges either
      const n = d.mentionCounts[i] ?? 0;
      if (!g.hasNode(k)) {
        const node = newEntityNode(e, id, n, resolution.merges.get(k));
        const override = resolution.overrides?.get(k);
        const attrs = override ? { ...node, ...override } : node;
        g.addNode(k, attrs);
        aliases.set(k, new Set(attrs.aliases));
        days.set(k, new DayRange());
      } else {
        const a = g.getNodeAttributes(k) as NodeAttributes;
        a.mentionCount = (a.mentionCount ?? 0) + n;
        // documents come in sorted order, so only the last one can repeat (two entities of one document merged)
        if (a.documents!.at(-1) !== id) a.documents!.push(id);
        const known = aliases.get(k)!;
        for (const al of [e.name, ...e.aliases]) {
          if (known.has(al)) continue;
          known.add(al);
          a.aliases.push(al);
        }
        for (const r of e.roles ?? [])
          if (!a.roles?.some((x) => x.role === r.role && x.at === r.at)) (a.roles ??= []).push({ ...r });
        if (e.iso && !a.iso) a.iso = e.iso;
      }
      days.get(k)!.add(d.day);
    });
  }
  for (const [k, r] of days) {
    const seen = r.attributes();
    if (!seen.firstSeen) continue;
    const a = g.getNodeAttributes(k) as NodeAttributes;
    a.firstSeen = seen.firstSeen;
    a.lastSeen = seen.lastSeen;
  }
}

/**
 * A new entity node with every attribute a later stage sets already in place (undefined until then: the writers and
 * the contract's copy treat that as absent), in one order whatever the entity has, so all entity nodes share one
 * hidden class. Adding sizes, places and metrics to objects of many shapes one at a time cost about 0.45 s of a
 * rebuild's samples (megamorphic stores that grow each object's property store, then garbage).
 */
function newEntityNode(
  e: Entity,
  docId: string,
  mentionCount: number,
  merges: NodeAttributes["merges"] | undefined,
): NodeAttributes {
  const aliases = e.aliases.includes(e.name) ? [...e.aliases] : [e.name, ...e.aliases];
  return {
    kind: e.kind,
    label: e.name,
    aliases,
    x: undefined,
    y: undefined,
    size: undefined,
    color: undefined,
    mentionCount,
    documents: [docId],
    roles: e.roles ? e.roles.map((r) => ({ ...r })) : undefined,
    iso: e.iso ? e.iso : undefined,
    merges,
    weightedDegree: undefined,
    pagerank: undefined,
    community: undefined,
    firstSeen: undefined,
    lastSeen: undefined,
    // not in the contract's known keys: written after them, in this order (as before)
    country: e.country ? e.country : undefined,
    rules: e.rules ? [...e.rules] : undefined,
  };
}

/** A statement node: its words, span, cue, rule, evidence sentence and its document's date (raw, and as a day). */
export function statementNode(d: Pick<DocSummary, "meta" | "day">, s: FoldedStatement): NodeAttributes {
  const date = d.day ?? d.meta.date;
  const text = withinEvidence(s);
  return {
    kind: "statement",
    label: shorten(text),
    aliases: NO_ALIASES,
    text,
    quoteKind: s.kind,
    document: d.meta.id,
    start: s.start,
    end: s.end,
    ...(s.cue ? { cue: s.cue } : {}),
    ...(date ? { date } : {}),
    ...(s.parts ? { parts: s.parts } : {}),
    ...(d.day ? { firstSeen: d.day, lastSeen: d.day } : {}),
    ...(s.evidence ?? {}),
    ...(s.rule ? { rule: s.rule } : {}),
    ...(s.speakerRule ? { speakerRule: s.speakerRule } : {}),
  };
}

/** The label: one line, at most LABEL_MAX characters; the text itself (no copy) when it already is one. */
function shorten(s: string): string {
  if (s.length <= LABEL_MAX && !/\s\s|[^\S ]|^\s|\s$/.test(s)) return s;
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > LABEL_MAX ? one.slice(0, LABEL_MAX - 1) + "…" : one;
}

/**
 * The statement's text as a view into its evidence sentence when it is a verbatim part of it (V8 then keeps one
 * string, not two: statements are most of a big graph's memory); the text as given otherwise.
 */
function withinEvidence(s: FoldedStatement): string {
  const ev = s.evidence;
  if (!ev) return s.text;
  const at = ev.evidenceStart;
  return ev.evidence.startsWith(s.text, at) ? ev.evidence.slice(at, at + s.text.length) : s.text;
}
