// Bench-only: do two extracting threads slow each other down? The same warm block of BBC articles, timed by thread CPU in
// a worker alone and in two workers at once, alternated. Run it on a quiet machine: under load the other core is busy
// anyway, and both figures include that. A ratio near 1 means two jobs pay only for their duplicated work (each
// thread's cold start, its own word memo); above 1, the cores share something (an SMT sibling, memory bandwidth, the
// cache), which no cut in our code removes.
// Usage: node bench/pair-cpu.mjs [ROUNDS=5] [BLOCK=400] [WARM=all] [--rt]   (after pnpm build; WARM: articles of the warm pass)
// --rt (Linux, root or CAP_SYS_NICE) makes the figure hold on a busy machine: after the warm pass every thread of this
// process runs at real-time round-robin priority 2, and each core is held by a spinning real-time process at priority 1,
// so other programs get only the kernel's real-time leftover (5 %) and "alone" means the other core runs nothing of theirs.
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { bbcArticles, extractorIn, holdCores, loadAverage } from "./ab.mjs";
import { threadCpu } from "./cpu-clock.mjs";

const root = path.resolve(import.meta.dirname, "..");

if (isMainThread) {
  const rt = process.argv.includes("--rt");
  const [rounds = "5", size = "400", warm = "100000"] = process.argv.slice(2).filter((a) => a !== "--rt");
  if (process.platform !== "linux") throw new Error("bench/pair-cpu.mjs: reads thread CPU from /proc (Linux only)");
  const docs = bbcArticles();
  const block = docs.slice(0, Number(size));
  // each worker first extracts the whole of BBC once, so what is timed is warm code and a warm word memo
  const first = docs.slice(0, Number(warm));
  const workers = [0, 1].map(() => new Worker(new URL(import.meta.url), { workerData: { root, docs: first, block } }));
  const replies = workers.map((w) => {
    const queue = [];
    let wake = null;
    w.on("message", (m) => (wake ? (wake(m), (wake = null)) : queue.push(m)));
    w.on("error", (e) => {
      console.error(`bench/pair-cpu.mjs: a worker failed: ${e.message}`);
      process.exit(1);
    });
    return () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((r) => (wake = r)));
  });
  const ask = (i, what) => (workers[i].postMessage(what), replies[i]());
  await Promise.all([ask(0, "warm"), ask(1, "warm")]);
  const holders = rt ? holdCores(Number(rounds) * Number(size) * 0.03 + 30) : [];
  const alone = [];
  const paired = [];
  for (let r = 0; r < Number(rounds); r++) {
    const order = r % 2 ? ["pair", 0, 1] : [0, 1, "pair"];
    for (const step of order)
      if (step === "pair") paired.push(...(await Promise.all([ask(0, "block"), ask(1, "block")])));
      else alone.push(await ask(step, "block"));
  }
  for (const h of holders) h.kill();
  await Promise.all(workers.map((w) => w.terminate()));
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const fmt = (xs) => xs.map((x) => x.toFixed(2)).join(" ");
  console.log(`alone:  ${fmt(alone)} s (mean ${mean(alone).toFixed(3)})`);
  console.log(`paired: ${fmt(paired)} s (mean ${mean(paired).toFixed(3)})`);
  console.log(
    `paired / alone: ${(mean(paired) / mean(alone)).toFixed(3)} (${block.length} warm BBC articles per run, ${rounds} rounds, load average ${loadAverage()} at the end${rt ? ", real-time" : ""})`,
  );
} else {
  const { root: dir, docs, block } = workerData;
  const run = await extractorIn(dir);
  parentPort.on("message", (what) => {
    if (what === "warm") {
      run(docs);
      parentPort.postMessage(0);
      return;
    }
    const t = threadCpu();
    run(block);
    parentPort.postMessage(threadCpu() - t);
  });
}
