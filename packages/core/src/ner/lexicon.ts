// Lexical resources the tagger reads: word clusters, a truecasing table and gazetteers (pure values, no IO).
import { hashString } from "./hash.ts";

/** Gazetteer categories; the index is the feature value. */
export const GAZ_TYPES = [
  "country",
  "demonym",
  "capital",
  "city",
  "region",
  "first",
  "last",
  "person",
  "org",
  "team",
  "date",
  "title",
  "orgword",
  "event",
  "locword",
] as const;
export type GazType = (typeof GAZ_TYPES)[number];

export interface GazEntry {
  toks: string[];
  type: number;
}

export interface NerLexicon {
  /** word (case-sensitive) → index into the cluster prefix arrays */
  clusterIndex: Map<string, number>;
  /** cluster ids at each level of the hierarchy, one array per level */
  clusterLevels: Int32Array[];
  /** lower-case form → most frequent surface form in the unlabelled corpus */
  truecase: Map<string, string>;
  /** first token (lower case) → entries starting with it, longest first */
  gazetteer: Map<string, GazEntry[]>;
}

/**
 * Cluster file: one line per word, `word<TAB>c1<TAB>c2...` (cluster ids per level, coarse to fine).
 * Truecase lines start with `=`: `=lower<TAB>Surface`.
 */
export function parseClusters(text: string): Pick<NerLexicon, "clusterIndex" | "clusterLevels" | "truecase"> {
  const clusterIndex = new Map<string, number>();
  const truecase = new Map<string, string>();
  const cols: number[][] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const parts = line.split("\t");
    if (line.startsWith("=")) {
      truecase.set(parts[0]!.slice(1), parts[1]!);
      continue;
    }
    const idx = clusterIndex.size;
    clusterIndex.set(parts[0]!, idx);
    for (let k = 1; k < parts.length; k++) (cols[k - 1] ??= []).push(Number(parts[k]));
  }
  return { clusterIndex, truecase, clusterLevels: cols.map((c) => Int32Array.from(c)) };
}

/** Gazetteer file: one line per entry, `type<TAB>phrase` with the phrase's tokens separated by spaces. */
export function parseGazetteer(text: string): Map<string, GazEntry[]> {
  const map = new Map<string, GazEntry[]>();
  const seen = new Set<string>();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const type = GAZ_TYPES.indexOf(line.slice(0, tab) as GazType);
    if (type < 0) continue;
    const toks = line
      .slice(tab + 1)
      .toLowerCase()
      .split(" ")
      .filter(Boolean);
    const key = `${type}\t${toks.join(" ")}`;
    if (toks.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const list = map.get(toks[0]!) ?? [];
    list.push({ toks, type });
    map.set(toks[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.toks.length - a.toks.length);
  return map;
}

export function emptyLexicon(): NerLexicon {
  return { clusterIndex: new Map(), clusterLevels: [], truecase: new Map(), gazetteer: new Map() };
}

/** A stable fingerprint of the lexicon, stored in the model so a mismatched lexicon is detected. */
export function lexiconFingerprint(lex: NerLexicon): number {
  return hashString(`${lex.clusterIndex.size}/${lex.truecase.size}/${lex.gazetteer.size}/${lex.clusterLevels.length}`);
}
