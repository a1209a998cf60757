// `newsgraph build <inputs…> -o graph.json [--gexf F] [--graphml F] [--layout N | --layout-seconds S | --no-layout] …`.
import path from "node:path";
import { corpusGraphOverlapped, finishCorpusGraph } from "@newsgraph/core";
import { CorpusAccumulator } from "@newsgraph/core";
import { graphmlChunks } from "@newsgraph/core";
import { loadDefaultResources } from "../resources.ts";
import type { LoadedCorrections } from "../corrections.ts";
import { CliError, checkOutputTarget, writeChunksAtomic, type CliIO } from "../io.ts";
import { runExtraction, summaryLine } from "../session.ts";
import { Extractor } from "../pool/extractor.ts";
import { intOption, parseCommandArgs } from "./args.ts";
import { SCALE_OPTIONS, jobsOption, openCache } from "./scale-options.ts";
import { cacheNote } from "./extract.ts";
import { BUILD_USAGE, findCorrections, layoutOption, optionsKey } from "./build-options.ts";
import { MissingText } from "../missing-text.ts";
import { readPreviousPositions } from "../previous-positions.ts";
import { layoutInThread } from "../layout-thread.ts";
import { KeptPositions } from "../kept-positions.ts";
import { EarlyEdges } from "../spool.ts";
import { FileFactStore } from "../fact-file.ts";
import { DEFAULT_HEAP_GROWTH_PERCENT, HeapBound } from "../heap.ts";
import { KEEP_POSITIONS_FROM, applyPositions, sharedNodes } from "@newsgraph/core";
import type { Carry, ExtractionRecord } from "@newsgraph/core";
import { carriesCommunities, type NewsGraph } from "@newsgraph/core";
import { corpusOrder, corpusSize, isCorpusGraph } from "@newsgraph/core";
import { IncrementalBuild } from "../incremental.ts";
import { commitSnapshot, startSnapshot } from "../snapshot-next.ts";
import { prestartPays, snapshotThreadPays } from "../second-core.ts";
import { SNAPSHOT_NAME, type SnapshotWriter } from "../snapshot.ts";
import type { PreviousLines } from "../reuse-lines.ts";

export { BUILD_USAGE, CONFIG_NAME, findCorrections } from "./build-options.ts";
export { MissingText } from "../missing-text.ts";

