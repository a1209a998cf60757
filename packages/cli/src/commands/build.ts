// `newsgraph build <inputs…> -o graph.json [--gexf graph.gexf] [--layout N] [--corrections FILE] [--strict]`.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { buildCorpusGraph } from "@newsgraph/core";
import { serializeGraph } from "@newsgraph/core";
import { toGexf } from "@newsgraph/core";
import { runLayout } from "@newsgraph/core";
import { loadDefaultResources } from "../resources.ts";
import { CliError, checkOutputDir, writeFileAtomic, type CliIO } from "../io.ts";
import { runExtraction, summaryLine } from "../session.ts";
import { intOption, parseCommandArgs } from "./args.ts";

export const BUILD_USAGE = `usage: newsgraph build <inputs…> -o graph.json [--gexf graph.gexf] [--layout N] [--corrections FILE] [--strict]

Extracts every input (same inputs as extract, plus .jsonl files of extraction records) and merges the
documents into one graph: people, organisations, countries, locations and statements, with evidence.

  -o, --output FILE     the graph as graphology JSON (validated against the graph contract)
  --gexf FILE           also write GEXF 1.3 for Gephi
  --layout N            run N iterations of ForceAtlas2 before writing (default 0: seeded positions)
  --corrections FILE    user corrections (merge/split/rename/delete); default: newsgraph.config.json beside the inputs
  --strict              stop at the first problem instead of skipping the input
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

type CorrectionsModule = { loadCorrections: (file: string) => { warnings?: string[] } };

export async function buildCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs("build", BUILD_USAGE, argv, {
    output: { type: "string", short: "o" },
    gexf: { type: "string" },
    layout: { type: "string" },
    corrections: { type: "string" },
    strict: { type: "boolean" },
  });
  if (values.help) {
    io.stdout.write(BUILD_USAGE);
    return 0;
  }
  if (!values.output) throw new CliError(`newsgraph build: -o graph.json is required\n${BUILD_USAGE}`);
  for (const out of [values.output, values.gexf]) if (out) checkOutputDir(out, "build");
  const iterations = intOption("build", "layout", values.layout, 0);
  const correctionsFile = findCorrections(positionals, values.corrections);
  let corrections: unknown;
  if (correctionsFile) {
    const mod: CorrectionsModule = await import("../corrections.ts");
    let loaded: { warnings?: string[] };
    try {
      loaded = mod.loadCorrections(correctionsFile);
    } catch (e) {
      throw new CliError((e as Error).message, 1);
    }
    corrections = loaded;
    io.stderr.write(`newsgraph: applying corrections from ${correctionsFile}\n`);
    for (const w of loaded.warnings ?? []) io.stderr.write(`newsgraph: warning: ${w}\n`);
  }
  const t0 = Date.now();
  const res = loadDefaultResources();
  const { records, texts, stats } = runExtraction(positionals, io, { strict: !!values.strict, withText: false, resources: res, collect: true });
  const graph = buildCorpusGraph(records, res, { texts, ...(corrections !== undefined ? { corrections } : {}) });
  const resolveWarnings = graph.getAttribute("warnings");
  if (Array.isArray(resolveWarnings)) for (const w of resolveWarnings) io.stderr.write(`newsgraph: warning: ${String(w)}\n`);
  if (iterations > 0) runLayout(graph, iterations);
  writeFileAtomic(values.output, serializeGraph(graph));
  if (values.gexf) writeFileAtomic(values.gexf, toGexf(graph, { description: `newsgraph: ${stats.documents} documents` }));
  const outputs = [values.output, values.gexf].filter(Boolean).join(", ");
  stats.ms = Date.now() - t0; // the whole build: extraction, graph, layout and writing
  io.stderr.write(`${summaryLine("built a graph of", stats)}; ${graph.order} nodes, ${graph.size} edges → ${outputs}\n`);
  return stats.errors > 0 ? 1 : 0;
}
