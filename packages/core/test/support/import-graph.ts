// Test support: the import graph of a source tree and the layering rules it must keep (checked by import-graph.test.ts).
import { isBuiltin } from "node:module";
import path from "node:path";
import ts from "typescript";

/** Core's layers, lowest first: a module may import its own layer or a lower one, never a higher one. */
export const CORE_LAYERS = [
  "util",
  "schema",
  "text",
  "ner",
  "entities",
  "statements",
  "resolve",
  "graph",
  "pipeline",
  "index.ts",
] as const;

/** Every module specifier a file names: static imports and re-exports (type-only too) and dynamic import(). */
export function specifiersOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** The layer of a file (path relative to the source root, `/`-separated): its first folder, or its own name. */
export function layerOf(file: string, layers: readonly string[]): number {
  return layers.indexOf(file.split("/")[0] ?? file);
}

/** Where a specifier leads: a file of the tree (relative path), or the bare specifier when it leaves the tree. */
function target(from: string, spec: string): string {
  if (!spec.startsWith(".")) return spec;
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
}

const FORBIDDEN_PLACES = /(^|\/)(scripts|bench|test|tests)\/|test-support|\.test\.ts$|\.spec\.ts$/;

/**
 * Every rule the files break, one message per problem (empty when the tree is clean). `files` maps a path relative
 * to the source root to its text. Rules: no file outside the layers; no import from a lower layer to a higher one;
 * no node built-in; no import of scripts, benchmarks or tests; no import cycle.
 */
export function layeringProblems(files: ReadonlyMap<string, string>, layers: readonly string[]): string[] {
  const out: string[] = [];
  const edges = new Map<string, string[]>();
  for (const [file, text] of files) {
    const from = layerOf(file, layers);
    if (from < 0) out.push(`${file}: in no layer (layers: ${layers.join(" → ")})`);
    const local: string[] = [];
    for (const spec of specifiersOf(text)) {
      if (isBuiltin(spec)) {
        out.push(`${file}: imports the node built-in "${spec}"`);
        continue;
      }
      const to = target(file, spec);
      if (FORBIDDEN_PLACES.test(spec) || (spec.startsWith(".") && (to.startsWith("../") || FORBIDDEN_PLACES.test(to))))
        out.push(`${file}: imports "${spec}", outside the library's sources (scripts, benchmarks or tests)`);
      if (spec.startsWith("@newsgraph/"))
        out.push(`${file}: imports "${spec}"; the library depends on no workspace package`);
      if (!spec.startsWith(".") || to.startsWith("../")) continue;
      local.push(to);
      const toLayer = layerOf(to, layers);
      if (from >= 0 && toLayer > from)
        out.push(`${file}: imports ${to} from a higher layer (${layers[from] ?? "?"} → ${layers[toLayer] ?? "?"})`);
    }
    edges.set(file, local);
  }
  for (const cycle of cycles(edges)) out.push(`import cycle: ${cycle.join(" → ")}`);
  return out;
}

/** Each cycle once, as the files along it with the first repeated at the end (depth-first search, colours). */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (n: string): void => {
    state.set(n, "open");
    stack.push(n);
    for (const m of edges.get(n) ?? []) {
      const s = state.get(m);
      if (s === "open") found.push([...stack.slice(stack.indexOf(m)), m]);
      else if (s === undefined && edges.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, "done");
  };
  for (const n of [...edges.keys()].sort()) if (!state.has(n)) visit(n);
  return found;
}
