// Bench-only preload (`node --import bench/thread-cpu.mjs …`, Linux): where a process's CPU goes, per thread.
// Each worker thread writes its own CPU time (from /proc/thread-self) to $NG_THREAD_CPU_DIR after every message it
// posts, since a terminated worker has no exit hook; the main thread writes its own at exit. What the process used
// beyond these (V8's compiler and garbage-collector helper threads) is the total from /usr/bin/time minus both.
// Beside them (files the readers of "main" and "worker-*" skip): each JS thread's garbage-collection pauses
// (`gc-<thread>`: "minorMs minorCount majorMs majorCount", from performance "gc" entries) and, at exit, every thread
// still alive with its name and CPU seconds (`tasks`: V8's platform workers, libuv's pool; the workers have ended).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PerformanceObserver, constants } from "node:perf_hooks";
import { isMainThread, parentPort, threadId } from "node:worker_threads";
import { threadCpu } from "./cpu-clock.mjs";

const dir = process.env.NG_THREAD_CPU_DIR;

if (dir) {
  const name = isMainThread ? "main" : `worker-${threadId}`;
  const gc = [0, 0, 0, 0];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const major = e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 2 : 0;
      gc[major] += e.duration;
      gc[major + 1]++;
    }
  }).observe({ entryTypes: ["gc"] });
  const record = () => {
    writeFileSync(path.join(dir, name), String(threadCpu()));
    writeFileSync(path.join(dir, `gc-${name}`), gc.map((x) => x.toFixed(1)).join(" "));
  };
  if (isMainThread)
    process.on("exit", () => {
      record();
      const tasks = readdirSync("/proc/self/task").map((t) => {
        const at = `/proc/self/task/${t}`;
        const cpu = Number(readFileSync(`${at}/schedstat`, "utf8").split(" ")[0]) / 1e9;
        return `${readFileSync(`${at}/comm`, "utf8").trim()}\t${cpu.toFixed(2)}`;
      });
      writeFileSync(path.join(dir, "tasks"), tasks.join("\n") + "\n");
    });
  else if (parentPort) {
    const post = parentPort.postMessage.bind(parentPort);
    parentPort.postMessage = (...args) => {
      record();
      return post(...args);
    };
  }
}
