// Stage `graph`: fold extraction records into compact summaries, then, once resolution has fixed the node keys, build
// one graphology graph with one weighted edge per (source, target, kind), following the graph contract.
import type { ExtractionRecord } from "../schema/record.ts";
import type { Resolution } from "../resolve/resolve.ts";
import type { ResolutionState } from "../resolve/carry.ts";
import { foldRecord, type DocSummary } from "./accumulate.ts";
export type { DocSummary };
import { MemoryFactStore, internCarried, internFacts, type FactStore } from "./facts.ts";
import { Strings } from "./strings.ts";
import { keyPrint, type Carry } from "./carry.ts";
import { compareStrings } from "./attributes.ts";
import { touchedKeys } from "./carried-edges.ts";
import { materialize, type CorpusGraph, type NewsGraph } from "./corpus-graph.ts";
import { graphFromFolded, type FactsBack } from "./from-folded.ts";
export type { NewsGraph, CorpusGraph };

export interface BuildGraphOptions {
  /** document id -> its text, for evidence sentences; a record's own `text` is used when present */
  texts?: ReadonlyMap<string, string>;
  /** keep a co_occurs edge only when the two entities share at least this many sentences (default 2) */
  coOccurMin?: number;
}

export const DEFAULT_CO_OCCUR_MIN = 2;

export { keyPrint, statementKey, type Carry } from "./carry.ts";

/**
 * The corpus build, one record at a time:
 *
 *   const acc = new CorpusAccumulator();
 *   for (const rec of records) acc.fold(rec, text);            // any order; text and record can be dropped after
 *   const resolution = resolveAcrossDocuments(acc.entityRecords(), corrections);
 *   const graph = acc.finish(resolution);
 *
 * Resolution needs every document's entities before any node key is final (a later article can merge "Vale" into
 * "Piet Vale"), so `fold` keeps facts with document-local entity ids and `finish` maps them to keys. What is kept per
 * document is small: entities, mention counts, statements and relations with their evidence sentences already cut
 * out, and the sentences naming two or more entities. `finish` sorts by document id, so the graph does not depend
 * on the order of folding.
 */
export class CorpusAccumulator {
  private readonly docs = new Map<string, DocSummary>();
  private readonly facts: FactStore;
  /** names, kinds and rule names of every document and fact share one copy each */
  private readonly strings = new Strings();

  /**
   * Filled by `finish` when asked for (`keyPrints: true`): each document's entity keys after resolution, one string
   * per document. Two builds that give a kept document the same print give it the same statement nodes and edges,
   * so the CLI copies their lines from the previous graph.json (see serialize.ts `LineReuse`).
   */
  readonly keyPrints: Map<string, string> | null;

  /**
   * Set by `finish` with keyPrints, when resolution listed its name keys (an incremental build without corrections):
   * what the next build needs, beside the prints, to carry this resolution (resolve/carry.ts).
   */
  resolutionState: ResolutionState | null = null;
  /** whether `finish` got a resolution carried from the previous build (the CLI's summary line says so) */
  resolutionCarried = false;

  constructor(
    private readonly options: Pick<BuildGraphOptions, "coOccurMin"> & {
      facts?: FactStore;
      keyPrints?: boolean;
      /** with keyPrints: the documents to carry (see Carry) */
      carry?: Carry;
    } = {},
  ) {
    this.facts = options.facts ?? new MemoryFactStore();
    this.keyPrints = options.keyPrints ? new Map() : null;
  }

  fold(record: ExtractionRecord, text?: string): void {
    this.unique(record.id);
    const { statements, relations, sentences, entities, day, ...summary } = foldRecord(record, text ?? record.text);
    this.facts.put(record.id, { statements, relations, sentences });
    this.docs.set(record.id, {
      ...summary,
      ...(day !== undefined ? { day: this.strings.of(day) } : {}),
      entities: entities.map((e) => this.strings.value(e)),
    });
  }

  /**
   * A document folded by an earlier build (its summary from the CLI's snapshot; its facts already handed to the
   * fact store): the same as folding its record again, without the record.
   */
  adoptFolded(summary: DocSummary): void {
    this.unique(summary.meta.id);
    // kept as given, not interned: copying 21k documents' entities cost more time than their duplicate names cost memory
    this.docs.set(summary.meta.id, summary);
  }

