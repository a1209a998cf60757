// Benchmark corpora as JSONL in a temp folder: BBC + Reuters once or k times over (ids suffixed per copy), never committed.
import { closeSync, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import { readdirSync } from "node:fs";
import { decodeText } from "../packages/cli/src/inputs/decode.ts";
import type { Document } from "../packages/core/src/schema/stages.ts";
import { countWords } from "../packages/cli/src/progress.ts";
import { REPO_ROOT } from "./processes.ts";

export const REUTERS = path.resolve(REPO_ROOT, "../shared/corpus/reuters21578.jsonl");
export const BBC_DIR = path.resolve(REPO_ROOT, "../shared/corpus/bbc");

export interface CorpusDoc {
  id: string;
  text: string;
  title?: string;
  date?: string;
}

/** The 2,225 BBC articles (category/NNN.txt), decoded the way the CLI decodes them. */
export function loadBbc(dir = BBC_DIR): Document[] {
  const docs: Document[] = [];
  const cats = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const cat of cats) {
    const sub = path.join(dir, cat);
    for (const f of readdirSync(sub)
      .filter((x) => x.endsWith(".txt"))
      .sort()) {
      const d = decodeText(readFileSync(path.join(sub, f)));
      if (d.ok) docs.push({ id: `${cat}/${f}`, text: d.text });
    }
  }
  return docs;
}

export type CorpusName = "bbc" | "bbc+reuters";

/** The documents once: the 2,225 BBC articles, plus the Reuters-21578 lines for "bbc+reuters". */
export function loadCorpus(name: CorpusName, limit = Infinity): CorpusDoc[] {
  const docs: CorpusDoc[] = loadBbc(BBC_DIR).map((d) => ({ id: `bbc/${d.id}`, text: d.text }));
  if (name === "bbc+reuters") {
    for (const line of readFileSync(REUTERS, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as CorpusDoc;
      if (typeof r.text === "string" && r.text.trim())
        docs.push({ id: r.id, text: r.text, ...(r.title ? { title: r.title } : {}) });
    }
  }
  return docs.slice(0, limit);
}

export const haveCorpus = (name: CorpusName) => existsSync(BBC_DIR) && (name === "bbc" || existsSync(REUTERS));

export interface Written {
  file: string;
  docs: number;
  words: number;
  bytes: number;
}

/**
 * `copies` copies of the documents into one JSONL file (copy k > 0 gets ids `<id>~k<k>`), or copies until the file
 * reaches `minBytes`. Written in a stream, so a 1 GB file never sits in memory.
 */
export function writeCopies(docs: CorpusDoc[], file: string, copies: number, minBytes = 0): Written {
  const fd = openSync(file, "w");
  let n = 0,
    words = 0,
    bytes = 0;
  const once = docs.reduce((w, d) => w + countWords(d.text), 0);
  for (let k = 0; k < copies || bytes < minBytes; k++) {
    const lines: string[] = [];
    for (const d of docs) lines.push(JSON.stringify({ ...d, id: k === 0 ? d.id : `${d.id}~k${k}` }));
    const chunk = lines.join("\n") + "\n";
    writeSync(fd, chunk);
    bytes += Buffer.byteLength(chunk);
    n += docs.length;
    words += once;
  }
  closeSync(fd);
  return { file, docs: n, words, bytes };
}
