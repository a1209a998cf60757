// GEXF 1.3 writer: pure string chunks (no DOM), deterministic, valid against the official RelaxNG schema; dynamic when dated.
import type { AbstractGraph } from "graphology-types";
import { formatValue, inferColumns, type Column } from "./attributes.ts";
import { parseColor } from "./color.ts";
import { DEFAULT_COLOR } from "./style.ts";
import { exportView, type ExportViewOptions, type ViewEdge, type ViewNode } from "./view.ts";
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
export function toGexf(graph: AbstractGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join("");
}

/** The same document as chunks (the header, then one per node and edge), for writing a corpus graph piece by piece. */
export function* gexfChunks(graph: AbstractGraph, options: GexfOptions = {}): Generator<string> {
  const view = exportView(graph, options);
  const nodeCols = gexfColumns(
    inferColumns(
      view.nodes.map((n) => n.attributes),
      NODE_RESERVED,
    ),
  );
  const edgeCols = gexfColumns(
    inferColumns(
      view.edges.map((e) => e.attributes),
      EDGE_RESERVED,
    ),
  );
  const dynamic =
    options.dynamic ?? (view.nodes.some((n) => spanOf(n.attributes)) || view.edges.some((e) => spanOf(e.attributes)));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  out.push(options.lastModified ? `  <meta lastmodifieddate="${escapeAttr(options.lastModified)}">` : "  <meta>");
  out.push(`    <creator>${escapeText(options.creator ?? "newsgraph")}</creator>`);
  if (options.description) out.push(`    <description>${escapeText(options.description)}</description>`);
  out.push("  </meta>");
  // a mixed graph declares no default; each edge then says its own type
  const defaultType = view.type === "mixed" ? "" : ` defaultedgetype="${view.type}"`;
  const mode = dynamic ? ' mode="dynamic" timeformat="date"' : "";
  out.push(`  <graph${defaultType}${mode}>`);
  declare(out, "node", nodeCols);
  declare(out, "edge", edgeCols);
  out.push(`    <nodes count="${view.nodes.length}">`);
  yield out.join("\n") + "\n";
  for (const n of view.nodes) {
    const lines: string[] = [];
    writeNode(lines, n, nodeCols, dynamic);
    yield lines.join("\n") + "\n";
  }
  yield `    </nodes>\n    <edges count="${view.edges.length}">\n`;
  for (const e of view.edges) {
    const lines: string[] = [];
    writeEdge(lines, e, edgeCols, view.type === "mixed", dynamic);
    yield lines.join("\n") + "\n";
  }
  yield "    </edges>\n  </graph>\n</gexf>\n";
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

function attvalues(out: string[], attrs: Record<string, unknown>, cols: GexfColumn[]): void {
  const vals: string[] = [];
  for (const c of cols) {
    const v = formatValue(attrs[c.name], c.type);
    if (v !== undefined) vals.push(`${c.head}${escapeAttr(v)}"/>`);
  }
  if (vals.length === 0) return;
  out.push("        <attvalues>", ...vals, "        </attvalues>");
}

function vizColor(color: string): string {
  const c = parseColor(color) ?? parseColor(DEFAULT_COLOR)!;
  const a = c.a < 1 ? ` a="${xmlNumber(Math.round(c.a * 1000) / 1000)}"` : "";
  return `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"${a}/>`;
}

/** GEXF labels are xsd:token; collapse whitespace so what Gephi shows is what the schema means. */
function label(s: unknown): string {
  return escapeAttr(
    String(s ?? "")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

function writeNode(out: string[], n: ViewNode, cols: GexfColumn[], dynamic: boolean): void {
  const lab: unknown = n.attributes.label ?? n.key;
  out.push(`      <node id="${escapeAttr(n.key)}" label="${label(lab)}"${timeAttrs(n.attributes, dynamic)}>`);
  attvalues(out, n.attributes, cols);
  out.push(`        ${vizColor(n.color)}`);
  out.push(`        <viz:position x="${xmlNumber(n.x)}" y="${xmlNumber(n.y)}"/>`);
  out.push(`        <viz:size value="${xmlNumber(Math.max(0, n.size))}"/>`);
  out.push("      </node>");
}

function writeEdge(out: string[], e: ViewEdge, cols: GexfColumn[], perEdgeType: boolean, dynamic: boolean): void {
  const a = e.attributes;
  const kind = typeof a.kind === "string" && a.kind ? a.kind : undefined;
  const lab: unknown = a.label ?? kind;
  const parts = [`id="${escapeAttr(e.id)}"`, `source="${escapeAttr(e.source)}"`, `target="${escapeAttr(e.target)}"`];
  if (perEdgeType) parts.push(`type="${e.undirected ? "undirected" : "directed"}"`);
  if (kind) parts.push(`kind="${label(kind)}"`);
  if (lab !== undefined) parts.push(`label="${label(lab)}"`);
  if (typeof a.weight === "number" && Number.isFinite(a.weight)) parts.push(`weight="${xmlNumber(a.weight)}"`);
  const time = timeAttrs(a, dynamic);
  if (time) parts.push(time.trim());
  const body: string[] = [];
  attvalues(body, a, cols);
  if (typeof a.color === "string") body.push(`        ${vizColor(a.color)}`);
  if (body.length === 0) {
    out.push(`      <edge ${parts.join(" ")}/>`);
    return;
  }
  out.push(`      <edge ${parts.join(" ")}>`, ...body, "      </edge>");
}
