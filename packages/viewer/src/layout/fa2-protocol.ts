// Messages between the FA2 runner (main thread) and its worker; shared so both sides agree on the shape.

/** Floats per node and per edge in the library's matrices (see graphology-layout-forceatlas2/iterate.js). */
export const PPN = 10;
export const PPE = 3;

export type ToWorker =
  /** a new run: the matrices are transferred; the worker iterates until told to stop */
  | { type: "start"; run: number; settings: object; nodes: ArrayBuffer; edges: ArrayBuffer; roundMs: number }
  | { type: "stop"; run: number };

/** One round: as many iterations as fit in roundMs, then the node positions (x, y pairs) of the last one. */
export interface FromWorker {
  run: number;
  positions: ArrayBuffer;
  iterations: number;
  /** worker time spent iterating this round (the bench reads it under this name) */
  __computeMs: number;
}
