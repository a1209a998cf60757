// Shared helpers for the NER scripts: locate ../shared and read CoNLL files into tagger input.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseConll, type ConllDoc } from "../../packages/core/src/ner/conll.ts";
import { iob1ToIob2 } from "../../packages/core/src/ner/iob.ts";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const shared = path.resolve(repoRoot, "../shared");
export const modelsDir = path.join(repoRoot, "packages/core/models");

export function readConll(file: string): ConllDoc[] {
  if (!existsSync(file))
    throw new Error(`newsgraph/ner: ${file} not found; the CoNLL-2003 data lives in ../shared/ner/conll2003`);
  const { docs } = parseConll(readFileSync(file, "utf8"));
  for (const d of docs) for (const s of d.sentences) s.tags = iob1ToIob2(s.tags);
  return docs;
}

export function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

export function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}
