// Lexical resources the tagger reads: word clusters, a truecasing table and gazetteers (pure values, no IO).
import { hashString } from "./hash.ts";
import { titleCase } from "./shape.ts";

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
 * A word's row in the cluster arrays: the form itself, its lower case (`lower`), then its title case, since the
 * cluster file is case-sensitive. The NER tagger and the attribution tagger look words up the same way.
 */
export function clusterOf(lex: Pick<NerLexicon, "clusterIndex">, form: string, lower: string): number | undefined {
  return lex.clusterIndex.get(form) ?? lex.clusterIndex.get(lower) ?? lex.clusterIndex.get(titleCase(form));
}

/**
 * Cluster file: one line per word, `word<TAB>c1<TAB>c2...` (cluster ids per level, coarse to fine).
 * Truecase lines start with `=`: `=lower<TAB>Surface`.
 */
export function parseClusters(text: string): Pick<NerLexicon, "clusterIndex" | "clusterLevels" | "truecase"> {
  return parseClustersFast(text) ?? parseClustersSplit(text);
}

/**
 * parseClusters by scanning the text once: no array per line, ids read digit by digit. Every thread parses the model
 * at startup, and splitting each of the 60k lines cost about 100 ms of it. Returns null on any line the fast reader
 * does not expect (a field that is not a plain number, a line with another column count), and the caller parses the
 * whole text the general way, so the result is always that of parseClustersSplit.
 */
function parseClustersFast(text: string): Pick<NerLexicon, "clusterIndex" | "clusterLevels" | "truecase"> | null {
  const clusterIndex = new Map<string, number>();
  const truecase = new Map<string, string>();
  let levels = -1;
  let cols: Int32Array[] = [];
  let rows = 0;
  const TAB = 9;
  const NL = 10;
  for (let at = 0; at < text.length;) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    if (end === at) {
      at = end + 1;
      continue;
    }
    const tab = text.indexOf("\t", at);
    if (tab < 0 || tab > end) return null;
    if (text.charCodeAt(at) === 61 /* = */) {
      // `=lower<TAB>Surface`, read as the general reader does: up to a second tab if any (the word "=" has a cluster
      // line, which therefore reads as a truecase entry)
      const tab2 = text.indexOf("\t", tab + 1);
      truecase.set(text.slice(at + 1, tab), text.slice(tab + 1, tab2 >= 0 && tab2 < end ? tab2 : end));
      at = end + 1;
      continue;
    }
    const idx = clusterIndex.size;
    clusterIndex.set(text.slice(at, tab), idx);
    let k = 0;
    for (let p = tab + 1; ; k++) {
      let v = 0;
      let digits = 0;
      let c = 0;
      for (; p < text.length && (c = text.charCodeAt(p)) !== TAB && c !== NL; p++, digits++) {
        if (c < 48 || c > 57 || digits > 8) return null;
        v = v * 10 + (c - 48);
      }
      if (digits === 0) return null;
      if (levels < 0) cols.push(new Int32Array(1024));
      else if (k >= levels) return null;
      if (rows >= cols[k]!.length) {
        const bigger = new Int32Array(cols[k]!.length * 2);
        bigger.set(cols[k]!);
        cols[k] = bigger;
      }
      cols[k]![rows] = v;
      if (c !== TAB) break;
      p++;
    }
    if (levels < 0) levels = k + 1;
    else if (k + 1 !== levels) return null;
    rows++;
    at = end + 1;
  }
  // a file with no cluster line has no levels: the general reader gives the same (empty) result
  if (levels < 0) cols = [];
  return { clusterIndex, truecase, clusterLevels: cols.map((c) => c.slice(0, rows)) };
}

/** The general reader (any column counts; a field that is not a number reads as NaN, stored as 0). */
function parseClustersSplit(text: string): Pick<NerLexicon, "clusterIndex" | "clusterLevels" | "truecase"> {
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
