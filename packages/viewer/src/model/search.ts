// Name and alias search: exact tiers first (prefix > word start > substring, diacritics and case folded), then typo-tolerant
// hits from minisearch ("lindqvst" finds Lindqvist), each tier ranked by degree.
import MiniSearch from "minisearch";
import type { GraphIndex } from "./derive.ts";
import type { Kind, ViewerGraph } from "./types.ts";

interface Entry {
  id: number;
  key: string;
  label: string;
  kind: Kind;
  degree: number;
  /** folded label first, then aliases */
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
  fuzzy: MiniSearch<{ id: number; names: string }>;
}

/** Lower case without diacritics: "Łódź" and "lodz", "Müller" and "muller" meet. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ø/g, "o")
    .replace(/ß/g, "ss")
    .toLowerCase();
}

/** Statements are found through their speakers, not by name: only named things are indexed. */
export function buildSearchIndex(graph: ViewerGraph, index: GraphIndex): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === "statement") return;
    const names = [a.label, ...a.aliases.filter((x) => x !== a.label)];
    entries.push({
      id: entries.length,
      key,
      label: a.label,
      kind: a.kind,
      degree: index.degree.get(key) ?? 0,
      names,
      terms: names.map(fold),
    });
  });
  const fuzzy = new MiniSearch<{ id: number; names: string }>({ fields: ["names"], processTerm: (t) => fold(t) });
  fuzzy.addAll(entries.map((e) => ({ id: e.id, names: e.names.join(" ") })));
  return { entries, fuzzy };
}

function rank(term: string, q: string): number {
  if (term.startsWith(q)) return 0;
  const at = term.indexOf(q);
  if (at < 0) return -1;
  return /[\s\-'’.(]/.test(term[at - 1] ?? "") ? 1 : 2;
}

export function search(idx: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = fold(query.trim());
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
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      b.e.degree - a.e.degree ||
      a.e.label.localeCompare(b.e.label) ||
      (a.e.key < b.e.key ? -1 : 1),
  );
  const out = hits.slice(0, limit).map(({ e, alias }) => ({ key: e.key, label: e.label, kind: e.kind, alias }));
  // typos: only words of four letters or more, at most one edit in five letters, so short queries stay exact
  if (out.length < limit && q.replace(/\s/g, "").length >= 4) {
    const seen = new Set(out.map((h) => h.key));
    const fuzzy = idx.fuzzy.search(query, {
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      prefix: (term) => term.length >= 4,
      combineWith: "AND",
    });
    for (const r of fuzzy) {
      const e = idx.entries[r.id as number]!;
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      out.push({ key: e.key, label: e.label, kind: e.kind, alias: null });
      if (out.length >= limit) break;
    }
  }
  return out;
}
