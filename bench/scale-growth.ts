// Growth parts of the scale bench: the build over k copies of the corpus (time, peak RSS), extraction alone over them, and one big JSONL file.
import { rmSync } from "node:fs";
import path from "node:path";
import { CORES, fmt, load, mustSucceed, row, timeProcess, wps } from "./processes.ts";
import { writeCopies, type CorpusDoc, type Written } from "./corpus.ts";

/** Up to this many copies the build runs with Node's default heap limit (about 4 GiB); above, with a bigger one. */
const HEAP_DEFAULT_UP_TO = 8;
/** The heap a build of k copies gets: none (Node's default) up to HEAP_DEFAULT_UP_TO, else 640 MiB per copy. */
const heapFor = (k: number) => (k > HEAP_DEFAULT_UP_TO ? 640 * k : 0);
/** The newsgraph command with node's --max-old-space-size (MiB) before the launcher, when heap > 0. */
const withHeap = (ng: string[], heap: number) =>
  heap > 0 && ng.length > 1 ? [ng[0] ?? process.execPath, `--max-old-space-size=${heap}`, ...ng.slice(1)] : ng;

/** The scaling, extract and big parts of `pnpm bench scale`, those of them `opts.parts` names. */
export function runGrowth(
  opts: { scale: number[]; bigGb: number; parts: Set<string> },
  ng: string[],
  tmp: string,
  docs: CorpusDoc[],
  one: Written,
): void {
  if (opts.parts.has("scaling")) {
    console.log(
      `\n### Scaling: newsgraph build over k copies of the corpus (one JSONL file), --no-cache, --jobs ${CORES}\n`,
    );
    row(["copies", "documents", "words", "wall", "CPU", "peak RSS", "wall / 1× wall", "heap limit", "load", "exit"]);
    row(["---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---"]);
    let base: number | null = null;
    for (const k of opts.scale) {
      const w = k === 1 ? one : writeCopies(docs, path.join(tmp, `x${k}.jsonl`), k);
      const heap = heapFor(k);
      const r = timeProcess([
        ...withHeap(ng, heap),
        "build",
        w.file,
        "-o",
        path.join(tmp, `g${k}.json`),
        "--gexf",
        path.join(tmp, `g${k}.gexf`),
        "--no-cache",
      ]);
      if (k === 1 && r.code === 0) base = r.wall;
      const why =
        r.code === 0
          ? "0"
          : `${r.code}: ${
              r.stderr
                .trim()
                .split("\n")
                .filter((l) => /error|heap|Invalid/i.test(l))
                .at(-1)
                ?.slice(0, 80) ?? "failed"
            }`;
      row([
        `${k}×`,
        fmt(w.docs),
        fmt(w.words),
        `${fmt(r.wall, 1)} s`,
        `${fmt(r.cpu, 1)} s`,
        `${fmt(r.rssMiB)} MiB`,
        base ? `${fmt(r.wall / base, 2)}×` : "n/a",
        heap ? `${fmt(heap)} MiB` : "default",
        load(),
        why,
      ]);
      if (k !== 1) rmSync(w.file, { force: true });
      rmSync(path.join(tmp, `g${k}.json`), { force: true });
      rmSync(path.join(tmp, `g${k}.gexf`), { force: true });
    }
    console.log(
      `\n(targets: at 8× peak RSS ≤ 3 GB and wall ≤ 9× the 1× wall; 16× completes. Above ${HEAP_DEFAULT_UP_TO}× the build runs with a bigger --max-old-space-size, shown as heap limit)`,
    );
  }

  if (opts.parts.has("extract")) {
    console.log(`\n### Extraction alone over k copies (one JSONL file), --no-cache: does its memory stay flat?\n`);
    row(["copies", "words", "jobs", "wall", "CPU", "peak RSS"]);
    row(["---:", "---:", "---:", "---:", "---:", "---:"]);
    for (const k of opts.scale) {
      const w = k === 1 ? one : writeCopies(docs, path.join(tmp, `x${k}.jsonl`), k);
      for (const j of [...new Set([1, CORES])]) {
        const r = mustSucceed(
          `extract ${k}× --jobs ${j}`,
          timeProcess([...ng, "extract", w.file, "-o", path.join(tmp, "ex.jsonl"), "--no-cache", "--jobs", String(j)]),
        );
        row([`${k}×`, fmt(w.words), j, `${fmt(r.wall, 1)} s`, `${fmt(r.cpu, 1)} s`, `${fmt(r.rssMiB)} MiB`]);
      }
      if (k !== 1) rmSync(w.file, { force: true });
      rmSync(path.join(tmp, "ex.jsonl"), { force: true });
    }
  }

  if (opts.parts.has("big") && opts.bigGb > 0) {
    const big = writeCopies(docs, path.join(tmp, "big.jsonl"), 1, opts.bigGb * 2 ** 30);
    console.log(
      `\n### One JSONL file of ${fmt(big.bytes / 2 ** 30, 2)} GiB (${fmt(big.docs)} documents, ${fmt(big.words)} words) as input, --no-cache\n`,
    );
    const r = timeProcess([...ng, "extract", big.file, "-o", path.join(tmp, "big-out.jsonl"), "--no-cache"]);
    row(["command", "wall", "CPU", "peak RSS", "words/s (wall)", "exit"]);
    row(["---", "---:", "---:", "---:", "---:", "---"]);
    row([
      `newsgraph extract big.jsonl -o out.jsonl (--jobs ${CORES})`,
      `${fmt(r.wall, 1)} s`,
      `${fmt(r.cpu, 1)} s`,
      `${fmt(r.rssMiB)} MiB`,
      wps(big.words, r, "wall"),
      r.code,
    ]);
    rmSync(big.file, { force: true });
    rmSync(path.join(tmp, "big-out.jsonl"), { force: true });
  }
}
