// Bench-only CPU clocks (Linux): the calling thread's CPU time from /proc, and the whole process's.
import { readFileSync } from "node:fs";

/** This thread's CPU seconds (the first field of /proc/thread-self/schedstat is nanoseconds on a CPU; finer than the
 * clock ticks of /proc/thread-self/stat). */
export function threadCpu() {
  return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e9;
}

/** user + system seconds of the whole process: every thread, V8's helpers included. */
export function processCpu() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
