// `pnpm bench scale [--scale 1,2,4,8,16] [--corpus bbc|bbc+reuters] [--limit N] [--big-gb 1] [--parts …]`: whole
// newsgraph processes as a user runs them (startup, first pass and writing included) on all cores and on one,
// against a compromise process over the same texts, over growing corpora, a 1 GB JSONL file and an incremental build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { CORES, REPO_ROOT, fmt, load, mustSucceed, newsgraphCommand, timeProcess, type ProcRun } from "./processes.ts";
import { BBC_DIR, haveCorpus, loadCorpus, writeCopies, type CorpusName } from "./corpus.ts";
import { countWords } from "../packages/cli/src/progress.ts";
import { inventedArticle } from "../packages/core/test/support/invented-corpus.ts";
import { runWarmup } from "./warmup.ts";

const PARTS = ["threads", "warmup", "peer", "scaling", "extract", "big", "incremental"] as const;

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: "string" },
      corpus: { type: "string" },
      limit: { type: "string" },
      "big-gb": { type: "string" },
      parts: { type: "string" },
      keep: { type: "boolean" },
      baseline: { type: "string" },
    },
    strict: false,
    allowPositionals: true, // the section names of bench/run.ts
  });
  const corpus = (values.corpus ?? "bbc+reuters") as CorpusName;
  if (corpus !== "bbc" && corpus !== "bbc+reuters")
    throw new Error(`bench scale: --corpus must be bbc or bbc+reuters, got ${String(values.corpus)}`);
  const parts = String(values.parts ?? PARTS.join(",")).split(",");
  for (const p of parts)
    if (!(PARTS as readonly string[]).includes(p))
      throw new Error(`bench scale: unknown part ${p}; parts: ${PARTS.join(", ")}`);
  return {
    scale: String(values.scale ?? "1,2,4,8,16")
      .split(",")
      .map(Number)
      .filter((n) => n > 0),
    corpus,
    limit: values.limit ? Number(values.limit) : Infinity,
    bigGb: Number(values["big-gb"] ?? 1),
    parts: new Set(parts),
    keep: !!values.keep,
    baseline: typeof values.baseline === "string" ? path.resolve(values.baseline) : undefined,
  };
}

/** Up to this many copies the build runs with Node's default heap limit (about 4 GiB); above, with a bigger one. */
const HEAP_DEFAULT_UP_TO = 8;
/** The heap a build of k copies gets: none (Node's default) up to HEAP_DEFAULT_UP_TO, else 640 MiB per copy. */
const heapFor = (k: number) => (k > HEAP_DEFAULT_UP_TO ? 640 * k : 0);
/** The newsgraph command with node's --max-old-space-size (MiB) before the launcher, when heap > 0. */
const withHeap = (ng: string[], heap: number) =>
  heap > 0 && ng.length > 1 ? [ng[0] ?? process.execPath, `--max-old-space-size=${heap}`, ...ng.slice(1)] : ng;

const row = (cells: (string | number)[]) => console.log(`| ${cells.join(" | ")} |`);
const wps = (words: number, r: ProcRun, by: "wall" | "cpu") => fmt(words / r[by]);

/**
 * newsgraph build (all cores, and one) against the compromise script, whole processes over the same BBC texts:
 * startup, the first (cold) pass and writing included, as a user would see them. Shared with `pnpm bench pipeline`.
 */
