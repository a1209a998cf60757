// `newsgraph ner --conll FILE [-o OUT]`: append the predicted IOB2 tag to every token line of a CoNLL file.
import { readFileSync } from "node:fs";
import { checkOutputTarget, writeFileAtomic } from "./io.ts";
import { parseConll } from "@newsgraph/core";
import type { NerModel } from "@newsgraph/core";
import { tagDocument } from "@newsgraph/core";
import { loadNerModel } from "./load-ner.ts";

/** Pure over text: every line comes back, token lines with one more column; -DOCSTART- and blank lines unchanged. */
export function tagConllText(text: string, model: NerModel): string {
  const { docs, lines } = parseConll(text);
  const out = lines.slice();
  for (const d of docs) {
    const tags = tagDocument(
      model,
      d.sentences.map((s) => s.words),
    );
    d.sentences.forEach((s, si) =>
      s.lines.forEach((ln, i) => {
        out[ln] = `${lines[ln]!.replace(/\s+$/, "")} ${tags[si]![i]!}`;
      }),
    );
  }
  return out.join("\n");
}

/** CLI entry: reads FILE, writes to OUT atomically (temp file + rename) or to stdout. Returns the exit code. */
export function runNerConll(args: readonly string[], model?: NerModel): number {
  const i = args.indexOf("--conll");
  const file = i >= 0 ? args[i + 1] : undefined;
  const o = Math.max(args.indexOf("-o"), args.indexOf("--out"));
  const outPath = o >= 0 ? args[o + 1] : undefined;
  if (!file) {
    process.stderr.write("newsgraph ner: usage: newsgraph ner --conll FILE [-o OUT]\n");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    process.stderr.write(`newsgraph ner: cannot read ${file}; check the path\n`);
    return 1;
  }
  const result = tagConllText(text, model ?? loadNerModel());
  if (outPath) {
    checkOutputTarget(outPath, "ner", [file]);
    writeFileAtomic(outPath, result); // checked writes, fsync, size check; the old output kept on failure
  } else process.stdout.write(result);
  return 0;
}
