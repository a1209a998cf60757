// Positions read back from a previous graph.json: the fast head of each node line and the whole-line fallback agree.
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NODE_HEAD, readPreviousPositions } from "../src/previous-positions.ts";

const dir = mkdtempSync(path.join(tmpdir(), "ng-positions-"));
let n = 0;
function positionsOf(text: string) {
  const file = path.join(dir, `g${n++}.json`);
  writeFileSync(file, text);
  return Object.fromEntries(readPreviousPositions(file));
}

/** a graph.json as graphJsonChunks writes it: one node per line */
const graph = (nodes: string[]) =>
  `{"options":{"type":"directed"},\n"attributes":{},\n"nodes":[\n${nodes.join(",\n")}\n],\n"edges":[\n{"key":"e0","source":"a","target":"b","attributes":{"kind":"said","x":9,"y":9}}\n]}\n`;
const node = (key: string, rest: string) => `{"key":${JSON.stringify(key)},"attributes":{${rest}}}`;

describe("readPreviousPositions", () => {
  const rows: [string, string[], Record<string, { x: number; y: number }>][] = [
    [
      "plain entity",
      [
        node(
          "person:ada-quill",
          `"kind":"person","label":"Ada Quill","aliases":["Ada Quill","Quill"],"x":1.5,"y":-2e3`,
        ),
      ],
      { "person:ada-quill": { x: 1.5, y: -2000 } },
    ],
    [
      "escaped key and label holding a quote and a fake position",
      [
        node(
          'statement:a "b".txt#s1',
          String.raw`"kind":"statement","label":"he said \"x\":5","aliases":[],"x":3,"y":4,"text":"t"`,
        ),
      ],
      { 'statement:a "b".txt#s1': { x: 3, y: 4 } },
    ],
    [
      "label ending with a backslash",
      [node("person:b", String.raw`"kind":"person","label":"back\\","aliases":["a\\"],"x":-0.25,"y":7`)],
      { "person:b": { x: -0.25, y: 7 } },
    ],
    [
      "attributes in another order (a graph written by something else): parsed whole",
      [node("country:norland", `"x":10,"kind":"country","y":20,"label":"Norland","aliases":[]`)],
      { "country:norland": { x: 10, y: 20 } },
    ],
    [
      "many long aliases (beyond the decoded head): parsed whole",
      [
        node(
          "person:c",
          `"kind":"person","label":"C","aliases":${JSON.stringify(Array.from({ length: 200 }, (_, i) => `Alias number ${i}`))},"x":1,"y":2`,
        ),
      ],
      { "person:c": { x: 1, y: 2 } },
    ],
    ["no position: nothing", [node("person:d", `"kind":"person","label":"D","aliases":[],"size":3`)], {}],
    [
      "a position that is not a number: nothing",
      [node("person:e", `"kind":"person","label":"E","aliases":[],"x":"1","y":2`)],
      {},
    ],
  ];
  it.each(rows)("%s", (name, nodes, expected) => {
    expect(positionsOf(graph(nodes))).toEqual(expected);
    // the rows with a position in our writer's order take the fast path; the others are parsed whole
    const fast = Object.keys(expected).length > 0 && !name.includes("parsed whole");
    expect(NODE_HEAD.test(nodes[0]!.slice(0, 2048))).toBe(fast);
  });

  it("reads a pretty-printed graph whole, and gives nothing for a file that is no graph", () => {
    const g = { nodes: [{ key: "p", attributes: { kind: "person", label: "P", aliases: [], x: 1, y: 2 } }], edges: [] };
    expect(positionsOf(JSON.stringify(g, null, 2))).toEqual({ p: { x: 1, y: 2 } });
    expect(positionsOf("not json at all")).toEqual({});
  });
});
