// Context aggregation (Ratinov & Roth 2009): a name gets, as second-pass features, the words around all its occurrences.
import { mix } from "./hash.ts";
import { rowOf, type RowLayout } from "./rows.ts";
import { D } from "./templates.ts";
import type { SentenceWords } from "./features.ts";

/** at most this many distinct words per side and name, so a name repeated all through a long article stays cheap */
const MAX_PER_SIDE = 6;
const EDGE = 0x2545f491;

/** the six lists, in the order their rows are given: words left and right, shapes left and right, words two away */
const LISTS = 6;
/** per name: its count, then per list its length and up to MAX_PER_SIDE values */
const SLOT = 1 + LISTS * (1 + MAX_PER_SIDE);

/** `a[j] ?? EDGE` for an Int32Array: outside it is the sentence edge */
const at = (a: Int32Array, j: number): number => (j >= 0 && j < a.length ? a[j]! : EDGE);

/** Add v to list `list` of the slot at `base` unless it is there already or the list is full. */
function note(slots: Int32Array, base: number, list: number, v: number): void {
  const o = base + 1 + list * (1 + MAX_PER_SIDE);
  const len = slots[o]!;
  if (len >= MAX_PER_SIDE) return;
  for (let j = 1; j <= len; j++) if (slots[o + j] === v) return;
  slots[o + 1 + len] = v;
  slots[o] = len + 1;
}

/**
 * Per name key (SentenceWords.docKey) seen at least twice in the document: the weight offsets of "word before some
 * occurrence" and "word after some occurrence". A name whose type is clear in one sentence ("Mr Holm", "Holm Corp") so
 * passes the evidence to its other occurrences; unlike the cues (cues.ts) any word counts, and training decides.
 * The lists live in one Int32Array of fixed slots (a name's slot is its order of first occurrence), not six arrays
 * and an object per name and document.
 */
export function aggregateContexts(sents: readonly SentenceWords[], L: RowLayout): Map<number, Int32Array> {
  const slotOf = new Map<number, number>();
  const keys: number[] = [];
  let slots = new Int32Array(64 * SLOT);
  for (const sf of sents) {
    const { lower, shape } = sf;
    for (let i = 0; i < sf.n; i++) {
      const k = sf.docKey[i] ?? 0;
      if (!k) continue;
      let slot = slotOf.get(k);
      if (slot === undefined) {
        slot = keys.length;
        slotOf.set(k, slot);
        keys.push(k);
        if ((slot + 1) * SLOT > slots.length) {
          const grown = new Int32Array(slots.length * 2);
          grown.set(slots);
          slots = grown;
        }
      }
      const base = slot * SLOT;
      slots[base]!++;
      note(slots, base, 0, at(lower, i - 1));
      note(slots, base, 1, at(lower, i + 1));
      note(slots, base, 2, at(shape, i - 1));
      note(slots, base, 3, at(shape, i + 1));
      note(slots, base, 4, at(lower, i - 2));
      note(slots, base, 5, at(lower, i + 2));
    }
  }
  const templates = [D.AggL, D.AggR, D.AggSL, D.AggSR, D.AggL2, D.AggR2];
  const out = new Map<number, Int32Array>();
  const rows = new Int32Array(LISTS * MAX_PER_SIDE);
  for (let s = 0; s < keys.length; s++) {
    const base = s * SLOT;
    if (slots[base]! < 2) continue;
    let n = 0;
    for (let list = 0; list < LISTS; list++) {
      const o = base + 1 + list * (1 + MAX_PER_SIDE);
      for (let j = 1; j <= slots[o]!; j++) {
        const r = rowOf(mix(templates[list]!, slots[o + j]!), L);
        if (r >= 0) rows[n++] = r;
      }
    }
    if (n) out.set(keys[s]!, rows.slice(0, n));
  }
  return out;
}
