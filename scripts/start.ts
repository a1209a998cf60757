// `pnpm start [--host H] [--port P]`: build the graph of the sample articles in data/ and serve the viewer on it.
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildCommand } from "../packages/cli/src/commands/build.ts";
import { parseViewArgs, startView, untilInterrupted } from "../packages/cli/src/view-command.ts";
import { ensureViewerBuilt } from "../packages/cli/src/viewer-build.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SAMPLE_DIR = join(ROOT, "data");
export const SAMPLE_GRAPH = join(ROOT, "out/sample/graph.json");

/** Runs `newsgraph build <dir> -o <out>` in-process (the CLI's own code on source, never a stale build). */
export async function buildSampleGraph(
  dir = SAMPLE_DIR,
  out = SAMPLE_GRAPH,
  log: (s: string) => void = (s) => process.stderr.write(s),
): Promise<{ path: string; nodes: number; edges: number }> {
  mkdirSync(dirname(out), { recursive: true });
  const io = { stdout: { write: log }, stderr: { write: log }, readStdin: () => Buffer.alloc(0) };
  let code: number;
  try {
    code = await buildCommand([dir, "-o", out], io);
  } catch (e) {
    throw new Error(`newsgraph/start: building the sample graph from ${dir} failed: ${(e as Error).message}`, {
      cause: e,
    });
  }
  if (code !== 0)
    throw new Error(`newsgraph/start: newsgraph build ${dir} skipped inputs (exit ${code}); see the messages above`);
  const graph = JSON.parse(readFileSync(out, "utf8")) as { nodes: unknown[]; edges: unknown[] };
  return { path: out, nodes: graph.nodes.length, edges: graph.edges.length };
}

async function main(): Promise<void> {
  const args = parseViewArgs([SAMPLE_GRAPH, ...process.argv.slice(2).filter((a) => a !== "--")]);
  const built = await buildSampleGraph();
  process.stderr.write(
    `newsgraph: sample graph at ${relative(process.cwd(), built.path)} (${built.nodes} nodes, ${built.edges} edges)\n`,
  );
  // a checkout being edited: rebuild the viewer when its sources changed (the installed CLI ships it prebuilt)
  ensureViewerBuilt(undefined, (s) => process.stderr.write(s));
  const running = await startView(args);
  await untilInterrupted(running);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
