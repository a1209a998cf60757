// The snapshot of a build, one file beside the cache: every folded document and what the graph carries forward.
import { existsSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { z } from "zod";
import type { DocSummary } from "@newsgraph/core";
import { FileSink, ThreadSink, type SnapshotSink } from "./snapshot-sink.ts";
import { readShared, snapshotDigest } from "./snapshot-bytes.ts";

export const SNAPSHOT_NAME = "snapshot.bin";
/**
 * Bumped when the layout of the file changes (the library version covers what is inside it). 4: the carried state
 * lists positions sorted by key and the statements' totals (`statements`). 5: it holds the graph's entity edges.
 */
export const FORMAT = 5;
const MAGIC = Buffer.from("NGSNAP1\n");
const TRAILER_MAGIC = Buffer.from("NGSNAPIX");
/** magic, the documents' index offset and length and the state's length (uint64 each), SHA-256 of all before it */
const TRAILER_BYTES = 8 + 8 + 8 + 8 + 32;

/**
 * Arrays of strings and of counts, checked in one loop each: zod's own array schema copies every element through a
 * result object, which cost some 50 ms on the 300k strings of BBC + Reuters's snapshot, on a rebuild's critical path.
 */
const strings = z.custom<string[]>((v) => Array.isArray(v) && v.every((s) => typeof s === "string"), {
  message: "expected an array of strings",
});
const counts = z.custom<number[]>((v) => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0), {
  message: "expected an array of counts",
});

/**
 * What the graph stages carry into the next build, valid only for the graph file they produced (its path, size and
 * modification time): positions by node key, and communities by entity key.
 */
const CarriedState = z.object({
  output: z.object({ file: z.string(), size: z.number(), mtimeMs: z.number() }),
  /** the build options the communities depend on (seed, co-occurrence threshold, corrections) */
  options: z.string(),
  positions: z.object({ keys: strings, x: z.instanceof(Float64Array), y: z.instanceof(Float64Array) }),
  communities: z.object({ keys: strings, ids: z.instanceof(Int32Array) }),
  /**
   * each document's entity keys in that graph (core's `keyPrint`): a kept document whose print is the same again
   * has the same statement nodes and edges, and the next build copies their lines from the file
   */
  prints: z.object({ ids: strings, prints: strings }),
  /**
   * what the next build needs beside the prints to carry this resolution (core resolve/carry.ts): every item's name
   * keys, and the merge notes and labels of merged clusters as JSON; null when the build had corrections
   */
  resolution: z.object({ names: strings, merges: z.string(), overrides: z.string() }).nullable(),
  /**
   * what the graph's statements add to the corpus stages' sums (core statement-totals.ts): a rebuild whose previous
   * documents are all clean enters none of those statements and adds these instead (their places are in `positions`,
   * which is sorted by key)
   */
  statements: z.object({
    nodes: z.number().int().nonnegative(),
    edges: z.number().int().nonnegative(),
    degree: z.object({ keys: strings, weights: z.instanceof(Float64Array) }),
    anchors: z.object({ keys: strings, counts: z.instanceof(Int32Array) }),
    length: z.bigint().nonnegative(),
  }),
  /**
   * the graph's entity edges in its order (core carried-edges.ts): ends as indexes into `communities.keys` (every
   * entity), kinds into `kinds`; null when an end had no community
   */
  edges: z
    .object({
      source: z.instanceof(Uint32Array),
      target: z.instanceof(Uint32Array),
      kinds: strings,
      kind: z.instanceof(Uint8Array),
      weight: z.instanceof(Float64Array),
    })
    .nullable(),
});
export type CarriedState = z.infer<typeof CarriedState>;

/**
 * The documents' index, after the documents. Each document is its summary as JSON, then its facts; the index holds
 * only keys, ids and offsets, so reading it is cheap and a rebuild copies a kept document's summary bytes into the next
 * snapshot instead of serialising it again (V8's serialiser spent about 0.25 s on each side for BBC + Reuters's 21k
 * summaries). The bytes are checked by the file's hash and the content by the library version, which changes with
 * any code that folds or reads them.
 */
