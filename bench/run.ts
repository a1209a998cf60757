// `pnpm bench [section…]`: runs the benchmark sections in order (all by default). Add a section with one import + one entry.
import { runPipelineBench } from "./pipeline.ts";
import { runViewerBench } from "./viewer.ts";
import { runNerBench } from "./ner.ts";
import { runScaleBench } from "./scale.ts";
import { runGraphBench } from "./graph.ts";
import { runPathologicalBench } from "./pathological.ts";
import { runStartupBench } from "./startup.ts";
import { runStagesBench } from "./stages.ts";

export interface BenchSection {
  name: string;
  description: string;
  run: () => unknown; // a promise is awaited
  options?: readonly string[]; // the options it reads; any other stops the run before it starts
}

export const SECTIONS: BenchSection[] = [
  {
    name: "pipeline",
    description: "extraction + graph over ../shared/corpus/bbc vs compromise, per-stage split",
    run: runPipelineBench,
  },
  {
    name: "viewer",
    description:
      "viewer in headless Chromium: 1k/10k/50k-node graphs (first frame, FA2 iterations/s, heap, 50k pan/zoom/search), then the BBC and BBC + Reuters graphs (first laid-out frame, search, timeline brush, pan/zoom, heap)",
    run: () => runViewerBench(),
  },
  {
    name: "scale",
    description:
      "whole processes: --jobs 1 vs all cores, build vs a compromise process, 1×–16× corpus table, 1 GB JSONL, incremental build (options: --scale 1,2 --corpus bbc --limit N --big-gb 0 --parts … --baseline DIR --rounds N)",
    run: () => runScaleBench(),
    options: ["--scale", "--corpus", "--limit", "--big-gb", "--parts", "--keep", "--baseline", "--rounds"],
  },
  {
    name: "stages",
    description:
      "CPU of each corpus stage and writer on BBC records in one thread (option: --baseline DIR, another built checkout, alternated)",
    run: () => runStagesBench(),
    options: ["--baseline", "--rounds"],
  },
  {
    name: "graph",
    description: "newsgraph build over ../shared/corpus/bbc as whole processes, default layout vs --no-layout",
    run: runGraphBench,
  },
  {
    name: "pathological",
    description:
      "whole build processes over hostile shapes (deep HTML, 1-character lines, no full stops) at 0.5/1/2 MB: time per MB",
    run: runPathologicalBench,
  },
  {
    name: "startup",
    description:
      "whole processes: newsgraph --version and a one-article build next to node -e 0 (target: --version ≤ 150 ms)",
    run: () => runStartupBench(),
  },
  {
    name: "ner",
    description: "NER tagger tokens/s on tokenised CoNLL testa vs compromise, model load, peak memory",
    run: runNerBench,
  },
];

// section names; options (--scale 1,2 …) are read by the sections themselves
const args = process.argv.slice(2).filter((a) => a !== "--");
const wanted = args.filter((a, i) => !a.startsWith("-") && !args[i - 1]?.startsWith("--"));
const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
if (unknown.length) {
  console.error(
    `bench: unknown section(s) ${unknown.join(", ")}; available: ${SECTIONS.map((s) => s.name).join(", ")}`,
  );
  process.exit(2);
}
// A mistyped option (`--part threads`) used to be ignored, and the run then took every part: hours instead of minutes.
const chosen = SECTIONS.filter((s) => !wanted.length || wanted.includes(s.name));
const known = new Set(chosen.flatMap((s) => s.options ?? []));
const badOptions = args.filter((a) => a.startsWith("-") && !/^-\d/.test(a) && !known.has(a.split("=")[0]!));
if (badOptions.length) {
  const offered = chosen.filter((s) => s.options?.length).map((s) => `${s.name}: ${s.options!.join(" ")}`);
  console.error(
    `bench: unknown option(s) ${badOptions.join(", ")} for ${wanted.join(", ") || "all sections"}; check the spelling. ` +
      (offered.length ? `Options by section: ${offered.join("; ")}` : "These sections take no options."),
  );
  process.exit(2);
}
for (const s of SECTIONS) {
  if (wanted.length && !wanted.includes(s.name)) continue;
  console.log(`\n## ${s.name}: ${s.description}\n`);
  await s.run();
}
