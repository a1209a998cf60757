// The edges of graph.json and GEXF written to a temporary file while the layout runs, and read back in their place.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { gexfParts, graphJsonChunks, graphJsonEdges, type GexfOptions, type GexfParts } from "@newsgraph/core";
import { writeGathered } from "./io.ts";
import type { CorpusGraph, JsonChunk, LineReuse, NewsGraph } from "@newsgraph/core";

const PIECE = 1 << 20;
/** bytes read back at a time: more than writeGathered's buffer (io.ts GATHER), so each piece is written directly */
const BYTE_PIECE = 4 << 20;

/**
 * `build` with a layout thread: `meanwhile` (called while ForceAtlas2 runs elsewhere) writes the edges of graph.json
 * and of the GEXF file, which need no positions, to files in a folder under TMPDIR; `json` and `gexf` then give each
 * document's chunks with those bytes in the edges' place. When spooling fails (a full TMPDIR) it says so once and
 * the writers render the edges themselves: the outputs are the same bytes either way. `close` removes the folder.
 */
export class EarlyEdges {
  private dir: string | null = null;
  private jsonFile: string | null = null;
  private gexfFile: string | null = null;
  private parts: GexfParts | null = null;
  /** lines of the previous graph.json to copy (an incremental build), asked for once the graph is built */
  reuse: ((graph: CorpusGraph | NewsGraph) => LineReuse | undefined) | undefined;

  constructor(
    private readonly gexf: GexfOptions | null,
    private readonly warn: (message: string) => void,
    private readonly parent = tmpdir(),
  ) {}

  meanwhile(graph: CorpusGraph | NewsGraph): void {
    this.jsonFile = this.spool("graph.json", graphJsonEdges(graph, this.reuse?.(graph)));
    if (!this.gexf) return;
    this.parts = gexfParts(graph, this.gexf);
    this.gexfFile = this.spool("gexf", this.parts.edges());
  }

  json(graph: CorpusGraph | NewsGraph): Iterable<JsonChunk> {
    // bytes, not text: the edges go out as they were written (73 MB on BBC + Reuters, no decoding and encoding again)
    return graphJsonChunks(graph, this.jsonFile ? readBytes(this.jsonFile) : undefined, this.reuse?.(graph));
  }

  gexfChunks(graph: CorpusGraph | NewsGraph): Iterable<string> {
    if (this.parts && this.gexfFile) return this.parts.chunks(read(this.gexfFile));
    return gexfParts(graph, this.gexf ?? {}).chunks();
  }

  close(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  /** The chunks in a new file, or null (said once) when the file cannot be written. */
  private spool(name: string, chunks: Iterable<JsonChunk>): string | null {
    let fd: number | null = null;
    try {
      this.dir ??= mkdtempSync(path.join(this.parent, "newsgraph-edges-"));
      const file = path.join(this.dir, name);
      fd = openSync(file, "w");
      writeGathered(chunks, (b) => writeBytes(fd!, b));
      return file;
    } catch (e) {
      // an invalid graph is the writer's own error, and the same one the final write would raise: let it through
      const err = e as NodeJS.ErrnoException;
      if (err.code === undefined) throw e;
      this.warn(
        `newsgraph build: could not write the ${name} edges ahead to ${this.parent} (${err.code}); written after the layout instead (set TMPDIR to a folder with room)`,
      );
      return null;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * A spooled file's bytes, in pieces of one reused buffer: writeGathered is done with each piece before it asks for the
 * next. A piece is larger than its gathering buffer, so it is written as it is, not copied in.
 */
function* readBytes(file: string): Generator<Uint8Array> {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(BYTE_PIECE);
    for (let n = readSync(fd, buf, 0, BYTE_PIECE, null); n > 0; n = readSync(fd, buf, 0, BYTE_PIECE, null))
      yield buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A spooled file's text, in pieces of about 1 MiB (whole UTF-8 characters). */
function* read(file: string): Generator<string> {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(PIECE);
    const text = new StringDecoder("utf8");
    for (let n = readSync(fd, buf, 0, PIECE, null); n > 0; n = readSync(fd, buf, 0, PIECE, null))
      yield text.write(buf.subarray(0, n));
    const rest = text.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}
