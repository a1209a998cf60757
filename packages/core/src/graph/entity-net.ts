// The entity network as flat arrays (compressed rows): what the metrics and a rebuild's layout read, without graphology.
import Graph from "graphology";
import type { AbstractGraph } from "graphology-types";

/**
 * A simple undirected weighted network over node indices: nodes in a fixed order (entityNetwork's: entity keys in
 * compareStrings order), edges in a fixed order (by pair: the smaller index first), each node's neighbours in edge
 * order. graphology's undirected graph of the same network cost a rebuild about 0.4 s of the main thread to build
 * (a dictionary object of neighbours per node, a generated key and an edge object per edge), and PageRank, the
 * community carry and a rebuild's layout only walk it; `toGraph` makes that graph, the same insertion order, for
 * Louvain and a whole-network ForceAtlas2 (a first build).
 */
export class EntityNet {
  /** per node, its key */
  readonly keys: readonly string[];
  /** per edge, its ends (u < v in entityNetwork's networks) and its weight */
  readonly eu: Uint32Array;
  readonly ev: Uint32Array;
  readonly ew: Float64Array;
  /** node i's neighbours are nbr[starts[i] .. starts[i + 1]), with the edge of each in `edge`, in edge order */
  readonly starts: Uint32Array;
  readonly nbr: Uint32Array;
  readonly edge: Uint32Array;
  /** per node, the sum of its edges' weights, added in edge order */
  readonly weighted: Float64Array;
  /** nodes dropped by the layout (isolated ones it places on a ring instead); they have no edges */
  readonly gone: Uint8Array;
  /** per node, its final place, copied from the graph by the layout (finishLayout) */
  readonly x: Float64Array;
  readonly y: Float64Array;
  private dropped = 0;

  constructor(keys: readonly string[], eu: Uint32Array, ev: Uint32Array, ew: Float64Array) {
    const n = keys.length,
      m = eu.length;
    this.keys = keys;
    this.eu = eu;
    this.ev = ev;
    this.ew = ew;
    const starts = new Uint32Array(n + 1);
    for (let e = 0; e < m; e++) {
      starts[eu[e]! + 1]!++;
      starts[ev[e]! + 1]!++;
    }
    for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
    const fill = starts.slice(0, n);
    const nbr = new Uint32Array(2 * m),
      edge = new Uint32Array(2 * m),
      weighted = new Float64Array(n);
    for (let e = 0; e < m; e++) {
      const u = eu[e]!,
        v = ev[e]!,
        w = ew[e]!;
      nbr[fill[u]!] = v;
      edge[fill[u]!++] = e;
      nbr[fill[v]!] = u;
      edge[fill[v]!++] = e;
      weighted[u]! += w;
      weighted[v]! += w;
    }
    this.starts = starts;
    this.nbr = nbr;
    this.edge = edge;
    this.weighted = weighted;
    this.gone = new Uint8Array(n);
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
  }

  /** The same network read from a graphology graph: its node order, its edge order, weights as graphology-metrics reads them. */
  static fromGraph(net: AbstractGraph): EntityNet {
    const keys: string[] = [];
    const index = new Map<string, number>();
    net.forEachNode((k) => {
      index.set(k, keys.length);
      keys.push(k);
    });
    const m = net.size;
    const eu = new Uint32Array(m),
      ev = new Uint32Array(m),
      ew = new Float64Array(m);
    let e = 0;
    net.forEachEdge((_e, a, s, t) => {
      eu[e] = index.get(s)!;
      ev[e] = index.get(t)!;
      // graphology-metrics' weight getter: anything but a number counts as 1
      const w: unknown = a.weight;
      ew[e++] = typeof w === "number" && !Number.isNaN(w) ? w : 1;
    });
    return new EntityNet(keys, eu, ev, ew);
  }

  /** nodes not dropped */
  get order(): number {
    return this.keys.length - this.dropped;
  }

  get size(): number {
    return this.eu.length;
  }

  degree(i: number): number {
    return this.starts[i + 1]! - this.starts[i]!;
  }

  /** Drop node i (isolated only: its edges would stay otherwise). */
  drop(i: number): void {
    if (this.degree(i) > 0)
      throw new Error(`newsgraph/graph: entity ${this.keys[i]} has edges; only isolated nodes drop`);
    if (!this.gone[i]) this.dropped++;
    this.gone[i] = 1;
  }

  /** The network with its own bookkeeping of dropped nodes and places (the arrays of edges shared, read only). */
  copy(): EntityNet {
    const c = Object.create(EntityNet.prototype) as EntityNet;
    Object.assign(c, this, {
      gone: this.gone.slice(),
      x: this.x.slice(),
      y: this.y.slice(),
      dropped: this.dropped,
    });
    return c;
  }

  /** graphology's form: the nodes not dropped in order (no attributes), the edges in order with their `weight`. */
  toGraph(): Graph {
    const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
    for (let i = 0; i < this.keys.length; i++) if (!this.gone[i]) g.addNode(this.keys[i]!);
    for (let e = 0; e < this.eu.length; e++)
      g.addEdge(this.keys[this.eu[e]!]!, this.keys[this.ev[e]!]!, { weight: this.ew[e]! });
    return g;
  }
}
