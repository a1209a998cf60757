// Shapes of the graph as the viewer holds it: newsgraph attributes plus a generic kind for foreign GEXF nodes.
import type Graph from "graphology";
import type { NodeAttributes, EdgeAttributes } from "@newsgraph/core";

/** newsgraph's node kinds, plus "other" for nodes of foreign GEXF files that carry no (known) kind. */
export const KINDS = ["person", "organization", "country", "location", "statement", "other"] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  person: "Person",
  organization: "Organization",
  country: "Country",
  location: "Location",
  statement: "Statement",
  other: "Other",
};

/** The schema's declared fields without zod's passthrough index signature (which would swallow them in Omit). */
type Declared<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
export type Attributes = Record<string, unknown>;

export type VNode = Omit<Declared<NodeAttributes>, "kind" | "x" | "y"> & {
  kind: Kind;
  x: number;
  y: number;
} & Attributes;
/** Edge kinds stay strings: foreign GEXF edges may carry any label, or none ("link"). */
export type VEdge = Omit<Declared<EdgeAttributes>, "kind" | "document" | "start" | "end"> & {
  kind: string;
  document?: string;
  start?: number;
  end?: number;
} & Attributes;
export type ViewerGraph = Graph<VNode, VEdge>;

export interface LoadedGraph {
  graph: ViewerGraph;
  /** where it came from: newsgraph JSON or a GEXF file (ours or Gephi's) */
  format: "json" | "gexf";
  name: string;
  /** every node had x/y in the file (and not all on one spot) */
  hadPositions: boolean;
  /** those positions are a real layout (neighbours close together), not seeded start positions: keep them as they are */
  laidOut: boolean;
  /** every node had a size in the file (Gephi files): offer "size as in file" */
  hadSizes: boolean;
  /** speaks_about edges the viewer derived itself (0 when the build wrote the entity network) */
  derivedEdges: number;
}

export function isKind(k: unknown): k is Kind {
  return typeof k === "string" && (KINDS as readonly string[]).includes(k);
}
