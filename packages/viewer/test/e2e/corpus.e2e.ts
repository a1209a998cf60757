// Corpus-scale viewer items on the sample articles (dated, titled) and on a Reuters subset built in the test from ../shared.
import { join } from "node:path";
import { hasShared } from "@newsgraph/core/test-support";
import { build, datedSample, REUTERS_DOCS, REUTERS_REL, reutersSubset } from "./corpus-harness.ts";
import { corpusSuite } from "./corpus-suite.ts";
import { reportSkip } from "./harness.ts";
import { describe } from "vitest";

const skip = reportSkip("the corpus suites");

describe.skipIf(skip)("sample", () => {
  corpusSuite("the dated sample", async (dir) => {
    const input = datedSample(dir);
    const graphPath = join(dir, "graph.json");
    return { input, graphPath, graph: await build(input, graphPath) };
  });
});

const noReuters = !skip && !hasShared(REUTERS_REL, "viewer e2e Reuters suite");
describe.skipIf(skip || noReuters)("reuters", () => {
  corpusSuite(`Reuters (first ${REUTERS_DOCS} documents)`, async (dir) => {
    const input = reutersSubset(dir)!;
    const graphPath = join(dir, "graph.json");
    return { input, graphPath, graph: await build(input, graphPath) };
  });
});
