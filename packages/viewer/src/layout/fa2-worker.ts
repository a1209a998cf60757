// ForceAtlas2 worker: runs the library's pure iterate() in rounds of several iterations and posts positions after each,
// never waiting for the main thread (which draws at its own pace and keeps only the latest positions).
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { PPN, type FromWorker, type ToWorker } from "./fa2-protocol.ts";

let run = -1;
let settings: object = {};
let nodes = new Float32Array(0);
let edges = new Float32Array(0);
let roundMs = 40;

function round(current: number): void {
  if (current !== run) return; // stopped, or replaced by a newer run
  const t0 = performance.now();
  let iterations = 0;
  // at least one iteration a round, however big the graph; then as many as fit in the budget
  do {
    iterate(settings, nodes, edges);
    iterations++;
  } while (performance.now() - t0 < roundMs);
  const positions = new Float32Array((nodes.length / PPN) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += PPN, j += 2) {
    positions[j] = nodes[i]!;
    positions[j + 1] = nodes[i + 1]!;
  }
  const msg: FromWorker = {
    run: current,
    positions: positions.buffer,
    iterations,
    __computeMs: performance.now() - t0,
  };
  self.postMessage(msg, { transfer: [positions.buffer] });
  // yield to the event loop so a "stop" can arrive between rounds
  setTimeout(() => round(current), 0);
}

self.addEventListener("message", (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === "stop") {
    if (m.run === run) run = -1;
    return;
  }
  run = m.run;
  settings = m.settings;
  nodes = new Float32Array(m.nodes);
  edges = new Float32Array(m.edges);
  roundMs = m.roundMs;
  round(run);
});
