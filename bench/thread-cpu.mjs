// Bench-only preload (`node --import bench/thread-cpu.mjs …`, Linux): where a process's CPU goes, per thread.
// Each worker thread writes its own CPU time (from /proc/thread-self) to $NG_THREAD_CPU_DIR after every message it
// posts, since a terminated worker has no exit hook; the main thread writes its own at exit. What the process used
// beyond these (V8's compiler and garbage-collector helper threads) is the total from /usr/bin/time minus both.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { isMainThread, parentPort, threadId } from "node:worker_threads";
import { threadCpu } from "./cpu-clock.mjs";

const dir = process.env.NG_THREAD_CPU_DIR;

if (dir) {
  const file = path.join(dir, isMainThread ? "main" : `worker-${threadId}`);
  const record = () => writeFileSync(file, String(threadCpu()));
  if (isMainThread) process.on("exit", record);
  else if (parentPort) {
    const post = parentPort.postMessage.bind(parentPort);
    parentPort.postMessage = (...args) => {
      record();
      return post(...args);
    };
  }
}