  private unique(id: string): void {
    if (this.docs.has(id))
      throw new Error(
        `newsgraph/graph: document id ${id} folded twice; ids must be unique within a build (the CLI suffixes repeats with ~2)`,
      );
  }

  /** The summary of a folded document (what a snapshot of this build keeps), until `finish` consumes them. */
  summary(docId: string): DocSummary | undefined {
    return this.docs.get(docId);
  }

  get documents(): number {
    return this.docs.size;
  }

  /** The input resolution reads: each document's id and entities, sorted by id (no texts, mentions or statements). */
  entityRecords(): ExtractionRecord[] {
    return this.sortedDocs().map((d) => ({
      id: d.meta.id,
      entities: d.entities,
      mentions: [],
      statements: [],
      relations: [],
    }));
  }

  /**
   * The graph. Consumes the accumulator: each document's summary is released as soon as its nodes and edges exist,
   * so the summaries and the graph are never both whole in memory (at 8 copies of BBC + Reuters that is a gigabyte).
   */
  finish(resolution: Resolution): NewsGraph {
    return materialize(this.finishCorpus(resolution));
  }

  /**
   * `finish` in the corpus form (statements in their own table): what the corpus stages and the CLI work on.
   * `unseeded`: leave positions unset, because a layout follows and seeds every node it does not keep (planLayout):
   * a rebuild keeps 141k positions, and seeding them first only to overwrite them cost about 0.15 s.
   */
  finishCorpus(resolution: Resolution, { unseeded = false }: { unseeded?: boolean } = {}): CorpusGraph {
    const docs = this.sortedDocs();
    this.docs.clear();
    const store = this.facts;
    const facts: FactsBack = {
      take: (id) => internFacts(store.take(id), this.strings),
      // a carried document's statements are read as anchors only, when the store keeps them apart (the CLI's does)
      carried: (id) =>
        store.takeCarried
          ? internCarried(store.takeCarried(id), this.strings)
          : internFacts(store.take(id), this.strings),
    };
    const carry = this.options.carry;
    const carried = new Set<string>();
    this.resolutionCarried = !!resolution.carried;
    if (this.keyPrints && resolution.names)
      this.resolutionState = {
        names: resolution.names,
        merges: [...resolution.merges],
        overrides: [...(resolution.overrides ?? [])],
      };
    if (this.keyPrints)
      for (const d of docs) {
        const print = keyPrint(d, resolution);
        this.keyPrints.set(d.meta.id, print);
        if (carry?.clean(d.meta.id, print)) carried.add(d.meta.id);
      }
    const refacts = carry && carried.size > 0 ? (id: string) => internFacts(carry.facts(id), this.strings) : undefined;
    // every document of the previous build is clean again (carried is a subset of them): its statements are dropped
    const d = carry?.dropped;
    const dropped = d && carried.size > 0 && carried.size === d.documents ? d : null;
    // the previous entity edges with an end that only carried documents name (carried-edges.ts)
    const list = carry?.edges;
    const edges =
      list && carried.size > 0 ? { list, touched: touchedKeys(this.keyPrints!, list.prints, carried) } : null;
    return graphFromFolded(
      docs,
      facts,
      resolution,
      this.options.coOccurMin ?? DEFAULT_CO_OCCUR_MIN,
      { carried, refacts, dropped, edges },
      !unseeded,
    );
  }

  private sortedDocs(): DocSummary[] {
    return [...this.docs.values()].sort((a, b) => compareStrings(a.meta.id, b.meta.id));
  }
}

/** All records at once (tests, the browser): fold each, then finish with the given resolution. */
export function buildGraph(
  records: ExtractionRecord[],
  resolution: Resolution,
  opts: BuildGraphOptions = {},
): NewsGraph {
  const acc = new CorpusAccumulator(opts);
  for (const r of records) acc.fold(r, r.text ?? opts.texts?.get(r.id));
  return acc.finish(resolution);
}
