// Deterministic synthetic newsgraph graphs for the viewer benchmark: kinds, ~5 edges a node, optional positions.
import { rng, type SerializedGraph } from "@newsgraph/core";

const SYLLABLES = [
  "ka",
  "lo",
  "mir",
  "ven",
  "ta",
  "dor",
  "si",
  "bel",
  "ru",
  "zan",
  "pe",
  "hal",
  "no",
  "gri",
  "as",
  "tem",
];

function name(r: () => number, parts: number): string {
  const word = () => {
    let w = "";
    const n = 2 + Math.floor(r() * 2);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return Array.from({ length: parts }, word).join(" ");
}

export interface GenerateOptions {
  nodes: number;
  /** edges per node, on average */
  edgesPerNode?: number;
  positions?: boolean;
  seed?: number;
}

/**
 * 40% statements, 40% people, 15% organisations, 5% countries. Each statement is said by one person (preferential:
 * popular speakers say more) and mentions entities; people are affiliated with organisations and countries.
 */
export function generateGraph(opts: GenerateOptions): SerializedGraph {
  const r = rng(opts.seed ?? 42);
  const total = opts.nodes;
  const perNode = opts.edgesPerNode ?? 5;
  const counts = {
    statement: Math.round(total * 0.4),
    person: Math.round(total * 0.4),
    organization: Math.round(total * 0.15),
  };
  const country = total - counts.statement - counts.person - counts.organization;
  const nodes: SerializedGraph["nodes"] = [];
  const byKind: Record<string, string[]> = { person: [], organization: [], country: [], statement: [] };
  const place = () =>
    opts.positions === false
      ? {}
      : { x: Math.round((r() - 0.5) * 2000 * 100) / 100, y: Math.round((r() - 0.5) * 2000 * 100) / 100 };
  const add = (kind: "person" | "organization" | "country" | "statement", i: number) => {
    const key = `${kind}:${i}`;
    const doc = `doc-${Math.floor(r() * Math.max(1, total / 20))}.txt`;
    const label =
      kind === "statement"
        ? `Statement ${i} about ${name(r, 1)}`
        : kind === "person"
          ? name(r, 2)
          : name(r, kind === "country" ? 1 : 2);
    const attrs =
      kind === "statement"
        ? {
            kind,
            label,
            aliases: [],
            text: `${label}: we will ${name(r, 1).toLowerCase()} the ${name(r, 1).toLowerCase()} deal.`,
            quoteKind: "direct" as const,
            document: doc,
            start: 0,
            end: 40,
          }
        : {
            kind,
            label,
            aliases: r() < 0.3 ? [label.split(" ").pop()!] : [],
            mentionCount: 1 + Math.floor(r() * 20),
            documents: [doc],
          };
    nodes.push({ key, attributes: { ...attrs, ...place() } });
    byKind[kind]!.push(key);
  };
  for (let i = 0; i < counts.person; i++) add("person", i);
  for (let i = 0; i < counts.organization; i++) add("organization", i);
  for (let i = 0; i < country; i++) add("country", i);
  for (let i = 0; i < counts.statement; i++) add("statement", i);

  const edges: SerializedGraph["edges"] = [];
  const pick = (list: string[]) => list[Math.floor(Math.pow(r(), 2) * list.length)]!; // skewed: a few hubs
  const ev = () => ({ document: `doc-${Math.floor(r() * Math.max(1, total / 20))}.txt`, start: 0, end: 10 });
  const target = Math.round(total * perNode);
  const entities = [...byKind.person!, ...byKind.organization!, ...byKind.country!];
  for (const s of byKind.statement!)
    edges.push({
      key: `e${edges.length}`,
      source: pick(byKind.person!),
      target: s,
      attributes: { kind: "said", ...ev() },
    });
  for (const p of byKind.person!) {
    const to = r() < 0.7 ? pick(byKind.organization!) : pick(byKind.country!);
    edges.push({
      key: `e${edges.length}`,
      source: p,
      target: to,
      attributes: { kind: "affiliated_with", role: "official", ...ev() },
    });
  }
  while (edges.length < target) {
    edges.push({
      key: `e${edges.length}`,
      source: pick(byKind.statement!),
      target: pick(entities),
      attributes: { kind: "mentions", ...ev() },
    });
  }
  return { options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges };
}
