// Bench-only: the CPU of writing a rebuilt graph.json afresh against copying statement lines from the previous one
// (PreviousLines), alternated in one process over the same graph, so the machine's load weighs on both alike.
// Usage: node --max-old-space-size=6000 bench/reuse-write.mjs REBUILT.json PREVIOUS.json [ROUNDS=3]
// REBUILT: the rebuild's graph.json (loaded into graphology); PREVIOUS: the graph.json the full build left (copied
// from). Every document is treated as unchanged but those with ids starting "new-" (the bench's ten new articles).
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const [rebuilt, previous, rounds = "3"] = process.argv.slice(2);
if (!rebuilt || !previous) throw new Error("bench/reuse-write.mjs: name the rebuilt graph.json and the previous one");
const root = path.resolve(import.meta.dirname, "..");
const Graph = createRequire(path.join(root, "packages/core/package.json"))("graphology");
const core = await import(path.join(root, "packages/core/dist/index.js"));
const { writeChunksAtomic } = await import(path.join(root, "packages/cli/dist/io.js"));
const { PreviousLines } = await import(path.join(root, "packages/cli/dist/reuse-lines.js"));
const data = JSON.parse(readFileSync(rebuilt, "utf8"));
const g = new Graph(data.options);
g.import(data);
const out = path.join(tmpdir(), `reuse-write-${process.pid}.json`);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
for (let r = 0; r < Number(rounds); r++)
  for (const mode of ["afresh", "copy"]) {
    const t = cpu();
    const reuse =
      mode === "copy"
        ? new PreviousLines(
            previous,
            (d) => !d.startsWith("new-"),
            () => true,
          )
        : undefined;
    writeChunksAtomic(out, core.graphJsonChunks(g, undefined, reuse));
    reuse?.close();
    const same = readFileSync(out).equals(readFileSync(rebuilt));
    console.log(
      `round ${r} ${mode}: ${Math.round(cpu() - t)} ms CPU, ${reuse?.copied ?? 0} copied, same bytes ${same}`,
    );
  }
rmSync(out, { force: true });
