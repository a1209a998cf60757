// Bench-only helpers shared by the two-checkout A/B scripts (warm-ab, ner-ab): BBC read in a fixed order, blocks of 100, CPU per side alternated.
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every BBC article as { id, text }, topics and files sorted, so both sides and every run see the same order. */
export function bbcArticles() {
  const bbc = path.resolve(import.meta.dirname, "../../shared/corpus/bbc");
  const docs = [];
  for (const topic of readdirSync(bbc, { withFileTypes: true }).filter((d) => d.isDirectory()))
    for (const f of readdirSync(path.join(bbc, topic.name)).sort())
      docs.push({ id: `${topic.name}/${f}`, text: readFileSync(path.join(bbc, topic.name, f), "utf8") });
  return docs;
}

/** Items in blocks of `size`. */
export function blocksOf(items, size = 100) {
  const blocks = [];
  for (let i = 0; i < items.length; i += size) blocks.push(items.slice(i, i + size));
  return blocks;
}

/**
 * Process CPU seconds of side 0 and side 1 over `rounds` passes, each block run by both sides in turn and the order
 * flipped every block and round, so a load that changes during the run weighs on both alike.
 */
export function alternatedCpu(blocks, rounds, runSide) {
  const cpu = [0, 0];
  for (let r = 0; r < rounds; r++)
    blocks.forEach((block, k) => {
      for (const i of (k + r) % 2 ? [1, 0] : [0, 1]) {
        const t = process.cpuUsage();
        runSide(i, block);
        const d = process.cpuUsage(t);
        cpu[i] += (d.user + d.system) / 1e6;
      }
    });
  return cpu;
}

/** The one-minute load average, for the report line. */
export function loadAverage() {
  return readFileSync("/proc/loadavg", "utf8").split(" ")[0];
}

/**
 * Bench `--rt` (Linux, root or CAP_SYS_NICE): holds both cores with a real-time spinner below this process's threads,
 * which move to real-time round robin, so other programs get only the kernel's real-time leftover (5 %) while a bench
 * times. Kill the returned processes when done (they also stop by themselves after `seconds`).
 */
export function holdCores(seconds) {
  const spin = `const end = Date.now() + ${Math.ceil(seconds)} * 1000; while (Date.now() < end);`;
  const holders = [0, 1].map((cpu) =>
    spawn("chrt", ["-f", "1", "taskset", "-c", String(cpu), process.execPath, "-e", spin], { stdio: "inherit" }),
  );
  try {
    execFileSync("chrt", ["-a", "-r", "-p", "2", String(process.pid)]);
  } catch (e) {
    for (const h of holders) h.kill();
    throw new Error(`bench: --rt needs root or CAP_SYS_NICE (chrt failed: ${e.message}); run without --rt`, {
      cause: e,
    });
  }
  return holders;
}

/** The compiled pipeline of the checkout at `dir` with its shipped models: a function that extracts a list of articles. */
export async function extractorIn(dir) {
  const core = await import(path.join(dir, "packages/core/dist/index.js"));
  const { loadDefaultResources } = await import(path.join(dir, "packages/cli/dist/resources.js"));
  const res = loadDefaultResources();
  return (list) => {
    for (const d of list) core.extractDocument(d, res, { withText: false });
  };
}
