// Within-document person resolution: full names cluster, a lone surname or first name refers back to the one compatible person in scope.
import { parseName, norm, firstNames, middlesConflict, closeSpelling, type PersonName } from "./names.ts";
import type { Gender } from "./gender.ts";
import { POSSESSIVE_END } from "../util/letters.ts";
import { mapPacked } from "../util/arrays.ts";

export interface PersonCluster {
  /** canonical (longest full) name */
  name: string;
  parsed: PersonName;
  rules: Set<string>;
  /** titles seen before its mentions ("senator"), to pick between namesakes */
  titles: Set<string>;
  /** genders its mentions' titles give ("Mrs"), and the one its first name suggests: a "Mrs Vale" is never "Piet Vale" */
  said: Set<Gender>;
  named?: Gender;
}

/** The gender the text gives a cluster: its titles when they agree, else its first name's; undefined when unknown or mixed. */
export function clusterGender(c: PersonCluster): Gender | undefined {
  if (c.said.size === 1) return [...c.said][0];
  return c.said.size === 0 ? c.named : undefined;
}

/** Per-mention evidence for clusterPersons: the title before each mention and the gender it states, and a first-name lookup. */
export interface MentionHints {
  titles?: (string | null)[];
  genders?: (Gender | null)[];
  /** the gender of a full-name mention apart from its title: what pronouns say of it here, else what its first name suggests */
  nameGender?: (first: string, mention: number) => Gender | undefined;
}

/** Assign each person mention (in text order) to a cluster; returns the cluster index per mention. */
export function clusterPersons(names: string[], hints: MentionHints = {}): { clusters: PersonCluster[]; of: number[] } {
  const { titles = [], genders = [], nameGender = () => undefined } = hints;
  // a mention whose title genders it never joins a cluster of the other gender
  const fits = (c: PersonCluster, i: number) => {
    const g = genders[i],
      cg = clusterGender(c);
    return !g || !cg || g === cg;
  };
  const note = (c: PersonCluster, i: number) => {
    if (genders[i]) c.said.add(genders[i]);
  };
  const clusters: PersonCluster[] = [];
  const of = new Array<number>(names.length).fill(-1);
  const lastSeen: number[] = [];
  const parsed = mapPacked(names, parseName);
  // pass 1: full names (two or more parts), in text order
  parsed.forEach((p, i) => {
    if (p.parts.length < 2) return;
    let best = -1;
    let rule = "";
    for (let c = 0; c < clusters.length; c++) {
      const q = clusters[c]!.parsed;
      if (norm(q.last) !== norm(p.last) || q.suffix !== p.suffix || middlesConflict(p, q)) continue;
      const f = firstNames(p.first, q.first);
      // the same full name is one person whatever its titles say; an initial or a nickname must fit the gender
      if (f !== "same" && !fits(clusters[c]!, i)) continue;
      if (f === "same") {
        best = c;
        rule = "within:full-name";
      } else if (f && best < 0) {
        best = c;
        rule = `within:${f}`;
      }
    }
    // a variant first name only merges when no other full name shares the surname ("Katrin" vs "Per" Lindqvist)
    if (
      best >= 0 &&
      rule !== "within:full-name" &&
      clusters.some((c, k) => k !== best && norm(c.parsed.last) === norm(p.last))
    )
      best = -1;
    if (best < 0) {
      const named = nameGender(p.first, i);
      clusters.push({
        name: names[i]!.replace(POSSESSIVE_END, ""),
        parsed: p,
        rules: new Set(["within:full-name"]),
        titles: new Set(),
        said: new Set(),
        ...(named ? { named } : {}),
      });
      best = clusters.length - 1;
    } else {
      clusters[best]!.rules.add(rule);
      // the fullest form names the cluster: more parts, or the same parts written out ("Jr." over "Jr")
      const cur = clusters[best]!;
      if (
        p.parts.length > cur.parsed.parts.length ||
        (p.parts.length === cur.parsed.parts.length &&
          rule === "within:full-name" &&
          names[i]!.length > cur.name.length &&
          !POSSESSIVE_END.test(names[i]!))
      )
        // a new cluster object rather than writing `name` and `parsed` again: a field written after its object was
        // built becomes mutable for every object of the shape, and V8 throws away the optimised code reading it
        clusters[best] = {
          name: names[i]!,
          parsed: p,
          rules: cur.rules,
          titles: cur.titles,
          said: cur.said,
          ...(cur.named ? { named: cur.named } : {}),
        };
    }
    of[i] = best;
    note(clusters[best]!, i);
  });
  // pass 2: single names, resolved against the full names before them (nearest), else the only one after them
  parsed.forEach((p, i) => {
    const title = titles[i] ?? null;
    if (p.parts.length >= 2) {
      lastSeen[of[i]!] = i;
      if (title) clusters[of[i]!]!.titles.add(title);
      return;
    }
    const tok = p.parts[0] ?? "";
    const surname = (c: PersonCluster) => norm(c.parsed.last) === norm(tok);
    const firstName = (c: PersonCluster) => norm(c.parsed.first) === norm(tok);
    const fuzzy = (c: PersonCluster) => closeSpelling(c.parsed.last, tok);
    const tests = [
      [surname, "within:surname"],
      [firstName, "within:first-name"],
      [fuzzy, "within:surname-spelling"],
    ] as const;
    for (const [test, rule] of tests) {
      // a loop, not `.map(…).filter(…)`: TurboFan's inlined map makes a holey list where the builtin's is packed
      const compat: number[] = [];
      for (let k = 0; k < clusters.length; k++) {
        const c = clusters[k]!;
        if (c.parsed.parts.length >= 2 && test(c) && fits(c, i)) compat.push(k);
      }
      if (compat.length === 0) continue;
      let before = compat.filter((k) => lastSeen[k] !== undefined).sort((x, y) => lastSeen[y]! - lastSeen[x]!);
      // "Senator Brenner" after both "Senator Harold Brenner" and "Harold Brenner Jr.": the title decides
      const titled = title ? before.filter((k) => clusters[k]!.titles.has(title)) : [];
      if (titled.length === 1) before = titled;
      // nobody in scope yet (a headline): the first of them the article introduces
      const pick = before.length > 0 ? before[0]! : compat.length > 0 ? compat.reduce((m, x) => (x < m ? x : m)) : -1;
      if (pick < 0) continue;
      of[i] = pick;
      lastSeen[pick] = i;
      note(clusters[pick]!, i);
      clusters[pick]!.rules.add(before.length > 1 ? `${rule}-nearest` : rule);
      return;
    }
    // no full name in scope: a lone name is its own person (or joins an earlier lone mention of it)
    const same = clusters.findIndex(
      (c) => c.parsed.parts.length === 1 && norm(c.parsed.parts[0]!) === norm(tok) && fits(c, i),
    );
    if (same >= 0) {
      of[i] = same;
      lastSeen[same] = i;
    } else {
      clusters.push({
        name: names[i]!.replace(POSSESSIVE_END, ""),
        parsed: p,
        rules: new Set(["within:single-name"]),
        titles: new Set(),
        said: new Set(),
      });
      of[i] = clusters.length - 1;
      lastSeen[of[i]] = i;
    }
    note(clusters[of[i]]!, i);
  });
  return { clusters, of };
}
