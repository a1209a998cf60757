// Name and alias search: a flat lower-cased index built once, ranked prefix > word start > substring, then by degree.
import type { GraphIndex } from "./derive.ts";
import type { Kind, ViewerGraph } from "./types.ts";

interface Entry {
  key: string;
  label: string;
  kind: Kind;
  degree: number;
  /** lower-cased label first, then aliases */
  terms: string[];
  names: string[];
}

export interface SearchHit {
  key: string;
  label: string;
  kind: Kind;
  /** the alias that matched, when it was not the label */
  alias: string | null;
}

export interface SearchIndex {
  entries: Entry[];
}

/** Statements are found through their speakers, not by name: only named things are indexed. */
export function buildSearchIndex(graph: ViewerGraph, index: GraphIndex): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === "statement") return;
    const names = [a.label, ...a.aliases.filter((x) => x !== a.label)];
    entries.push({ key, label: a.label, kind: a.kind, degree: index.degree.get(key) ?? 0, names, terms: names.map((n) => n.toLowerCase()) });
  });
  return { entries };
}

function rank(term: string, q: string): number {
  if (term.startsWith(q)) return 0;
  const at = term.indexOf(q);
  if (at < 0) return -1;
  return /[\s\-'’.(]/.test(term[at - 1] ?? "") ? 1 : 2;
}

export function search(idx: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: { e: Entry; score: number; alias: string | null }[] = [];
  for (const e of idx.entries) {
    let best = -1;
    let alias: string | null = null;
    for (let i = 0; i < e.terms.length; i++) {
      const r = rank(e.terms[i]!, q);
      if (r >= 0 && (best < 0 || r < best)) {
        best = r;
        alias = i === 0 ? null : e.names[i]!;
      }
    }
    if (best >= 0) hits.push({ e, score: best, alias });
  }
  hits.sort((a, b) => a.score - b.score || b.e.degree - a.e.degree || a.e.label.localeCompare(b.e.label) || (a.e.key < b.e.key ? -1 : 1));
  return hits.slice(0, limit).map(({ e, alias }) => ({ key: e.key, label: e.label, kind: e.kind, alias }));
}
