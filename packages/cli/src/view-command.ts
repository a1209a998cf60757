// `newsgraph view graph.json|graph.gexf [--host H] [--port P]`: serve the prebuilt viewer shipped in this package with one graph.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SerializedGraph, gexfProblem } from "@newsgraph/core";
import { serveViewer, type RunningServer } from "./serve.ts";

/**
 * The built viewer inside this package (`viewer/` beside `src/` and `dist/`): `pnpm build` copies
 * packages/viewer/dist there, and the published package ships it, so `view` never runs Vite.
 */
export const PACKAGED_VIEWER = fileURLToPath(new URL("../viewer/", import.meta.url));

export const USAGE = "usage: newsgraph view <graph.json|graph.gexf> [--host H] [--port P]\n";

/** The packaged viewer's directory, or an error saying how to produce it. */
export function packagedViewer(dir = PACKAGED_VIEWER): string {
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(
      `newsgraph/view: the built viewer is missing at ${dir}; in the repository run pnpm build (a published @newsgraph/cli ships it: reinstall the package)`,
    );
  }
  return dir;
}

/** Checks a graph file before serving it, so a bad file fails here with its name rather than as a blank page. */
export function checkGraphFile(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile())
    throw new Error(
      `newsgraph/view: graph file not found at ${path}; build one with newsgraph build <inputs> -o graph.json`,
    );
  const ext = extname(path).toLowerCase();
  const text = readFileSync(path, "utf8");
  if (ext === ".gexf") {
    if (!/<gexf[\s>]/.test(text)) throw new Error(`newsgraph/view: ${path} is not a GEXF file (no <gexf> element)`);
    const problem = gexfProblem(text);
    if (problem) throw new Error(`newsgraph/view: ${path} is refused: ${problem}`);
    return;
  }
  if (ext !== ".json") throw new Error(`newsgraph/view: ${path}: expected a .json or .gexf graph file`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(
      `newsgraph/view: ${path} is not valid JSON (${(e as Error).message}); rebuild it with newsgraph build`,
      { cause: e },
    );
  }
  const parsed = SerializedGraph.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `newsgraph/view: ${path} is not a newsgraph graph: ${first?.path.join(".") ?? ""} ${first?.message ?? ""}; rebuild it with newsgraph build`,
    );
  }
}

export interface ViewArgs {
  graph: string;
  host?: string;
  port?: number;
}

export function parseViewArgs(argv: string[]): ViewArgs {
  let graph: string | undefined;
  let host: string | undefined;
  let port: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (name: string) => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v === undefined || v === "") throw new Error(`newsgraph/view: ${name} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--host" || a.startsWith("--host=")) host = value("--host");
    else if (a === "--port" || a.startsWith("--port=")) {
      const v = value("--port");
      port = Number(v);
      if (!/^\d+$/.test(v) || port > 65535)
        throw new Error(`newsgraph/view: --port must be a number from 0 to 65535, got ${v}`);
    } else if (a.startsWith("-")) throw new Error(`newsgraph/view: unknown option ${a}\n${USAGE}`);
    else if (graph === undefined) graph = a;
    else throw new Error(`newsgraph/view: one graph file at a time (got ${graph} and ${a})\n${USAGE}`);
  }
  if (graph === undefined) throw new Error(`newsgraph/view: no graph file given\n${USAGE}`);
  return { graph, ...(host !== undefined ? { host } : {}), ...(port !== undefined ? { port } : {}) };
}

/** Checks the graph, starts the server on the packaged viewer and prints the URL. */
export async function startView(
  args: ViewArgs,
  log: (s: string) => void = (s) => process.stderr.write(s),
): Promise<RunningServer> {
  const graphPath = resolve(args.graph);
  checkGraphFile(graphPath);
  const distDir = packagedViewer();
  const running = await serveViewer({
    distDir,
    graphPath,
    ...(args.host ? { host: args.host } : {}),
    ...(args.port !== undefined ? { port: args.port } : {}),
  });
  process.stdout.write(`newsgraph: serving ${args.graph} at ${running.url}\n`);
  log("newsgraph: press Ctrl-C to stop\n");
  return running;
}

/** Resolves when the server has been closed by SIGINT/SIGTERM. */
export function untilInterrupted(running: RunningServer): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void running.close().then(done);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** The `view` command: returns the exit code. */
export async function viewCommand(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const running = await startView(parseViewArgs(argv));
    await untilInterrupted(running);
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
}