const Index = z.object({
  format: z.literal(FORMAT),
  version: z.string(),
  keys: strings,
  /** document ids, by key: what changed is counted before any summary is parsed */
  ids: strings,
  /** where each document starts (its summary's JSON), the summary's length, then the facts' length */
  at: counts,
  summaryBytes: counts,
  bytes: counts,
  /** keys of documents whose records had statements or relations but no text (their evidence is missing) */
  noText: strings,
  /** by key: the digest of the JSONL line the document was read from ("" when no line fixes it), and its words */
  lines: strings,
  words: counts,
});

export interface SnapshotDoc {
  id: string;
  /** the document's summary (what resolution reads) as JSON: parsed by `summaryOf` when the document is adopted */
  summary: Buffer;
  /** the document's facts (statements, relations, sentences) as the JSON the fact store keeps */
  facts: Buffer;
  /** its record had facts but no text */
  noText: boolean;
  /** the digest of the JSONL line it was read from, when that line alone fixes the document (inputs/read.ts) */
  line?: { digest: string; words: number };
}

export interface Snapshot {
  /** by content key (cache.ts `key`) */
  docs: Map<string, SnapshotDoc>;
  state: CarriedState | null;
}

export type SnapshotRead = { snapshot: Snapshot } | { snapshot: null; problem: string | null };

/**
 * Read the snapshot in `dir` if it was written by this `version`. Anything else (no file: problem null; damaged,
 * cut short, another version or format: a problem saying why) gives no snapshot, and the build takes the full path.
 */
