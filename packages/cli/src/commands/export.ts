// `newsgraph export graph.json|graph.gexf --to gexf|graphml|json [-o out]`: convert a graph between formats.
import { existsSync, readFileSync } from "node:fs";
import Graph from "graphology";
import gexf from "graphology-gexf";
import { SerializedGraph } from "@newsgraph/core";
import { gexfProblem } from "@newsgraph/core";
import { gexfChunks } from "@newsgraph/core";
import { graphmlChunks } from "@newsgraph/core";
import { exportSorted, graphJsonChunks } from "@newsgraph/core";
import { CliError, checkOutputTarget, writeChunksAtomic, type CliIO } from "../io.ts";
import { parseCommandArgs } from "./args.ts";

export const EXPORT_USAGE = `usage: newsgraph export <graph.json|graph.gexf> --to gexf|graphml|json [-o out]

Converts a graph. Without -o the output goes beside the input with the new extension; -o - writes to stdout.
`;

const FORMATS = ["gexf", "graphml", "json"] as const;
type Format = (typeof FORMATS)[number];

/** Load a graph.json (checked against the graph contract) or any GEXF file (Gephi's own too). */
export function loadGraphFile(file: string): { graph: Graph; contract: boolean } {
  if (!existsSync(file))
    throw new CliError(
      `newsgraph export: graph file not found at ${file}; build one with newsgraph build <inputs> -o graph.json`,
      1,
    );
  const text = readFileSync(file, "utf8");
  if (/\.gexf$/i.test(file) || text.trimStart().startsWith("<")) {
    const problem = gexfProblem(text);
    if (problem) throw new CliError(`newsgraph export: ${file} is refused: ${problem}`, 1);
    try {
      return {
        graph: gexf.parse(Graph, text, { allowUndeclaredAttributes: true, addMissingNodes: true }),
        contract: false,
      };
    } catch (e) {
      throw new CliError(`newsgraph export: ${file} is not a readable GEXF file (${(e as Error).message})`, 1);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CliError(
      `newsgraph export: ${file} is not valid JSON (${(e as Error).message}); rebuild it with newsgraph build`,
      1,
    );
  }
  const parsed = SerializedGraph.safeParse(data);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new CliError(
      `newsgraph export: ${file} does not follow the graph contract (${i.path.join(".")}: ${i.message}); rebuild it with newsgraph build`,
      1,
    );
  }
  try {
    return { graph: Graph.from(parsed.data as never), contract: true };
  } catch (e) {
    // an edge to a missing node, a repeated key: the schema cannot see those, graphology can
    throw new CliError(
      `newsgraph export: ${file} is an inconsistent graph (${(e as Error).message}); rebuild it with newsgraph build`,
      1,
    );
  }
}

export function exportCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs("export", EXPORT_USAGE, argv, {
    to: { type: "string" },
    output: { type: "string", short: "o" },
  });
  if (values.help) {
    io.stdout.write(EXPORT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`newsgraph export: give exactly one graph file\n${EXPORT_USAGE}`);
  const to = values.to as Format | undefined;
  if (!to || !FORMATS.includes(to))
    throw new CliError(`newsgraph export: --to must be one of ${FORMATS.join(", ")}\n${EXPORT_USAGE}`);
  const input = positionals[0]!;
  const { graph, contract } = loadGraphFile(input);
  // a foreign GEXF has no newsgraph kinds, so its JSON is graphology's sorted export, not the contract
  const chunks = (): Iterable<string> =>
    to === "gexf"
      ? gexfChunks(graph)
      : to === "graphml"
        ? graphmlChunks(graph)
        : contract
          ? graphJsonChunks(graph)
          : [JSON.stringify(exportSorted(graph)) + "\n"];
  const out = values.output ?? input.replace(/\.(json|gexf|graphml)$/i, "") + "." + to;
  if (out === "-") {
    for (const c of chunks()) io.stdout.write(c);
    return 0;
  }
  if (out === input) throw new CliError(`newsgraph export: refusing to overwrite the input ${input}; pass -o`);
  checkOutputTarget(out, "export", [input]);
  writeChunksAtomic(out, chunks());
  io.stderr.write(`newsgraph: wrote ${out} (${graph.order} nodes, ${graph.size} edges)\n`);
  return 0;
}
