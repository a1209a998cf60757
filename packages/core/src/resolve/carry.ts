// Carried resolution: a rebuild that only adds documents keeps the previous build's clusters when no new name can touch them.
import type { EntityKind, ExtractionRecord } from "../schema/record.ts";
import { addNameKeys, type NameKeys } from "./name-keys.ts";
import type { MergeNote, Resolution } from "./resolve.ts";

/**
 * What a build keeps of its resolution so that the next build can carry it (the CLI's snapshot holds it, beside each
 * document's key print): the *name keys* of every item (below), and the merge notes and labels of merged clusters.
 */
export interface ResolutionState {
  names: string[];
  merges: [string, MergeNote[]][];
  overrides: [string, { label?: string; kind?: EntityKind }][];
}

/** The previous build's resolution: its state and each of its documents' key print (graph/carry.ts keyPrint). */
export interface PreviousResolution extends ResolutionState {
  prints: ReadonlyMap<string, string>;
}

/**
 * The keys of another document that a name key can be compared with (see addNameKeys): an id with the same id; a
 * first name with a lone word; a surname with a surname or a lone word; a lone word with any name word. Two first
 * names never meet (a first name only adds to the set lone words are checked against, and it holds it already).
 */
function touching(k: string): string[] {
  if (k.charCodeAt(0) !== 1) return [k];
  const w = k.slice(3);
  if (k[1] === "F") return [`\u0001S:${w}`];
  if (k[1] === "L") return [k, `\u0001S:${w}`];
  return [`\u0001F:${w}`, `\u0001L:${w}`, k];
}

/**
 * The resolution of `records` without resolving the previous build's documents again, or null (resolve everything).
 *
 * Why it is the same as resolveAcrossDocuments over all records (no corrections; the caller's part):
 * - every previous document is here with the entities it had (the caller adopts them unchanged from the snapshot and
 *   checks nothing changed or went; here each print's length is checked against its record), and every other record
 *   is new;
 * - no name key of a new item (name-keys.ts addNameKeys) touches a name key of an old one (touching). Every rule joins two items
 *   only when they share a name key (same id, acronym target, a bucket keyed by surname or lone word), and every
 *   count or set a rule reads about other documents is keyed by one (full names per surname, first names seen by
 *   lone words, surname roots); the context
 *   sets are per document. So no old item is ever compared with a new one, old decisions read only old data, and
 *   the union-find runs over the old items as it did before (new items interleave, in document order, without
 *   changing the relative order of old ones, and never join an old cluster). An old cluster, its canonical member,
 *   label and merge notes are therefore what they were, and every old document's keys are its print; the new
 *   documents, resolved alone, get the clusters they get among all (the same argument the other way).
 * - cluster keys are member ids, so old and new keys differ too (the gender split by shared key stays apart).
 */
export function carryResolution(
  records: ExtractionRecord[],
  previous: PreviousResolution,
  resolveNew: (records: ExtractionRecord[]) => Resolution,
  names: NameKeys,
): Resolution | null {
  const fresh: ExtractionRecord[] = [];
  // each old document's keys, read from its print once
  const printed = new Map<ExtractionRecord, string[]>();
  let old = 0;
  for (const r of records) {
    const print = previous.prints.get(r.id);
    if (print === undefined) {
      fresh.push(r);
      continue;
    }
    const keys = printKeys(print);
    if (keys === null || keys.length !== r.entities.length) return null;
    printed.set(r, keys);
    old++;
  }
  if (old !== previous.prints.size) return null;
  const known = new Set(previous.names);
  const mine = new Set<string>();
  for (const r of fresh) for (const e of r.entities) addNameKeys(mine, e, names);
  for (const k of mine) for (const t of touching(k)) if (known.has(t)) return null;
  const added = resolveNew(fresh);
  if (added.deleted?.size || added.warnings?.length) return null; // corrections are the caller's to exclude
  const keyOf = new Map<string, Map<string, string>>();
  for (const [r, keys] of printed) keyOf.set(r.id, new Map(r.entities.map((e, i) => [e.id, keys[i]!])));
  const merges = new Map(previous.merges);
  for (const [k, v] of added.merges) merges.set(k, v);
  const overrides = new Map(previous.overrides);
  for (const [k, v] of added.overrides ?? []) overrides.set(k, v);
  const newKeys = added.keysIn ?? ((d: string) => (e: string) => added.canonical(d, e));
  const names2 = [...previous.names, ...mine];
  return {
    canonical: (d, e) => keyOf.get(d)?.get(e) ?? newKeys(d)(e),
    keysIn: (d) => {
      const m = keyOf.get(d);
      return m ? (e) => m.get(e) ?? e : newKeys(d);
    },
    merges,
    overrides,
    deleted: new Set(),
    warnings: [],
    carried: true,
    names: names2,
  };
}

/** The keys of a key print (one \u0000 after each key), or null when one is marked deleted (only corrections delete). */
function printKeys(print: string): string[] | null {
  if (print.includes("\u0001")) return null;
  const keys: string[] = [];
  let at = 0;
  for (let end = print.indexOf("\u0000"); end !== -1; at = end + 1, end = print.indexOf("\u0000", at))
    keys.push(print.slice(at, end));
  return keys;
}