export function readSnapshot(dir: string, version: string, opts: { hashAside?: boolean } = {}): SnapshotRead {
  const file = path.join(dir, SNAPSHOT_NAME);
  if (!existsSync(file)) return { snapshot: null, problem: null };
  const ignored = (why: string) => ({
    snapshot: null,
    problem: `newsgraph/snapshot: ${file} ${why}; ignored, so this build reads every document from the cache (it writes a new snapshot)`,
  });
  let buf: Buffer;
  try {
    buf = readShared(file);
  } catch (e) {
    return ignored(`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const end = buf.length - TRAILER_BYTES;
  if (
    end < MAGIC.length ||
    !buf.subarray(0, MAGIC.length).equals(MAGIC) ||
    !buf.subarray(end, end + 8).equals(TRAILER_MAGIC)
  )
    return ignored("is not a snapshot or was cut short");
  const indexAt = Number(buf.readBigUInt64LE(end + 8));
  const indexBytes = Number(buf.readBigUInt64LE(end + 16));
  const stateBytes = Number(buf.readBigUInt64LE(end + 24));
  if (indexAt < MAGIC.length || indexAt + indexBytes + stateBytes !== end)
    return ignored("is damaged (its index is out of place)");
  // the checksum comes first: whatever the rest says, damaged bytes are reported as such
  const digest = snapshotDigest(buf, end, !!opts.hashAside);
  const read = parseSnapshot(buf, end, indexAt, indexBytes, version, ignored);
  if (!digest().equals(buf.subarray(end + 32, end + 64))) return ignored("is damaged (its checksum does not match)");
  return read;
}

/** The index, the carried state and the documents of a snapshot whose trailer is in place (readSnapshot). */
function parseSnapshot(
  buf: Buffer,
  end: number,
  indexAt: number,
  indexBytes: number,
  version: string,
  ignored: (why: string) => SnapshotRead,
): SnapshotRead {
  let parsed: z.infer<typeof Index>;
  let state: CarriedState | null;
  try {
    const r = Index.safeParse(deserialize(buf.subarray(indexAt, indexAt + indexBytes)));
    const st = CarriedState.nullable().safeParse(deserialize(buf.subarray(indexAt + indexBytes, end)));
    if (!r.success || !st.success)
      return ignored(`has an index this version cannot read (${(r.error ?? st.error)?.issues[0]?.message})`);
    parsed = r.data;
    state = st.data;
  } catch (e) {
    return ignored(`has an unreadable index (${(e as Error).message})`);
  }
  if (parsed.version !== version) return ignored("was written by another version of the models or code");
  const { keys, ids, at, summaryBytes, bytes, lines, words } = parsed;
  const n = keys.length;
  if ([ids, at, summaryBytes, bytes, lines, words].some((c) => c.length !== n))
    return ignored("is damaged (its columns differ in length)");
  const docs = new Map<string, SnapshotDoc>();
  const noText = new Set(parsed.noText);
  for (let i = 0; i < n; i++) {
    const from = at[i]!,
      mid = from + summaryBytes[i]!,
      to = mid + bytes[i]!;
    if (to > indexAt) return ignored("is damaged (a document lies outside the file)");
    docs.set(keys[i]!, {
      id: ids[i]!,
      summary: buf.subarray(from, mid),
      facts: buf.subarray(mid, to),
      noText: noText.has(keys[i]!),
      ...(lines[i] ? { line: { digest: lines[i]!, words: words[i]! } } : {}),
    });
  }
  return { snapshot: { docs, state } };
}

/**
 * A kept document's summary. The file's hash vouches for the bytes, so a summary that does not parse or names
 * another document means a bug in the writer, not damage: the error says so and how to build without the snapshot.
 */
export function summaryOf(doc: SnapshotDoc): DocSummary {
  let s: DocSummary | undefined;
  try {
    s = JSON.parse(doc.summary.toString("utf8")) as DocSummary;
  } catch {
    /* reported below */
  }
  if (s?.meta?.id !== doc.id)
    throw new Error(
      `newsgraph/snapshot: the summary of document ${doc.id} in the snapshot is unreadable; run the build with --full`,
    );
  return s;
}

/**
 * Writes a snapshot through the atomic writer (a temp name renamed over the old file), so a killed build leaves the
 * previous snapshot or the new one, never half of one. Documents first, then the carried state once the graph exists.
 */
export class SnapshotWriter {
  private readonly sink: SnapshotSink;
  private offset = 0;
  private readonly keys: string[] = [];
  private readonly ids: string[] = [];
  private readonly at: number[] = [];
  private readonly summaryBytes: number[] = [];
  private readonly bytes: number[] = [];
  private readonly noText: string[] = [];
  private readonly lines: string[] = [];
  private readonly words: number[] = [];
  private indexAt = -1;
  private indexBytes = 0;

  /** `threaded`: hash and write on a worker thread (ThreadSink; same bytes), for a build with a second core */
  constructor(
    dir: string,
    private readonly version: string,
    threaded = false,
  ) {
    const target = path.join(dir, SNAPSHOT_NAME);
    this.sink = threaded ? new ThreadSink(target) : new FileSink(target);
    this.put(MAGIC);
  }

  /**
   * One document: its summary (an object, or the JSON bytes a previous snapshot held for it, copied as they are) and
   * its facts. Before the graph is built, which empties the summaries.
   */
  addDoc(
    key: string,
    id: string,
    summary: DocSummary | Buffer,
    facts: Buffer,
    noText = false,
    line?: SnapshotDoc["line"],
  ): void {
    const json = Buffer.isBuffer(summary) ? summary : Buffer.from(JSON.stringify(summary), "utf8");
    this.keys.push(key);
    this.ids.push(id);
    this.lines.push(line?.digest ?? "");
    this.words.push(line?.words ?? 0);
    if (noText) this.noText.push(key);
    this.at.push(this.offset);
    this.summaryBytes.push(json.length);
    this.bytes.push(facts.length);
    this.put(json);
    this.put(facts);
  }

  /** The documents' index, once every document is in. */
  endDocs(): void {
    const { keys, ids, at, summaryBytes, bytes, version, noText, lines, words } = this;
    const index = serialize({ format: FORMAT, version, keys, ids, at, summaryBytes, bytes, noText, lines, words });
    this.indexAt = this.offset;
    this.indexBytes = index.length;
    this.put(index);
  }

  /** The carried state, the trailer, and the rename over the previous snapshot; settles once the file is in place. */
  commit(state: CarriedState | null): Promise<void> {
    if (this.indexAt < 0) throw new Error("newsgraph/snapshot: endDocs() must come before commit()");
    const blob = serialize(state);
    this.put(blob);
    const trailer = Buffer.alloc(TRAILER_BYTES);
    TRAILER_MAGIC.copy(trailer, 0);
    trailer.writeBigUInt64LE(BigInt(this.indexAt), 8);
    trailer.writeBigUInt64LE(BigInt(this.indexBytes), 16);
    trailer.writeBigUInt64LE(BigInt(blob.length), 24);
    // the sink puts the SHA-256 of everything before the trailer at byte 32
    return this.sink.close(trailer, 32);
  }

  abort(): Promise<void> {
    return this.sink.abort();
  }

  private put(b: Uint8Array): void {
    this.sink.write(b);
    this.offset += b.length;
  }
}
