// Tag schemes: CoNLL-2003 ships IOB1; we train and decode IOB2. Chunk extraction follows conlleval.
export const TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type EntityType = (typeof TYPES)[number];

/** Class index layout used by the tagger: 0 = O, 1 + 2k = B-type k, 2 + 2k = I-type k. */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export const NUM_TAGS = TAGS.length;
const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** The tag names of class indices (a loop: Array.from over a typed array makes an iterator result per element). */
export function tagNames(classes: ArrayLike<number>): string[] {
  const out = new Array<string>(classes.length);
  for (let i = 0; i < classes.length; i++) out[i] = TAGS[classes[i]!]!;
  return out;
}

export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`newsgraph/ner: unknown IOB2 tag "${tag}"; expected one of ${TAGS.join(", ")}`);
  return i;
}

/** Convert one sentence of IOB1 tags (B- only between adjacent same-type chunks) to IOB2. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t.startsWith("I-")) {
      const prev = i > 0 ? out[i - 1]! : "O";
      const type = t.slice(2);
      out.push(prev === "O" || prev.slice(2) !== type ? `B-${type}` : t);
    } else out.push(t);
  }
  return out;
}

export interface Chunk {
  type: string;
  start: number;
  /** exclusive token index */
  end: number;
}

/**
 * `chunks` read straight from class indices (0 = O, odd = B, even = I; type (c - 1) >> 1): the same chunks without a
 * tag name per token or a sliced type string per tagged token, for the tagger's output on every sentence.
 */
export function classChunks(classes: ArrayLike<number>): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  let curType = -1;
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!;
    const type = c === 0 ? -1 : (c - 1) >> 1;
    const starts = c !== 0 && (c % 2 === 1 || cur === null || curType !== type);
    if (cur && (c === 0 || starts)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (starts) {
      cur = { type: TYPES[type]!, start: i, end: i + 1 };
      curType = type;
    }
  }
  if (cur) {
    cur.end = classes.length;
    out.push(cur);
  }
  return out;
}

/**
 * Chunks as conlleval reads them: a chunk starts at B-X, at I-X after O or another type,
 * and ends before O, B-*, or a change of type. Works for IOB1 and IOB2 alike.
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const prefix = t === "O" ? "O" : t.slice(0, 1);
    const type = t === "O" ? "" : t.slice(2);
    const starts = prefix === "B" || (prefix === "I" && (cur === null || cur.type !== type));
    if (cur && (prefix === "O" || starts)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (starts) cur = { type, start: i, end: i + 1 };
  }
  if (cur) {
    cur.end = tags.length;
    out.push(cur);
  }
  return out;
}
