// Turn file text (newsgraph graph.json or any GEXF) into the viewer's graph; every failure becomes a readable GraphLoadError.
import Graph from "graphology";
import { SerializedGraph, gexfProblem } from "@newsgraph/core";
import { coerceFields } from "./values.ts";
import { addSpeaksAbout, hasEntityNetwork } from "./entity-network.ts";
import { looksLaidOut } from "./layout-quality.ts";
import { isKind, type Attributes, type LoadedGraph, type VEdge, type VNode, type ViewerGraph } from "./types.ts";

/** Parses GEXF text into a graphology graph: graphology-gexf's browser parser in the app, its node parser in tests. */
export type GexfParser = (text: string) => Graph;

export class GraphLoadError extends Error {
  override name = "GraphLoadError";
}

export function detectFormat(text: string, name: string): "json" | "gexf" {
  const lower = name.toLowerCase();
  if (lower.endsWith(".gexf") || lower.endsWith(".xml")) return "gexf";
  if (lower.endsWith(".json")) return "json";
  return text.trimStart().startsWith("<") ? "gexf" : "json";
}

export function loadGraphText(text: string, name: string, parseGexf: GexfParser): LoadedGraph {
  const format = detectFormat(text, name);
  const graph = format === "json" ? fromJson(text, name) : fromGexf(text, name, parseGexf);
  if (graph.order === 0)
    throw new GraphLoadError(
      `newsgraph/viewer: ${name} holds no nodes; build a graph with \`pnpm newsgraph build <articles> -o graph.json\``,
    );
  let hadPositions = true;
  let hadSizes = true;
  let spread = false;
  let first: { x: unknown; y: unknown } | null = null;
  graph.forEachNode((_k, a) => {
    if (!finite(a.x) || !finite(a.y)) hadPositions = false;
    if (!finite(a.size)) hadSizes = false;
    if (!first) first = { x: a.x, y: a.y };
    else if (a.x !== first.x || a.y !== first.y) spread = true;
  });
  // every node on one spot (e.g. all zeros) is no layout at all: treat it as missing
  if (graph.order > 1 && !spread) {
    hadPositions = false;
    graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: Number.NaN, y: Number.NaN }));
  }
  if (!hadPositions) seedPositions(graph);
  // graphs built before the entity network existed get it here, so the overview and paths work on them too
  const derivedEdges = hasEntityNetwork(graph) ? 0 : addSpeaksAbout(graph);
  return {
    derivedEdges,
    graph,
    format,
    name,
    hadPositions,
    hadSizes,
    laidOut: hadPositions && (builtLayout(graph) || looksLaidOut(graph)),
  };
}

function fromJson(text: string, name: string): ViewerGraph {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new GraphLoadError(
      `newsgraph/viewer: ${name} is not valid JSON (${(e as Error).message}); open a graph.json written by \`newsgraph build\` or a .gexf file`,
    );
  }
  const parsed = SerializedGraph.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : "";
    throw new GraphLoadError(
      `newsgraph/viewer: ${name} is not a newsgraph graph: ${issues.join("; ")}${more}. Rebuild it with \`pnpm newsgraph build\``,
    );
  }
  try {
    const g = new Graph<VNode, VEdge>({ type: "mixed", multi: true, allowSelfLoops: true, ...parsed.data.options });
    g.import(parsed.data as never);
    return g;
  } catch (e) {
    throw new GraphLoadError(
      `newsgraph/viewer: ${name} has an inconsistent graph (${(e as Error).message}); rebuild it with \`pnpm newsgraph build\``,
    );
  }
}

function fromGexf(text: string, name: string, parseGexf: GexfParser): ViewerGraph {
  // before any XML parser: a DTD can expand entities until the tab dies, and reserved ids poison plain objects
  const problem = gexfProblem(text);
  if (problem) throw new GraphLoadError(`newsgraph/viewer: ${name} is refused: ${problem}`);
  let src: Graph;
  try {
    src = parseGexf(text);
  } catch (e) {
    throw new GraphLoadError(
      `newsgraph/viewer: ${name} is not a readable GEXF file (${(e as Error).message}); check it opens in Gephi`,
    );
  }
  const g = new Graph<VNode, VEdge>({ type: src.type, multi: true, allowSelfLoops: true });
  src.forEachNode((key, a) => g.addNode(key, normaliseNode(key, a)));
  src.forEachEdge((key, a, s, t, _sa, _ta, undirected) => {
    const attrs = normaliseEdge(a);
    if (undirected) g.addUndirectedEdgeWithKey(key, s, t, attrs);
    else g.addDirectedEdgeWithKey(key, s, t, attrs);
  });
  return g;
}

/** GEXF stores lists as strings: ours as "a | b" (core's LIST_SEPARATOR) or JSON; accept both. */
export function listValue(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== "string" || v === "") return [];
  if (v.startsWith("[")) {
    try {
      const j: unknown = JSON.parse(v);
      if (Array.isArray(j)) return j.map(String);
    } catch {
      /* not JSON: fall through to the separator */
    }
  }
  return v
    .split(" | ")
    .map((s) => s.trim())
    .filter(Boolean);
}

function jsonValue(v: unknown): unknown {
  if (typeof v !== "string" || !(v.startsWith("[") || v.startsWith("{"))) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** Keep Gephi's colours, positions and sizes; map a missing or unknown kind to the generic "other". */
export function normaliseNode(key: string, a: Attributes): VNode {
  const n: Attributes = { ...a };
  n.kind = isKind(a.kind) ? a.kind : "other";
  n.label =
    typeof a.label === "string" && a.label !== "" ? a.label : typeof a.label === "number" ? String(a.label) : key;
  n.aliases = listValue(a.aliases);
  if (a.documents !== undefined) n.documents = listValue(a.documents);
  if (a.roles !== undefined) {
    const r = jsonValue(a.roles);
    if (Array.isArray(r)) n.roles = r;
    else delete n.roles;
  }
  coerceFields(n);
  return n as VNode;
}

export function normaliseEdge(a: Attributes): VEdge {
  const e: Attributes = { ...a };
  e.kind =
    typeof a.kind === "string" && a.kind !== ""
      ? a.kind
      : typeof a.label === "string" && a.label !== ""
        ? a.label
        : "link";
  coerceFields(e);
  return e as VEdge;
}

/** The build says it ran a layout (graph attribute `layout: {algorithm, iterations}` of the graph contract): trust it. */
function builtLayout(graph: ViewerGraph): boolean {
  const l = graph.getAttribute("layout") as { iterations?: unknown } | undefined;
  return typeof l === "object" && l !== null && typeof l.iterations === "number" && l.iterations > 0;
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Golden-angle spiral by insertion order: deterministic, and never all-zero, so ForceAtlas2 can start from it. */
function seedPositions(graph: ViewerGraph): void {
  const golden = Math.PI * (3 - Math.sqrt(5));
  let i = 0;
  graph.updateEachNodeAttributes((_k, a) => {
    i++;
    if (finite(a.x) && finite(a.y)) return a;
    const r = 10 * Math.sqrt(i);
    return { ...a, x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
  });
}
