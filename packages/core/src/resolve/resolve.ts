// Stage `resolve`: merge entities across documents, recording the rule behind every merge, then apply user corrections.
import type { EntityKind, ExtractionRecord } from "../schema/record.ts";
import type { Corrections } from "../schema/corrections.ts";
import { applyCorrections, type AppliedCorrections, type ResolvedItem } from "./corrections.ts";
import { resolvePeople, personItem, type PersonItem } from "./people.ts";
import { slug } from "../entities/ids.ts";
import { NameKeys, addNameKeys } from "./name-keys.ts";
import { separateGenders } from "./gender.ts";

export interface MergeNote {
  rule: string;
  from: string;
}

export interface Resolution {
  /** entity id in a record -> canonical node key */
  canonical: (docId: string, entityId: string) => string;
  /** `canonical` for one document: the graph asks for every entity, mention and statement of a document in turn */
  keysIn?: (docId: string) => (entityId: string) => string;
  /** why nodes were merged: canonical key -> [{rule, from}] */
  merges: Map<string, MergeNote[]>;
  /** node label and kind chosen by resolution or by a correction */
  overrides?: Map<string, { label?: string; kind?: EntityKind }>;
  /** node keys a correction deleted: the graph drops them with their edges */
  deleted?: Set<string>;
  /** corrections that named unknown ids, and similar non-fatal problems */
  warnings?: string[];
  /** every item's name keys (resolve/carry.ts), when asked for: what the next build needs to carry this resolution */
  names?: string[];
  /** true when the previous build's clusters were carried (resolve/carry.ts) rather than resolved again */
  carried?: boolean;
}

/** Entity id -> node key within one document (one map lookup per entity when the resolution offers `keysIn`). */
export function keysOf(resolution: Resolution, docId: string): (entityId: string) => string {
  return resolution.keysIn?.(docId) ?? ((e) => resolution.canonical(docId, e));
}

/** Corrections as passed in: the parsed file, or what node/corrections.ts loadCorrections returns. */
export type CorrectionsInput = Corrections | { corrections: Corrections; warnings?: string[] };

/** a surname written with more distinct full names than this in the corpus is too common to show shared context */
const MAX_NAMES_PER_SURNAME = 3;

/**
 * `names`: also list every item's name keys (resolve/carry.ts), so that the next build can carry this resolution.
 * `keys`: the run's memoised name keys (carryResolution shares its own).
 */
