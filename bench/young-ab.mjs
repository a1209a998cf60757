// Bench-only: does the young generation's size change extraction's CPU? Workers that differ only in their young
// generation (`resourceLimits.maxYoungGenerationSizeMb`; V8 makes it three semi-spaces) extract the same warm block of
// BBC articles one at a time, alternated, so a machine whose speed drifts between whole runs slows every size alike.
// Each block is timed by the process's CPU while only that worker runs (its thread, and the garbage collector's and
// compiler's helper threads working for it). --rt as in bench/pair-cpu.mjs (real-time priority, other programs held off).
// Usage: node bench/young-ab.mjs ROUNDS BLOCK SIZES [--rt]   e.g. node bench/young-ab.mjs 8 400 48,24,12 --rt
//   SIZES: young generation sizes in MiB (48 is V8's default here: 16 MiB semi-spaces); after pnpm build
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { bbcArticles, extractorIn, holdCores, loadAverage } from "./ab.mjs";

const root = path.resolve(import.meta.dirname, "..");

if (isMainThread) {
  const rt = process.argv.includes("--rt");
  const [rounds = "6", size = "400", sizes = "48,24"] = process.argv.slice(2).filter((a) => a !== "--rt");
  const mibs = sizes.split(",").map(Number);
  const docs = bbcArticles();
  const block = docs.slice(0, Number(size));
  const workers = mibs.map(
    (mb) =>
      new Worker(new URL(import.meta.url), {
        workerData: { root, docs, block },
        resourceLimits: { maxYoungGenerationSizeMb: mb },
      }),
  );
  const ask = (w, what) =>
    new Promise((resolve, reject) => {
      const fail = (e) => reject(e);
      w.once("error", fail);
      w.once("message", (m) => (w.off("error", fail), resolve(m)));
      w.postMessage(what);
    });
  // warm each alone: the whole of BBC once, so what is timed is warm code and a warm word memo
  for (const w of workers) await ask(w, "warm");
  const holders = rt ? holdCores(Number(rounds) * mibs.length * Number(size) * 0.01 + 30) : [];
  const cpu = mibs.map(() => []);
  try {
    for (const w of workers) await ask(w, "block"); // untimed: the first block after the switch to real time ran slower
    for (let r = 0; r < Number(rounds); r++)
      for (let k = 0; k < workers.length; k++) {
        const i = r % 2 ? workers.length - 1 - k : k; // ABBA order
        const t = process.cpuUsage();
        const newSpace = await ask(workers[i], "block");
        const d = process.cpuUsage(t);
        cpu[i].push({ s: (d.user + d.system) / 1e6, newSpace });
      }
  } finally {
    for (const h of holders) h.kill();
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  mibs.forEach((mb, i) => {
    const s = cpu[i].map((c) => c.s);
    console.log(
      `young ${mb} MiB (new space ${cpu[i][0].newSpace} MiB): ${s.map((x) => x.toFixed(2)).join(" ")} s (mean ${mean(s).toFixed(3)}; ${(mean(s) / mean(cpu[0].map((c) => c.s))).toFixed(3)} of the first)`,
    );
  });
  console.log(
    `${block.length} warm BBC articles per block, ${rounds} rounds, load average ${loadAverage()} at the end${rt ? ", real-time" : ""}`,
  );
} else {
  const v8 = await import("node:v8");
  const { root: dir, docs, block } = workerData;
  const run = await extractorIn(dir);
  parentPort.on("message", (what) => {
    run(what === "warm" ? docs : block);
    const ns = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    parentPort.postMessage(Math.round(ns.space_size / 2 ** 20));
  });
}
