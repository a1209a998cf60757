// An incremental build: documents the previous build's snapshot knows are adopted as folded; only the rest are folded.
import path from "node:path";
import type { Carry, CorpusAccumulator, Positions, PreviousResolution } from "@newsgraph/core";
import type { ExtractionCache } from "./cache.ts";
import type { FileFactStore } from "./fact-file.ts";
import { decodeFacts } from "./fact-bytes.ts";
import { addKeys, droppedOf, sameFile } from "./carried-state.ts";
import { readSnapshot, summaryOf, type CarriedState, type Snapshot, type SnapshotDoc } from "./snapshot.ts";
import { PreviousLines } from "./reuse-lines.ts";
import { KeptPositions } from "./kept-positions.ts";

/** What the previous build carries into this one, when it built the graph now at -o with the same options. */
export interface Carried {
  positions: Positions;
  communities: ReadonlyMap<string, number> | undefined;
}

/**
 * One build's use of the snapshot beside the cache: which documents it already knows (by content key), what changed,
 * and the new snapshot written at the end. `full` (--full) reads no snapshot, so everything is folded again and
 * Louvain runs afresh, and still writes one for the next build.
 */
export class IncrementalBuild {
  private readonly snap: Snapshot | null;
  /** why the snapshot was not used (damaged, stale), said once; null when there was none or it was used */
  readonly problem: string | null;
  private readonly keyOf = new Map<string, string>();
  private readonly previousIds = new Set<string>();
  private readonly noText = new Set<string>();
  /** the summary bytes of adopted documents, by id: copied into the next snapshot as they are */
  private readonly keptSummary = new Map<string, Buffer>();
  /** by content key: the JSONL line that fixes the document (digest, words), for the next snapshot */
  private readonly lineOf = new Map<string, NonNullable<SnapshotDoc["line"]>>();
  /** the snapshot's documents by the digest of the line each was read from */
  private readonly byLine = new Map<string, { id: string; key: string; words: number }>();
  private kept = 0;
  private added = 0;
  private changed = 0;
  /** at most how many nodes the documents folded in this build add (their entities and statements) */
  private freshNodes = 0;
  /** whether the snapshot's build wrote the graph now at that path: one `stat`, before this build replaces the file */
  private wrote: { output: string; same: boolean } | null = null;

  constructor(
    readonly cache: ExtractionCache,
    full: boolean,
    /** check the snapshot's hash on a worker thread while this one parses it (a big snapshot, a second core) */
    hashAside = false,
  ) {
    const read = full
      ? { snapshot: null, problem: null }
      : readSnapshot(cache.dir, cache.libraryVersion, { hashAside });
    this.snap = read.snapshot;
    this.problem = read.snapshot ? null : read.problem;
    for (const [key, d] of this.snap?.docs ?? []) {
      this.previousIds.add(d.id);
      if (d.line) this.byLine.set(d.line.digest, { id: d.id, key, words: d.line.words });
    }
  }

  /** What session.ts needs to take unchanged JSONL lines as known documents without parsing them. */
  readonly lines = {
    known: (digest: string) => this.byLine.get(digest),
    seen: (key: string, digest: string, words: number) => void this.lineOf.set(key, { digest, words }),
  };

  get used(): boolean {
    return this.snap !== null;
  }

  readonly known = (key: string): boolean => this.snap?.docs.has(key) ?? false;

  /**
   * A known document: its summary and facts as the previous build folded them. True when its record had facts but
   * no text (the build's warning about missing evidence holds for it on every build, not only the first).
   */
  adopt(key: string, acc: CorpusAccumulator, facts: FileFactStore): boolean {
    const d = this.snap!.docs.get(key)!;
    acc.adoptFolded(summaryOf(d));
    facts.putBytes(d.id, d.facts);
    this.keyOf.set(d.id, key);
    this.keptSummary.set(d.id, d.summary);
    if (d.line) this.lineOf.set(key, d.line);
    this.kept++;
    if (!d.noText) return false;
    this.noText.add(key);
    return true;
  }

