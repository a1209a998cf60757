// Scratch memory of the beam decoder (beam.ts), made once per model and width so a sentence allocates only its output.
import { NUM_TAGS as NUM_TAGS_IMPORT } from "./iob.ts";

const NUM_TAGS: number = NUM_TAGS_IMPORT;

/** Buffers of one beam width, made once per document so a sentence allocates nothing but its output. */
export interface BeamBuffers {
  width: number;
  docScores: Float64Array;
  bScore: Float64Array;
  bPrev: Int32Array;
  bPrev2: Int32Array;
  nScore: Float64Array;
  nPrev: Int32Array;
  nPrev2: Int32Array;
  /** candidates: summed score, tag, previous tag, parent's place in the beam */
  cScore: Float64Array;
  cPrev: Int32Array;
  cPrev2: Int32Array;
  cBack: Int32Array;
  /**
   * per (previous tag, tag before it): the weights of the two tag features that depend on nothing else, made when
   * first needed and valid while `transW`/`transBase`/`transEpoch` match (weights that change in place, as in
   * training, must reset `transW` before each call)
   */
  trans: Float64Array;
  transStamp: Int32Array;
  transEpoch: number;
  transW: Float32Array | Int16Array | null;
  transBase: number;
  /** per previous tag: the token's scores with the tag features that depend on it and the word, valid when stamped */
  prevPart: Float64Array;
  prevStamp: Int32Array;
  stamp: number;
  /** the kept candidates' indices, best first */
  top: Int32Array;
  /** candidate index of each (tag, previous tag) state at the current token, -1 when none yet */
  slot: Int32Array;
  /** per token and kept hypothesis: its last tag and its parent's place in the token before (grown when needed) */
  tagAt: Uint8Array;
  backAt: Int32Array;
}

export function newBeamBuffers(width: number): BeamBuffers {
  const cap = width * NUM_TAGS;
  return {
    width,
    docScores: new Float64Array(NUM_TAGS),
    bScore: new Float64Array(width),
    bPrev: new Int32Array(width),
    bPrev2: new Int32Array(width),
    nScore: new Float64Array(width),
    nPrev: new Int32Array(width),
    nPrev2: new Int32Array(width),
    cScore: new Float64Array(cap),
    cPrev: new Int32Array(cap),
    cPrev2: new Int32Array(cap),
    cBack: new Int32Array(cap),
    top: new Int32Array(width),
    trans: new Float64Array(NUM_TAGS * NUM_TAGS * NUM_TAGS),
    transStamp: new Int32Array(NUM_TAGS * NUM_TAGS),
    transEpoch: 0,
    transW: null,
    transBase: -1,
    prevPart: new Float64Array(NUM_TAGS * NUM_TAGS),
    prevStamp: new Int32Array(NUM_TAGS),
    stamp: 0,
    slot: new Int32Array(NUM_TAGS * NUM_TAGS).fill(-1),
    // room for one token: the first sentence takes decodeBeam's growth path, so that path has type feedback before
    // the decoder is optimised (first taken afterwards, it threw the optimised code away in every thread)
    tagAt: new Uint8Array(width),
    backAt: new Int32Array(width),
  };
}