export function comparePeer(ng: string[], tmp: string, limit = Infinity, baseline?: string): void {
  const bbcWords = loadCorpus("bbc", limit).reduce((n, d) => n + countWords(d.text), 0);
  const input = Number.isFinite(limit)
    ? writeCopies(loadCorpus("bbc", limit), path.join(tmp, "bbc.jsonl"), 1).file
    : BBC_DIR;
  console.log(
    `\n### newsgraph build vs a compromise script, whole processes over the same BBC texts (${fmt(bbcWords)} words)\n`,
  );
  row(["process", "wall", "CPU", "peak RSS", "words/s (wall)", "words/s (CPU)"]);
  row(["---", "---:", "---:", "---:", "---:", "---:"]);
  const buildWith = (cmd: string[], name: string, jobs: string[]) =>
    mustSucceed(
      `build ${name}`,
      timeProcess([
        ...cmd,
        "build",
        input,
        "-o",
        path.join(tmp, `${name}.json`),
        "--gexf",
        path.join(tmp, `${name}.gexf`),
        "--no-cache",
        ...jobs,
      ]),
    );
  // --baseline DIR: the same builds with another checkout's CLI (for example main), alternated with this one's
  const base = baseline ? [process.execPath, path.join(baseline, "packages/cli/bin/newsgraph.mjs")] : null;
  const build = buildWith(ng, "bbc-graph", []);
  const baseN = base && buildWith(base, "base-graph", []);
  const build1 = buildWith(ng, "bbc-graph1", ["--jobs", "1"]);
  const base1 = base && buildWith(base, "base-graph1", ["--jobs", "1"]);
  const peer = mustSucceed(
    "compromise",
    timeProcess([
      process.execPath,
      path.join(REPO_ROOT, "bench/peer-compromise.mjs"),
      input,
      "-o",
      path.join(tmp, "peer.jsonl"),
    ]),
  );
  const line = (what: string, r: ProcRun) =>
    row([
      what,
      `${fmt(r.wall, 1)} s`,
      `${fmt(r.cpu, 1)} s`,
      `${fmt(r.rssMiB)} MiB`,
      wps(bbcWords, r, "wall"),
      wps(bbcWords, r, "cpu"),
    ]);
  line(`newsgraph build -o graph.json --gexf graph.gexf (--jobs ${CORES})`, build);
  line("newsgraph build, --jobs 1", build1);
  if (baseN && base1) {
    line(`the same with ${baseline} (--jobs ${CORES})`, baseN);
    line(`the same with ${baseline}, --jobs 1`, base1);
  }
  line("node bench/peer-compromise.mjs (people/organizations/places)", peer);
  console.log(
    `\nnewsgraph vs compromise: ${fmt(peer.wall / build.wall, 1)}× wall with ${CORES} jobs (target ≥ 8×), ${fmt(peer.cpu / build.cpu, 1)}× CPU (target ≥ 4×); --jobs 1: ${fmt(peer.wall / build1.wall, 1)}× wall, ${fmt(peer.cpu / build1.cpu, 1)}× CPU`,
  );
  if (baseN && base1) {
    const same = ["bbc-graph.json", "bbc-graph.gexf", "bbc-graph1.json", "bbc-graph1.gexf"].every((f) =>
      readFileSync(path.join(tmp, f)).equals(readFileSync(path.join(tmp, f.replace("bbc-", "base-")))),
    );
    console.log(
      `baseline ${baseline}: ${fmt(peer.wall / baseN.wall, 1)}× wall, ${fmt(peer.cpu / baseN.cpu, 1)}× CPU with ${CORES} jobs; --jobs 1: ${fmt(peer.wall / base1.wall, 1)}× wall, ${fmt(peer.cpu / base1.cpu, 1)}× CPU; outputs ${same ? "the same bytes" : "DIFFER"} (graph.json and GEXF, both job counts)`,
    );
  }
}

