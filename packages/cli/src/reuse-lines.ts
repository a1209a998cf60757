// The lines of the previous graph.json an incremental build copies: statement nodes and edges of unchanged documents.
import { closeSync, openSync } from "node:fs";
import type { LineReuse } from "@newsgraph/core";
import { BRACE_CLOSE, CLOSE, COMMA, ForwardLines, compareToken, startsAt, tokenEnd } from "./line-bytes.ts";
import { withPagerank } from "./pagerank-line.ts";

const STATEMENT = "statement:";

/** `line` without the separator that follows every element but the last. */
const element = (line: Buffer) => (line[line.length - 1] === COMMA ? line.subarray(0, -1) : line);

const NODE_START = Buffer.from('{"key":');
const SOURCE = Buffer.from(',"source":');
const TARGET = Buffer.from(',"target":');
const KIND = Buffer.from(',"attributes":{"kind":');
const EDGES_START = Buffer.from('"edges":[');

interface Head {
  line: Buffer;
  /** the string tokens of the id, quotes included, as [start, end) pairs: node key, or edge source, target and kind */
  spans: number[];
  /** an edge's key token, quotes included, as [start, end) */
  key?: [number, number];
}

/** A node line's key; null for a line of any other form. */
function nodeHead(line: Buffer): Head | null {
  if (!startsAt(line, 0, NODE_START)) return null;
  const end = tokenEnd(line, NODE_START.length);
  if (end < 0) return null;
  return { line, spans: [NODE_START.length, end] };
}

/** An edge line's source, target and kind; null for any other form (undirected edges too). */
function edgeHead(line: Buffer): Head | null {
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
  return { line, spans: [s0, s1, t0, t1, k0, k1], key: [NODE_START.length, keyEnd] };
}

/**
 * Whether a line (or its first bytes) is in the edge section or after it: the section's first line, an edge's (a key,
 * then a source), the file's last (`]}`). The header, the node lines (a key, then attributes) and the nodes' `],` are
 * before it: the edge reader jumps near the first line that is not (ForwardLines.jumpNear).
 */
export function edgeSectionLine(head: Buffer): boolean {
  if (head[0] === CLOSE) return head[1] === BRACE_CLOSE;
  if (head.length === EDGES_START.length && head.equals(EDGES_START)) return true;
  if (!startsAt(head, 0, NODE_START)) return false;
  const keyEnd = tokenEnd(head, NODE_START.length);
  return keyEnd >= 0 && startsAt(head, keyEnd, SOURCE);
}

