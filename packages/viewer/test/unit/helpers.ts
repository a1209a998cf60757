// Test helpers: load the fixture through the real loader, with graphology-gexf's node parser standing in for the browser's.
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { loadGraphText } from "../../src/model/load.ts";
import type { LoadedGraph } from "../../src/model/types.ts";
import { fixture } from "./fixture.ts";

export const parseGexf = (text: string) => parse(Graph, text);

export function loadFixture(): LoadedGraph {
  return loadGraphText(JSON.stringify(fixture()), "graph.json", parseGexf);
}
