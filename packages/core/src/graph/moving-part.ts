// The part of the entity network a rebuild's ForceAtlas2 moves: the new nodes, their kept neighbours, their start places.
import Graph from "graphology";
import { compareStrings } from "./attributes.ts";
import type { EntityNet } from "./entity-net.ts";
import type { Positions } from "./keep-positions.ts";
import { seededPosition } from "./style.ts";

/**
 * The new (not held) nodes of the network, with the held nodes next to them (fixed), and the edges touching a new
 * node: found from the new nodes, then put in the network's own order (keys, then edge pairs, as entityNetwork
 * inserts them), so ForceAtlas2 sums its forces in the same order whatever the route.
 */
export function movingPart(net: EntityNet, held: (k: string) => boolean): { part: Graph; at: Map<string, number> } {
  const { keys } = net;
  const nodes = new Set<number>();
  const edges = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    if (net.gone[i] || held(keys[i]!)) continue;
    nodes.add(i);
    for (let j = net.starts[i]!, l = net.starts[i + 1]!; j < l; j++) {
      nodes.add(net.nbr[j]!);
      edges.add(net.edge[j]!);
    }
  }
  const part = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const at = new Map<string, number>();
  for (const i of [...nodes].sort((a, b) => compareStrings(keys[a]!, keys[b]!))) {
    part.addNode(keys[i]!);
    at.set(keys[i]!, i);
  }
  const { eu, ev, ew } = net;
  const list = [...edges].sort(
    (a, b) => compareStrings(keys[eu[a]!]!, keys[eu[b]!]!) || compareStrings(keys[ev[a]!]!, keys[ev[b]!]!),
  );
  for (const e of list) part.addEdge(keys[eu[e]!]!, keys[ev[e]!]!, { weight: ew[e]! });
  return { part, at };
}

/** A new node's start (node i of the network): beside its neighbours that keep their places, else on the seeded disc. */
export function startFor(
  k: string,
  i: number | undefined,
  net: EntityNet,
  previous: Positions,
): { x: number; y: number } {
  const seeded = seededPosition(k, 100);
  if (previous.size === 0 || i === undefined) return seeded;
  let x = 0,
    y = 0,
    n = 0;
  for (let j = net.starts[i]!, l = net.starts[i + 1]!; j < l; j++) {
    const p = previous.get(net.keys[net.nbr[j]!]!);
    if (p) {
      x += p.x;
      y += p.y;
      n++;
    }
  }
  return n ? { x: x / n + seeded.x / 10, y: y / n + seeded.y / 10 } : seeded;
}
