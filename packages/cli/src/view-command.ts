// `newsgraph view graph.json|graph.gexf [--host H] [--port P]`: build the viewer if needed and serve it with one graph.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SerializedGraph } from "@newsgraph/core";
import { serveViewer, type RunningServer } from "./serve.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
/** The workspace root (this file is packages/cli/src/view-command.ts). */
export const REPO_ROOT = resolve(HERE, "../../..");
/** Core never imports the viewer: it only finds the viewer package's directory on disk. */
export const VIEWER_DIR = join(REPO_ROOT, "packages/viewer");

export const USAGE = "usage: newsgraph view <graph.json|graph.gexf> [--host H] [--port P]\n";

/** Newest modification time of any file under the given paths (directories searched recursively). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== "node_modules" && e !== "dist" && !e.startsWith(".")) visit(join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

/** The inputs of the viewer build: its sources, config and the core library it bundles. */
function viewerSources(viewerDir: string): string[] {
  const own = ["src", "index.html", "public", "package.json"].map((f) => join(viewerDir, f));
  const configs = existsSync(viewerDir) ? readdirSync(viewerDir).filter((f) => /^vite\.config\./.test(f)).map((f) => join(viewerDir, f)) : [];
  // the viewer bundles core's pure library entry; core's node-only code (this folder) never reaches the browser
  const core = join(viewerDir, "../core/src");
  const coreLib = existsSync(core) ? readdirSync(core).filter((f) => f !== "node").map((f) => join(core, f)) : [];
  return [...own, ...configs, ...coreLib];
}

/** Why the viewer must be (re)built, or null when dist is up to date. */
export function viewerBuildReason(viewerDir = VIEWER_DIR): string | null {
  const built = join(viewerDir, "dist/index.html");
  if (!existsSync(built)) return "dist is missing";
  return newestMtime(viewerSources(viewerDir)) > statSync(built).mtimeMs ? "sources are newer than dist" : null;
}

/** Runs `vite build` in the viewer package. Throws with vite's output when it fails. */
export function buildViewer(viewerDir = VIEWER_DIR, log: (s: string) => void = (s) => process.stderr.write(s)): void {
  if (!existsSync(join(viewerDir, "index.html"))) {
    throw new Error(`newsgraph/view: no viewer sources at ${viewerDir} (index.html missing); check out the full repository`);
  }
  let viteBin: string;
  try {
    const req = createRequire(join(viewerDir, "package.json"));
    viteBin = join(dirname(req.resolve("vite/package.json")), "bin/vite.js");
  } catch {
    throw new Error("newsgraph/view: vite is not installed; run pnpm install at the repository root");
  }
  log(`newsgraph: building the viewer (vite build in ${viewerDir})\n`);
  const r = spawnSync(process.execPath, [viteBin, "build", "--logLevel", "warn"], { cwd: viewerDir, encoding: "utf8" });
  if (r.status !== 0) {
    throw new Error(`newsgraph/view: vite build failed in ${viewerDir}; fix the error below and retry\n${r.stdout ?? ""}${r.stderr ?? ""}`);
  }
}

/** Builds the viewer when dist is missing or older than its sources; returns the dist directory. */
export function ensureViewerBuilt(viewerDir = VIEWER_DIR, log?: (s: string) => void): string {
  // set by the e2e suite for the servers it spawns: the suite built dist once, and a rebuild mid-run would pull
  // assets from under the browsers of the other test files
  if (process.env.NEWSGRAPH_VIEWER_PREBUILT === "1" && existsSync(join(viewerDir, "dist/index.html"))) return join(viewerDir, "dist");
  const reason = viewerBuildReason(viewerDir);
  if (reason) {
    log?.(`newsgraph: viewer ${reason}\n`);
    buildViewer(viewerDir, log);
  }
  return join(viewerDir, "dist");
}

/** Checks a graph file before serving it, so a bad file fails here with its name rather than as a blank page. */
export function checkGraphFile(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) throw new Error(`newsgraph/view: graph file not found at ${path}; build one with newsgraph build <inputs> -o graph.json`);
  const ext = extname(path).toLowerCase();
  const text = readFileSync(path, "utf8");
  if (ext === ".gexf") {
    if (!/<gexf[\s>]/.test(text)) throw new Error(`newsgraph/view: ${path} is not a GEXF file (no <gexf> element)`);
    return;
  }
  if (ext !== ".json") throw new Error(`newsgraph/view: ${path}: expected a .json or .gexf graph file`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`newsgraph/view: ${path} is not valid JSON (${(e as Error).message}); rebuild it with newsgraph build`);
  }
  const parsed = SerializedGraph.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`newsgraph/view: ${path} is not a newsgraph graph: ${first?.path.join(".") ?? ""} ${first?.message ?? ""}; rebuild it with newsgraph build`);
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
      if (!/^\d+$/.test(v) || port > 65535) throw new Error(`newsgraph/view: --port must be a number from 0 to 65535, got ${v}`);
    } else if (a.startsWith("-")) throw new Error(`newsgraph/view: unknown option ${a}\n${USAGE}`);
    else if (graph === undefined) graph = a;
    else throw new Error(`newsgraph/view: one graph file at a time (got ${graph} and ${a})\n${USAGE}`);
  }
  if (graph === undefined) throw new Error(`newsgraph/view: no graph file given\n${USAGE}`);
  return { graph, ...(host !== undefined ? { host } : {}), ...(port !== undefined ? { port } : {}) };
}

/** Checks the graph, builds the viewer if stale, starts the server and prints the URL. */
export async function startView(args: ViewArgs, log: (s: string) => void = (s) => process.stderr.write(s)): Promise<RunningServer> {
  const graphPath = resolve(args.graph);
  checkGraphFile(graphPath);
  const distDir = ensureViewerBuilt(VIEWER_DIR, log);
  const running = await serveViewer({ distDir, graphPath, ...(args.host ? { host: args.host } : {}), ...(args.port !== undefined ? { port: args.port } : {}) });
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
