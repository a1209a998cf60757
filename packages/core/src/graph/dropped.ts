// The shape of the statements' sums a rebuild carries instead of the statements (statement-totals.ts computes them).

/**
 * What every statement of a built graph adds to the sums the corpus stages read, all of them order-free: an entity's
 * size counts the weights of its edges to statements, a new statement's ring counts the statements sharing its
 * anchor, and the layout quality sums every edge's length (in millionths, quality.ts). An incremental build whose
 * previous documents are all clean (carry.ts) copies every statement line of the previous graph.json and builds none
 * of those statements: these sums stand in for them (DroppedStatements).
 */
export interface StatementTotals {
  /** statement nodes */
  nodes: number;
  /** edges touching a statement (said, told, via, mentions) */
  edges: number;
  /** per entity key, the summed weights of its edges to statements */
  degree: Map<string, number>;
  /** per anchor (anchorKey), how many statements have it */
  anchors: Map<string, number>;
  /** the statement edges' lengths, each in millionths (quality.ts micro), summed */
  length: bigint;
}

/**
 * The statements of the previous build, carried as their sums only (StatementTable.dropped): every one belongs to a
 * clean document, keeps its place and has its lines copied. `documents`: how many documents that build had (every
 * one must be clean again, or the statements are built as before). `keys`, `x`, `y`: the statements' places, sorted
 * by key (the quality score draws random pairs from every node in key order).
 */
export interface DroppedStatements extends StatementTotals {
  documents: number;
  keys: readonly string[];
  x: Float64Array;
  y: Float64Array;
}
