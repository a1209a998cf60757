// Person matching across documents: buckets keyed by normalised surname, so resolution never compares all pairs.
import type { Entity } from "../schema/record.ts";
import { firstNames, middlesConflict, type PersonName } from "../entities/names.ts";
import { NameKeys } from "./name-keys.ts";
import { TITLE_WORDS } from "../entities/lexicon/titles.ts";

export interface PersonItem {
  item: number;
  parsed: PersonName;
  entity: Entity;
}

type Union = (a: number, b: number, rule: string) => boolean;
type Find = (a: number) => number;

/** Role words too generic to tell two people apart or together. */
const GENERIC = new Set([
  "former",
  "retired",
  "senior",
  "top",
  "deputy",
  "vice",
  "chief",
  "head",
  "official",
  "national",
  "state",
  "the",
  "of",
  "for",
  "and",
  "acting",
  "interim",
  "mr",
  "mrs",
  "ms",
  "dr",
]);

function roleWords(e: Entity): Set<string> {
  const out = new Set<string>();
  for (const r of e.roles ?? []) {
    if (r.at) out.add(r.at);
    for (const w of r.role.toLowerCase().split(/[^\p{L}]+/u)) if (TITLE_WORDS.has(w) && !GENERIC.has(w)) out.add(w);
  }
  return out;
}

/** Evidence that two clusters are about the same person: at least two other entities named around both. */
function sharedContext(
  a: PersonItem[],
  b: PersonItem[],
  context: (item: number) => ReadonlySet<string>,
  own = new Set([...a, ...b].map((p) => p.entity.id)),
  need = 2,
): boolean {
  return sharesWith(contextAround(a, context, own), b, context, need);
}

/** The entities named around the items of `a`, but for `own`. */
function contextAround(
  a: PersonItem[],
  context: (item: number) => ReadonlySet<string>,
  own: ReadonlySet<string>,
): Set<string> {
  const ca = new Set<string>();
  for (const p of a) for (const x of context(p.item)) if (!own.has(x)) ca.add(x);
  return ca;
}

/** Whether at least `need` entities of `ca` are named around the items of `b`. */
function sharesWith(
  ca: ReadonlySet<string>,
  b: PersonItem[],
  context: (item: number) => ReadonlySet<string>,
  need: number,
): boolean {
  let n = 0;
  const seen = new Set<string>();
  for (const p of b)
    for (const x of context(p.item)) if (ca.has(x) && !seen.has(x) && (seen.add(x), ++n >= need)) return true;
  return false;
}

