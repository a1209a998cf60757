// `pnpm start [--host H] [--port P]`: build the graph of the sample articles in data/ and serve the viewer on it.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildCorpusGraph, extractDocument, serializeGraph } from "../packages/core/src/index.ts";
import { loadDefaultResources } from "../packages/core/src/node/resources.ts";
import { parseViewArgs, startView, untilInterrupted } from "../packages/core/src/node/view-command.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SAMPLE_DIR = join(ROOT, "data");
export const SAMPLE_GRAPH = join(ROOT, "out/sample/graph.json");

/** Article files under dir, sorted; `gold/` holds annotations for evaluation, not articles. */
function articleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== "gold" && !e.name.startsWith(".")) out.push(...articleFiles(p));
    else if (e.isFile() && /\.(txt|md)$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** Extracts every article under dir with the core pipeline and writes the graph atomically; returns its path. */
export function buildSampleGraph(dir = SAMPLE_DIR, out = SAMPLE_GRAPH): { path: string; nodes: number; edges: number; documents: number } {
  const res = loadDefaultResources();
  const files = articleFiles(dir);
  if (files.length === 0) throw new Error(`newsgraph/start: no .txt or .md articles found in ${dir}`);
  const docs = files.map((f) => ({ id: relative(dir, f).split("\\").join("/"), text: readFileSync(f, "utf8") }));
  const records = docs.map((d) => extractDocument(d, res));
  // the texts let the graph stage attach the evidence sentence to every statement and relation
  const graph = buildCorpusGraph(records, res, { texts: new Map(docs.map((d) => [d.id, d.text])) });
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeGraph(graph));
  renameSync(tmp, out);
  return { path: out, nodes: graph.order, edges: graph.size, documents: records.length };
}

async function main(): Promise<void> {
  const args = parseViewArgs([SAMPLE_GRAPH, ...process.argv.slice(2).filter((a) => a !== "--")]);
  const built = buildSampleGraph();
  process.stderr.write(`newsgraph: built ${relative(process.cwd(), built.path)} from ${built.documents} articles in data/ (${built.nodes} nodes, ${built.edges} edges)\n`);
  const running = await startView(args);
  await untilInterrupted(running);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
