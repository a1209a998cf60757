// Name keys of one resolution run, each worked out once per distinct string: a corpus repeats its names thousands of times.
import { norm, parseName, translit, type PersonName } from "../entities/names.ts";
import { slug } from "../entities/ids.ts";
import type { Entity } from "../schema/record.ts";

/**
 * Memoised `parseName`, `norm` and `translit` (pure functions of their string) for one run of resolveAcrossDocuments.
 * On BBC + Reuters about a third of a million entity mentions share a few tens of thousands of names, and the regular
 * expressions and Unicode normalisation behind each key were most of resolution's own time. Scoped to one run, so the
 * tables go with the run's other working sets. The parsed names are shared between items: nothing mutates them.
 */
export class NameKeys {
  private readonly parsed = new Map<string, PersonName>();
  private readonly normed = new Map<string, string>();
  private readonly trans = new Map<string, string>();

  parse(name: string): PersonName {
    let p = this.parsed.get(name);
    if (p === undefined) this.parsed.set(name, (p = parseName(name)));
    return p;
  }

  norm(s: string): string {
    let k = this.normed.get(s);
    if (k === undefined) this.normed.set(s, (k = norm(s)));
    return k;
  }

  translit(s: string): string {
    let k = this.trans.get(s);
    if (k === undefined) this.trans.set(s, (k = translit(s)));
    return k;
  }
}

/**
 * The name keys of one entity: every string through which resolution (resolve.ts, people.ts) can compare it with an
 * item of another document, tagged by what it is.
 * - its id (same-id merges, the gender split by shared key, the id a cluster's key is picked from), and for an
 *   organisation the ids its acronyms point at (`organization:<slug>`, the acronym rule);
 * - for a person with a full name, its transliterated first name (`\u0001F:`) and surname (`\u0001L:`); for a lone
 *   name, its one word (`\u0001S:`). Every bucket of people.ts is keyed by `norm` or `translit` of a surname (same first
 *   and surname, initials and nicknames, a lone surname's only full-name root) or of a lone word (the same lone name),
 *   and so is the count of full names per surname (`MAX_NAMES_PER_SURNAME`); first names are compared across
 *   clusters only with lone words (a lone word that is someone's first name stays apart). `translit` is a function of
 *   `norm`, so words with different `translit` also have different `norm`. Which tags can meet is `touching` (carry.ts).
 */
export function addNameKeys(out: Set<string>, e: Entity, names: NameKeys): void {
  out.add(e.id);
  if (e.kind === "organization")
    for (const al of e.aliases) if (/^\p{Lu}{2,}$/u.test(al)) out.add(`organization:${slug(al)}`);
  if (e.kind !== "person") return;
  const p = names.parse(e.name);
  if (p.parts.length >= 2) {
    out.add(`\u0001F:${names.translit(p.first)}`);
    out.add(`\u0001L:${names.translit(p.last)}`);
  } else if (p.parts.length === 1) out.add(`\u0001S:${names.translit(p.parts[0]!)}`);
}
