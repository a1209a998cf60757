// npx tsx scripts/ner/tags-dump.ts DIR OUT — the tagger of DIR's packages/core run on eng.testa, eng.train and the BBC
// corpus (segmented by DIR's own segmenter), every tag written to OUT, so two trees' outputs compare with `cmp`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { shared } from "./data.ts";

interface Core {
  parseModel: (bytes: Uint8Array) => unknown;
  tagDocumentClasses: (model: unknown, sentences: string[][]) => Uint8Array[];
  parseConll: (s: string) => { docs: { sentences: { words: string[] }[] }[] };
  segment: (text: string) => { tokens: { text: string }[]; sentences: { firstToken: number; lastToken: number }[] };
}

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error("ner-tags-dump: usage: tags-dump.ts DIR OUT (DIR holds packages/core)");
const conll = ["eng.testa", "eng.train"].map((f) => path.join(shared, "ner/conll2003", f));
const bbc = path.join(shared, "corpus/bbc");
if (![...conll, bbc].every(existsSync)) {
  console.log(`ner-tags-dump: skipped, ${shared} lacks CoNLL-2003 or the BBC corpus`);
  process.exit(0);
}
const core = path.resolve(dir, "packages/core/src");
const c = {
  ...(await import(path.join(core, "ner/model.ts"))),
  ...(await import(path.join(core, "ner/tagger.ts"))),
  ...(await import(path.join(core, "ner/conll.ts"))),
  ...(await import(path.join(core, "text/segment.ts"))),
} as Core;
const b = gunzipSync(readFileSync(path.resolve(dir, "packages/core/models/ner.bin.gz")));
const model = c.parseModel(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
const lines: string[] = [];
const tag = (sentences: string[][]) => {
  for (const t of c.tagDocumentClasses(model, sentences)) lines.push(Array.from(t).join(""));
};
for (const f of conll) for (const d of c.parseConll(readFileSync(f, "utf8")).docs) tag(d.sentences.map((s) => s.words));
const files = readdirSync(bbc, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".txt"))
  .sort();
for (const f of files) {
  const seg = c.segment(readFileSync(path.join(bbc, f), "utf8"));
  tag(seg.sentences.map((s) => seg.tokens.slice(s.firstToken, s.lastToken + 1).map((t) => t.text)));
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(
  `ner-tags-dump: ${lines.length} sentences from ${files.length} BBC files and ${conll.length} CoNLL files -> ${out}`,
);