export function resolveAcrossDocuments(
  records: ExtractionRecord[],
  corrections?: CorrectionsInput,
  { names: withNames = false, keys = new NameKeys() }: { names?: boolean; keys?: NameKeys } = {},
): Resolution {
  const items: ResolvedItem[] = [];
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of sorted) for (const e of r.entities) items.push({ doc: r.id, entity: e, key: e.id });
  const parent = items.map((_, i) => i);
  // a cluster's documents, made on its first merge: most items never merge, and a Set each would grow with the corpus
  const docs: (Set<string> | null)[] = items.map(() => null);
  const docsOf = (r: number): Set<string> => (docs[r] ??= new Set([items[r]!.doc]));
  const accepted: { a: number; b: number; rule: string }[] = [];
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  /** Join two clusters unless that would put two different entities of one document together. */
  const union = (a: number, b: number, rule: string): boolean => {
    let ra = find(a),
      rb = find(b);
    if (ra === rb) return false;
    if (docsOf(ra).size < docsOf(rb).size) [ra, rb] = [rb, ra];
    const into = docsOf(ra),
      from = docsOf(rb);
    for (const d of from) if (into.has(d)) return false;
    parent[rb] = ra;
    for (const d of from) into.add(d);
    docs[rb] = null;
    accepted.push({ a, b, rule });
    return true;
  };
  // same id: countries (by ISO name), known organisations, places and identical names are one node
  const byId = new Map<string, number>();
  items.forEach((it, i) => {
    const first = byId.get(it.entity.id);
    if (first === undefined) byId.set(it.entity.id, i);
    else if (!(it.entity.kind === "person" && !it.entity.name.includes(" "))) union(first, i, "same-id"); // a lone name needs evidence (people.ts)
  });
  // context of each item: the other people and organisations of its document (countries and places are too common to tell)
  const docContext = new Map<string, Set<string>>();
  for (const it of items)
    if (it.entity.kind === "person" || it.entity.kind === "organization")
      (docContext.get(it.doc) ?? docContext.set(it.doc, new Set()).get(it.doc)!).add(it.entity.id);
  const context = (i: number): ReadonlySet<string> => docContext.get(items[i]!.doc)!;
  // the same with people by surname: a team sheet names everyone by initial ("J Corrin, B Ashdown"), a report by full name
  // ("Jason Corrin", "Ben Ashdown"), so only their surnames can show that the two documents are about the same people
  // a surname that several different people carry in the corpus ("Jones", "Smith") is no evidence: only rarer ones count
  const names = keys;
  const surnames = new Map<string, string | null>();
  const surnameOf = (it: ResolvedItem): string | null => {
    let k = surnames.get(it.entity.name);
    if (k === undefined) {
      const p = names.parse(it.entity.name);
      surnames.set(it.entity.name, (k = p.parts.length >= 2 ? `surname:${names.translit(p.last)}` : null));
    }
    return k;
  };
  const namesBySurname = new Map<string, Set<string>>();
  for (const it of items) {
    const k = it.entity.kind === "person" ? surnameOf(it) : null;
    if (!k) continue;
    const names = namesBySurname.get(k) ?? new Set<string>();
    namesBySurname.set(k, names.add(it.entity.id));
  }
  const surnameContext = new Map<string, Set<string>>();
  for (const it of items) {
    if (it.entity.kind !== "person" && it.entity.kind !== "organization") continue;
    const s = it.entity.kind === "person" ? surnameOf(it) : null;
    const k =
      it.entity.kind === "organization"
        ? it.entity.id
        : s && (namesBySurname.get(s)?.size ?? 0) <= MAX_NAMES_PER_SURNAME
          ? s
          : null;
    if (!k) continue;
    const around = surnameContext.get(it.doc) ?? new Set<string>();
    surnameContext.set(it.doc, around.add(k));
  }
  const bySurname = (i: number): ReadonlySet<string> => surnameContext.get(items[i]?.doc ?? "") ?? new Set<string>();
  // an acronym the article defined ("Transpontic Gas Company (TGC)") names the same organisation elsewhere
  items.forEach((it, i) => {
    if (it.entity.kind !== "organization") return;
    for (const al of it.entity.aliases) {
      const j = /^\p{Lu}{2,}$/u.test(al) && al !== it.entity.name ? byId.get(`organization:${slug(al)}`) : undefined;
      if (j !== undefined) union(i, j, "acronym");
    }
  });
  const people: PersonItem[] = [];
  items.forEach((it, i) => void (it.entity.kind === "person" && people.push(personItem(i, it.entity, names))));
  resolvePeople(people, union, find, context, bySurname, names);

  // canonical member per cluster: the fullest name, then the most documents, then the smallest id
  const members = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const l = members.get(r);
    if (l) l.push(i);
    else members.set(r, [i]);
  });
  const overrides = new Map<string, { label?: string; kind?: EntityKind }>();
  const merges = new Map<string, MergeNote[]>();
  // the rule recorded for an id is the first merge that joined it to a different id
  const ruleOfId = new Map<string, string>();
  for (const { a, b, rule } of accepted) {
    const ia = items[a]!.entity.id,
      ib = items[b]!.entity.id;
    if (ia === ib) continue;
    for (const id of [ia, ib]) if (!ruleOfId.has(id)) ruleOfId.set(id, rule);
  }
  for (const list of members.values()) {
    // a cluster of one keeps its own id as key (set when the item was made): most items never merge
    if (list.length === 1) continue;
    const count = new Map<string, number>();
    for (const i of list) count.set(items[i]!.entity.id, (count.get(items[i]!.entity.id) ?? 0) + 1);
    // scores computed once per member, not twice per comparison (countries gather thousands of members)
    const sc = new Map(list.map((i) => [i, score(items[i]!, count)]));
    const best = bestMember(list, sc, items);
    const key = items[best]!.entity.id;
    for (const i of list) items[i]!.key = key;
    if (count.size > 1) {
      overrides.set(key, { label: items[best]!.entity.name });
      const notes: MergeNote[] = [];
      for (const id of [...count.keys()].sort()) {
        if (id === key) continue;
        notes.push({ rule: ruleOfId.get(id) ?? "same-id", from: id });
      }
      merges.set(key, notes);
    }
  }
  separateGenders(members.values(), items);
  const input = corrections && "corrections" in corrections ? corrections.corrections : corrections;
  const applied: AppliedCorrections = input
    ? applyCorrections(items, input)
    : { deleted: new Set<string>(), warnings: [], overrides: new Map(), merges: new Map() };
  for (const [k, o] of applied.overrides) overrides.set(k, { ...overrides.get(k), ...o });
  for (const [k, notes] of applied.merges) merges.set(k, [...(merges.get(k) ?? []), ...notes]);
  // document -> entity id -> key: the graph stage asks for every entity, mention and statement, so no key strings are built per call
  const keyOf = new Map<string, Map<string, string>>();
  for (const it of items) {
    let m = keyOf.get(it.doc);
    if (!m) keyOf.set(it.doc, (m = new Map<string, string>()));
    m.set(it.entity.id, it.key);
  }
  const warnings = [
    ...(corrections && "warnings" in corrections ? (corrections.warnings ?? []) : []),
    ...applied.warnings,
  ];
  let nameKeys: string[] | undefined;
  if (withNames) {
    const out = new Set<string>();
    for (const it of items) addNameKeys(out, it.entity, names);
    nameKeys = [...out];
  }
  return {
    canonical: lookupIn(keyOf),
    keysIn: keysIn(keyOf),
    merges,
    overrides,
    deleted: applied.deleted,
    warnings,
    ...(nameKeys ? { names: nameKeys } : {}),
  };
}