/** Run the person rules in order of strength: full name, transliteration, nickname/initial with a shared role, lone surname. */
export function resolvePeople(
  people: PersonItem[],
  rawUnion: Union,
  find: Find,
  context: (item: number) => ReadonlySet<string>,
  /** the context with people as `surname:x` keys (uncommon surnames only), for names given by initial on one side (team sheets) */
  surnames: (item: number) => ReadonlySet<string> = () => new Set(),
  /** the run's memoised name keys (resolve.ts shares its own) */
  names: NameKeys = new NameKeys(),
): void {
  const norm = (s: string) => names.norm(s),
    translit = (s: string) => names.translit(s);
  const full = people.filter((p) => p.parsed.parts.length >= 2);
  // spelled-out first names per cluster: an initial must never bridge "Ryan Jones" and "Robert Jones"
  const firsts = new Map<number, Set<string>>();
  for (const p of full)
    if (p.parsed.first.replace(/\./g, "").length > 1) {
      const r = find(p.item);
      (firsts.get(r) ?? firsts.set(r, new Set()).get(r)!).add(p.parsed.first);
    }
  // spelled-out middle names per cluster: "C Jones" must not bridge "Chris Jones" and "Chris Rhys Jones"
  const sig = (p: PersonItem) =>
    `${norm(p.parsed.first)}|${p.parsed.middle
      .filter((m) => m.replace(/\./g, "").length > 1)
      .map(norm)
      .join(" ")}`;
  const middles = new Map<number, Set<string>>();
  for (const p of full)
    (middles.get(find(p.item)) ?? middles.set(find(p.item), new Set()).get(find(p.item))!).add(sig(p));
  const middleClash = (ma: Set<string>, mb: Set<string>) => {
    for (const x of ma) for (const y of mb) if (x !== y && x.split("|")[0] === y.split("|")[0]) return true;
    return false;
  };
  // genders per cluster: a woman named by surname ("Mrs Vale") never joins a man of that surname, however much context they share
  const genders = new Map<number, Set<string>>();
  for (const p of people)
    if (p.entity.gender)
      (genders.get(find(p.item)) ?? genders.set(find(p.item), new Set()).get(find(p.item))!).add(p.entity.gender);
  const union: Union = (a, b, rule) => {
    // already one cluster (most pairs of a name group are, after resolve.ts joined identical ids): rawUnion would
    // refuse it after the checks below, which only read
    if (find(a) === find(b)) return false;
    const ga = genders.get(find(a)),
      gb = genders.get(find(b));
    // full names that agree are one person whatever a stray pronoun said; weaker evidence yields to a known gender
    if (
      rule !== "full-name" &&
      rule !== "transliteration" &&
      ga?.size === 1 &&
      gb?.size === 1 &&
      [...ga][0] !== [...gb][0]
    )
      return false;
    const fa = firsts.get(find(a)) ?? new Set<string>(),
      fb = firsts.get(find(b)) ?? new Set<string>();
    for (const x of fa)
      for (const y of fb) {
        const rel = firstNames(x, y);
        if (!rel || rel === "initial") return false;
      }
    const ma = middles.get(find(a)) ?? new Set<string>(),
      mb = middles.get(find(b)) ?? new Set<string>();
    if (rule !== "full-name" && rule !== "transliteration" && middleClash(ma, mb)) return false;
    if (!rawUnion(a, b, rule)) return false;
    firsts.set(find(a), new Set([...fa, ...fb]));
    if (ga || gb) genders.set(find(a), new Set([...(ga ?? []), ...(gb ?? [])]));
    middles.set(find(a), new Set([...ma, ...mb]));
    return true;
  };
  const bucket = <T>(xs: T[], key: (x: T) => string) => {
    const m = new Map<string, T[]>();
    for (const x of xs) {
      const k = key(x);
      const l = m.get(k);
      if (l) l.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  const sameFirst = (key: (s: string) => string, rule: string) => {
    for (const group of bucket(
      full,
      (p) => `${key(p.parsed.last)}|${key(p.parsed.first)}|${p.parsed.suffix}`,
    ).values()) {
      for (let i = 1; i < group.length; i++) {
        const a = group[0]!,
          b = group[i]!;
        if (middlesConflict(a.parsed, b.parsed)) continue;
        // "Chris Rhys Jones" is not "Chris Jones" on the name alone; "George W. Bush" is "George Bush"
        const spelled = (p: PersonItem) => p.parsed.middle.some((m) => m.replace(/\./g, "").length > 1);
        if (
          spelled(a) !== spelled(b) &&
          a.parsed.middle.length !== b.parsed.middle.length &&
          ![...roleWords(a.entity)].some((w) => roleWords(b.entity).has(w))
        )
          continue;
        union(a.item, b.item, rule);
      }
    }
  };
  sameFirst(norm, "full-name");
  sameFirst(translit, "transliteration");
  // nicknames and initials: same surname, and the two share an organisation, a country or a role word
  const bySurname = bucket(full, (p) => `${translit(p.parsed.last)}|${p.parsed.suffix}`);
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    const roots = new Map<number, PersonItem[]>();
    for (const p of group) {
      const r = find(p.item);
      const l = roots.get(r);
      if (l) l.push(p);
      else roots.set(r, [p]);
    }
    const clusters = [...roots.values()];
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i]!,
          b = clusters[j]!;
        const ra = a[0],
          rb = b[0];
        const rel = firstNames(a[0]!.parsed.first, b[0]!.parsed.first);
        if (rel !== "nickname" && rel !== "initial") continue;
        if (a.some((p) => middlesConflict(p.parsed, b[0]!.parsed))) continue;
        const wa = new Set(a.flatMap((p) => [...roleWords(p.entity)]));
        if (b.some((p) => [...roleWords(p.entity)].some((w) => wa.has(w))))
          union(a[0]!.item, b[0]!.item, `${rel}+role`);
        else if (sharedContext(a, b, context)) union(a[0]!.item, b[0]!.item, `${rel}+context`);
        // three other people of the same (uncommon, see resolve.ts) surnames around both: the pair's own is no evidence
        else if (ra && rb && sharedContext(a, b, surnames, new Set([`surname:${translit(ra.parsed.last)}`]), 3))
          union(ra.item, rb.item, `${rel}+surnames`);
      }
    }
  }
  // a lone surname joins the only full-name person with that surname in the corpus
  const singles = people.filter((p) => p.parsed.parts.length === 1);
  const surnameRoots = new Map<string, Set<number>>();
  for (const p of full) {
    const k = translit(p.parsed.last);
    const s = surnameRoots.get(k) ?? new Set<number>();
    s.add(find(p.item));
    surnameRoots.set(k, s);
  }
  const fullOf = new Map<number, PersonItem[]>();
  for (const p of full) {
    // appended in place: a copy per member was quadratic in the size of a cluster (a president's thousands of documents)
    const r = find(p.item);
    const l = fullOf.get(r);
    if (l) l.push(p);
    else fullOf.set(r, [p]);
  }
  // a lone surname joins the only full-name person with that surname, when the two share context;
  // a lone word that is also someone's first name ("Charles": Prince Charles? Ray Charles?) stays apart
  const firstNamesSeen = new Set(full.map((p) => translit(p.parsed.first)));
  // the context around a root's full-name members depends only on the root and the lone name's id, both fixed in this
  // loop: worked out once for each, not once per lone mention (a president is named by surname alone thousands of times)
  const around = new Map<string, Set<string>>();
  for (const p of singles) {
    if (firstNamesSeen.has(translit(p.parsed.parts[0]!))) continue;
    const roots = surnameRoots.get(translit(p.parsed.parts[0]!));
    if (roots && roots.size === 1) {
      const root = [...roots][0]!;
      const members = fullOf.get(root) ?? [];
      const k = `${root}\u0000${p.entity.id}`;
      let ca = around.get(k);
      if (!ca) around.set(k, (ca = contextAround(members, context, new Set([...members, p].map((q) => q.entity.id)))));
      if (sharesWith(ca, [p], context, 2)) union(root, p.item, "surname+context");
    }
  }
  // the same lone name in two documents: one person only with shared context
  for (const group of bucket(singles, (p) => norm(p.parsed.parts[0]!)).values()) {
    for (let i = 1; i < group.length; i++) {
      for (let j = 0; j < i; j++) {
        if (find(group[i]!.item) === find(group[j]!.item)) break;
        if (
          sharedContext([group[j]!], [group[i]!], context) &&
          union(group[j]!.item, group[i]!.item, "same-name+context")
        )
          break;
      }
    }
  }
}

export function personItem(item: number, entity: Entity, names: NameKeys = new NameKeys()): PersonItem {
  return { item, entity, parsed: names.parse(entity.name) };
}
