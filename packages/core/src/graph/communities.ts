// Communities carried across an incremental build: old nodes keep their ids, new nodes join their neighbours'.
import type Graph from "graphology";
import { compareStrings } from "./attributes.ts";
import { EntityNet } from "./entity-net.ts";

/**
 * Carry communities only while at most this share of the entity network is new: ten articles add a few dozen nodes
 * to tens of thousands, and a new Louvain run could renumber or regroup every community for that. Past it, so much
 * is new that the old partition says little, and Louvain runs afresh.
 */
export const CARRY_COMMUNITIES_UP_TO = 0.05;

/** Whether communities are carried when `fresh` of the network's `nodes` are new (see CARRY_COMMUNITIES_UP_TO). */
export function carriesCommunities(fresh: number, nodes: number): boolean {
  return nodes > 0 && fresh <= CARRY_COMMUNITIES_UP_TO * nodes;
}

/**
 * The previous build's communities for the nodes it had; each new node (in key order, so the result does not depend
 * on insertion order) joins the community its already placed neighbours are tied to most strongly (summed edge
 * weight, ties to the smaller id), repeated while that places more; a new node with no placed neighbour, and any
 * group of new nodes reachable only through each other, gets a fresh id each (one past the largest in use, in key
 * order): Louvain also starts them as their own communities. Undefined when too much is new.
 */
export function carryCommunities(
  network: Graph | EntityNet,
  previous: ReadonlyMap<string, number>,
): Map<string, number> | undefined {
  const net = network instanceof EntityNet ? network : EntityNet.fromGraph(network);
  const community = new Map<string, number>();
  const fresh: number[] = [];
  let next = 0;
  for (let i = 0; i < net.keys.length; i++) {
    if (net.gone[i]) continue;
    const c = previous.get(net.keys[i]!);
    if (c === undefined) fresh.push(i);
    else {
      community.set(net.keys[i]!, c);
      next = Math.max(next, c + 1);
    }
  }
  if (!carriesCommunities(fresh.length, net.order)) return undefined;
  fresh.sort((a, b) => compareStrings(net.keys[a]!, net.keys[b]!));
  let waiting = fresh;
  for (;;) {
    const still: number[] = [];
    for (const i of waiting) {
      const c = strongestNeighbour(net, i, community);
      if (c === undefined) still.push(i);
      else community.set(net.keys[i]!, c);
    }
    if (still.length === waiting.length) break;
    waiting = still;
  }
  for (const i of waiting) community.set(net.keys[i]!, next++);
  return community;
}

/** The community node i's placed neighbours weigh most in (ties to the smaller id), if any is placed. */
function strongestNeighbour(net: EntityNet, i: number, community: ReadonlyMap<string, number>): number | undefined {
  const weight = new Map<number, number>();
  for (let j = net.starts[i]!, l = net.starts[i + 1]!; j < l; j++) {
    const c = community.get(net.keys[net.nbr[j]!]!);
    if (c !== undefined) weight.set(c, (weight.get(c) ?? 0) + net.ew[net.edge[j]!]!);
  }
  let best: number | undefined,
    most = -Infinity;
  for (const [c, w] of weight)
    if (w > most || (w === most && c < best!)) {
      best = c;
      most = w;
    }
  return best;
}
