// Stage `graph`: merge extraction records into one graphology graph, following the graph contract.
import Graph from "graphology";
import type { Entity, ExtractionRecord, Statement } from "../schema/record.ts";
import type { EdgeAttributes, NodeAttributes } from "../schema/graph.ts";
import type { Resolution } from "../resolve/resolve.ts";
import { EvidenceFinder, type Evidence } from "./evidence.ts";
import { colorForKind, sizeForDegree } from "./style.ts";
import { seedPositions } from "./layout.ts";
import { compareStrings } from "./attributes.ts";

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes>;

export interface BuildGraphOptions {
  /** document id -> its text, for evidence sentences; a record's own `text` is used when present */
  texts?: ReadonlyMap<string, string>;
}

const LABEL_MAX = 60;
/** An outlet mention farther than this from the quote stays out of its evidence (it would pull in whole paragraphs). */
const NEAR = 300;

/** Statement node key: unique per document and statement id. */
export function statementKey(docId: string, statementId: string): string {
  return `statement:${docId}#${statementId}`;
}

export function buildGraph(records: ExtractionRecord[], resolution: Resolution, opts: BuildGraphOptions = {}): NewsGraph {
  const g: NewsGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const sorted = [...records].sort((a, b) => compareStrings(a.id, b.id));
  let edgeCount = 0;
  // per node: documents and aliases already listed, so popular nodes do not make merging quadratic
  const seen = new Map<string, Set<string>>();
  // explicit sequential keys: graphology's generated keys differ between processes
  const addEdge = (s: string, t: string, attrs: EdgeAttributes) => {
    if (s === t || !g.hasNode(s) || !g.hasNode(t)) return;
    g.addEdgeWithKey(`e${edgeCount++}`, s, t, attrs);
  };
  for (const rec of sorted) {
    const key = (id: string) => resolution.canonical(rec.id, id);
    const text = rec.text ?? opts.texts?.get(rec.id);
    const finder = text !== undefined && (rec.statements.length > 0 || rec.relations.length > 0) ? new EvidenceFinder(text) : null;
    const withEvidence = <T extends { start: number; end: number }>(a: T): T & Partial<Evidence> => {
      const ev = finder?.find(a.start, a.end);
      return ev ? { ...a, ...ev } : a;
    };
    addEntities(g, rec, key, resolution, seen);
    for (const s of rec.statements) {
      const sk = statementKey(rec.id, s.id);
      const medium = s.medium ? mediumMention(rec, s) : undefined;
      // the statement's evidence covers speaker, cue and outlet, so the edges to and from it need none of their own
      const near = medium && Math.min(Math.abs(medium.start - s.end), Math.abs(s.start - medium.end)) <= NEAR ? medium : undefined;
      const ev = finder?.find(s.start, s.end, [s.source, s.cue, near]);
      g.addNode(sk, {
        kind: "statement", label: shorten(s.text), aliases: [],
        text: s.text, quoteKind: s.kind, document: rec.id, start: s.start, end: s.end,
        ...(s.cue ? { cue: s.cue.text } : {}), ...(rec.date ? { date: rec.date } : {}), ...(s.parts ? { parts: s.parts } : {}),
        ...(ev ?? {}),
        ...(s.rule ? { rule: s.rule } : {}), ...(s.speakerRule ? { speakerRule: s.speakerRule } : {}),
      });
      const base = { document: rec.id, start: s.start, end: s.end };
      if (s.speaker) {
        const span = s.source ?? s.cue ?? s;
        addEdge(key(s.speaker), sk, { kind: "said", ...base, start: span.start, end: span.end, ...(s.speakerRule ? { rule: s.speakerRule } : {}) });
      }
      if (s.medium) addEdge(sk, key(s.medium), { kind: mediumEdgeKind(s), ...base, ...(medium ? { start: medium.start, end: medium.end } : {}) });
      const seen = new Set<string>();
      for (const m of rec.mentions) {
        // a quote interrupted by its attribution: the speaker named between its parts is no mention inside it
        if (m.start < s.start || m.end > s.end || (s.parts && !s.parts.some((p) => m.start >= p.start && m.end <= p.end))) continue;
        const target = key(m.entity);
        if (seen.has(target)) continue;
        seen.add(target);
        addEdge(sk, target, { kind: "mentions", document: rec.id, start: m.start, end: m.end });
      }
    }
    for (const r of rec.relations) {
      addEdge(key(r.source), key(r.target), {
        kind: r.kind, ...withEvidence({ document: rec.id, start: r.start, end: r.end }),
        ...(r.role ? { role: r.role } : {}), ...(r.former !== undefined ? { former: r.former } : {}), ...(r.rule ? { rule: r.rule } : {}),
      });
    }
  }
  finishNodes(g);
  g.setAttribute("documents", documentTable(sorted));
  if (resolution.warnings?.length) g.setAttribute("warnings", [...resolution.warnings]);
  return g;
}

