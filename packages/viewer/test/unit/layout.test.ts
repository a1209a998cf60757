// The layout controller owns one FA2 supervisor: start/stop/kill are idempotent, settings scale with graph size, noverlap runs on stop.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { LayoutController } from "../../src/layout/layout.ts";
import type { FA2Settings, Supervisor } from "../../src/layout/supervisor.ts";
import type { ViewerGraph } from "../../src/model/types.ts";
import { loadFixture } from "./helpers.ts";

function fake() {
  const calls: string[] = [];
  const settings: FA2Settings[] = [];
  let running = false;
  const sup: Supervisor = {
    start: () => (calls.push("start"), (running = true)),
    stop: () => (calls.push("stop"), (running = false)),
    kill: () => (calls.push("kill"), (running = false)),
    isRunning: () => running,
  };
  return { calls, settings, create: (_g: ViewerGraph, s: FA2Settings) => (settings.push(s), sup) };
}

function controller(graph: ViewerGraph, f: ReturnType<typeof fake>, changes: boolean[] = []) {
  return new LayoutController(graph, {
    sizeInGraphUnits: () => 1,
    onChange: (r) => changes.push(r),
    createSupervisor: f.create,
  });
}

describe("layout controller", () => {
  it("start and stop twice act once; stopping before any start is a no-op", () => {
    const f = fake();
    const changes: boolean[] = [];
    const c = controller(loadFixture().graph, f, changes);
    c.stop();
    c.start();
    c.start();
    c.stop();
    c.stop();
    expect(f.calls).toEqual(["start", "stop"]);
    expect(changes).toEqual([true, false]);
  });

  it("kill twice is safe, and nothing starts after kill", () => {
    const f = fake();
    const c = controller(loadFixture().graph, f);
    c.start();
    c.kill();
    c.kill();
    c.start();
    c.stop();
    expect(f.calls).toEqual(["start", "kill"]);
    expect(c.isRunning()).toBe(false);
  });

  it("infers settings from graph size: Barnes-Hut only for big graphs", () => {
    const small = fake();
    controller(loadFixture().graph, small).start();
    expect(small.settings[0]).toMatchObject({ barnesHutOptimize: false });
    const g = new Graph() as unknown as ViewerGraph;
    for (let i = 0; i < 2500; i++) g.addNode(String(i), { kind: "other", label: String(i), aliases: [], x: i, y: -i });
    const big = fake();
    controller(g, big).start();
    expect(big.settings[0]).toMatchObject({ barnesHutOptimize: true });
  });

  it("stopping separates nodes that sit on top of each other (noverlap)", () => {
    const { graph } = loadFixture();
    graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: 0, y: 0 }));
    const c = controller(graph, fake());
    c.start();
    c.stop();
    const spots = new Set(graph.mapNodes((_k, a) => `${a.x.toFixed(3)},${a.y.toFixed(3)}`));
    expect(spots.size).toBe(graph.order);
  });
});
