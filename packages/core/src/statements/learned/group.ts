// Tagged runs → attributions: each cue takes the nearest free content run and the nearest source run of its sentence.
import { runs } from "./tags.ts";
import { objectArray, mapPacked } from "../../util/arrays.ts";

/** Inclusive document token ranges of one predicted attribution. */
export interface TaggedAttribution {
  cue: [number, number];
  content: [number, number];
  source: [number, number] | null;
  /** the tagger's confidence in the cue: the smallest margin over its tokens */
  margin: number;
}

type Run = { first: number; last: number };
const gap = (a: Run, b: Run) => (a.last < b.first ? b.first - a.last : a.first > b.last ? a.first - b.last : 0);

/** `tags` belong to the sentence starting at document token `first`. */
export function groupSentence(tags: Uint8Array, first: number, margins: Float64Array): TaggedAttribution[] {
  const rs = mapPacked(runs(tags), (r) => ({ ...r, first: r.first + first, last: r.last + first }));
  const contents = rs.filter((r) => r.role === "content");
  const sources = rs.filter((r) => r.role === "source");
  const used = new Set<Run>();
  const out: TaggedAttribution[] = objectArray();
  for (const cue of rs) {
    if (cue.role !== "cue") continue;
    let con: Run | null = null;
    // nearest free content, after the cue on a tie ("X said Y" reads rightwards)
    for (const c of contents)
      if (
        !used.has(c) &&
        (!con || gap(cue, c) < gap(cue, con) || (gap(cue, c) === gap(cue, con) && c.first > cue.last))
      )
        con = c;
    if (!con) continue;
    used.add(con);
    let src: Run | null = null;
    for (const s of sources) if (!src || gap(cue, s) < gap(cue, src)) src = s;
    let margin = Infinity;
    for (let t = cue.first; t <= cue.last; t++) margin = Math.min(margin, margins[t - first]!);
    out.push({
      cue: [cue.first, cue.last],
      content: [con.first, con.last],
      source: src ? [src.first, src.last] : null,
      margin,
    });
  }
  return out;
}