  idOf(key: string): string {
    return this.snap!.docs.get(key)!.id;
  }

  /**
   * A document folded in this build (new, or changed since the snapshot); `noText`: its record had no text; `nodes`:
   * its entities and statements, at least as many as the nodes it can add.
   */
  folded(id: string, key: string | null, noText = false, nodes = Infinity): void {
    this.freshNodes += nodes;
    if (key !== null) this.keyOf.set(id, key);
    if (key !== null && noText) this.noText.add(key);
    if (this.previousIds.has(id)) this.changed++;
    else this.added++;
  }

  /** "21268 kept, 10 added, 0 changed, 0 removed", when the snapshot was used. */
  summary(): string | null {
    if (!this.snap) return null;
    let removed = 0;
    for (const id of this.previousIds) if (!this.keyOf.has(id)) removed++;
    return `snapshot: ${this.kept} kept, ${this.added} added, ${this.changed} changed, ${removed} removed`;
  }

  /**
   * The lines of the graph at `output` this build may copy, when the snapshot's build wrote that very file with the
   * same `options` and its positions are kept (`held`): the statement nodes and edges of every adopted document whose
   * entities resolved to the same keys as then (`prints`, known once the graph is built). Null otherwise.
   */
  previousLines(
    output: string,
    options: string,
    prints: ReadonlyMap<string, string> | null,
    held: (key: string, x: unknown, y: unknown) => boolean,
    /** entity lines may be written from the previous ones (no corrections: a correction's label is in no print) */
    entities = false,
    /** the graph dropped every statement of that file (core StatementTable.dropped): their lines go on in runs */
    dropped = false,
  ): PreviousLines | null {
    const st = this.stateAt(output);
    if (!st || !prints || st.options !== options) return null;
    const before = this.printsOf(st);
    // asked for every statement node and edge: each document's answer is worked out once (prints are long strings)
    const known = new Map<string, boolean>();
    const clean = (doc: string) => {
      let c = known.get(doc);
      if (c === undefined) known.set(doc, (c = this.keptSummary.has(doc) && before.get(doc) === prints.get(doc)));
      return c;
    };
    // entities named by a document that is not clean, as it is now or as it was, or by a document gone since
    let touched: Set<string> | null = null;
    const untouched = (key: string) => {
      if (!entities) return false;
      if (!touched) {
        touched = new Set();
        for (const [id, print] of prints) if (!clean(id)) addKeys(touched, print, before.get(id));
        for (const [id, print] of before) if (!prints.has(id)) addKeys(touched, print);
      }
      return !touched.has(key);
    };
    try {
      return new PreviousLines(output, clean, held, untouched, dropped);
    } catch {
      return null; // unreadable now: every line is written afresh
    }
  }

  /**
   * The documents whose statements this build carries (core graph/build.ts Carry): adopted from the snapshot, whose
   * build wrote the graph at `output` with the same `options`, and whose entities resolve to the same keys as then.
   * Their statement lines are then copied from that file (previousLines, same conditions); null when none can be.
   */
  carry(output: string, options: string, entities = false): Carry | null {
    const st = this.stateAt(output);
    if (!st || st.options !== options) return null;
    const before = this.printsOf(st);
    const docs = this.snap!.docs; // a state is only read from a snapshot
    // the previous statements are dropped (core uses them only if every previous document is clean again) when
    // the kept positions are sure to be used: the layout keeps them if the previous nodes are at least half of this
    // graph's, which holds whenever they outnumber the most nodes the folded documents can add
    const dropped = st.positions.keys.length >= this.freshNodes ? droppedOf(st) : null;
    const e = st.edges;
    return {
      clean: (doc, print) => this.keptSummary.has(doc) && before.get(doc) === print,
      facts: (doc) => decodeFacts(docs.get(this.keyOf.get(doc)!)!.facts),
      dropped,
      // the previous entity edges, whose lines previousLines copies when `entities` (no corrections)
      edges: entities && e ? { ...e, keys: st.communities.keys, prints: before } : null,
    };
  }

