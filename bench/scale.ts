// `pnpm bench scale [--scale 1,2,4,8,16] [--corpus bbc|bbc+reuters] [--limit N] [--big-gb 1] [--parts …] [--rounds N]`: whole
// newsgraph processes as a user runs them (startup, first pass and writing included) on all cores and on one,
// against a compromise process over the same texts, over growing corpora, a 1 GB JSONL file and an incremental build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import {
  CORES,
  REPO_ROOT,
  fmt,
  load,
  mustSucceed,
  newsgraphCommand,
  row,
  timeProcess,
  wps,
  type ProcRun,
} from "./processes.ts";
import { haveCorpus, loadCorpus, writeCopies, type CorpusName } from "./corpus.ts";
import { inventedArticle } from "../packages/core/test/support/invented-corpus.ts";
import { runWarmup } from "./warmup.ts";
import { comparePeer } from "./scale-peer.ts";
import { runGrowth } from "./scale-growth.ts";

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
      rounds: { type: "string" },
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
    // threads: one job and all cores alternated this many times (the host's speed drifts between single runs)
    rounds: Math.max(1, Number(values.rounds ?? 1) || 1),
    bigGb: Number(values["big-gb"] ?? 1),
    parts: new Set(parts),
    keep: !!values.keep,
    baseline: typeof values.baseline === "string" ? path.resolve(values.baseline) : undefined,
  };
}

export function runScaleBench(argv = process.argv.slice(2)): void {
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
      const speedups: number[] = [];
      const notes: string[] = []; // printed after the table, which they would split
      for (let round = 1; round <= opts.rounds; round++) {
        // ABBA: a machine that speeds up or slows down over the rounds favours neither job count
        const order = round % 2 ? [1, CORES] : [CORES, 1];
        const byJobs = new Map<number, ProcRun>();
        for (const j of order) {
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
            opts.rounds > 1 ? `${j} (round ${round})` : j,
            `${fmt(r.wall, 1)} s`,
            `${fmt(r.cpu, 1)} s`,
            t ? `${fmt(t.main, 1)} s` : "n/a",
            t ? (t.workers.length ? t.workers.map((w) => `${fmt(w, 1)} s`).join(" + ") : "none") : "n/a",
            t ? `${fmt(t.other, 1)} s` : "n/a",
            `${fmt(r.rssMiB)} MiB`,
            wps(one.words, r, "wall"),
          ]);
          byJobs.set(j, r);
        }
        const r1 = byJobs.get(1) as ProcRun,
          rN = byJobs.get(CORES) as ProcRun;
        speedups.push(r1.wall / rN.wall);
        notes.push(
          `speed-up with ${CORES} jobs${opts.rounds > 1 ? ` (round ${round})` : ""}: ${fmt(r1.wall / rN.wall, 2)}× (wall; target ≥ 1.7×); CPU ${fmt(rN.cpu - r1.cpu, 1)} s more than one job (${fmt((100 * (rN.cpu - r1.cpu)) / r1.cpu, 0)} %)`,
        );
        // On an idle machine one job's wall time is about its main thread's CPU (the critical path), and N jobs take at
        // least CPU / cores: estimates from CPU times, which machine load barely changes (unlike wall times).
        const t1 = r1.threads,
          tN = rN.threads;
        if (t1 && tN) {
          const idle = t1.main / Math.max(rN.cpu / CORES, ...tN.workers);
          notes.push(
            `estimated for an idle machine from CPU times: ${fmt(idle, 2)}× (main thread of 1 job / max(CPU of ${CORES} jobs ÷ ${CORES}, busiest worker)); bound if the threads cost no extra CPU: ${fmt((CORES * t1.main) / r1.cpu, 2)}× (${CORES} × main thread / CPU of 1 job)`,
          );
        }
      }
      console.log(`\n${notes.join("\n")}`);
      if (opts.rounds > 1) {
        const sorted = [...speedups].sort((a, b) => a - b);
        console.log(
          `speed-up over ${opts.rounds} rounds: median ${fmt(sorted[Math.floor((sorted.length - 1) / 2)] as number, 2)}× (${speedups.map((x) => `${fmt(x, 2)}×`).join(", ")})`,
        );
      }
    }

    if (opts.parts.has("warmup")) runWarmup(one.file);

    if (opts.parts.has("peer")) comparePeer(ng, tmp, opts.limit, opts.baseline);

    runGrowth(opts, ng, tmp, docs, one);

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
      mkdirSync(path.dirname(out), { recursive: true });
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

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) runScaleBench();
