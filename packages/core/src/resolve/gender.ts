// Node keys for people resolution kept apart but whose ids coincide: a woman and a man both named only "Vale" are two nodes.
import type { ResolvedItem } from "./corrections.ts";
import type { Gender } from "../entities/gender.ts";

/**
 * Clusters that resolution did not merge still share a node key when their canonical ids are equal (the same lone surname
 * in two documents). When such clusters have different known genders, the gender with fewer mentions of that key gets a
 * key of its own (`person:vale~female`); clusters of unknown gender stay on the shared key.
 */
export function separateGenders(clusters: Iterable<number[]>, items: ResolvedItem[]): void {
  const byKey = new Map<string, { list: number[]; g: Gender | undefined }[]>();
  for (const list of clusters) {
    const key = items[list[0]!]!.key;
    if (items[list[0]!]!.entity.kind !== "person") continue;
    const gs = new Set(list.flatMap((i) => items[i]!.entity.gender ?? []));
    const entry = { list, g: gs.size === 1 ? [...gs][0] : undefined };
    const l = byKey.get(key);
    if (l) l.push(entry);
    else byKey.set(key, [entry]);
  }
  for (const [key, cls] of byKey) {
    if (cls.length < 2) continue;
    const n = { female: 0, male: 0 };
    for (const c of cls) if (c.g) n[c.g] += c.list.length;
    if (n.female === 0 || n.male === 0) continue;
    // the majority keeps the key; on a tie, the gender of the first document (items are in document order)
    const keep: Gender = n.female > n.male ? "female" : n.male > n.female ? "male" : cls.find((c) => c.g)!.g!;
    for (const c of cls) if (c.g && c.g !== keep) for (const i of c.list) items[i]!.key = `${key}~${c.g}`;
  }
}