  /**
   * The resolution of the graph at `output` (written by the snapshot's build with the same `options`), when this build
   * folds exactly that build's documents, unchanged, plus new ones: core's carryResolution then keeps its clusters
   * unless a new name touches one. Null otherwise (everything is resolved again). Asked once extraction is over.
   */
  previousResolution(output: string, options: string): PreviousResolution | null {
    const st = this.stateAt(output);
    if (!st || st.options !== options || !st.resolution || this.changed > 0) return null;
    const prints = this.printsOf(st);
    if (prints.size !== this.kept) return null; // a document of that graph went, or was kept from an older build
    for (const id of prints.keys()) if (!this.keptSummary.has(id)) return null;
    try {
      return {
        prints,
        names: st.resolution.names,
        merges: JSON.parse(st.resolution.merges) as PreviousResolution["merges"],
        overrides: JSON.parse(st.resolution.overrides) as PreviousResolution["overrides"],
      };
    } catch {
      return null; // the snapshot's checksum held, so only a bug gets here: resolve everything
    }
  }

  private prints: Map<string, string> | null = null;

  /** The state's key prints by document id, made once (three questions read them). */
  private printsOf(st: CarriedState): Map<string, string> {
    if (this.prints) return this.prints;
    const before = new Map<string, string>();
    st.prints.ids.forEach((id, i) => before.set(id, st.prints.prints[i]!));
    return (this.prints = before);
  }

  /** Positions and communities of the graph at `output`, if the snapshot's build wrote that very file with `options`. */
  carried(output: string, options: string): Carried | null {
    const st = this.stateAt(output);
    if (!st) return null;
    const positions = new KeptPositions(st.positions.keys, st.positions.x, st.positions.y);
    let communities: Map<string, number> | undefined;
    if (st.options === options) {
      communities = new Map();
      for (let i = 0; i < st.communities.keys.length; i++)
        communities.set(st.communities.keys[i]!, st.communities.ids[i]!);
    }
    return { positions, communities };
  }

  /**
   * Why the snapshot's carried state (positions, communities, copied lines) is not used for `output`, or null: the
   * build then reads positions from the file and recomputes communities, which is right but slower, and a user who
   * moved or copied the folder (`cp -r` changes the file's time) would otherwise not know why.
   */
  unusedState(output: string): string | null {
    const st = this.snap?.state;
    if (!st || this.stateAt(output)) return null;
    return st.output.file === path.resolve(output)
      ? `${output} changed since the snapshot's build wrote it`
      : `the snapshot's build wrote ${st.output.file}`;
  }

  /**
   * The snapshot's carried state when its build wrote the graph now at `output` (same path, size and time), else
   * null. Every question about that file (carried, carry, previousLines, unusedState) is about the file before this
   * build replaces it, so it is looked at once and the answer kept.
   */
  private stateAt(output: string): CarriedState | null {
    const st = this.snap?.state;
    if (!st) return null;
    if (this.wrote?.output !== output) this.wrote = { output, same: sameFile(st.output, output) };
    return this.wrote.same ? st : null;
  }

  /**
   * Every document of this build, for the next snapshot (snapshot-next.ts): its content key, id, the summary bytes of
   * an adopted one (copied as they are; null: the accumulator has it), whether its record lacked text, its JSONL line.
   */
  *documents(): Generator<{
    key: string;
    id: string;
    kept: Buffer | null;
    noText: boolean;
    line: SnapshotDoc["line"] | undefined;
  }> {
    for (const [id, key] of this.keyOf)
      yield {
        key,
        id,
        kept: this.keptSummary.get(id) ?? null,
        noText: this.noText.has(key),
        line: this.lineOf.get(key),
      };
  }
}
