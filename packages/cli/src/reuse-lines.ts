// The lines of the previous graph.json an incremental build copies: statement nodes and edges of unchanged documents.
import { closeSync, openSync, readSync } from "node:fs";
import type { LineReuse } from "@newsgraph/core";

/** bytes read at a time; each read gets a fresh buffer, so lines handed out earlier stay valid until written */
const WINDOW = 4 << 20;
const QUOTE = 0x22,
  BACKSLASH = 0x5c,
  NEWLINE = 0x0a,
  COMMA = 0x2c,
  CLOSE = 0x5d;
const STATEMENT = "statement:";

/** One line of the file as bytes, read forward only. */
class ForwardLines {
  private buf: Buffer = Buffer.alloc(0);
  private at = 0;
  private filePos: number;
  private eof = false;

  constructor(
    private readonly fd: number,
    from: number,
  ) {
    this.filePos = from;
  }

  /** The next line without its newline, or null at the end of the file. */
  next(): Buffer | null {
    for (;;) {
      const nl = this.buf.indexOf(NEWLINE, this.at);
      if (nl >= 0) {
        const line = this.buf.subarray(this.at, nl);
        this.at = nl + 1;
        return line;
      }
      if (this.eof) {
        if (this.at >= this.buf.length) return null;
        const line = this.buf.subarray(this.at);
        this.at = this.buf.length;
        return line;
      }
      const rest = this.buf.subarray(this.at);
      const fresh = Buffer.allocUnsafe(Math.max(WINDOW, 2 * rest.length));
      rest.copy(fresh, 0);
      const n = readSync(this.fd, fresh, rest.length, fresh.length - rest.length, this.filePos);
      this.filePos += n;
      if (n === 0) this.eof = true;
      this.buf = fresh.subarray(0, rest.length + n);
      this.at = 0;
    }
  }
}

