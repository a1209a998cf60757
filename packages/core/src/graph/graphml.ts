// GraphML writer: pure string building, deterministic; typed <key>s for every scalar attribute, arrays flattened.
import type { AbstractGraph } from "graphology-types";
import { formatValue, inferColumns, type Column } from "./attributes.ts";
import { exportView, type ExportViewOptions } from "./view.ts";
import { escapeAttr, escapeText, xmlNumber } from "./xml.ts";

export type GraphmlOptions = ExportViewOptions;

const GRAPHML_TYPE: Record<Column["type"], string> = { boolean: "boolean", integer: "int", long: "long", double: "double", string: "string" };

/** Visual fields are written under the names Gephi's GraphML importer recognises (label, x, y, size, r, g, b). */
const NODE_VISUAL: Column[] = [
  { name: "label", type: "string" }, { name: "x", type: "double" }, { name: "y", type: "double" }, { name: "size", type: "double" },
  { name: "color", type: "string" },
];
const NODE_RESERVED = new Set(NODE_VISUAL.map((c) => c.name).concat(["z"]));
const EDGE_FIXED: Column[] = [{ name: "label", type: "string" }, { name: "kind", type: "string" }];
const EDGE_RESERVED = new Set(["label", "kind"]);

export function toGraphml(graph: AbstractGraph, options: GraphmlOptions = {}): string {
  const view = exportView(graph, options);
  const nodeCols = [...NODE_VISUAL, ...inferColumns(view.nodes.map((n) => n.attributes), NODE_RESERVED)];
  const edgeCols = [...EDGE_FIXED, ...inferColumns(view.edges.map((e) => e.attributes), EDGE_RESERVED)];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const c of nodeCols) out.push(`  <key id="n_${escapeAttr(c.name)}" for="node" attr.name="${escapeAttr(c.name)}" attr.type="${GRAPHML_TYPE[c.type]}"/>`);
  for (const c of edgeCols) out.push(`  <key id="e_${escapeAttr(c.name)}" for="edge" attr.name="${escapeAttr(c.name)}" attr.type="${GRAPHML_TYPE[c.type]}"/>`);
  out.push(`  <graph id="G" edgedefault="${view.type === "undirected" ? "undirected" : "directed"}">`);
  for (const n of view.nodes) {
    const visual = { label: n.attributes.label ?? n.key, x: n.x, y: n.y, size: n.size, color: n.color };
    out.push(`    <node id="${escapeAttr(n.key)}">`);
    data(out, "n_", { ...n.attributes, ...visual }, nodeCols);
    out.push("    </node>");
  }
  for (const e of view.edges) {
    const directed = view.type === "mixed" ? ` directed="${e.undirected ? "false" : "true"}"` : "";
    out.push(`    <edge id="${escapeAttr(e.id)}" source="${escapeAttr(e.source)}" target="${escapeAttr(e.target)}"${directed}>`);
    data(out, "e_", { ...e.attributes, label: e.attributes.label ?? e.attributes.kind }, edgeCols);
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>");
  return out.join("\n") + "\n";
}

function data(out: string[], prefix: string, attrs: Record<string, unknown>, cols: Column[]): void {
  for (const c of cols) {
    const raw = attrs[c.name];
    const v = c.type === "double" && typeof raw === "number" ? xmlNumber(raw) : formatValue(raw, c.type);
    if (v !== undefined) out.push(`      <data key="${prefix}${escapeAttr(c.name)}">${escapeText(v)}</data>`);
  }
}