export async function buildCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs("build", BUILD_USAGE, argv, {
    output: { type: "string", short: "o" },
    gexf: { type: "string" },
    graphml: { type: "string" },
    layout: { type: "string" },
    "layout-seconds": { type: "string" },
    "no-layout": { type: "boolean" },
    "co-occur-min": { type: "string" },
    seed: { type: "string" },
    corrections: { type: "string" },
    strict: { type: "boolean" },
    "heap-growth": { type: "string" },
    full: { type: "boolean" },
    ...SCALE_OPTIONS,
  });
  if (values.help) {
    io.stdout.write(BUILD_USAGE);
    return 0;
  }
  if (!values.output) throw new CliError(`newsgraph build: -o graph.json is required\n${BUILD_USAGE}`);
  for (const out of [values.output, values.gexf, values.graphml]) if (out) checkOutputTarget(out, "build", positionals);
  const outs = [values.output, values.gexf, values.graphml].filter((o): o is string => !!o).map((o) => path.resolve(o));
  if (new Set(outs).size < outs.length)
    throw new CliError(`newsgraph build: -o, --gexf and --graphml name the same file; give each output its own name`);
  const layout = layoutOption(values.layout, values["layout-seconds"], values["no-layout"]);
  const coOccurMin = intOption("build", "co-occur-min", values["co-occur-min"], 2);
  const seed = intOption("build", "seed", values.seed, 42);
  const heap = new HeapBound(intOption("build", "heap-growth", values["heap-growth"], DEFAULT_HEAP_GROWTH_PERCENT));
  const jobs = jobsOption("build", values.jobs);
  const cache = openCache("build", values, values.output);
  const correctionsFile = findCorrections(positionals, values.corrections);
  // every warning of the build, the layout thread's and the edge writer's among them, in one form
  const warning = (m: string) => io.stderr.write(`newsgraph: warning: ${m}\n`);
  let corrections: LoadedCorrections | undefined;
  if (correctionsFile) {
    const mod = await import("../corrections.ts");
    let loaded: LoadedCorrections;
    try {
      loaded = mod.loadCorrections(correctionsFile);
    } catch (e) {
      throw new CliError((e as Error).message, 1);
    }
    corrections = loaded;
    io.stderr.write(`newsgraph: applying corrections from ${correctionsFile}\n`);
    for (const w of loaded.warnings) warning(w);
  }
  const t0 = Date.now();
  let loaded: ReturnType<typeof loadDefaultResources> | undefined;
  // loaded once, when first needed: with worker threads the main thread needs them only for resolve
  const res = () => (loaded ??= loadDefaultResources());
  // records are folded as they come and then dropped: memory holds summaries, not texts
  // statements, relations and co-occurrences wait on disk until resolution has fixed the node keys
  const facts = new FileFactStore();
  // a rebuild over a snapshot extracts only its few new documents, after reading thousands of known ones: with a
  // second core, a worker starts before the snapshot is read and loads the model meanwhile (the same records)
  const extractor = new Extractor(res);
  // the same rule puts the snapshot's hash on a third thread while this one parses the snapshot
  const big = !!cache && !values.full && prestartPays(jobs, path.join(cache.dir, SNAPSHOT_NAME));
  if (big) extractor.prestart(jobs);
  let inc: IncrementalBuild | null;
  try {
    inc = cache ? new IncrementalBuild(cache, !!values.full, big) : null;
  } catch (e) {
    await extractor.close(); // a started worker would keep the process alive
    throw e;
  }
  if (inc?.problem) io.stderr.write(`${inc.problem}\n`);
  const warn = (m: string) => io.stderr.write(`${m}\n`);
  let snapshot: SnapshotWriter | null = null;
  let early: EarlyEdges | undefined;
  let reuse: PreviousLines | null | undefined;
  try {
    // an unchanged document's statements are carried to the writer, which copies their lines from the graph at -o
    // (known once the options are, below); GEXF and GraphML need them in full, so they are built in full then
    let carry: Carry | null = null;
    const carrying = inc !== null && !values.gexf && !values.graphml;
    const acc = new CorpusAccumulator({
      coOccurMin,
      facts,
      keyPrints: inc !== null,
      ...(carrying
        ? {
            carry: {
              clean: (doc, print) => carry?.clean(doc, print) ?? false,
              facts: (doc) => carry!.facts(doc),
              // read when the graph is built, after `carry` is known
              get dropped() {
                return carry?.dropped ?? null;
              },
              get edges() {
                return carry?.edges ?? null;
              },
            },
          }
        : {}),
    });
    const noText = new MissingText();
    const { stats } = await runExtraction(positionals, io, {
      strict: !!values.strict,
      withText: false,
      resources: res,
      jobs,
      cache,
      collect: false,
      extractor,
      onRecord: (json, text, key) => {
        const r = JSON.parse(json) as ExtractionRecord;
        const missing = noText.see(r, text);
        acc.fold(r, text);
        inc?.folded(r.id, key, missing, r.entities.length + r.statements.length);
      },
      ...(inc
        ? {
            known: inc.known,
            onKnown: (key: string) => inc.adopt(key, acc, facts) && noText.add(inc.idOf(key)),
            lines: inc.lines,
          }
        : {}),
    });
    // the corpus stages read no resources: drop this thread's models (and the NER word memo) before the graph grows
    loaded = undefined;
    const missing = noText.message();
    if (missing) {
      warning(missing);
      stats.warnings++;
    }
    // nodes of the graph already at -o keep their positions: the layout moves only the new ones; the snapshot has
    // them (and the communities) when its build wrote that very file, else they are read from the file
    const options = optionsKey(seed, coOccurMin, correctionsFile);
    const output = values.output;
    const carried = inc?.carried(values.output, options) ?? null;
    const unused = inc?.unusedState(values.output); // asked before this build writes the file
    // entity edges are carried only where the writer copies their lines: with no corrections (previousLines)
    if (carrying && inc) carry = inc.carry(values.output, options, !corrections);
    const previous = carried?.positions ?? readPreviousPositions(values.output);
    // with a second core the snapshot's ~100 MB are hashed and written there while this thread builds the graph
    snapshot = inc ? startSnapshot(inc, acc, facts, warn, snapshotThreadPays(jobs, stats.words)) : null;
    // the corpus stages read no resources: when the threads did the extraction, this thread never loads them
    // the graph grows from here until it is written, in one synchronous stretch: the last chance to bound the heap
    heap.check(stats.words);
    // with no corrections, the previous build's clusters are carried when only new documents came and no new name
    // touches them (core resolve/carry.ts); the names are listed for the next build either way
    const previousResolution = corrections ? null : (inc?.previousResolution(output, options) ?? null);
    const corpusOpts = {
      coOccurMin,
      ...(inc && !corrections ? { resolution: { previous: previousResolution } } : {}),
      seed,
      layout: layout && { ...layout, previous },
      ...(carried?.communities ? { communities: carried.communities } : {}),
      ...(corrections !== undefined ? { corrections } : {}),
    };
    // with a second core, ForceAtlas2 runs on a worker thread while this one computes the metrics and writes the
    // outputs' edges ahead (same bytes)
    early = new EarlyEdges(values.gexf ? { description: `newsgraph: ${stats.documents} documents` } : null, warning);
    const ahead = early;
    // a statement of an unchanged document, at its kept place, is the same line as in the graph at -o: copied
    const held = (k: string, x: unknown, y: unknown) => {
      if (previous instanceof KeptPositions) return previous.holds(k, x, y);
      const p = previous.get(k);
      return p !== undefined && p.x === x && p.y === y;
    };
    // a graph that dropped the previous statements (core StatementTable.dropped) copies all their lines in runs
    early.reuse = (g) =>
      (reuse ??=
        inc?.previousLines(
          output,
          options,
          acc.keyPrints,
          held,
          !corrections,
          isCorpusGraph(g) && !!g.statements.dropped,
        ) ?? null) ?? undefined;
    // the statements stay out of graphology (graph/corpus-graph.ts): the outputs are written from both parts
    const corpus =
      jobs > 1
        ? await corpusGraphOverlapped(acc, corpusOpts, layoutInThread(warning), (g) => ahead.meanwhile(g))
        : finishCorpusGraph(acc, corpusOpts);
    const graph = corpus.graph;
    // the layout keeps old positions only when the old graph covers most of this one (see usablePrevious)
    // one pass over the nodes (143k on BBC + Reuters) tells both whether they were kept and how many
    const matched = sharedNodes(corpus, previous);
    const usable = matched >= KEEP_POSITIONS_FROM * corpusOrder(corpus);
    // never so (IncrementalBuild.carry drops the previous statements only when their places are sure to be kept)
    if (corpus.statements.dropped && !usable)
      throw new CliError(`newsgraph build: the previous statements were carried without their places; run with --full`);
    const kept = !usable ? 0 : layout ? matched : applyPositions(corpus, previous);
    if (previous.size > 0 && !usable)
      io.stderr.write(
        `newsgraph: the graph at ${values.output} shares fewer than ${100 * KEEP_POSITIONS_FROM}% of this graph's nodes: laid out afresh instead of keeping its positions\n`,
      );
    const resolveWarnings: unknown = graph.getAttribute("warnings");
    if (Array.isArray(resolveWarnings)) for (const w of resolveWarnings) warning(String(w));
    writeChunksAtomic(values.output, early.json(corpus));
    // the snapshot records graph.json's size and time, so it is finished once that file is in place
    const committed =
      snapshot && commitSnapshot(snapshot, corpus, values.output, options, acc.keyPrints!, acc.resolutionState, warn);
    if (values.gexf) writeChunksAtomic(values.gexf, early.gexfChunks(corpus));
    if (values.graphml) writeChunksAtomic(values.graphml, graphmlChunks(corpus));
    await committed; // a snapshot thread has written and renamed the file before the process ends
    const outputs = [values.output, values.gexf, values.graphml].filter(Boolean).join(", ");
    stats.ms = Date.now() - t0; // the whole build: extraction, graph, layout and writing
    const lay = graph.getAttribute("layout") as { iterations: number; quality?: number } | undefined;
    const layoutNote = lay ? `, layout ${lay.iterations} iterations (quality ${lay.quality ?? "n/a"})` : "";
    const keptNote = kept > 0 ? ` (${kept} kept their positions)` : "";
    const incNote = inc?.summary() ? ` (${inc.summary()})${unused ? `, its state not used: ${unused}` : ""}` : "";
    const communityNote =
      (carried?.communities && carriedHere(graph, carried.communities) ? ", communities carried" : "") +
      (acc.resolutionCarried ? ", resolution carried" : "") +
      // every previous statement's lines copied, its sums carried (core StatementTable.dropped)
      (corpus.statements.dropped ? ", statements carried" : "");
    io.stderr.write(
      `${summaryLine("built a graph of", stats)}${cacheNote(stats)}${incNote}; ${corpusOrder(corpus)} nodes${keptNote}, ${corpusSize(corpus)} edges${layoutNote}${communityNote} → ${outputs}\n`,
    );
    return stats.errors > 0 ? 1 : 0;
  } finally {
    await snapshot?.abort(); // a failed build leaves the previous snapshot; after a commit this removes nothing
    await extractor.close(); // closed by the extraction already, unless the build failed before it
    heap.stop();
    facts.close();
    early?.close();
    reuse?.close();
  }
}

/** Whether the metrics stage carried `previous` (the same rule, counted on the entities of the built graph). */
function carriedHere(graph: NewsGraph, previous: ReadonlyMap<string, number>): boolean {
  let fresh = 0,
    nodes = 0;
  graph.forEachNode((k, a) => {
    if (a.community === undefined) return;
    nodes++;
    if (!previous.has(k)) fresh++;
  });
  return carriesCommunities(fresh, nodes);
}
