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
  /** its confidence in the rest (statement-keep.ts reads it): margins in the decoder's weight units */
  conf: TagConfidence;
}

/** Margins (winning tag's score minus the runner-up's) over an attribution's parts and the tokens at its content's ends. */
export interface TagConfidence {
  /** the smallest over the content's tokens, and their mean */
  contentMin: number;
  contentMean: number;
  /** at the content's first and last token, and at the tokens just outside it (Infinity at the sentence's edge) */
  first: number;
  last: number;
  before: number;
  after: number;
  /** the smallest over the source's tokens (Infinity: no source) */
  source: number;
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
    const m = (a: number, b: number) => {
      let x = Infinity;
      for (let t = a; t <= b; t++) x = Math.min(x, margins[t - first]!);
      return x;
    };
    let sum = 0;
    for (let t = con.first; t <= con.last; t++) sum += margins[t - first]!;
    const at = (t: number) => (t >= first && t < first + tags.length ? margins[t - first]! : Infinity);
    out.push({
      cue: [cue.first, cue.last],
      content: [con.first, con.last],
      source: src ? [src.first, src.last] : null,
      margin: m(cue.first, cue.last),
      conf: {
        contentMin: m(con.first, con.last),
        contentMean: sum / (con.last - con.first + 1),
        first: at(con.first),
        last: at(con.last),
        before: at(con.first - 1),
        after: at(con.last + 1),
        source: src ? m(src.first, src.last) : Infinity,
      },
    });
  }
  return out;
}
