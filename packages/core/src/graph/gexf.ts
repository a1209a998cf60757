// GEXF 1.3 writer: pure string chunks (no DOM), deterministic, valid against the official RelaxNG schema; dynamic when dated.
import type { AbstractGraph } from "graphology-types";
import type { CorpusGraph } from "./corpus-graph.ts";
import { inferColumns, type Column } from "./attributes.ts";
import { formatAttrValue } from "./attr-values.ts";
import { parseColor } from "./color.ts";
import { DEFAULT_COLOR } from "./style.ts";
import {
  exportEdges,
  exportNodes,
  type ExportView,
  type ExportViewOptions,
  type ViewEdge,
  type ViewNode,
} from "./view.ts";
import { escapeAttr, escapeText, xmlNumber } from "./xml.ts";

export interface GexfOptions extends ExportViewOptions {
  creator?: string;
  description?: string;
  /** YYYY-MM-DD; omitted by default so the same graph always gives the same bytes */
  lastModified?: string;
  /**
   * Write `mode="dynamic"` with start/end days on nodes and edges (from `firstSeen`/`lastSeen`, or a statement's
   * `date`) so Gephi's Timeline can play the graph. Default: dynamic exactly when some node or edge has a day.
   */
  dynamic?: boolean;
}

/** Node attributes that map to GEXF's own fields (label, viz:*) instead of attribute columns. */
const NODE_RESERVED = new Set(["label", "x", "y", "z", "size", "color"]);
/** `kind` is GEXF's native edge kind (and the label); `weight` is the native weight. */
const EDGE_RESERVED = new Set(["label", "kind", "weight", "size", "color", "thickness"]);

/** GEXF types for our inferred column types (same names, but keep the mapping explicit). */
const GEXF_TYPE: Record<Column["type"], string> = {
  boolean: "boolean",
  integer: "integer",
  long: "long",
  double: "double",
  string: "string",
  liststring: "liststring",
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The [start, end] days of a node or edge, when it has them. */
function spanOf(a: Record<string, unknown>): { start: string; end: string } | undefined {
  const first = a.firstSeen ?? a.date,
    last = a.lastSeen ?? a.date;
  return typeof first === "string" && typeof last === "string" && DAY.test(first) && DAY.test(last)
    ? { start: first, end: last }
    : undefined;
}

/** Serialise any graphology graph (or a filtered view of it) to a GEXF 1.3 document. */
export function toGexf(graph: AbstractGraph | CorpusGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join("");
}

/** The same document as chunks (the header, then one per node and edge), for writing a corpus graph piece by piece. */
export function* gexfChunks(graph: AbstractGraph | CorpusGraph, options: GexfOptions = {}): Generator<string> {
  yield* gexfParts(graph, options).chunks();
}

/**
 * A GEXF document in two steps. The edge elements need no node positions, so `edges()` can be written (to a
 * spool) while the layout still runs; `chunks(edges)` then writes the document with those bytes in the edges'
 * place, reading the nodes as they are by then. `chunks()` alone is gexfChunks.
 */
export interface GexfParts {
  edges(): Generator<string>;
  chunks(edges?: Iterable<string>): Generator<string>;
}

export function gexfParts(graph: AbstractGraph | CorpusGraph, options: GexfOptions = {}): GexfParts {
  const half = exportEdges(graph, options);
  const edgeCols = gexfColumns(
    inferColumns(
      half.edges.map((e) => e.attributes),
      EDGE_RESERVED,
    ),
  );
  // node days are there before the layout (it only moves nodes), so the mode is fixed here for both steps
  const dynamic =
    options.dynamic ??
    (half.edges.some((e) => spanOf(e.attributes)) ||
      [...half.keep].some((k) => spanOf(half.attributesOf(k)) !== undefined));
  function* edges(): Generator<string> {
    for (const e of half.edges) yield writeEdge(e, edgeCols, half.type === "mixed", dynamic);
  }
  function* chunks(written?: Iterable<string>): Generator<string> {
    const nodes = exportNodes(options, half);
    const nodeCols = gexfColumns(
      inferColumns(
        nodes.map((n) => n.attributes),
        NODE_RESERVED,
      ),
    );
    yield header(options, half.type, dynamic, nodeCols, edgeCols, nodes.length);
    for (const n of nodes) yield writeNode(n, nodeCols, dynamic);
    yield `    </nodes>\n    <edges count="${half.edges.length}">\n`;
    yield* written ?? edges();
    yield "    </edges>\n  </graph>\n</gexf>\n";
  }
  return { edges, chunks };
}

function header(
  options: GexfOptions,
  type: ExportView["type"],
  dynamic: boolean,
  nodeCols: GexfColumn[],
  edgeCols: GexfColumn[],
  nodes: number,
): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  out.push(options.lastModified ? `  <meta lastmodifieddate="${escapeAttr(options.lastModified)}">` : "  <meta>");
  out.push(`    <creator>${escapeText(options.creator ?? "newsgraph")}</creator>`);
  if (options.description) out.push(`    <description>${escapeText(options.description)}</description>`);
  out.push("  </meta>");
  // a mixed graph declares no default; each edge then says its own type
  const defaultType = type === "mixed" ? "" : ` defaultedgetype="${type}"`;
  const mode = dynamic ? ' mode="dynamic" timeformat="date"' : "";
  out.push(`  <graph${defaultType}${mode}>`);
  declare(out, "node", nodeCols);
  declare(out, "edge", edgeCols);
  out.push(`    <nodes count="${nodes}">`);
  return out.join("\n") + "\n";
}

