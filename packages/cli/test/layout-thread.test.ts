// ForceAtlas2 on a worker thread and the outputs' edges written meanwhile: the same bytes as in one thread, and clean fallbacks.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  buildCorpusGraph,
  forceAtlas2Positions,
  gexfChunks,
  graphJsonChunks,
  type ForceAtlas2Job,
} from "@newsgraph/core";
import { LAYOUT_THREAD_FROM, layoutInThread } from "../src/layout-thread.ts";
import { EarlyEdges } from "../src/spool.ts";
import { dataRecords } from "../../core/test/support/data-records.ts";

/** An invented network: a ring with chords, started on a spiral, as planLayout hands it over. */
function job(n: number): ForceAtlas2Job {
  const graph = new Graph({ type: "undirected" });
  for (let i = 0; i < n; i++) graph.addNode(`person:p${i}`, { x: Math.cos(i) * i, y: Math.sin(i) * i });
  for (let i = 0; i < n; i++) {
    graph.mergeEdge(`person:p${i}`, `person:p${(i + 1) % n}`, { weight: 1 });
    graph.mergeEdge(`person:p${i}`, `person:p${(i * 7 + 3) % n}`, { weight: 2 });
  }
  return { graph, iterations: 20, settings: { gravity: 0.05, scalingRatio: 10, strongGravityMode: true } };
}

describe("layoutInThread", () => {
  it("returns exactly the positions the main thread computes", async () => {
    const warnings: string[] = [];
    const j = job(300);
    const away = await layoutInThread((m) => warnings.push(m), 0)(j);
    expect(warnings).toEqual([]);
    expect(away).not.toBeNull();
    expect([...(away ?? [])]).toEqual([...forceAtlas2Positions(j)]);
  }, 60_000);

  it("a thread that fails is reported once and hands the job back to the main thread", async () => {
    const warnings: string[] = [];
    const broken = new URL("./no-such-layout-worker.js", import.meta.url);
    expect(await layoutInThread((m) => warnings.push(m), 0, broken)(job(30))).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^newsgraph build: the layout thread failed \(.+\); laid out in the main thread instead$/,
    );
  }, 60_000);

  it("declines a network below its threshold, so the main thread lays it out without starting a thread", () => {
    expect(layoutInThread(() => undefined)(job(50))).toBeNull();
    expect(LAYOUT_THREAD_FROM).toBeGreaterThan(50);
  });
});

describe("EarlyEdges", () => {
  const g = buildCorpusGraph(dataRecords(), { layout: { iterations: 5 } });
  const gexf = { description: "invented" };
  const expected = { json: [...graphJsonChunks(g)].join(""), gexf: [...gexfChunks(g, gexf)].join("") };

  it("spools the edges to TMPDIR and writes the same documents, then removes its folder", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "early-edges-test-"));
    const warnings: string[] = [];
    const early = new EarlyEdges(gexf, (m) => warnings.push(m), parent);
    early.meanwhile(g);
    expect(readdirSync(parent)).toHaveLength(1);
    expect([...early.json(g)].join("")).toBe(expected.json);
    expect([...early.gexfChunks(g)].join("")).toBe(expected.gexf);
    early.close();
    expect(readdirSync(parent)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("when TMPDIR cannot take the spool, says so once per file and writes the edges itself", () => {
    const warnings: string[] = [];
    const early = new EarlyEdges(gexf, (m) => warnings.push(m), path.join(tmpdir(), "no-such-folder-for-early-edges"));
    early.meanwhile(g);
    expect([...early.json(g)].join("")).toBe(expected.json);
    expect([...early.gexfChunks(g)].join("")).toBe(expected.gexf);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /could not write the graph\.json edges ahead to .*no-such-folder.* \(ENOENT\); written after the layout instead/,
    );
    early.close();
  });
});