function addEntities(g: NewsGraph, rec: ExtractionRecord, key: (id: string) => string, resolution: Resolution, seen: Map<string, Set<string>>): void {
  const counts = new Map<string, number>();
  for (const m of rec.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  for (const e of rec.entities) {
    const k = key(e.id);
    if (resolution.deleted?.has(k)) continue; // deleted by a user correction: no node, so no edges either
    const n = counts.get(e.id) ?? 0;
    if (!g.hasNode(k)) {
      const attrs = { ...newEntityNode(e, rec.id, n), ...resolution.overrides?.get(k) };
      g.addNode(k, attrs);
      seen.set(k, new Set([...attrs.aliases.map((a) => `a:${a}`), `d:${rec.id}`]));
      const merges = resolution.merges.get(k);
      if (merges) g.setNodeAttribute(k, "merges", merges);
      continue;
    }
    const a = g.getNodeAttributes(k);
    a.mentionCount = (a.mentionCount ?? 0) + n;
    const known = seen.get(k)!;
    if (!known.has(`d:${rec.id}`)) {
      known.add(`d:${rec.id}`);
      a.documents!.push(rec.id);
    }
    for (const al of [e.name, ...e.aliases]) {
      if (known.has(`a:${al}`)) continue;
      known.add(`a:${al}`);
      a.aliases.push(al);
    }
    for (const r of e.roles ?? []) if (!a.roles?.some((x) => x.role === r.role && x.at === r.at)) (a.roles ??= []).push(r);
    if (e.iso && !a.iso) a.iso = e.iso;
  }
}

function newEntityNode(e: Entity, docId: string, mentionCount: number): NodeAttributes {
  const aliases = e.aliases.includes(e.name) ? [...e.aliases] : [e.name, ...e.aliases];
  return {
    kind: e.kind, label: e.name, aliases, mentionCount, documents: [docId],
    ...(e.iso ? { iso: e.iso } : {}), ...(e.roles ? { roles: e.roles.map((r) => ({ ...r })) } : {}),
    ...(e.country ? { country: e.country } : {}), ...(e.rules ? { rules: [...e.rules] } : {}),
  };
}

/** "told Fox News" is a `told` edge; "in a post on X", "said on CNN" are `via`. */
function mediumEdgeKind(s: Statement): "told" | "via" {
  return s.cue && /\btold\b/i.test(s.cue.text) ? "told" : "via";
}

/** The mention naming the statement's medium, nearest to the cue (or the statement) — the edge's evidence. */
function mediumMention(rec: ExtractionRecord, s: Statement) {
  const anchor = s.cue?.end ?? s.end;
  let best: ExtractionRecord["mentions"][number] | undefined;
  for (const m of rec.mentions) {
    if (m.entity !== s.medium) continue;
    if (!best || Math.abs(m.start - anchor) < Math.abs(best.start - anchor)) best = m;
  }
  return best;
}

/** Sizes from degree, colours per kind, sorted lists, seeded positions: the parts that need the whole graph. */
function finishNodes(g: NewsGraph): void {
  g.updateEachNodeAttributes((k, a) => {
    const out: NodeAttributes = { ...a, size: sizeForDegree(g.degree(k)), color: colorForKind(a.kind) };
    if (a.documents) out.documents = [...a.documents].sort(compareStrings);
    return out;
  });
  seedPositions(g);
}

function documentTable(records: ExtractionRecord[]) {
  return records.map((r) => ({
    id: r.id,
    ...(r.title !== undefined ? { title: r.title } : {}), ...(r.date !== undefined ? { date: r.date } : {}),
    ...(r.url !== undefined ? { url: r.url } : {}), ...(r.source !== undefined ? { source: r.source } : {}),
  }));
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > LABEL_MAX ? one.slice(0, LABEL_MAX - 1) + "…" : one;
}