function timeAttrs(a: Record<string, unknown>, dynamic: boolean): string {
  const span = dynamic ? spanOf(a) : undefined;
  return span ? ` start="${span.start}" end="${span.end}"` : "";
}

function declare(out: string[], cls: "node" | "edge", cols: Column[]): void {
  if (cols.length === 0) return;
  out.push(`    <attributes class="${cls}">`);
  for (const c of cols)
    out.push(`      <attribute id="${escapeAttr(c.name)}" title="${escapeAttr(c.name)}" type="${GEXF_TYPE[c.type]}"/>`);
  out.push("    </attributes>");
}

/** A column with the start of its `<attvalue>` element, escaped once per document rather than once per value. */
interface GexfColumn extends Column {
  head: string;
}

function gexfColumns(cols: Column[]): GexfColumn[] {
  return cols.map((c) => ({ ...c, head: `          <attvalue for="${escapeAttr(c.name)}" value="` }));
}

/**
 * The `<attvalues>` block of one node or edge ("" when it has none), each line ending in a newline. One string
 * grown by concatenation rather than lines pushed and joined: half a million values on BBC, and the array, the
 * splice that put the opening line in front and the join cost more than the values.
 */
function attvalues(attrs: Record<string, unknown>, cols: GexfColumn[]): string {
  let s = "";
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    const f = formatAttrValue(attrs[c.name], c.type);
    if (f !== undefined) s += c.head + f + '"/>\n';
  }
  return s === "" ? s : "        <attvalues>\n" + s + "        </attvalues>\n";
}

/** viz:color elements by colour string: a graph has a handful of colours and tens of thousands of nodes */
const vizColors = new Map<string, string>();

function vizColor(color: string): string {
  let el = vizColors.get(color);
  if (el === undefined) {
    el = makeVizColor(color);
    if (vizColors.size < 1024) vizColors.set(color, el);
  }
  return el;
}

function makeVizColor(color: string): string {
  const c = parseColor(color) ?? parseColor(DEFAULT_COLOR)!;
  const a = c.a < 1 ? ` a="${xmlNumber(Math.round(c.a * 1000) / 1000)}"` : "";
  return `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"${a}/>`;
}

/** GEXF labels are xsd:token; collapse whitespace so what Gephi shows is what the schema means. */
function label(s: unknown): string {
  const t = String(s ?? "");
  // most labels have single spaces between words and none at the ends: nothing to collapse or trim
  return escapeAttr(COLLAPSES.test(t) ? t.replace(/\s+/g, " ").trim() : t);
}

/** whitespace that label() changes: a run of two, any but the plain space, or a space at either end */
const COLLAPSES = /\s\s|[^\S ]|^ | $/;

/** One node's element, its lines each ending in a newline. */
function writeNode(n: ViewNode, cols: GexfColumn[], dynamic: boolean): string {
  const lab: unknown = n.attributes.label ?? n.key;
  return (
    `      <node id="${escapeAttr(n.key)}" label="${label(lab)}"${timeAttrs(n.attributes, dynamic)}>\n` +
    attvalues(n.attributes, cols) +
    `        ${vizColor(n.color)}\n` +
    `        <viz:position x="${xmlNumber(n.x)}" y="${xmlNumber(n.y)}"/>\n` +
    `        <viz:size value="${xmlNumber(Math.max(0, n.size))}"/>\n` +
    "      </node>\n"
  );
}

/** One edge's element, its lines each ending in a newline. */
function writeEdge(e: ViewEdge, cols: GexfColumn[], perEdgeType: boolean, dynamic: boolean): string {
  const a = e.attributes;
  const kind = typeof a.kind === "string" && a.kind ? a.kind : undefined;
  const lab: unknown = a.label ?? kind;
  let head = `      <edge id="${escapeAttr(e.id)}" source="${escapeAttr(e.source)}" target="${escapeAttr(e.target)}"`;
  if (perEdgeType) head += ` type="${e.undirected ? "undirected" : "directed"}"`;
  if (kind) head += ` kind="${label(kind)}"`;
  if (lab !== undefined) head += ` label="${label(lab)}"`;
  if (typeof a.weight === "number" && Number.isFinite(a.weight)) head += ` weight="${xmlNumber(a.weight)}"`;
  const time = timeAttrs(a, dynamic);
  if (time) head += ` ${time.trim()}`;
  let body = attvalues(a, cols);
  if (typeof a.color === "string") body += `        ${vizColor(a.color)}\n`;
  return body === "" ? `${head}/>\n` : `${head}>\n${body}      </edge>\n`;
}
