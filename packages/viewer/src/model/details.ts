// What the details panel shows, as plain data (unit-tested): a node's names, roles, statements and affiliations, or an edge's evidence.
import { quoteSegments, spanSegments, type Segments } from "./evidence.ts";
import type { Kind, VEdge, ViewerGraph } from "./types.ts";
import { displayValue } from "./values.ts";

export interface Link {
  key: string;
  label: string;
  kind: Kind;
}
export interface StatementItem {
  key: string;
  text: string;
  quoteKind?: string;
  speaker: Link | null;
  outlet: Link | null;
  document?: string;
  date?: string;
  evidence: Segments;
}
/** One line per (other end, role, former); the same tie seen in several articles lists each edge as evidence. */
export interface Affiliation {
  edges: { key: string; document?: string }[];
  other: Link;
  role?: string;
  former: boolean;
}
export interface RoleItem {
  role: string;
  at: Link | null;
  former: boolean;
}
export interface NodeDetails {
  key: string;
  label: string;
  kind: Kind;
  aliases: string[];
  roles: RoleItem[];
  documents: string[];
  mentionCount?: number;
  said: StatementItem[];
  mentionedIn: StatementItem[];
  /** person → organisation/country */
  affiliations: Affiliation[];
  /** organisation/country ← person */
  members: Affiliation[];
  /** set when the node is itself a statement */
  statement: (StatementItem & { mentions: Link[] }) | null;
  /** for nodes of foreign GEXF files (kind "other"): their neighbours and their own scalar attributes */
  neighbours: Link[];
  attributes: [string, string][];
  /** lists are capped for hubs of huge graphs; this counts what was left out */
  truncated: number;
}
export interface EdgeDetails {
  key: string;
  kind: string;
  source: Link;
  target: Link;
  document?: string;
  start?: number;
  end?: number;
  role?: string;
  former?: boolean;
  rule?: string;
  evidence: Segments | null;
}

export const LIST_CAP = 200;
/** Attributes that the panel or the drawing already shows, so the generic attribute list leaves them out. */
const SHOWN_ELSEWHERE = new Set(["kind", "label", "aliases", "x", "y", "size", "color"]);

export function link(graph: ViewerGraph, key: string): Link {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label, kind: a.kind };
}

export function statementItem(graph: ViewerGraph, key: string): StatementItem {
  const a = graph.getNodeAttributes(key);
  let speaker: Link | null = null;
  let outlet: Link | null = null;
  graph.forEachInEdge(key, (_e, ea, source) => {
    if (ea.kind === "said" && !speaker) speaker = link(graph, source);
  });
  graph.forEachOutEdge(key, (_e, ea, _s, target) => {
    if ((ea.kind === "told" || ea.kind === "via") && !outlet) outlet = link(graph, target);
  });
  const item: StatementItem = { key, text: a.text ?? a.label, speaker, outlet, evidence: quoteSegments(a) };
  if (a.quoteKind) item.quoteKind = a.quoteKind;
  if (a.document) item.document = a.document;
  if (a.date) item.date = a.date;
  return item;
}

/** `keep` drops statements the current filters hide (the timeline's range), so the panel agrees with the graph. */
export function describeNode(
  graph: ViewerGraph,
  key: string,
  keep: (statement: string) => boolean = () => true,
): NodeDetails {
  const a = graph.getNodeAttributes(key);
  const d: NodeDetails = {
    key,
    label: a.label,
    kind: a.kind,
    aliases: a.aliases.filter((x) => x !== a.label),
    documents: a.documents ?? [],
    roles: (a.roles ?? []).map((r) => ({
      role: r.role,
      former: r.former === true,
      at: r.at && graph.hasNode(r.at) ? link(graph, r.at) : null,
    })),
    said: [],
    mentionedIn: [],
    affiliations: [],
    members: [],
    statement: null,
    truncated: 0,
    neighbours: [],
    attributes: [],
  };
  if (a.mentionCount !== undefined) d.mentionCount = a.mentionCount;
  const push = <T>(list: T[], make: () => T) => {
    if (list.length < LIST_CAP) list.push(make());
    else d.truncated++;
  };
  graph.forEachOutEdge(key, (e, ea, _s, t) => {
    if (ea.kind === "said") {
      if (keep(t)) push(d.said, () => statementItem(graph, t));
    } else if (ea.kind === "affiliated_with") addAffiliation(graph, d.affiliations, e, t, ea, () => d.truncated++);
  });
  graph.forEachInEdge(key, (e, ea, s) => {
    if (ea.kind === "mentions") {
      if (keep(s)) push(d.mentionedIn, () => statementItem(graph, s));
    } else if (ea.kind === "affiliated_with") addAffiliation(graph, d.members, e, s, ea, () => d.truncated++);
  });
  if (a.kind === "other") {
    graph.forEachNeighbor(key, (n) => push(d.neighbours, () => link(graph, n)));
    for (const [k, v] of Object.entries(a)) {
      if (!SHOWN_ELSEWHERE.has(k) && v !== undefined && v !== null) d.attributes.push([k, displayValue(v)]);
    }
    d.attributes.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  }
  if (a.kind === "statement") {
    const mentions: Link[] = [];
    graph.forEachOutEdge(key, (_e, ea, _s, t) => {
      if (ea.kind === "mentions") mentions.push(link(graph, t));
    });
    d.statement = { ...statementItem(graph, key), mentions };
  }
  return d;
}

function addAffiliation(
  graph: ViewerGraph,
  list: Affiliation[],
  edge: string,
  other: string,
  ea: VEdge,
  overflow: () => void,
): void {
  const former = ea.former === true;
  const ev: { key: string; document?: string } = { key: edge };
  if (ea.document) ev.document = ea.document;
  const same = list.find((a) => a.other.key === other && a.role === ea.role && a.former === former);
  if (same) {
    same.edges.push(ev);
    return;
  }
  if (list.length >= LIST_CAP) return overflow();
  const x: Affiliation = { edges: [ev], other: link(graph, other), former };
  if (ea.role) x.role = ea.role;
  list.push(x);
}

/** An edge's evidence: the statement's sentence with the edge's span marked when it falls inside it. */
export function describeEdge(graph: ViewerGraph, key: string): EdgeDetails {
  const a = graph.getEdgeAttributes(key);
  const source = graph.source(key);
  const target = graph.target(key);
  const d: EdgeDetails = {
    key,
    kind: a.kind,
    source: link(graph, source),
    target: link(graph, target),
    evidence: null,
  };
  for (const f of ["document", "start", "end", "role", "former", "rule"] as const) {
    if (a[f] !== undefined) (d as unknown as Record<string, unknown>)[f] = a[f];
  }
  const stmtKey = d.source.kind === "statement" ? source : d.target.kind === "statement" ? target : null;
  if (stmtKey) {
    const s = graph.getNodeAttributes(stmtKey);
    d.evidence =
      (typeof a.start === "number" && typeof a.end === "number" ? spanSegments(s, a.start, a.end) : null) ??
      quoteSegments(s);
  } else if (typeof a.evidence === "string" && a.evidence) {
    d.evidence = { before: "", mark: a.evidence, after: "" };
  }
  return d;
}
