// BIO tags of the attribution tagger: cue, source and content, one tag per token.
import { objectArray } from "../../util/arrays.ts";

export const ATTR_TAGS = ["O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CON", "I-CON"] as const;
export const NUM_ATTR_TAGS = ATTR_TAGS.length;
export type AttrRole = "cue" | "source" | "content";

export const ROLE_B: Record<AttrRole, number> = { cue: 1, source: 3, content: 5 };

/** An inside tag may only follow the begin or inside tag of its own role. */
export function allowed(prev: number, tag: number): boolean {
  return tag === 0 || tag % 2 === 1 || prev === tag || prev === tag - 1;
}

/** The role of a tag, or null for O. */
export function roleOf(tag: number): AttrRole | null {
  return tag === 0 ? null : tag <= 2 ? "cue" : tag <= 4 ? "source" : "content";
}

/**
 * Runs of one role, as inclusive token ranges relative to the tag array. A content run goes on over a begin tag right
 * after it: greedy decoding restarts a content with B after a slip (two contents never touch in the annotation).
 */
export function runs(tags: ArrayLike<number>): { role: AttrRole; first: number; last: number }[] {
  const out: { role: AttrRole; first: number; last: number }[] = objectArray();
  for (let i = 0; i < tags.length; i++) {
    const r = roleOf(tags[i]!);
    if (!r) continue;
    const cur = out[out.length - 1];
    if (cur && cur.role === r && cur.last === i - 1 && (tags[i]! % 2 === 0 || r === "content")) cur.last = i;
    else out.push({ role: r, first: i, last: i });
  }
  return out;
}
