// The snapshot of a build, one file beside the cache: every folded document and what the graph carries forward.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { z } from "zod";
import type { DocSummary } from "@newsgraph/core";
import { AtomicFile } from "./io.ts";

export const SNAPSHOT_NAME = "snapshot.bin";
/** Bumped when the layout of the file changes (the library version covers what is inside it). */
const FORMAT = 1;
const MAGIC = Buffer.from("NGSNAP1\n");
const TRAILER_MAGIC = Buffer.from("NGSNAPIX");
/** magic, the documents' index offset and length and the state's length (uint64 each), SHA-256 of all before it */
const TRAILER_BYTES = 8 + 8 + 8 + 8 + 32;

/**
 * What the graph stages carry into the next build, valid only for the graph file they produced (its path, size and
 * modification time): positions by node key, and communities by entity key.
 */
const CarriedState = z.object({
  output: z.object({ file: z.string(), size: z.number(), mtimeMs: z.number() }),
  /** the build options the communities depend on (seed, co-occurrence threshold, corrections) */
  options: z.string(),
  positions: z.object({ keys: z.array(z.string()), x: z.instanceof(Float64Array), y: z.instanceof(Float64Array) }),
  communities: z.object({ keys: z.array(z.string()), ids: z.instanceof(Int32Array) }),
});
export type CarriedState = z.infer<typeof CarriedState>;

/**
 * The documents' index, after their facts. Summaries are checked only for their shape's outline: the bytes are checked by
 * the file's hash and the content by the library version, which changes with any code that folds or reads them.
 */
const Index = z.object({
  format: z.literal(FORMAT),
  version: z.string(),
  keys: z.array(z.string()),
  summaries: z.array(z.custom<DocSummary>((v) => typeof (v as DocSummary | null)?.meta?.id === "string")),
  at: z.array(z.number().int().nonnegative()),
  bytes: z.array(z.number().int().nonnegative()),
  /** keys of documents whose records had statements or relations but no text (their evidence is missing) */
  noText: z.array(z.string()),
});

export interface SnapshotDoc {
  summary: DocSummary;
  /** the document's facts (statements, relations, sentences) as the JSON the fact store keeps */
  facts: Buffer;
  /** its record had facts but no text */
  noText: boolean;
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
export function readSnapshot(dir: string, version: string): SnapshotRead {
  const file = path.join(dir, SNAPSHOT_NAME);
  if (!existsSync(file)) return { snapshot: null, problem: null };
  const ignored = (why: string) => ({
    snapshot: null,
    problem: `newsgraph/snapshot: ${file} ${why}; ignored, so this build reads every document from the cache (it writes a new snapshot)`,
  });
  let buf: Buffer;
  try {
    buf = readFileSync(file);
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
  const hash = createHash("sha256").update(buf.subarray(0, end)).digest();
  if (!hash.equals(buf.subarray(end + 32, end + 64))) return ignored("is damaged (its checksum does not match)");
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
  const { keys, summaries, at, bytes } = parsed;
  if (summaries.length !== keys.length || at.length !== keys.length || bytes.length !== keys.length)
    return ignored("is damaged (its columns differ in length)");
  const docs = new Map<string, SnapshotDoc>();
  const noText = new Set(parsed.noText);
  for (let i = 0; i < keys.length; i++) {
    const from = at[i]!,
      to = from + bytes[i]!;
    if (to > indexAt) return ignored("is damaged (a document lies outside the file)");
    docs.set(keys[i]!, { summary: summaries[i]!, facts: buf.subarray(from, to), noText: noText.has(keys[i]!) });
  }
  return { snapshot: { docs, state } };
}

/**
 * Writes a snapshot through the atomic writer (a temp name renamed over the old file), so a killed build leaves the
 * previous snapshot or the new one, never half of one. Documents first, then the carried state once the graph exists.
 */
export class SnapshotWriter {
  private readonly file: AtomicFile;
  private readonly hash = createHash("sha256");
  private offset = 0;
  private readonly keys: string[] = [];
  private readonly at: number[] = [];
  private readonly bytes: number[] = [];
  private summaries: DocSummary[] = [];
  private readonly noText: string[] = [];
  private indexAt = -1;
  private indexBytes = 0;

  constructor(
    dir: string,
    private readonly version: string,
  ) {
    this.file = new AtomicFile(path.join(dir, SNAPSHOT_NAME));
    this.put(MAGIC);
  }

  addDoc(key: string, summary: DocSummary, facts: Buffer, noText = false): void {
    this.keys.push(key);
    if (noText) this.noText.push(key);
    this.at.push(this.offset);
    this.bytes.push(facts.length);
    this.summaries.push(summary);
    this.put(facts);
  }

  /** The documents' index, once every document is in: before the graph is built, which empties the summaries. */
  endDocs(): void {
    const { keys, at, bytes, version, summaries, noText } = this;
    this.summaries = [];
    const index = serialize({ format: FORMAT, version, keys, summaries, at, bytes, noText });
    this.indexAt = this.offset;
    this.indexBytes = index.length;
    this.put(index);
  }

  /** The carried state, the trailer, and the rename over the previous snapshot. */
  commit(state: CarriedState | null): void {
    if (this.indexAt < 0) throw new Error("newsgraph/snapshot: endDocs() must come before commit()");
    const blob = serialize(state);
    this.put(blob);
    const trailer = Buffer.alloc(TRAILER_BYTES);
    TRAILER_MAGIC.copy(trailer, 0);
    trailer.writeBigUInt64LE(BigInt(this.indexAt), 8);
    trailer.writeBigUInt64LE(BigInt(this.indexBytes), 16);
    trailer.writeBigUInt64LE(BigInt(blob.length), 24);
    this.hash.digest().copy(trailer, 32);
    this.file.writeBytes(trailer);
    this.file.commit();
  }

  abort(): void {
    this.file.abort();
  }

  private put(b: Uint8Array): void {
    this.file.writeBytes(b);
    this.hash.update(b);
    this.offset += b.length;
  }
}