export async function runScaleBench(argv = process.argv.slice(2)): Promise<void> {
  const opts = options(argv);
  if (!haveCorpus(opts.corpus)) {
    console.log(`scale bench skipped: the corpus is not in ../shared/corpus beside the repository`);
    return;
  }
  const ng = newsgraphCommand();
  const tmp = mkdtempSync(path.join(tmpdir(), "ng-bench-scale-"));
  console.log(
    `scale bench: ${CORES} cores, load average ${load()} at start; every figure is a whole process (/usr/bin/time), under whatever load the machine has`,
  );
  console.log(`newsgraph command: ${ng.map((a) => path.relative(REPO_ROOT, a) || a).join(" ")}; temp folder ${tmp}`);
  try {
    const docs = loadCorpus(opts.corpus, opts.limit);
    const one = writeCopies(docs, path.join(tmp, "x1.jsonl"), 1);
    console.log(
      `corpus 1×: ${opts.corpus}${Number.isFinite(opts.limit) ? ` (first ${opts.limit})` : ""}, ${fmt(one.docs)} documents, ${fmt(one.words)} words, ${fmt(one.bytes / 2 ** 20, 1)} MiB of JSONL`,
    );

    if (opts.parts.has("threads")) {
      console.log(`\n### Threads: newsgraph extract over the 1× corpus, --no-cache\n`);
      row(["jobs", "wall", "CPU", "main thread", "worker threads", "V8 helper threads", "peak RSS", "words/s (wall)"]);
      row(["---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]);
      const runs = [1, CORES].map((j) => {
        const r = mustSucceed(
          `extract --jobs ${j}`,
          timeProcess(
            [...ng, "extract", one.file, "-o", path.join(tmp, `e${j}.jsonl`), "--no-cache", "--jobs", String(j)],
            REPO_ROOT,
            { threadCpu: true },
          ),
        );
        const t = r.threads;
        row([
          j,
          `${fmt(r.wall, 1)} s`,
          `${fmt(r.cpu, 1)} s`,
          t ? `${fmt(t.main, 1)} s` : "n/a",
          t ? (t.workers.length ? t.workers.map((w) => `${fmt(w, 1)} s`).join(" + ") : "none") : "n/a",
          t ? `${fmt(t.other, 1)} s` : "n/a",
          `${fmt(r.rssMiB)} MiB`,
          wps(one.words, r, "wall"),
        ]);
        return r;
      });
      const [r1, rN] = runs as [ProcRun, ProcRun];
      console.log(
        `\nspeed-up with ${CORES} jobs: ${fmt(r1.wall / rN.wall, 2)}× (wall; target ≥ 1.7×); CPU ${fmt(rN.cpu - r1.cpu, 1)} s more than one job (${fmt((100 * (rN.cpu - r1.cpu)) / r1.cpu, 0)} %)`,
      );
      // On an idle machine one job's wall time is about its main thread's CPU (the critical path), and N jobs take at
      // least CPU / cores: estimates from CPU times, which machine load barely changes (unlike wall times).
      const t1 = r1.threads,
        tN = rN.threads;
      if (t1 && tN) {
        const idle = t1.main / Math.max(rN.cpu / CORES, ...tN.workers);
        console.log(
          `estimated for an idle machine from CPU times: ${fmt(idle, 2)}× (main thread of 1 job / max(CPU of ${CORES} jobs ÷ ${CORES}, busiest worker)); bound if the threads cost no extra CPU: ${fmt((CORES * t1.main) / r1.cpu, 2)}× (${CORES} × main thread / CPU of 1 job)`,
        );
      }
    }

    if (opts.parts.has("warmup")) runWarmup(one.file);

    if (opts.parts.has("peer")) comparePeer(ng, tmp, opts.limit, opts.baseline);

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
            timeProcess([
              ...ng,
              "extract",
              w.file,
              "-o",
              path.join(tmp, "ex.jsonl"),
              "--no-cache",
              "--jobs",
              String(j),
            ]),
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

    if (opts.parts.has("incremental")) {
      const fresh = path.join(tmp, "news.jsonl");
      writeFileSync(
        fresh,
        Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `new-${i}`, text: inventedArticle(900 + i) })).join(
          "\n",
        ) + "\n",
      );
      const out = path.join(tmp, "inc", "graph.json");
      rmSync(path.dirname(out), { recursive: true, force: true });
      (await import("node:fs")).mkdirSync(path.dirname(out), { recursive: true });
      console.log(
        `\n### Incremental build: the 1× corpus, then the same plus ten new articles (cache beside the output)\n`,
      );
      row(["build", "wall", "CPU", "peak RSS", "extracted"]);
      row(["---", "---:", "---:", "---:", "---"]);
      const full = mustSucceed("full build", timeProcess([...ng, "build", one.file, "-o", out]));
      const inc = mustSucceed("incremental build", timeProcess([...ng, "build", one.file, fresh, "-o", out]));
      const note = (r: ProcRun) =>
        r.stderr
          .match(/(\d+) of (\d+) from cache/)
          ?.slice(1)
          .map(Number);
      const n = note(inc);
      row([
        "full (empty cache)",
        `${fmt(full.wall, 1)} s`,
        `${fmt(full.cpu, 1)} s`,
        `${fmt(full.rssMiB)} MiB`,
        `${fmt(one.docs)}`,
      ]);
      row([
        "after adding ten articles",
        `${fmt(inc.wall, 1)} s`,
        `${fmt(inc.cpu, 1)} s`,
        `${fmt(inc.rssMiB)} MiB`,
        n ? `${fmt(n[1]! - n[0]!)} (${fmt(n[0]!)} from cache)` : "?",
      ]);
      console.log(`\nincremental / full: ${fmt((100 * inc.wall) / full.wall, 1)} % of the wall time (target ≤ 10 %)`);
    }
  } finally {
    if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
    console.log(`\nload average ${load()} at the end`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await runScaleBench();
