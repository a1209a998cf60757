// GraphML writer: pure string chunks, deterministic; typed <key>s for every scalar attribute, lists and objects as JSON.
import type { AbstractGraph } from "graphology-types";
import type { CorpusGraph } from "./corpus-graph.ts";
import { formatValue, inferColumns, type Column } from "./attributes.ts";
import { parseColor } from "./color.ts";
import { DEFAULT_COLOR } from "./style.ts";
import { exportView, type ExportViewOptions } from "./view.ts";
import { escapeAttr, escapeText, xmlNumber } from "./xml.ts";

export type GraphmlOptions = ExportViewOptions;

/** GraphML has no list type: a list is written as a JSON array string, which a reader parses whole. */
const GRAPHML_TYPE: Record<Column["type"], string> = {
  boolean: "boolean",
  integer: "int",
  long: "long",
  double: "double",
  string: "string",
  liststring: "string",
};

/**
 * Visual fields under the names Gephi's GraphML importer recognises: label, x, y, size and the colour as integer
 * `r`, `g`, `b` (it ignores a `color` string, which stays for other readers).
 */
const NODE_VISUAL: Column[] = [
  { name: "label", type: "string" },
  { name: "x", type: "double" },
  { name: "y", type: "double" },
  { name: "size", type: "double" },
  { name: "color", type: "string" },
  { name: "r", type: "integer" },
  { name: "g", type: "integer" },
  { name: "b", type: "integer" },
];
const NODE_RESERVED = new Set(NODE_VISUAL.map((c) => c.name).concat(["z"]));
/** `weight` is what Gephi and networkx read as the edge weight: always a double key. */
const EDGE_FIXED: Column[] = [
  { name: "label", type: "string" },
  { name: "kind", type: "string" },
  { name: "weight", type: "double" },
];
const EDGE_RESERVED = new Set(EDGE_FIXED.map((c) => c.name));

export function toGraphml(graph: AbstractGraph | CorpusGraph, options: GraphmlOptions = {}): string {
  return [...graphmlChunks(graph, options)].join("");
}

/** The same document as chunks (header, then one per node and edge), for writing a corpus graph piece by piece. */
export function* graphmlChunks(graph: AbstractGraph | CorpusGraph, options: GraphmlOptions = {}): Generator<string> {
  const view = exportView(graph, options);
  const nodeCols = [
    ...NODE_VISUAL,
    ...inferColumns(
      view.nodes.map((n) => n.attributes),
      NODE_RESERVED,
    ),
  ];
  const edgeCols = [
    ...EDGE_FIXED,
    ...inferColumns(
      view.edges.map((e) => e.attributes),
      EDGE_RESERVED,
    ),
  ];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const c of nodeCols)
    out.push(
      `  <key id="n_${escapeAttr(c.name)}" for="node" attr.name="${escapeAttr(c.name)}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
    );
  for (const c of edgeCols)
    out.push(
      `  <key id="e_${escapeAttr(c.name)}" for="edge" attr.name="${escapeAttr(c.name)}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
    );
  out.push(`  <graph id="G" edgedefault="${view.type === "undirected" ? "undirected" : "directed"}">`);
  yield out.join("\n") + "\n";
  const nodeData = dataColumns("n_", nodeCols);
  const edgeData = dataColumns("e_", edgeCols);
  for (const n of view.nodes) {
    const rgb = parseColor(n.color) ?? parseColor(DEFAULT_COLOR)!;
    const visual = {
      label: (n.attributes.label as unknown) ?? n.key,
      x: n.x,
      y: n.y,
      size: n.size,
      color: n.color,
      r: rgb.r,
      g: rgb.g,
      b: rgb.b,
    };
    const lines = [`    <node id="${escapeAttr(n.key)}">`];
    data(lines, { ...n.attributes, ...visual }, nodeData);
    lines.push("    </node>");
    yield lines.join("\n") + "\n";
  }
  for (const e of view.edges) {
    const directed = view.type === "mixed" ? ` directed="${e.undirected ? "false" : "true"}"` : "";
    const lines = [
      `    <edge id="${escapeAttr(e.id)}" source="${escapeAttr(e.source)}" target="${escapeAttr(e.target)}"${directed}>`,
    ];
    data(lines, { ...e.attributes, label: e.attributes.label ?? e.attributes.kind }, edgeData);
    lines.push("    </edge>");
    yield lines.join("\n") + "\n";
  }
  yield "  </graph>\n</graphml>\n";
}

/** A column with the start of its `<data>` element, escaped once per document rather than once per value. */
interface DataColumn extends Column {
  head: string;
}

function dataColumns(prefix: string, cols: Column[]): DataColumn[] {
  return cols.map((c) => ({ ...c, head: `      <data key="${prefix}${escapeAttr(c.name)}">` }));
}

function data(out: string[], attrs: Record<string, unknown>, cols: DataColumn[]): void {
  for (const c of cols) {
    const raw = attrs[c.name];
    const v = c.type === "double" && typeof raw === "number" ? xmlNumber(raw) : formatValue(raw, c.type);
    if (v !== undefined) out.push(`${c.head}${escapeText(v)}</data>`);
  }
}