/** The end (index after the closing quote) of the JSON string token starting at `from` (a quote), or -1. */
function tokenEnd(line: Buffer, from: number): number {
  if (line[from] !== QUOTE) return -1;
  for (let i = from + 1; i < line.length; i++) {
    const c = line[i];
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  return -1;
}

function token(line: Buffer, from: number, to: number): string {
  const raw = line.toString("utf8", from + 1, to - 1);
  return raw.includes("\\") ? (JSON.parse(line.toString("utf8", from, to)) as string) : raw;
}

/** `line` without the separator that follows every element but the last. */
const element = (line: Buffer) => (line[line.length - 1] === COMMA ? line.subarray(0, -1) : line);

const NODE_START = Buffer.from('{"key":');
const SOURCE = Buffer.from(',"source":');
const TARGET = Buffer.from(',"target":');
const KIND = Buffer.from(',"attributes":{"kind":');
const EDGES_START = Buffer.from('"edges":[');

/** `what` at `at` in `line` (a loop: Buffer#compare's argument checks cost more than these few bytes) */
function startsAt(line: Buffer, at: number, what: Buffer): boolean {
  if (line.length < at + what.length) return false;
  for (let i = 0; i < what.length; i++) if (line[at + i] !== what[i]) return false;
  return true;
}

/** Whether two byte ranges are equal. */
function sameBytes(a: Buffer, a0: number, a1: number, b: Buffer, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (a[a0 + i] !== b[b0 + i]) return false;
  return true;
}

interface Head {
  /** node key, or edge source, target and kind (the output's sort order) */
  id: string[];
  line: Buffer;
  /** where the bytes handed back start: the whole node, or the edge from `"source"` on */
  from: number;
}

/** A node line's key; null for a line of any other form. */
function nodeHead(line: Buffer): Head | null {
  if (!startsAt(line, 0, NODE_START)) return null;
  const end = tokenEnd(line, NODE_START.length);
  if (end < 0) return null;
  return { id: [token(line, NODE_START.length, end)], line, from: 0 };
}

/**
 * Edge heads, parsed in file order. Edges are sorted by source, and there are a handful of kinds, so a source or
 * kind spelt with the same bytes as on the line before is not decoded again.
 */
class EdgeHeads {
  private last: { line: Buffer; s0: number; s1: number; k0: number; k1: number; source: string; kind: string } | null =
    null;

  /** An edge line's source, target and kind; null for any other form (undirected edges too). */
  readonly parse = (line: Buffer): Head | null => {
    if (!startsAt(line, 0, NODE_START)) return null;
    const keyEnd = tokenEnd(line, NODE_START.length);
    if (keyEnd < 0 || !startsAt(line, keyEnd, SOURCE)) return null;
    const s0 = keyEnd + SOURCE.length,
      s1 = tokenEnd(line, s0);
    if (s1 < 0 || !startsAt(line, s1, TARGET)) return null;
    const t0 = s1 + TARGET.length,
      t1 = tokenEnd(line, t0);
    if (t1 < 0 || !startsAt(line, t1, KIND)) return null;
    const k0 = t1 + KIND.length,
      k1 = tokenEnd(line, k0);
    if (k1 < 0) return null;
    const l = this.last;
    const source = l && sameBytes(line, s0, s1, l.line, l.s0, l.s1) ? l.source : token(line, s0, s1);
    const kind = l && sameBytes(line, k0, k1, l.line, l.k0, l.k1) ? l.kind : token(line, k0, k1);
    this.last = { line, s0, s1, k0, k1, source, kind };
    return { id: [source, token(line, t0, t1), kind], line, from: keyEnd + 1 };
  };
}

function compareIds(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!,
      y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Walks one section of the previous file in step with the writer: both are sorted the same way. */
class Section {
  private head: Head | null = null;
  private done = false;

  constructor(
    private readonly lines: ForwardLines,
    private readonly parse: (line: Buffer) => Head | null,
    private readonly end: string,
    /** the line just before the section, when the reader starts at the top of the file */
    private start: Buffer | null,
  ) {}

  /** The previous element with this id, if any; elements before it are passed over for good. */
  find(id: string[]): Buffer | undefined {
    for (;;) {
      if (!this.head && !this.advance()) return undefined;
      const h = this.head!;
      const c = compareIds(h.id, id);
      if (c === 0) return element(h.line).subarray(h.from);
      if (c > 0) return undefined;
      this.head = null;
    }
  }

  private advance(): boolean {
    while (this.start) {
      const line = this.lines.next();
      if (line === null) this.done = true;
      if (line === null || line.equals(this.start)) this.start = null;
    }
    while (!this.done) {
      const line = this.lines.next();
      if (line === null || (line[0] === CLOSE && line.toString("latin1", 0, this.end.length) === this.end)) {
        this.done = true;
        return false;
      }
      const h = this.parse(line);
      if (h) {
        this.head = h;
        return true;
      }
    }
    return false;
  }
}

/** the numeric attributes the corpus stages set on an entity: all but PageRank must read as in the previous line */
const METRICS = ["size", "x", "y", "weightedDegree", "community"] as const;
const PAGERANK = Buffer.from('"pagerank":');
const NAMED = new Map(METRICS.map((m) => [m, Buffer.from(`"${m}":`)]));

/**
 * The range of the number after `"name":` in an element's line, or null when the name is not there. A JSON string
 * cannot hold `"name":` unescaped (its quotes are written `\"`), and entity attributes nest no object with these
 * names, so the first match is the attribute's own.
 */
function numberAt(line: Uint8Array, name: Buffer): [number, number] | null {
  const at = Buffer.from(line.buffer, line.byteOffset, line.length).indexOf(name);
  if (at < 0) return null;
  let end = at + name.length;
  while (end < line.length && line[end] !== COMMA && line[end] !== 0x7d) end++;
  return [at + name.length, end];
}

/**
 * An entity's previous line with its PageRank replaced, or undefined (the line is written afresh). Every node's
 * PageRank moves when any node is added (its teleport term is 1/N), so the line cannot be copied; but an entity no
 * unclean document names has the same documents, aliases, roles, dates, merges and label, the same edges (edges come
 * from documents) and so the same degree and size, and keeps its place and community: all checked here, where cheap
 * (the metrics read as the same numbers), and argued where not (the caller's `untouched`).
 */
function withPagerank(line: Uint8Array, a: Record<string, unknown>): Uint8Array | undefined {
  if (typeof a.pagerank !== "number") return undefined;
  const bytes = Buffer.from(line.buffer, line.byteOffset, line.length);
  for (const m of METRICS) {
    const r = numberAt(bytes, NAMED.get(m)!);
    const v = a[m];
    if (v === undefined ? r !== null : r === null || bytes.toString("latin1", r[0], r[1]) !== JSON.stringify(v))
      return undefined;
  }
  const pr = numberAt(bytes, PAGERANK);
  if (!pr) return undefined;
  return Buffer.concat([bytes.subarray(0, pr[0]), Buffer.from(JSON.stringify(a.pagerank)), bytes.subarray(pr[1])]);
}

/**
 * LineReuse over the graph.json a previous build wrote. `clean(doc)`: the document was adopted from the snapshot
 * and resolution gave its entities the same keys as in that build, so its statement nodes (at their kept positions)
 * and the edges touching them are the same bytes, but for the edges' keys. Everything else is written afresh.
 * The file must be the one the snapshot describes (same path, size and modification time): checked by the caller.
 */
export class PreviousLines implements LineReuse {
  private readonly fd: number;
  private readonly nodes: Section;
  private readonly edges: Section;
  /** statement nodes and edges copied, for the summary and the tests */
  copied = 0;

  /** entity lines written from the previous line with only the PageRank changed, for the summary and the tests */
  templated = 0;
  /** edges between two entities copied (one end untouched), for the tests */
  entityEdges = 0;

  constructor(
    file: string,
    private readonly clean: (doc: string) => boolean,
    private readonly held: (key: string, x: unknown, y: unknown) => boolean,
    /**
     * an entity no unclean document names, now or in the previous build (IncrementalBuild.previousLines): every
     * attribute but the metrics comes from clean documents only, so it is what it was (see `withPagerank`)
     */
    private readonly untouched: (key: string) => boolean = () => false,
  ) {
    this.fd = openSync(file, "r");
    this.nodes = new Section(new ForwardLines(this.fd, 0), nodeHead, "],", null);
    // its own reader, which passes over the nodes when the first edge is asked for
    this.edges = new Section(new ForwardLines(this.fd, 0), new EdgeHeads().parse, "]}", EDGES_START);
  }

  node(key: string, a: Record<string, unknown>): Uint8Array | undefined {
    if (a.kind !== "statement") {
      if (!this.untouched(key)) return undefined;
      const line = this.nodes.find([key]);
      const same = line && withPagerank(line, a);
      if (same) this.templated++;
      return same;
    }
    if (!this.mine(key, a.document) || !this.held(key, a.x, a.y)) return undefined;
    const same = this.nodes.find([key]);
    if (same) this.copied++;
    return same;
  }

  edge(source: string, target: string, a: Record<string, unknown>): Uint8Array | undefined {
    const statement = source.startsWith(STATEMENT) ? source : target.startsWith(STATEMENT) ? target : null;
    if (statement === null) {
      // an edge between entities has occurrences only from documents naming both ends: with one end untouched, all
      // of them are clean documents' and the same as before, so the line is the same but for its key
      if (!this.untouched(source) && !this.untouched(target)) return undefined;
      const same = this.edges.find([source, target, String(a.kind)]);
      if (same) this.entityEdges++;
      return same;
    }
    if (!this.mine(statement, a.document)) return undefined;
    const same = this.edges.find([source, target, String(a.kind)]);
    if (same) this.copied++;
    return same;
  }

  /** Whether `key` is a statement of `doc` and `doc` is clean. */
  private mine(key: string, doc: unknown): boolean {
    return (
      typeof doc === "string" &&
      key.length > STATEMENT.length + doc.length &&
      key.startsWith(doc, STATEMENT.length) &&
      key[STATEMENT.length + doc.length] === "#" &&
      this.clean(doc)
    );
  }

  close(): void {
    closeSync(this.fd);
  }
}
