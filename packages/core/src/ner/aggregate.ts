// Context aggregation (Ratinov & Roth 2009): a name gets, as second-pass features, the words around all its occurrences.
import { mix } from "./hash.ts";
import { rowOf, type RowLayout } from "./rows.ts";
import { D } from "./templates.ts";
import type { SentenceWords } from "./features.ts";

/** at most this many distinct words per side and name, so a name repeated all through a long article stays cheap */
const MAX_PER_SIDE = 6;
const EDGE = 0x2545f491;

/**
 * Per name key (SentenceWords.docKey) seen at least twice in the document: the weight offsets of "word before some
 * occurrence" and "word after some occurrence". A name whose type is clear in one sentence ("Mr Holm", "Holm Corp") so
 * passes the evidence to its other occurrences; unlike the cues (cues.ts) any word counts, and training decides.
 */
export function aggregateContexts(sents: readonly SentenceWords[], L: RowLayout): Map<number, Int32Array> {
  const seen = new Map<
    number,
    { n: number; left: number[]; right: number[]; left2: number[]; right2: number[]; sl: number[]; sr: number[] }
  >();
  for (const sf of sents) {
    for (let i = 0; i < sf.n; i++) {
      const k = sf.docKey[i] ?? 0;
      if (!k) continue;
      let e = seen.get(k);
      if (!e) seen.set(k, (e = { n: 0, left: [], right: [], left2: [], right2: [], sl: [], sr: [] }));
      e.n++;
      const l = sf.lower[i - 1] ?? EDGE; // out of range is undefined: the sentence edge
      const r = sf.lower[i + 1] ?? EDGE;
      if (e.left.length < MAX_PER_SIDE && !e.left.includes(l)) e.left.push(l);
      if (e.right.length < MAX_PER_SIDE && !e.right.includes(r)) e.right.push(r);
      const sl = sf.shape[i - 1] ?? EDGE;
      const sr = sf.shape[i + 1] ?? EDGE;
      if (e.sl.length < MAX_PER_SIDE && !e.sl.includes(sl)) e.sl.push(sl);
      if (e.sr.length < MAX_PER_SIDE && !e.sr.includes(sr)) e.sr.push(sr);
      const l2 = sf.lower[i - 2] ?? EDGE;
      const r2 = sf.lower[i + 2] ?? EDGE;
      if (e.left2.length < MAX_PER_SIDE && !e.left2.includes(l2)) e.left2.push(l2);
      if (e.right2.length < MAX_PER_SIDE && !e.right2.includes(r2)) e.right2.push(r2);
    }
  }
  const out = new Map<number, Int32Array>();
  for (const [k, e] of seen) {
    if (e.n < 2) continue;
    const rows: number[] = [];
    for (const h of e.left) rows.push(rowOf(mix(D.AggL, h), L));
    for (const h of e.right) rows.push(rowOf(mix(D.AggR, h), L));
    for (const h of e.sl) rows.push(rowOf(mix(D.AggSL, h), L));
    for (const h of e.sr) rows.push(rowOf(mix(D.AggSR, h), L));
    for (const h of e.left2) rows.push(rowOf(mix(D.AggL2, h), L));
    for (const h of e.right2) rows.push(rowOf(mix(D.AggR2, h), L));
    const kept = rows.filter((o) => o >= 0);
    if (kept.length) out.set(k, Int32Array.from(kept));
  }
  return out;
}
