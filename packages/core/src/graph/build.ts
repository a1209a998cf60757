// Stage `graph`: merge extraction records into one graphology graph, following the graph contract.
import Graph from "graphology";
import type { ExtractionRecord } from "../schema/record.ts";
import type { EdgeAttributes, NodeAttributes } from "../schema/graph.ts";
import type { Resolution } from "../resolve/resolve.ts";

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes>;

export function buildGraph(records: ExtractionRecord[], resolution: Resolution): NewsGraph {
  const g: NewsGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const rec of sorted) {
    const key = (id: string) => resolution.canonical(rec.id, id);
    for (const e of rec.entities) {
      const k = key(e.id);
      const n = rec.mentions.filter((m) => m.entity === e.id).length;
      if (!g.hasNode(k)) {
        g.addNode(k, { kind: e.kind, label: e.name, aliases: [...e.aliases], mentionCount: n, documents: [rec.id], ...(e.iso ? { iso: e.iso } : {}), ...(e.roles ? { roles: [...e.roles] } : {}) });
        const merges = resolution.merges.get(k);
        if (merges) g.setNodeAttribute(k, "merges", merges);
      } else {
        const a = g.getNodeAttributes(k);
        a.mentionCount = (a.mentionCount ?? 0) + n;
        if (!a.documents!.includes(rec.id)) a.documents!.push(rec.id);
        for (const al of e.aliases) if (!a.aliases.includes(al)) a.aliases.push(al);
        for (const r of e.roles ?? []) if (!a.roles?.some((x) => x.role === r.role && x.at === r.at)) (a.roles ??= []).push(r);
      }
    }
    for (const s of rec.statements) {
      const sk = `statement:${rec.id}#${s.id}`;
      g.addNode(sk, {
        kind: "statement", label: s.text.length > 60 ? s.text.slice(0, 57) + "…" : s.text, aliases: [],
        text: s.text, quoteKind: s.kind, document: rec.id, start: s.start, end: s.end,
        ...(s.cue ? { cue: s.cue.text } : {}), ...(rec.date ? { date: rec.date } : {}),
      });
      const ev = { document: rec.id, start: s.start, end: s.end };
      if (s.speaker) g.addEdge(key(s.speaker), sk, { kind: "said", ...ev, ...(s.source ? { start: s.source.start, end: s.source.end } : {}) });
      if (s.medium) g.addEdge(sk, key(s.medium), { kind: "told", ...ev });
      const seen = new Set<string>();
      for (const m of rec.mentions) {
        if (m.start >= s.start && m.end <= s.end && !seen.has(m.entity)) {
          seen.add(m.entity);
          g.addEdge(sk, key(m.entity), { kind: "mentions", document: rec.id, start: m.start, end: m.end });
        }
      }
    }
    for (const r of rec.relations) {
      const s = key(r.source), t = key(r.target);
      if (s === t || !g.hasNode(s) || !g.hasNode(t)) continue;
      g.addEdge(s, t, { kind: r.kind, document: rec.id, start: r.start, end: r.end, ...(r.role ? { role: r.role } : {}), ...(r.former !== undefined ? { former: r.former } : {}), ...(r.rule ? { rule: r.rule } : {}) });
    }
  }
  return g;
}
