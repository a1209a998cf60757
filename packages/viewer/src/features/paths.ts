// Path between two entities: resolve typed names, run the shortest path over the entity network, and describe each hop's evidence.
import type Graph from "graphology";
import { describeEdge, statementItem, type EdgeDetails, type StatementItem } from "../model/details.ts";
import { entityNetwork, findPath, type Hop } from "../model/entity-network.ts";
import { fold, search, type SearchIndex } from "../model/search.ts";
import type { ViewerGraph } from "../model/types.ts";
import type { PathHighlight } from "../render/reducers.ts";

export interface HopEvidence {
  hop: Hop;
  edges: { kind: string; weight: number; details: EdgeDetails | null; statements: StatementItem[] }[];
}
export interface PathResult {
  from: string;
  to: string;
  hops: HopEvidence[] | null;
  highlight: PathHighlight | null;
}

/** Evidence listed per hop: the strongest few ties, and for speaks_about the first statements behind it. */
const EDGES_PER_HOP = 3;
const STATEMENTS_PER_EDGE = 2;

export class PathFinder {
  private network: Graph | null = null;
  constructor(
    private readonly graph: ViewerGraph,
    private readonly index: SearchIndex,
  ) {}

  /** An entity for a typed name: an exact (folded) name or alias first, else the best search hit; statements never. */
  resolve(name: string): string | null {
    if (!name) return null;
    if (this.graph.hasNode(name) && this.graph.getNodeAttribute(name, "kind") !== "statement") return name;
    const q = fold(name);
    const exact = this.index.entries.filter((e) => e.terms.includes(q)).sort((a, b) => b.degree - a.degree)[0];
    return exact?.key ?? search(this.index, name, 1)[0]?.key ?? null;
  }

  find(from: string, to: string): PathResult {
    this.network ??= entityNetwork(this.graph);
    const hops = findPath(this.graph, this.network, from, to);
    if (!hops) return { from, to, hops: null, highlight: null };
    const nodes = new Set<string>([from, to]);
    const edges = new Set<string>();
    const out: HopEvidence[] = hops.map((hop) => {
      nodes.add(hop.from);
      nodes.add(hop.to);
      for (const e of hop.edges) edges.add(e);
      return {
        hop,
        edges: hop.edges.slice(0, EDGES_PER_HOP).map((e) => {
          const a = this.graph.getEdgeAttributes(e);
          const statements = Array.isArray(a.statements)
            ? a.statements
                .filter((s) => this.graph.hasNode(s))
                .slice(0, STATEMENTS_PER_EDGE)
                .map((s) => statementItem(this.graph, s))
            : [];
          return {
            kind: a.kind,
            weight: typeof a.weight === "number" ? a.weight : 1,
            details: statements.length ? null : describeEdge(this.graph, e),
            statements,
          };
        }),
      };
    });
    return { from, to, hops: out, highlight: { nodes, edges } };
  }
}
