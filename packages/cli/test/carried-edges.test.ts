// A rebuild's entity edges carried from the snapshot (core graph/carried-edges.ts): used, and the bytes of --full.
import { describe, expect, it, vi } from "vitest";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CarriedEdges } from "@newsgraph/core";
import { cliOk as cli } from "./reliability/helpers.ts";
import { CACHE_DIR_NAME } from "../src/cache.ts";
import { IncrementalBuild } from "../src/incremental.ts";
import { PreviousLines } from "../src/reuse-lines.ts";
import { inventedArticle, inventedCorpus } from "../../core/test/support/invented-corpus.ts";

/** Line by line, but for the community of entity lines (a rebuild carries communities, --full runs Louvain). */
function sameButCommunities(a: string, b: string) {
  const strip = (l: string) => l.replace(/,"community":\d+/, "");
  const la = readFileSync(a, "utf8").split("\n"),
    lb = readFileSync(b, "utf8").split("\n");
  expect(la.length).toBe(lb.length);
  la.forEach((l, i) => expect(strip(l), `line ${i + 1}`).toBe(strip(lb[i]!)));
}

describe("carried entity edges", () => {
  it.each([
    // an article naming old people, organisations and places: new occurrences on old edges, new edges between them
    ["old names", inventedArticle(61)],
    // a new person quoted about an old organisation and place: a new statement, new edges to old entities
    [
      "new names",
      "Quillon Vetterby, the chief executive of Kestrel Bank, visited Vessar on Monday.\n\n“We will stay,” Vetterby told reporters.",
    ],
  ])(
    "a rebuild adding an article with %s takes untouched edges from the snapshot and writes --full's bytes",
    { timeout: 180_000 },
    async (_name, article) => {
      const edges: (CarriedEdges | null | undefined)[] = [];
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
      const real = IncrementalBuild.prototype.carry;
      const spy = vi.spyOn(IncrementalBuild.prototype, "carry").mockImplementation(function (
        this: IncrementalBuild,
        ...args: Parameters<IncrementalBuild["carry"]>
      ) {
        const c = real.apply(this, args);
        edges.push(c?.edges);
        return c;
      });
      const lines = vi.spyOn(PreviousLines.prototype, "close");
      try {
        const root = inventedCorpus(24);
        const out = path.join(root, "graph.json"),
          full = path.join(root, "full.json");
        const build = (o: string, ...extra: string[]) =>
          cli(["build", path.join(root, "in"), "-o", o, "--layout", "20", "--jobs", "1", ...extra]);
        await build(out);
        copyFileSync(out, full);
        writeFileSync(path.join(root, "in", "a900.txt"), article);
        edges.length = 0;
        await build(out);
        await build(full, "--full", "--cache", path.join(root, CACHE_DIR_NAME));
        sameButCommunities(out, full);
        // the rebuild had the previous entity edges (the --full build reads no snapshot)
        expect(edges[0]?.source.length).toBeGreaterThan(10);
        // and their lines were copied from the previous file
        const copied = lines.mock.contexts.map((c) => (c as PreviousLines).entityEdges);
        expect(copied.at(-1)).toBeGreaterThan(10);
      } finally {
        spy.mockRestore();
        lines.mockRestore();
      }
    },
  );
});