/**
 * The key lookup, made outside resolveAcrossDocuments on purpose: a closure created there would keep that function's
 * whole scope alive (V8 shares one context per scope), i.e. every item, its Set of documents and the union-find arrays,
 * which grow with the corpus and are dead once the keys are known.
 */
function lookupIn(keyOf: ReadonlyMap<string, ReadonlyMap<string, string>>): Resolution["canonical"] {
  return (d, e) => keyOf.get(d)?.get(e) ?? e;
}

/** The lookup of one document's keys (made outside resolveAcrossDocuments, as lookupIn). */
function keysIn(keyOf: ReadonlyMap<string, ReadonlyMap<string, string>>): NonNullable<Resolution["keysIn"]> {
  return (d) => {
    const m = keyOf.get(d);
    return m ? (e) => m.get(e) ?? e : (e) => e;
  };
}

/**
 * The member that `[...list].sort(byScoreThenId)[0]` picks, in one pass instead of sorting every cluster (a country
 * gathers thousands of members, and the sort was a fifth of resolution). Members that tie on score and id differ only
 * in the label they would give; when the tied ones are not all spelled alike, the sort decides as it always did.
 */
function bestMember(list: number[], sc: Map<number, number>, items: ResolvedItem[]): number {
  const cmp = (x: number, y: number) => sc.get(y)! - sc.get(x)! || (items[x]!.entity.id < items[y]!.entity.id ? -1 : 1);
  let best = list[0]!,
    spelledApart = false;
  for (let j = 1; j < list.length; j++) {
    const i = list[j]!;
    const d = sc.get(i)! - sc.get(best)!;
    const a = items[i]!.entity,
      b = items[best]!.entity;
    if (d > 0 || (d === 0 && a.id < b.id)) {
      best = i;
      spelledApart = false;
    } else if (d === 0 && a.id === b.id && a.name !== b.name) spelledApart = true;
  }
  return spelledApart ? [...list].sort(cmp)[0]! : best;
}

function score(it: ResolvedItem, count: Map<string, number>): number {
  const words = it.entity.kind === "person" ? it.entity.name.split(/\s+/) : [];
  const spelled = words.length > 1 && words[0]!.replace(/\./g, "").length > 1 ? 5e5 : 0; // "Stuart Grimes" over "S Grimes"
  return (
    Math.min(words.length, 3) * 1e6 +
    spelled +
    (count.get(it.entity.id) ?? 0) * 100 +
    Math.min(it.entity.name.length, 99)
  );
}
