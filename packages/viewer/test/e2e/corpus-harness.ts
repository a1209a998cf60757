// Graphs for the corpus-scale viewer suites: the sample articles with invented dates, titles, outlets and URLs, and a Reuters subset.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SerializedGraph } from "@newsgraph/core";
import { buildCommand } from "../../../cli/src/commands/build.ts";
import { sharedPath } from "@newsgraph/core/test-support";
import { REPO_ROOT } from "./harness.ts";

export const REUTERS_REL = "corpus/reuters21578.jsonl";
export const REUTERS = sharedPath(REUTERS_REL);
/** Reuters documents the suite builds from: enough for a graph above the overview threshold, small enough for CI. */
export const REUTERS_DOCS = 700;

/** data/*.txt as JSONL, each with an invented day (a week apart), title, outlet and URL; one URL is a javascript: payload. */
export function datedSample(dir: string): string {
  const files = readdirSync(join(REPO_ROOT, "data"))
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const lines = files.map((f, i) => {
    const day = `2026-03-${String(2 + 7 * (i % 4)).padStart(2, "0")}`;
    const url = i === 1 ? "javascript:alert(1)" : `https://news.example.org/${f.replace(/\.txt$/, "")}`;
    return JSON.stringify({
      id: f,
      title: `Sample story ${i + 1}: ${f.replace(/^\d+-|\.txt$/g, "").replace(/-/g, " ")}`,
      date: day,
      source: i % 2 ? "Example Wire" : "The Example Post",
      url,
      text: readFileSync(join(REPO_ROOT, "data", f), "utf8"),
    });
  });
  const path = join(dir, "sample.jsonl");
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

/** The first `n` Reuters documents that have text, as JSONL (never committed: read from ../shared at test time). */
export function reutersSubset(dir: string, n = REUTERS_DOCS): string | null {
  if (!existsSync(REUTERS)) return null;
  const out: string[] = [];
  for (const line of readFileSync(REUTERS, "utf8").split("\n")) {
    if (out.length >= n) break;
    if (line.trim() && (JSON.parse(line) as { text?: string }).text?.trim()) out.push(line);
  }
  const path = join(dir, "reuters.jsonl");
  writeFileSync(path, out.join("\n") + "\n");
  return path;
}

/** `newsgraph build` in-process (the CLI's own code), optionally with --corrections. */
export async function build(input: string, out: string, corrections?: string): Promise<SerializedGraph> {
  const log: string[] = [];
  const io = {
    stdout: { write: (s: string) => void log.push(s) },
    stderr: { write: (s: string) => void log.push(s) },
    readStdin: () => Buffer.alloc(0),
  };
  const code = await buildCommand([input, "-o", out, ...(corrections ? ["--corrections", corrections] : [])], io);
  if (code !== 0) throw new Error(`viewer e2e: newsgraph build ${input} exited ${code}: ${log.join("")}`);
  return JSON.parse(readFileSync(out, "utf8")) as SerializedGraph;
}