/** A head's id against the writer's, component by component, in compareStrings' order (no string made: compareToken). */
function compareHead(h: Head, id: string[]): number {
  for (let i = 0; i < id.length; i++) {
    const c = compareToken(h.line, h.spans[2 * i]!, h.spans[2 * i + 1]!, id[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

const NO_RUNS: { runs: Uint8Array[]; lines: number } = Object.freeze({ runs: [], lines: 0 });

/** Whether bytes `[from, to)` of `line` are a JSON string token naming a statement node. */
const isStatement = (line: Buffer, from: number) => startsAt(line, from, STATEMENT_TOKEN);
const STATEMENT_TOKEN = Buffer.from('"statement:');
/** A node line of a statement; an edge line touching one (its source or its target). */
const statementNode = (h: Head) => isStatement(h.line, h.spans[0]!);
const statementEdge = (h: Head) => isStatement(h.line, h.spans[0]!) || isStatement(h.line, h.spans[2]!);
/**
 * The sorted blocks of statement lines that runs() passes over by binary search: the node lines are sorted by key,
 * so the statements' (keys starting `statement:`) are one block; the edge lines by source first, so the edges from a
 * statement are one block. Edges to a statement lie among each entity's other edges and are read one by one.
 */
/** how every line of those blocks starts: a statement's key, or an edge key that starts with its source */
const STATEMENT_LINE = Buffer.from('{"key":"statement:');
const nodeBlock = (h: Head) => (statementNode(h) ? statementNode : null);
const fromStatement = (h: Head) => isStatement(h.line, h.spans[0]!);
const edgeBlock = (h: Head) => (fromStatement(h) ? fromStatement : null);

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
    /** where the section starts (a line's head in it or after it), to jump near it first (ForwardLines.jumpNear) */
    private readonly near?: (head: Buffer) => boolean,
  ) {}

  /**
   * The previous element with this id, if any (an edge's only when its key is `key`); elements before it are passed
   * over for good.
   */
  find(id: string[], key?: string): Buffer | undefined {
    for (;;) {
      if (!this.head && !this.advance()) return undefined;
      const h = this.head!;
      const c = compareHead(h, id);
      // a key that differs: a file from a build that ranked its edges (keys e0, e1, …); the edge is written afresh
      if (c === 0)
        return key === undefined || compareToken(h.line, h.key![0], h.key![1], key) === 0 ? element(h.line) : undefined;
      if (c > 0) return undefined;
      this.head = null;
    }
  }

  /**
   * The lines before `id` (all that are left: null) that `carried` picks, as runs of consecutive lines (each run one
   * view of the bytes read, its elements joined as in the file); the other lines before `id` are passed over.
   */
  runs(
    id: string[] | null,
    carried: (h: Head) => boolean,
    block: (h: Head) => ((h: Head) => boolean) | null,
  ): { runs: Uint8Array[]; lines: number } {
    let runs: Uint8Array[] | null = null,
      lines = 0;
    // the run being gathered: its buffer, its first byte, the end of its last element and of that element's line
    let buf: ArrayBufferLike | null = null,
      start = 0,
      end = 0,
      lineEnd = 0;
    const flush = () => {
      if (buf) (runs ??= []).push(new Uint8Array(buf, start, end - start));
      buf = null;
    };
    for (;;) {
      if (!this.head && !this.advance()) break;
      const h = this.head!;
      if (id !== null && compareHead(h, id) >= 0) break;
      this.head = null;
      if (!carried(h)) {
        flush();
        continue;
      }
      const line = h.line;
      // a line follows the previous one's newline in the same read: the run grows, else a new one starts
      if (buf !== line.buffer || line.byteOffset !== lineEnd + 1) {
        flush();
        buf = line.buffer;
        start = line.byteOffset;
      }
      end = line.byteOffset + element(line).length;
      lineEnd = line.byteOffset + line.length;
      lines++;
      // the lines after it in this read that belong to its sorted block and come before `id` are carried too: found
      // by a binary search (ForwardLines.skipWhile), not one by one; they follow its newline, so the run grows
      const inBlock = block(h);
      if (!inBlock) continue;
      const more = this.lines.skipWhile((l) => {
        const b = this.parse(l);
        return b !== null && inBlock(b) && (id === null || compareHead(b, id) < 0);
      }, STATEMENT_LINE);
      if (!more) continue;
      const bytes = new Uint8Array(more.buffer);
      end = bytes[more.newline - 1] === COMMA ? more.newline - 1 : more.newline;
      lineEnd = more.newline;
      lines += more.lines;
    }
    flush();
    return runs ? { runs, lines } : lines === 0 ? NO_RUNS : { runs: [], lines };
  }

  private advance(): boolean {
    if (this.start) {
      if (this.near) this.lines.jumpNear(this.near);
      if (!this.lines.skipPastLine(this.start)) this.done = true;
      this.start = null;
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

/**
 * LineReuse over the graph.json a previous build wrote. `clean(doc)`: the document was adopted from the snapshot
 * and resolution gave its entities the same keys as in that build, so its statement nodes (at their kept positions)
 * and the edges touching them are the same bytes, keys included (content keys). Everything else is written afresh.
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
    /**
     * the build dropped every statement of the previous file (core StatementTable.dropped: each belongs to a clean
     * document): their lines are handed on in runs (`carried`)
     */
    private readonly dropped = false,
  ) {
    this.fd = openSync(file, "r");
    this.nodes = new Section(new ForwardLines(this.fd, 0), nodeHead, "],", null);
    // its own reader, which jumps near the edges when the first edge is asked for (and passes over the few nodes left)
    this.edges = new Section(new ForwardLines(this.fd, 0), edgeHead, "]}", EDGES_START, edgeSectionLine);
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

  edge(source: string, target: string, a: Record<string, unknown>, key: string): Uint8Array | undefined {
    const statement = source.startsWith(STATEMENT) ? source : target.startsWith(STATEMENT) ? target : null;
    if (statement === null) {
      // an edge between entities has occurrences only from documents naming both ends: with one end untouched, all
      // of them are clean documents' and the same as before, so the line is the same
      if (!this.untouched(source) && !this.untouched(target)) return undefined;
      const same = this.edges.find([source, target, String(a.kind)], key);
      if (same) this.entityEdges++;
      return same;
    }
    if (!this.mine(statement, a.document)) return undefined;
    const same = this.edges.find([source, target, String(a.kind)], key);
    if (same) this.copied++;
    return same;
  }

  carried(section: "nodes" | "edges", id: readonly string[] | null): { runs: Uint8Array[]; lines: number } {
    if (!this.dropped) return NO_RUNS;
    const got =
      section === "nodes"
        ? this.nodes.runs(id as string[] | null, statementNode, nodeBlock)
        : this.edges.runs(id as string[] | null, statementEdge, edgeBlock);
    this.copied += got.lines;
    return got;
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
