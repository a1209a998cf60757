// The build command's usage text and its options: the layout, the corrections file and what carried state depends on.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CARRY_COMMUNITIES_UP_TO, DEFAULT_LAYOUT_SECONDS, type LayoutOptions } from "@newsgraph/core";
import { CliError } from "../io.ts";
import { intOption } from "./args.ts";
import { SCALE_USAGE } from "./scale-options.ts";
import { SNAPSHOT_NAME } from "../snapshot.ts";
import { DEFAULT_HEAP_GROWTH_PERCENT } from "../heap.ts";

export const BUILD_USAGE = `usage: newsgraph build <inputs…> -o graph.json [--gexf F] [--graphml F] [--layout N | --layout-seconds S | --no-layout]
                       [--co-occur-min N] [--seed N] [--corrections FILE] [--strict] [--heap-growth PCT]
                       [--jobs N] [--cache DIR | --no-cache] [--full]

Extracts every input (same inputs as extract, plus .jsonl files of extraction records) and merges the
documents into one graph: people, organisations, countries, locations and statements, with evidence,
one weighted edge per relation, PageRank and communities, laid out with ForceAtlas2.

  -o, --output FILE     the graph as graphology JSON (validated against the graph contract)
  --gexf FILE           also write GEXF 1.3 for Gephi (dynamic, for its Timeline, when documents have dates)
  --graphml FILE        also write GraphML
  --layout N            exactly N ForceAtlas2 iterations (0 = --no-layout)
  --layout-seconds S    layout budget in nominal seconds, turned into iterations by a fixed cost model so the
                        output never depends on the machine (default ${DEFAULT_LAYOUT_SECONDS})
  --no-layout           keep seeded positions (the viewer lays the graph out on open)
  --co-occur-min N      keep a co_occurs edge when two entities share at least N sentences (default 2)
  --seed N              seed for Louvain communities (default 42)
  --corrections FILE    user corrections (merge/split/rename/delete); default: newsgraph.config.json beside the inputs
  --strict              stop at the first problem instead of skipping the input
  --heap-growth PCT     from 5 M words or a 1 GiB heap, how far the heap may grow past its live data before a full
                        collection (default ${DEFAULT_HEAP_GROWTH_PERCENT}; lower keeps peak memory nearer the graph's size;
                        0 is V8's own choice: faster, up to twice the memory)
${SCALE_USAGE}  --full                ignore the snapshot of the previous build: fold every document again from the cache and
                        run Louvain afresh (positions are still kept from the graph at -o)

A build writes a snapshot of its folded documents beside the cache (${SNAPSHOT_NAME}); the next build over the same
cache adopts the documents it knows, folds only new and changed ones, and keeps the previous communities when at
most ${100 * CARRY_COMMUNITIES_UP_TO}% of the entities are new (new ones join their neighbours').
Nodes already in an existing graph at -o keep their positions (the layout moves only new nodes), so a rebuild
with new articles does not move the picture (delete the old graph to lay everything out afresh).
`;

export const CONFIG_NAME = "newsgraph.config.json";

/** The corrections file: explicit, or newsgraph.config.json in the first input folder (or a file input's folder). */
export function findCorrections(inputs: string[], explicit: string | undefined): string | undefined {
  if (explicit) {
    if (!existsSync(explicit)) throw new CliError(`newsgraph build: corrections file not found at ${explicit}`, 1);
    return explicit;
  }
  for (const input of inputs) {
    if (input === "-" || !existsSync(input)) continue;
    const dir = statSync(input).isDirectory() ? input : path.dirname(input);
    const candidate = path.join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** What carried communities depend on besides the graph: the seed, the co-occurrence threshold and the corrections. */
export function optionsKey(seed: number, coOccurMin: number, correctionsFile: string | undefined): string {
  const corrections = correctionsFile ? createHash("sha256").update(readFileSync(correctionsFile)).digest("hex") : null;
  return JSON.stringify({ seed, coOccurMin, corrections });
}

/** --layout N (exact iterations, 0 = none), --layout-seconds S (budget), --no-layout; default: the budget. */
export function layoutOption(
  iterations: string | undefined,
  seconds: string | undefined,
  none: boolean | undefined,
): LayoutOptions | false {
  const given = [iterations !== undefined, seconds !== undefined, !!none].filter(Boolean).length;
  if (given > 1)
    throw new CliError(`newsgraph build: give one of --layout N, --layout-seconds S and --no-layout\n${BUILD_USAGE}`);
  if (none) return false;
  if (iterations !== undefined) {
    const n = intOption("build", "layout", iterations, 0);
    return n > 0 ? { iterations: n } : false;
  }
  if (seconds === undefined) return { seconds: DEFAULT_LAYOUT_SECONDS };
  const s = Number(seconds);
  if (!/^\d+(\.\d+)?$/.test(seconds) || !(s > 0))
    throw new CliError(`newsgraph build: --layout-seconds must be a positive number, got "${seconds}"`);
  return { seconds: s };
}
